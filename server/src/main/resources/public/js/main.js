// careersearch in the browser: reads the view from the URL, asks the API, draws the page.
// Hand-written ES modules, no build step, nothing loaded from another host.
import {el, replaceChildren, focusQuietly} from './dom.js';
import * as api from './api.js';
import {
  FILTER_DIMS, parseState, apiParams, urlOf, withChanges, toggleFilter, hasFilters, pageCount,
  withoutNear, DEFAULT_KM,
} from './state.js';
import {setNavigator, link, navigate} from './nav.js';
import {resultCards} from './results.js';
import {facetPanel, nearFieldset} from './facets.js';
import {renderDocument} from './documentView.js';
import {attachSuggestions} from './suggest.js';
import {valueLabel, dimName, count, usd} from './format.js';

const $ = id => document.getElementById(id);
const ui = {
  form: $('search-form'), input: $('q'), suggestions: $('suggestions'), layout: $('layout'),
  sidebar: $('sidebar'), facets: $('facets'), main: $('main'), searchView: $('search-view'),
  docView: $('doc-view'), understood: $('understood'), summary: $('summary'), sort: $('sort'),
  active: $('active-filters'), notice: $('notice'), results: $('results'),
  pagination: $('pagination'), filtersToggle: $('filters-toggle'), filtersDone: $('filters-done'),
  clearAllSide: $('clear-all-side'), brand: $('brand-link'), filtersClose: $('filters-close'),
};

/** The state on screen, and a counter so that only the latest answer is drawn. */
let current = parseState(location.search);
let sequence = 0;
let inflight = null;

// ---------------------------------------------------------------- navigation and history

history.scrollRestoration = 'manual';

/**
 * Shows a state and records it: a new history entry, or a replaced one.
 * options.scroll: 'top' scrolls to the top of the page once drawn; 'keep' leaves the page where
 * it is (ticking a filter should not move the sidebar away).
 */
function go(state, options = {}) {
  const changesView = Boolean(state.doc) || Boolean(current.doc) || state.page !== current.page || state.q !== current.q;
  const scroll = options.scroll || (changesView ? 'top' : 'keep');
  const url = urlOf(state);
  history.replaceState({...(history.state || {}), scroll: window.scrollY}, '', location.href);
  const entry = {fromResults: Boolean(state.doc) && !current.doc, scroll: null};
  if (options.replace) history.replaceState(entry, '', url); else history.pushState(entry, '', url);
  route({scroll});
}
setNavigator(go);

window.addEventListener('popstate', event => {
  const saved = event.state && typeof event.state.scroll === 'number' ? event.state.scroll : 0;
  route({scroll: saved});
});

/** Draws whatever the URL says. */
function route(options = {}) {
  current = parseState(location.search);
  ui.input.value = current.q;
  suggestions.close();
  // a distance sort is offered when there is a place to be near
  const byDistance = ui.sort.querySelector('option[value="distance"]');
  byDistance.hidden = byDistance.disabled = !current.near;
  ui.sort.value = current.sort;
  if (current.doc) showDocument(current, options); else showSearch(current, options);
}

function applyScroll(scroll) {
  if (scroll === 'top') window.scrollTo(0, 0);
  else if (typeof scroll === 'number') window.scrollTo(0, scroll);
}

// ---------------------------------------------------------------- search view

async function showSearch(state, options) {
  ui.layout.classList.remove('is-doc');
  ui.searchView.hidden = false;
  ui.sidebar.hidden = false;
  ui.docView.hidden = true;
  document.title = state.q ? `${state.q} – careersearch` : 'careersearch';
  const params = apiParams(state);
  const mine = ++sequence;
  if (inflight) inflight.abort();
  inflight = new AbortController();
  const cached = api.cachedSearch(params);
  if (!cached) {
    ui.main.setAttribute('aria-busy', 'true');
    ui.layout.classList.add('is-loading');
  }
  try {
    const response = cached || await api.search(params, inflight.signal);
    if (mine !== sequence) return;
    drawSearch(response, state);
  } catch (e) {
    if (mine !== sequence || (e && e.name === 'AbortError')) return;
    drawError(e, state);
  } finally {
    if (mine === sequence) {
      ui.main.removeAttribute('aria-busy');
      ui.layout.classList.remove('is-loading');
      applyScroll(options.scroll);
      markDrawn();
    }
  }
}

