// The document view: the whole stored document, its related items (when the server links them)
// and, for postings and roles, a salary insight chart against the salary reports.
import {el, replaceChildren} from './dom.js';
import {jobSalary, reportSalary, valueLabel, date, compactAmount, count, usd} from './format.js';
import {link, navigate} from './nav.js';
import {hasFilters, urlOf, withChanges} from './state.js';
import * as api from './api.js';

/** Fields shown by the type-specific parts, left out of "More details". */
const SHOWN = new Set([
  'id', 'type', 'title', 'score', 'snippet', 'source', 'order', 'name', 'related', 'salary',
  'company', 'location', 'remote', 'seniority', 'employment', 'posted_at', 'description', 'url',
  'skills', 'categories', 'roles', 'occupations', 'hot_technology', 'in_demand', 'onet_names',
  'heading_path', 'text', 'code', 'tasks', 'alternate_titles', 'reported_titles', 'job_zone',
  'job_zone_name', 'role', 'tools', 'year', 'remote_ratio', 'employee_residence',
  'company_location', 'company_size',
]);

/**
 * Renders a document into the container.
 * @param {HTMLElement} container
 * @param {object} doc the API's document
 * @param {object} state the view state (the search the document was opened from)
 * @param {AbortSignal} signal aborts the salary insight request when the view changes
 */
export function renderDocument(container, doc, state, signal) {
  const type = String(doc.type || 'document');
  const back = backLink(state);
  const heading = el('h1', {class: 'doc__title', id: 'doc-title', tabindex: '-1'}, doc.title || String(doc.id));
  const insight = el('section', {class: 'doc__section insight', 'aria-labelledby': 'insight-title', hidden: true});
  replaceChildren(container,
    el('article', {class: `doc doc--${type}`, 'data-id': doc.id, 'aria-labelledby': 'doc-title'},
      back,
      el('div', {class: 'doc__head'},
        el('span', {class: `badge badge--${type}`}, valueLabel('type', type)),
        heading),
      (DETAILS[type] || (() => null))(doc, state),
      explore(doc, state),
      moreDetails(doc),
      insight,
      relatedSection(doc, state)));
  const query = insightQuery(doc);
  if (query) loadInsight(insight, query, doc, signal);
  return heading;
}

function backLink(state) {
  const results = {...state, doc: null};
  const fromSearch = Boolean(state.q) || hasFilters(state);
  const a = el('a', {class: 'doc__back', href: urlOf(results)},
    fromSearch || (history.state && history.state.fromResults) ? '← Back to results' : '← Browse everything');
  a.addEventListener('click', event => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    // when the results are the previous history entry, go back to it (keeps history tidy)
    if (history.state && history.state.fromResults) history.back();
    else navigate(results);
  });
  return el('p', null, a);
}

function dl(rows) {
  const present = rows.filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && !v.length));
  if (!present.length) return null;
  return el('dl', {class: 'facts'},
    present.map(([k, v]) => el('div', {class: 'facts__row'}, el('dt', null, k), el('dd', null, v))));
}

function paragraphs(text) {
  if (!text) return null;
  const blocks = String(text).split(/\n{2,}|\n(?=[-•*] )/).map(s => s.trim()).filter(Boolean);
  const bullets = blocks.filter(b => /^[-•*] /.test(b));
  if (bullets.length === blocks.length && bullets.length > 1) {
    return el('ul', {class: 'doc__list'}, bullets.map(b => el('li', null, b.replace(/^[-•*] /, ''))));
  }
  return el('div', {class: 'doc__text'}, blocks.map(b => /^[-•*] /.test(b)
    ? el('ul', {class: 'doc__list'}, el('li', null, b.replace(/^[-•*] /, '')))
    : el('p', null, b)));
}

function section(title, ...content) {
  const body = content.flat().filter(Boolean);
  if (!body.length) return null;
  return el('section', {class: 'doc__section'}, el('h2', null, title), body);
}

function asList(value) {
  if (Array.isArray(value)) return value;
  return value === null || value === undefined || value === '' ? [] : [value];
}