function drawSearch(response, state) {
  const focusKey = document.activeElement && document.activeElement.getAttribute('data-focus-key');
  const total = Number(response.total || 0);
  const hits = Array.isArray(response.hits) ? response.hits : [];

  drawSummary(state, total, response.took_ms);
  drawUnderstood(response, state);
  drawActiveFilters(state);
  replaceChildren(ui.facets, facetPanel(response.facets || {}, state));
  ui.layout.classList.remove('no-facets');
  const filterCount = activeFilterCount(state);
  ui.filtersToggle.textContent = filterCount ? `Filters (${filterCount})` : 'Filters';
  ui.clearAllSide.hidden = !hasFilters(state);
  ui.filtersDone.textContent = total === 1 ? 'Show 1 result' : `Show ${count(total)} results`;

  if (hits.length) {
    replaceChildren(ui.notice);
    replaceChildren(ui.results, resultCards(hits, state));
  } else {
    replaceChildren(ui.results);
    replaceChildren(ui.notice, total > 0 ? pastTheEnd(state, total) : emptyNotice(response, state));
  }
  drawPagination(state, total);

  if (focusKey) {
    // the control that had the focus was drawn anew: focus its successor, or the results
    const again = document.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`);
    if (again && again !== document.activeElement) focusQuietly(again);
    else if (!again) focusQuietly(ui.main);
  }
}

function drawSummary(state, total, tookMs) {
  const what = total === 1 ? '1 result' : `${count(total)} results`;
  const text = state.q ? `${what} for “${state.q}”` : hasFilters(state) ? what : `Browsing all ${count(total)} documents`;
  replaceChildren(ui.summary,
    el('strong', {class: 'summary__count'}, text),
    typeof tookMs === 'number' ? el('span', {class: 'summary__took'}, ` · ${tookMs} ms`) : null);
}

function activeFilterCount(state) {
  return Object.values(state.filters).reduce((n, v) => n + v.length, 0)
    + (state.salaryMin !== null ? 1 : 0) + (state.salaryMax !== null ? 1 : 0) + (state.near ? 1 : 0);
}

/** Chips of what the API understood in the query (issue 5) and "did you mean". */
function drawUnderstood(response, state) {
  const query = response.query || {};
  const interpreted = Array.isArray(query.interpreted) ? query.interpreted.filter(c => c && c.dimension) : [];
  const suggestion = didYouMean(response.did_you_mean ?? query.did_you_mean);
  const parts = [];
  if (query.corrected && typeof query.searched === 'string') {
    // nothing matched as typed, so the server searched its correction instead
    parts.push(el('p', {class: 'did-you-mean did-you-mean--corrected'},
      'No results for “', el('span', {class: 'did-you-mean__typed'}, state.q), '”; showing results for ',
      link(withChanges(state, {q: query.searched}), {class: 'did-you-mean__link', 'data-focus-key': 'corrected'}, query.searched),
      '.'));
  } else if (suggestion && suggestion.toLowerCase() !== state.q.trim().toLowerCase()) {
    parts.push(el('p', {class: 'did-you-mean'}, 'Did you mean ',
      link(withChanges(state, {q: suggestion}), {class: 'did-you-mean__link', 'data-focus-key': 'did-you-mean'}, suggestion),
      '?'));
  }
  if (interpreted.length) {
    parts.push(el('div', {class: 'chips'},
      el('span', {class: 'chips__label', id: 'chips-label'}, 'Understood:'),
      el('ul', {class: 'chips__list', 'aria-labelledby': 'chips-label'},
        interpreted.map((chip, i) => interpretedChip(chip, i, state))),
      strictToggle(state)));
  }
  ui.understood.hidden = !parts.length;
  replaceChildren(ui.understood, parts);
}

function didYouMean(value) {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object') {
    const text = value.q ?? value.text ?? value.query;
    return typeof text === 'string' && text.trim() ? text.trim() : null;
  }
  return null;
}

/** strict=true: the server applies every understood part as a filter instead of a boost. */
function strictToggle(state) {
  const box = el('input', {type: 'checkbox', class: 'facet__input', 'data-focus-key': 'strict'});
  box.checked = state.strict;
  box.addEventListener('change', () => go(withChanges(state, {strict: box.checked}), {scroll: 'keep'}));
  return el('label', {class: 'chips__strict', title: 'Show only results that match every understood part'},
    box, 'Match all of these');
}

function chipValueText(chip) {
  if (typeof chip.label === 'string' && chip.label) return chip.label;
  const v = chip.value;
  if (v && typeof v === 'object') {
    const lo = typeof v.min === 'number' ? usd(v.min) : null;
    const hi = typeof v.max === 'number' ? usd(v.max) : null;
    return lo && hi ? `${lo}–${hi}` : lo ? `≥ ${lo}` : hi ? `≤ ${hi}` : chip.text;
  }
  if (chip.dimension === 'salary_min' && typeof v === 'number') return `≥ ${usd(v)}`;
  if (chip.dimension === 'salary_max' && typeof v === 'number') return `≤ ${usd(v)}`;
  return valueLabel(chip.dimension, String(v ?? chip.text ?? ''));
}

function interpretedChip(chip, i, state) {
  const change = chipAsFilter(chip, state);
  const already = change && isAlreadyApplied(change, state);
  const label = `${dimName(chip.dimension)}: ${chipValueText(chip)}`;
  const withoutText = removeWords(state.q, chip);
  return el('li', {class: 'chip' + (already ? ' is-applied' : ''), 'data-dimension': chip.dimension,
    'data-value': typeof chip.value === 'string' ? chip.value : null},
  // a tool or other document the server recognized links to its page
  typeof chip.value === 'string' && /^(tool|skill|occupation|section):/.test(chip.value)
    ? link({...state, doc: chip.value}, {class: 'chip__text chip__link', title: 'Open its page'}, label)
    : el('span', {class: 'chip__text'}, label),
  change && !already ? el('button', {
    class: 'chip__button chip__filter', type: 'button', 'data-focus-key': `chip-filter:${i}`,
    'aria-label': `Use ${label} as a filter`,
    title: 'Use as a filter',
    onclick: () => go(withChanges(state, {...change, q: withoutText}), {scroll: 'keep'}),
  }, 'Filter') : null,
  el('button', {
    class: 'chip__button chip__remove', type: 'button', 'data-focus-key': `chip-remove:${i}`,
    'aria-label': `Remove “${chip.text || label}” from the search`,
    title: 'Remove from the search',
    onclick: () => go(withChanges(state, {q: withoutText}), {scroll: 'keep'}),
  }, '×'));
}

/** The state changes that turn an interpreted part into a filter, or null when none fits. */
function chipAsFilter(chip, state) {
  const {dimension: dim, value} = chip;
  if (FILTER_DIMS.includes(dim) && typeof value === 'string' && value) {
    const values = new Set(state.filters[dim] || []);
    values.add(value);
    return {filters: {...state.filters, [dim]: [...values]}};
  }
  const amount = v => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : null);
  if (dim === 'salary_min' && amount(value) !== null) return {salaryMin: amount(value)};
  if (dim === 'salary_max' && amount(value) !== null) return {salaryMax: amount(value)};
  if (dim === 'salary' || dim === 'salary_range') {
    // {salary_min, salary_max} beside the value, or the value "min-max" (either side may be empty)
    if ('salary_min' in chip || 'salary_max' in chip) {
      const lo = amount(chip.salary_min);
      const hi = amount(chip.salary_max);
      if (lo !== null || hi !== null) return {salaryMin: lo, salaryMax: hi};
    }
    const range = typeof value === 'string' ? /^(\d*)-(\d*)$/.exec(value) : null;
    if (range && (range[1] || range[2])) {
      return {salaryMin: range[1] ? Number(range[1]) : null, salaryMax: range[2] ? Number(range[2]) : null};
    }
    if (value && typeof value === 'object') {
      const lo = amount(value.min);
      const hi = amount(value.max);
      if (lo !== null || hi !== null) return {salaryMin: lo, salaryMax: hi};
    }
    if (amount(value) !== null) return {salaryMin: amount(value)};
  }
  return null;
}

function isAlreadyApplied(change, state) {
  if (change.filters) {
    return Object.entries(change.filters).every(([dim, values]) =>
      values.every(v => (state.filters[dim] || []).includes(v)));
  }
  return ('salaryMin' in change ? change.salaryMin === state.salaryMin : true)
    && ('salaryMax' in change ? change.salaryMax === state.salaryMax : true);
}

/** The query without the words of one interpreted part: at its offsets, else its first occurrence. */
function removeWords(q, chip) {
  const text = chip.text;
  if (!text) return q;
  const {start, end} = chip;
  if (Number.isInteger(start) && Number.isInteger(end) && q.slice(start, end).trim().toLowerCase() === String(text).trim().toLowerCase()) {
    return (q.slice(0, start) + ' ' + q.slice(end)).replace(/\s+/g, ' ').trim();
  }
  const escaped = String(text).trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(^|\\s)${escaped}(?=\\s|$)`, 'i');
  const without = pattern.test(q) ? q.replace(pattern, ' ') : q.replace(new RegExp(escaped, 'i'), ' ');
  return without.replace(/\s+/g, ' ').trim();
}

/** The filters in force, each removable, and "Clear all". */
function drawActiveFilters(state) {
  const chips = [];
  for (const dim of FILTER_DIMS) {
    for (const value of state.filters[dim] || []) {
      const label = `${dim === 'salary_band' ? 'Salary' : dimName(dim)}: ${valueLabel(dim, value)}`;
      chips.push(removableFilter(label, `active:${dim}:${value}`, toggleFilter(state, dim, value, false)));
    }
  }
  if (state.salaryMin !== null) {
    chips.push(removableFilter(`Salary ≥ ${usd(state.salaryMin)}`, 'active:salary_min', withChanges(state, {salaryMin: null})));
  }
  if (state.salaryMax !== null) {
    chips.push(removableFilter(`Salary ≤ ${usd(state.salaryMax)}`, 'active:salary_max', withChanges(state, {salaryMax: null})));
  }
  if (state.near) {
    const radius = state.withinKm === null ? DEFAULT_KM : state.withinKm;
    chips.push(removableFilter(`Near: ${state.near} (${radius} km)`, 'active:near', withoutNear(state)));
  }
  ui.active.hidden = !chips.length;
  replaceChildren(ui.active, chips.length ? [
    el('span', {class: 'active-filters__label', id: 'active-label'}, 'Filters:'),
    el('ul', {class: 'chips__list', 'aria-labelledby': 'active-label'}, chips),
    el('button', {class: 'link-button', type: 'button', 'data-focus-key': 'clear-all', onclick: clearAll}, 'Clear all'),
  ] : []);
}