function searchLink(state, q, text) {
  return link(withChanges({...state, filters: {}, salaryMin: null, salaryMax: null, sort: 'relevance'}, {q}),
    {class: 'quiet-link'}, text || q);
}

function docLink(state, id, text) {
  return link({...state, doc: id}, {class: 'quiet-link'}, text);
}

function inlineList(items) {
  return items.map((item, i) => [i ? ', ' : null, item]);
}

function salaryFact(salary) {
  if (!salary) return null;
  return [el('strong', {class: 'salary__usd'}, salary.usd),
    salary.original ? el('span', {class: 'salary__original'}, ` (${salary.original})`) : null];
}

const DETAILS = {
  job(doc, state) {
    const url = safeUrl(doc.url);
    return [
      dl([
        ['Company', doc.company],
        ['Location', doc.location],
        ['Salary', salaryFact(jobSalary(doc.salary))],
        ['Work place', doc.remote ? valueLabel('remote', doc.remote) : null],
        ['Seniority', doc.seniority ? valueLabel('seniority', doc.seniority) : null],
        ['Employment', asList(doc.employment).map(e => valueLabel('employment', e)).join(', ')],
        ['Posted', doc.posted_at ? date(doc.posted_at) : null],
        ['Skills', asList(doc.skills).length ? inlineList(asList(doc.skills).map(s => searchLink(state, s))) : null],
        ['Original posting', url ? el('a', {href: url, rel: 'noopener noreferrer nofollow', target: '_blank'}, url) : null],
      ]),
      section('Description', paragraphs(doc.description)),
    ];
  },
  tool(doc, state) {
    return [
      dl([
        ['Categories', asList(doc.categories).join(', ')],
        ['Roles', asList(doc.roles).join(', ')],
        ['Flags', [doc.hot_technology ? 'Hot technology' : null, doc.in_demand ? 'In demand' : null].filter(Boolean).join(', ')],
        ['Also known as', asList(doc.onet_names).filter(n => n !== doc.title).join(', ')],
      ]),
      section('Occupations that use it', asList(doc.occupations).length
        ? el('ul', {class: 'doc__list'}, asList(doc.occupations).map(o => el('li', null,
          o.code ? docLink(state, 'occupation:' + o.code, o.title || o.code) : (o.title || ''),
          o.code ? el('span', {class: 'muted'}, ` ${o.code}`) : null,
          o.hot_technology ? el('span', {class: 'tag tag--flag'}, 'hot') : null,
          o.in_demand ? el('span', {class: 'tag tag--flag'}, 'in demand') : null)))
        : null),
    ];
  },
  section(doc) {
    return [
      dl([
        ['Section', asList(doc.heading_path).join(' › ')],
        ['Role', asList(doc.roles).join(', ')],
      ]),
      section('Text', paragraphs(doc.text)),
    ];
  },
  skill(doc, state) {
    return [dl([
      ['Role', doc.role],
      ['Tools', asList(doc.tools).length ? inlineList(asList(doc.tools).map(t => searchLink(state, t))) : null],
    ]),
    section('Statement', paragraphs(doc.text || doc.title))];
  },
  occupation(doc, state) {
    const alternates = asList(doc.alternate_titles);
    const reported = asList(doc.reported_titles);
    return [
      dl([
        ['O*NET code', doc.code],
        ['Preparation', doc.job_zone_name || (doc.job_zone ? 'Job zone ' + doc.job_zone : null)],
        ['Reported titles', reported.join(', ')],
      ]),
      section('Description', paragraphs(doc.description)),
      section('Tasks', asList(doc.tasks).length
        ? el('ul', {class: 'doc__list'}, asList(doc.tasks).map(t => el('li', null, t))) : null),
      section('Also called', alternates.length ? expandableText(alternates) : null),
    ];
  },
  salary_report(doc) {
    return [dl([
      ['Salary', salaryFact(reportSalary(doc.salary))],
      ['Year', doc.year],
      ['Seniority', doc.seniority ? valueLabel('seniority', doc.seniority) : null],
      ['Employment', doc.employment ? valueLabel('employment', doc.employment) : null],
      ['Work place', doc.remote ? valueLabel('remote', doc.remote) : null],
      ['Company location', doc.company_location],
      ['Employee residence', doc.employee_residence],
      ['Company size', {S: 'Small', M: 'Medium', L: 'Large'}[doc.company_size] || doc.company_size],
    ])];
  },
};