function removableFilter(label, key, without) {
  return el('li', {class: 'chip chip--filter'},
    el('span', {class: 'chip__text'}, label),
    el('button', {
      class: 'chip__button chip__remove', type: 'button', 'data-focus-key': key,
      'aria-label': `Remove filter ${label}`, title: 'Remove this filter',
      onclick: () => go(without, {scroll: 'keep'}),
    }, '×'));
}

function clearAll() {
  go(withChanges(withoutNear(current), {filters: {}, salaryMin: null, salaryMax: null}), {scroll: 'keep'});
}

/** No results: say why and offer the next step. */
function emptyNotice(response, state) {
  const steps = [];
  const suggestion = didYouMean(response.did_you_mean ?? (response.query || {}).did_you_mean);
  if (suggestion) {
    steps.push(el('li', null, 'Check the spelling: search for ',
      link(withChanges(state, {q: suggestion}), null, suggestion), '.'));
  }
  if (hasFilters(state)) {
    steps.push(el('li', null, 'Remove a filter above, or ',
      el('button', {class: 'link-button', type: 'button', onclick: clearAll}, 'clear all filters'),
      ' to search everything.'));
  }
  if (state.q) {
    steps.push(el('li', null, 'Use fewer or more general words, e.g. a role (“data engineer”) or a tool (“PyTorch”).'));
    steps.push(el('li', null, 'Or ', link(withChanges(state, {q: ''}), null, 'browse without words'),
      ' and narrow down with the filters.'));
  }
  if (!steps.length) steps.push(el('li', null, 'The index is empty: build it with the reindex command (see the README).'));
  return el('div', {class: 'notice', role: 'status'},
    el('h2', {class: 'notice__title'}, state.q ? `Nothing matches “${state.q}”` : 'Nothing matches these filters'),
    el('p', null, 'What to try next:'),
    el('ul', null, steps));
}

function pastTheEnd(state, total) {
  const last = pageCount(total, state.size);
  return el('div', {class: 'notice', role: 'status'},
    el('h2', {class: 'notice__title'}, `Page ${state.page} is past the last page`),
    el('p', null, `There are ${count(total)} results on ${last} page${last === 1 ? '' : 's'}. `,
      link({...state, page: last}, null, 'Go to the last page'), '.'));
}

/** An API error or a failed request: the API's message, and what to do about it. */
function drawError(error, state) {
  replaceChildren(ui.results);
  // without an answer there are no counts; keep the last ones, or hide the empty sidebar
  if (!ui.facets.firstChild) ui.layout.classList.add('no-facets');
  ui.pagination.hidden = true;
  ui.understood.hidden = true;
  drawActiveFilters(state);
  const status = error && typeof error.status === 'number' ? error.status : 0;
  const message = error && error.message ? error.message : String(error);
  if (status === 400 && state.near && /^(near|within_km)\b/.test(message)) {
    drawPlaceProblem(message, state);
    return;
  }
  const actions = [];
  if (status === 400) {
    actions.push(el('p', null, 'Change the part the message names and search again.'));
    if (hasFilters(state) || state.sort !== 'relevance' || state.page > 1) {
      actions.push(el('p', null, el('button', {class: 'button', type: 'button', onclick: () => go(parseState(''))}, 'Start a new search')));
    }
  } else {
    actions.push(el('p', null, status === 0
      ? 'The page could not reach the server.'
      : 'The server could not answer this search; it logged the details.'),
    el('p', null, el('button', {class: 'button', type: 'button', 'data-focus-key': 'retry',
      onclick: () => route({scroll: 'keep'})}, 'Retry')));
  }
  replaceChildren(ui.summary, el('strong', null, 'The search failed'));
  replaceChildren(ui.notice, el('div', {class: 'notice notice--error', role: 'alert'},
    el('h2', {class: 'notice__title'}, status === 400 ? 'This search cannot be run as it is' : 'Something went wrong'),
    el('p', {class: 'notice__message'}, message),
    actions));
}

/**
 * The place or radius was refused (an unknown place: the message names close ones). Said where
 * the place is typed, so it can be corrected there; not an alert.
 */
function drawPlaceProblem(message, state) {
  const form = nearFieldset(state, message);
  const shown = ui.facets.querySelector('fieldset[data-dim="near"]');
  if (shown) shown.replaceWith(form); else replaceChildren(ui.facets, form);
  ui.layout.classList.remove('no-facets');
  replaceChildren(ui.summary, el('strong', null, 'No results: the place filter needs a change'));
  replaceChildren(ui.notice, el('div', {class: 'notice', role: 'status'},
    el('h2', {class: 'notice__title'}, `“${state.near}” cannot be searched near`),
    el('p', null, 'Change the place in the “Near a place” filter, or ',
      link(withoutNear(state), {'data-focus-key': 'near-drop'}, 'search without it'), '.')));
}

function drawPagination(state, total) {
  const pages = pageCount(total, state.size);
  if (total === 0 || pages <= 1) {
    ui.pagination.hidden = true;
    replaceChildren(ui.pagination);
    return;
  }
  const page = Math.min(state.page, pages);
  const numbers = new Set([1, pages, page - 1, page, page + 1].filter(p => p >= 1 && p <= pages));
  if (page <= 3) [2, 3, 4].forEach(p => p <= pages && numbers.add(p));
  if (page >= pages - 2) [pages - 3, pages - 2, pages - 1].forEach(p => p >= 1 && numbers.add(p));
  const sorted = [...numbers].sort((a, b) => a - b);
  const items = [];
  items.push(el('li', null, state.page > 1
    ? link({...state, page: state.page - 1}, {class: 'page page--prev', rel: 'prev', 'data-focus-key': 'page-prev'}, '‹ Previous')
    : el('span', {class: 'page page--prev is-disabled', 'aria-disabled': 'true'}, '‹ Previous')));
  sorted.forEach((p, i) => {
    if (i && p - sorted[i - 1] > 1) items.push(el('li', {class: 'page-gap', 'aria-hidden': 'true'}, '…'));
    items.push(el('li', {class: 'page-number'}, p === state.page
      ? el('span', {class: 'page is-current', 'aria-current': 'page'}, String(p))
      : link({...state, page: p}, {class: 'page', 'aria-label': `Page ${p}`, 'data-focus-key': `page-${p}`}, String(p))));
  });
  items.push(el('li', null, state.page < pages
    ? link({...state, page: state.page + 1}, {class: 'page page--next', rel: 'next', 'data-focus-key': 'page-next'}, 'Next ›')
    : el('span', {class: 'page page--next is-disabled', 'aria-disabled': 'true'}, 'Next ›')));
  ui.pagination.hidden = false;
  replaceChildren(ui.pagination, el('ul', {class: 'pagination__list'}, items));
}