/** Searches that start from this document: its postings, everything that names it. */
function explore(doc, state) {
  const name = doc.type === 'skill' ? doc.role : doc.type === 'occupation' || doc.type === 'tool' ? doc.title : null;
  if (!name) return null;
  const fresh = {...state, filters: {}, salaryMin: null, salaryMax: null, sort: 'relevance'};
  return el('p', {class: 'doc__explore'},
    link(withChanges(fresh, {q: name, filters: {type: ['job']}}), null, `Job postings for “${name}”`),
    link(withChanges(fresh, {q: name}), null, `Everything about “${name}”`),
    doc.type !== 'tool'
      ? link(withChanges(fresh, {q: name, filters: {type: ['salary_report']}}), null, 'Salary reports')
      : null);
}

function expandableText(items) {
  const LIMIT = 24;
  if (items.length <= LIMIT) return el('p', null, items.join(', '));
  const text = el('p', null, items.slice(0, LIMIT).join(', ') + ', …');
  const button = el('button', {class: 'link-button', type: 'button', 'aria-expanded': 'false'}, `Show all ${items.length}`);
  button.addEventListener('click', () => {
    text.textContent = items.join(', ');
    button.remove();
  });
  return [text, button];
}

function safeUrl(url) {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

/** Scalar fields no part above shows, so new fields are visible without a UI change. */
function moreDetails(doc) {
  const rows = Object.entries(doc)
    .filter(([k, v]) => !SHOWN.has(k) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'))
    .map(([k, v]) => [valueLabel('field', k), typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v)]);
  const table = dl(rows);
  return table ? section('More details', table) : null;
}

// ---- related items (issue 6): a list, or lists by kind; each item {id, type, title, why} ----

function relatedSection(doc, state) {
  const groups = relatedGroups(doc);
  if (!groups.length) return null;
  const single = groups.length === 1;
  return el('section', {class: 'doc__section related', 'aria-labelledby': 'related-title'},
    el('h2', {id: 'related-title'}, single && groups[0][0] ? groups[0][0] : 'Related'),
    groups.map(([name, items]) => el('div', {class: 'related__group'},
      single ? null : el('h3', null, name || 'Related'),
      el('ul', {class: 'related__list'}, items.map(item => relatedItem(item, state))))));
}

function relatedGroups(doc) {
  const related = doc.related;
  if (!related) return [];
  if (Array.isArray(related)) {
    const items = related.filter(isItem);
    return items.length ? [[doc.type === 'occupation' ? 'Related occupations' : '', items]] : [];
  }
  if (typeof related === 'object') {
    return Object.entries(related)
      .map(([key, list]) => [valueLabel('field', key), Array.isArray(list) ? list.filter(isItem) : []])
      .filter(([, items]) => items.length);
  }
  return [];
}

function isItem(item) {
  return item && typeof item === 'object' && (item.id || item.code || item.title);
}

/** O*NET's relatedness tiers in words. */
const TIERS = {
  'Primary-Short': 'Closely related', 'Primary-Long': 'Related', Supplemental: 'Also related',
};

function relatedItem(item, state) {
  const id = item.id || (item.code ? 'occupation:' + item.code : null);
  const title = item.title || item.name || id;
  const why = item.why || item.reason || TIERS[item.tier] || item.tier;
  return el('li', {class: 'related__item'},
    item.type ? el('span', {class: `badge badge--small badge--${item.type}`}, valueLabel('type', item.type)) : null,
    id ? docLink(state, id, title) : el('span', null, title),
    typeof why === 'string' && why ? el('span', {class: 'related__why'}, why) : null);
}

// ---- salary insight (issue 6): GET /api/salaries?q=<title>&seniority=.. ----

function insightQuery(doc) {
  const params = new URLSearchParams();
  if (doc.type === 'job' || doc.type === 'salary_report' || doc.type === 'occupation') {
    if (!doc.title) return null;
    params.set('q', doc.title);
    if (doc.seniority && doc.type !== 'occupation') params.set('seniority', doc.seniority);
    return params;
  }
  if ((doc.type === 'skill' && doc.role) || (doc.type === 'section' && asList(doc.roles).length === 1)) {
    params.set('q', doc.role || asList(doc.roles)[0]);
    return params;
  }
  return null;
}

async function loadInsight(container, params, doc, signal) {
  let body;
  try {
    body = await api.salaries(params, signal);
  } catch (e) {
    if (e && e.name === 'AbortError') return;
    if (e && e.noRoute) return; // this server has no salary insights (yet): show nothing
    showInsight(container, params, el('p', {class: 'muted'}, `No salary insight: ${e.message}`));
    return;
  }
  if (signal.aborted) return;
  showInsight(container, params, insightBody(body, doc));
}

function showInsight(container, params, body) {
  const filters = [...params.entries()].map(([k, v]) => k === 'q' ? `“${v}”` : valueLabel(k, v)).join(', ');
  replaceChildren(container,
    el('h2', {id: 'insight-title'}, 'Salary insight'),
    el('p', {class: 'muted'}, `Salary reports for ${filters}, in USD per year.`),
    body);
  container.hidden = false;
}

function num(value) {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function insightBody(body, doc) {
  const stats = body && typeof body === 'object' ? (body.stats || body) : {};
  const n = num(stats.count);
  const p = key => num(stats[key]);
  if (n !== null && (p('median') === null || n < 5)) {
    return el('p', {class: 'notice'}, body.message || `Only ${count(n)} matching report${n === 1 ? '' : 's'}: too few for a reliable figure.`);
  }
  if (p('median') === null) return el('p', {class: 'muted'}, 'No salary figures for this role.');
  const own = doc.type === 'job' && doc.salary ? [num(doc.salary.min_usd_year), num(doc.salary.max_usd_year)]
    : doc.type === 'salary_report' && doc.salary ? [num(doc.salary.usd_year), num(doc.salary.usd_year)] : null;
  return [
    boxPlot(stats, own),
    dl([
      ['Reports', count(n)],
      ['Median', usd(p('median'))],
      ['Middle half (p25–p75)', p('p25') !== null && p('p75') !== null ? `${usd(p('p25'))} – ${usd(p('p75'))}` : null],
      ['p10–p90', p('p10') !== null && p('p90') !== null ? `${usd(p('p10'))} – ${usd(p('p90'))}` : null],
      ['Mean', p('mean') !== null ? usd(p('mean')) : null],
      ['Range', p('min') !== null && p('max') !== null ? `${usd(p('min'))} – ${usd(p('max'))}` : null],
      ['This document', own && own[0] !== null ? (own[0] === own[1] ? usd(own[0]) : `${usd(own[0])} – ${usd(own[1] ?? own[0])}`) : null],
      ['Its percentile', num(body.percentile) !== null ? `${Math.round(body.percentile)}th` : null],
    ]),
    bandHistogram(body.histogram || stats.histogram),
    byYear(body.median_by_year || stats.median_by_year),
  ];
}

/** p10–p90 whisker, p25–p75 box, median line and this document's range, on one USD scale. */
function boxPlot(stats, own) {
  const values = ['p10', 'p25', 'median', 'p75', 'p90'].map(k => num(stats[k]));
  if (values.some(v => v === null)) return null;
  const [p10, p25, median, p75, p90] = values;
  const ownValues = own ? own.filter(v => v !== null) : [];
  const {lo, hi, step} = niceScale(Math.min(p10, ...ownValues), Math.max(p90, ...ownValues));
  const at = v => `${Math.max(0, Math.min(100, ((v - lo) / (hi - lo)) * 100)).toFixed(2)}%`;
  const part = (cls, from, to) => {
    const node = el('span', {class: cls});
    node.style.left = at(from);
    node.style.width = `calc(${at(to)} - ${at(from)})`;
    return node;
  };
  const mark = (cls, v) => {
    const node = el('span', {class: cls});
    node.style.left = at(v);
    return node;
  };
  const ownRange = own && own[0] !== null
    ? (own[0] === (own[1] ?? own[0]) ? mark('boxplot__own-point', own[0]) : part('boxplot__own', own[0], own[1]))
    : null;
  const ticks = [];
  for (let v = lo; v <= hi + step / 2; v += step) {
    const t = el('span', {class: 'boxplot__tick'}, '$' + compactAmount(v));
    t.style.left = at(v);
    ticks.push(t);
  }
  return el('figure', {class: 'boxplot'},
    el('div', {class: 'boxplot__plot', role: 'img',
      'aria-label': `Median ${usd(median)}; middle half ${usd(p25)} to ${usd(p75)}; 10th to 90th percentile ${usd(p10)} to ${usd(p90)}`
        + (own && own[0] !== null ? `; this document ${usd(own[0])} to ${usd(own[1] ?? own[0])}` : '')},
    part('boxplot__whisker', p10, p90),
    part('boxplot__box', p25, p75),
    mark('boxplot__median', median),
    ownRange),
    el('div', {class: 'boxplot__axis', 'aria-hidden': 'true'}, ticks),
    el('figcaption', {class: 'boxplot__legend'},
      el('span', {class: 'legend legend--box'}, 'p25–p75'),
      el('span', {class: 'legend legend--whisker'}, 'p10–p90'),
      el('span', {class: 'legend legend--median'}, 'median'),
      ownRange ? el('span', {class: 'legend legend--own'}, 'this document') : null));
}

/** An axis from lo to hi in round steps (1, 2, 2.5 or 5 x 10^n) with a little room each side. */
function niceScale(min, max) {
  const span = Math.max(max - min, max * 0.1, 1);
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map(f => f * power).find(s => s >= raw);
  const lo = Math.max(0, Math.floor((min - span * 0.1) / step) * step);
  const hi = Math.ceil((max + span * 0.1) / step) * step;
  return {lo, hi, step};
}

/** Histogram by band: a list [{value|band, label, count}] or an object {band: count}. */
function bandHistogram(histogram) {
  let rows = [];
  if (Array.isArray(histogram)) {
    rows = histogram.map(h => ({key: h.value || h.band || h.key, label: h.label, count: num(h.count) || 0}));
  } else if (histogram && typeof histogram === 'object') {
    rows = Object.entries(histogram).map(([key, c]) => ({key, label: null, count: num(typeof c === 'object' && c ? c.count : c) || 0}));
  }
  if (!rows.length) return null;
  const max = Math.max(1, ...rows.map(r => r.count));
  return el('div', {class: 'insight__histogram'},
    el('h3', null, 'Reports by salary band'),
    el('ul', {class: 'histogram histogram--static'}, rows.map(r => {
      const bar = el('span', {class: 'histogram__bar'});
      bar.style.width = `${Math.round((r.count / max) * 100)}%`;
      return el('li', {class: 'histogram__row'},
        el('span', {class: 'histogram__label'}, valueLabel('salary_band', r.key, r.label)),
        el('span', {class: 'histogram__track', 'aria-hidden': 'true'}, bar),
        el('span', {class: 'facet__count'}, count(r.count)));
    })));
}

function byYear(medians) {
  let rows = [];
  if (Array.isArray(medians)) rows = medians.map(m => [m.year, num(m.median)]);
  else if (medians && typeof medians === 'object') rows = Object.entries(medians).map(([y, m]) => [y, num(typeof m === 'object' && m ? m.median : m)]);
  rows = rows.filter(([, m]) => m !== null);
  if (!rows.length) return null;
  return el('div', {class: 'insight__years'},
    el('h3', null, 'Median by year'),
    dl(rows.map(([y, m]) => [String(y), usd(m)])));
}