// ---------------------------------------------------------------- document view

async function showDocument(state, options) {
  ui.layout.classList.add('is-doc');
  setFiltersOpen(false);
  ui.searchView.hidden = true;
  ui.sidebar.hidden = true;
  ui.docView.hidden = false;
  const mine = ++sequence;
  if (inflight) inflight.abort();
  inflight = new AbortController();
  const signal = inflight.signal;
  replaceChildren(ui.docView, el('p', {class: 'muted', role: 'status'}, 'Loading…'));
  try {
    const doc = await api.documentById(state.doc, signal);
    if (mine !== sequence) return;
    document.title = `${doc.title || doc.id} – careersearch`;
    const heading = renderDocument(ui.docView, doc, state, signal);
    applyScroll(typeof options.scroll === 'number' ? options.scroll : 'top');
    focusQuietly(heading);
    markDrawn();
  } catch (e) {
    if (mine !== sequence || (e && e.name === 'AbortError')) return;
    document.title = 'Not found – careersearch';
    replaceChildren(ui.docView, el('div', {class: 'notice notice--error', role: 'alert'},
      el('h1', {class: 'notice__title'}, e.status === 404 ? 'This document is not in the index' : 'The document could not be loaded'),
      el('p', {class: 'notice__message'}, e.message || String(e)),
      el('p', null, e.status === 404
        ? 'It may have been removed by a reindex. Search for it again, or '
        : 'Retry in a moment, or ',
      link({...state, doc: null}, null, 'go back to the results'), '.')));
    applyScroll('top');
    markDrawn();
  }
}

/** Marks the view of the current URL as drawn (browser tests wait for it). */
function markDrawn() {
  document.body.setAttribute('data-rendered', location.search);
}

// ---------------------------------------------------------------- wiring

const suggestions = attachSuggestions(ui.input, ui.suggestions, text => {
  go(withChanges(current, {q: text}));
});

ui.form.addEventListener('submit', event => {
  event.preventDefault();
  suggestions.close();
  go(withChanges(current, {q: ui.input.value.trim()}));
});

ui.sort.addEventListener('change', () => go(withChanges(current, {sort: ui.sort.value}), {scroll: 'keep'}));

ui.clearAllSide.addEventListener('click', clearAll);

/** Opens or closes the filter panel (a full-screen panel on a phone). */
function setFiltersOpen(open) {
  ui.layout.classList.toggle('filters-open', open);
  document.body.classList.toggle('filters-open', open);
  ui.filtersToggle.setAttribute('aria-expanded', String(open));
  if (open) {
    ui.sidebar.scrollTop = 0;
    const first = ui.sidebar.querySelector('#facets input:not([disabled]), #facets button');
    if (first) focusQuietly(first);
  }
}

ui.filtersToggle.addEventListener('click', () => setFiltersOpen(!ui.layout.classList.contains('filters-open')));

for (const button of [ui.filtersDone, ui.filtersClose]) {
  button.addEventListener('click', () => {
    setFiltersOpen(false);
    ui.filtersToggle.focus();
    window.scrollTo(0, 0);
  });
}

ui.sidebar.addEventListener('keydown', event => {
  if (event.key === 'Escape' && ui.layout.classList.contains('filters-open')) {
    setFiltersOpen(false);
    ui.filtersToggle.focus();
  }
});

ui.brand.addEventListener('click', event => {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  go(parseState(''));
});

// "/" focuses the search box from anywhere but a text field
document.addEventListener('keydown', event => {
  const target = event.target;
  const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
  if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    ui.input.focus();
    ui.input.select();
  }
});

route({scroll: 'keep'});
