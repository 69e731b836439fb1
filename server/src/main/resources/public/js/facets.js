// The facet sidebar: a fieldset per dimension with a checkbox and count per value (multi-select:
// the API computes a dimension's counts without its own filter), the salary bands as a small
// histogram, salary min/max inputs, and the "near a place within N km" control.
import {el} from './dom.js';
import {valueLabel, dimName, count, parseAmount, usd} from './format.js';
import {FILTER_DIMS, DEFAULT_KM, MIN_KM, MAX_KM, isSelected, toggleFilter, withChanges, withoutNear} from './state.js';
import {navigate} from './nav.js';

/** Dimensions whose vocabulary is fixed: zero counts stay visible (disabled) for orientation. */
const FIXED_DIMS = new Set(['type', 'seniority', 'remote', 'employment', 'salary_band']);
const COLLAPSED_LENGTH = 6;
/** Dimensions the person expanded with "Show all"; kept across renders. */
const expanded = new Set();

/** The sidebar's content for a search answer. */
export function facetPanel(facets, state) {
  const dims = Object.keys(facets || {});
  const ordered = [...FILTER_DIMS.filter(d => dims.includes(d)), ...dims.filter(d => !FILTER_DIMS.includes(d))];
  const panel = [];
  for (const dim of ordered) {
    const values = withSelectedValues(dim, facets[dim] || [], state);
    if (dim === 'salary_band') {
      panel.push(salaryFieldset(values, state));
      continue;
    }
    const anyCount = values.some(v => v.count > 0 || v.selected);
    if (anyCount) panel.push(dimFieldset(dim, values, state));
    // the radius goes with the places, after the city facet
    if (dim === 'city') panel.push(nearFieldset(state));
  }
  if (!panel.some(p => p.getAttribute('data-dim') === 'near')) panel.push(nearFieldset(state));
  return panel;
}

/**
 * "Near [place] within [N] km": sets near and within_km. problem: the API's 400 message for the
 * place or radius (an unknown place names close ones), shown here, where it can be fixed.
 */
export function nearFieldset(state, problem = '') {
  const place = el('input', {
    id: 'near-place', class: 'near__place', type: 'text', placeholder: 'Seattle, WA',
    autocomplete: 'off', spellcheck: 'false', 'data-focus-key': 'near-place',
    'aria-describedby': 'near-help near-error',
  });
  const within = el('input', {
    id: 'near-km', class: 'near__km', type: 'text', inputmode: 'numeric',
    placeholder: String(DEFAULT_KM), 'data-focus-key': 'near-km',
    'aria-describedby': 'near-help near-error',
  });
  place.value = state.near || '';
  within.value = state.near && state.withinKm !== null ? String(state.withinKm) : '';
  const error = el('p', {class: 'field-error', id: 'near-error', 'aria-live': 'polite'}, problem);
  if (problem) (/^within_km/.test(problem) ? within : place).setAttribute('aria-invalid', 'true');
  const form = el('form', {class: 'near', novalidate: true},
    el('div', {class: 'near__fields'},
      el('label', {class: 'near__field near__field--place', for: 'near-place'}, el('span', null, 'Near'), place),
      el('label', {class: 'near__field', for: 'near-km'}, el('span', null, 'Within (km)'), within),
      el('button', {class: 'button button--small', type: 'submit', 'data-focus-key': 'near-apply'}, 'Apply')),
    el('p', {class: 'hint', id: 'near-help'}, `A city, or lat,lon; ${DEFAULT_KM} km unless you say. Remote postings only when the search says remote.`),
    error);
  form.addEventListener('submit', event => {
    event.preventDefault();
    const where = place.value.trim();
    const text = within.value.trim();
    const radius = text === '' ? null : Number(text);
    if (radius !== null && !(Number.isInteger(radius) && radius >= MIN_KM && radius <= MAX_KM)) {
      error.textContent = `Within must be a whole number of km from ${MIN_KM} to ${MAX_KM}.`;
      within.setAttribute('aria-invalid', 'true');
      return;
    }
    if (!where) {
      navigate(withoutNear(state));
      return;
    }
    navigate(withChanges(state, {near: where, withinKm: radius}));
  });
  return el('fieldset', {class: 'facet facet--near', 'data-dim': 'near'},
    el('legend', {class: 'facet__legend'},
      el('span', {class: 'facet__name'}, 'Near a place'),
      state.near ? el('button', {
        class: 'link-button facet__clear', type: 'button', 'data-focus-key': 'clear:near',
        'aria-label': 'Clear the place filter', onclick: () => navigate(withoutNear(state)),
      }, 'Clear') : null),
    form);
}

/** Facet values with the state's selections marked, and selected values the API did not list. */
function withSelectedValues(dim, values, state) {
  const list = values.map(v => ({...v, selected: Boolean(v.selected) || isSelected(state, dim, v.value)}));
  for (const value of state.filters[dim] || []) {
    if (!list.some(v => v.value === value)) list.push({value, label: value, count: null, selected: true});
  }
  return list;
}

function legend(dim, values, state, title) {
  const selected = values.filter(v => v.selected).length;
  return el('legend', {class: 'facet__legend'},
    el('span', {class: 'facet__name'}, title || dimName(dim)),
    selected ? el('button', {
      class: 'link-button facet__clear', type: 'button', 'data-focus-key': `clear:${dim}`,
      'aria-label': `Clear ${dimName(dim)} filter`,
      onclick: () => {
        const filters = {...state.filters};
        delete filters[dim];
        navigate(withChanges(state, {filters}));
      },
    }, 'Clear') : null);
}

function checkbox(dim, v, state, extraClass = '') {
  const disabled = !v.selected && v.count === 0;
  const input = el('input', {
    type: 'checkbox', class: 'facet__input', name: dim, value: v.value,
    'data-focus-key': `facet:${dim}:${v.value}`, disabled,
  });
  input.checked = v.selected;
  input.addEventListener('change', () => {
    if (!input.checked && !isSelected(state, dim, v.value) && state.strict) {
      // ticked by the server because the query names it (strict=true): stop applying it so
      navigate(withChanges(state, {strict: false}));
    } else {
      navigate(toggleFilter(state, dim, v.value, input.checked));
    }
  });
  return {input, disabled, className: `facet__option${extraClass}${v.selected ? ' is-selected' : ''}${disabled ? ' is-empty' : ''}`};
}

function dimFieldset(dim, values, state) {
  const visible = values.filter(v => v.selected || v.count > 0 || FIXED_DIMS.has(dim));
  const long = visible.length > COLLAPSED_LENGTH + 1 && !expanded.has(dim);
  const shown = long
    ? visible.filter((v, i) => i < COLLAPSED_LENGTH || v.selected)
    : visible;
  const options = shown.map(v => {
    const {input, className} = checkbox(dim, v, state);
    return el('li', null,
      el('label', {class: className},
        input,
        el('span', {class: 'facet__label', title: valueLabel(dim, v.value, v.label)}, valueLabel(dim, v.value, v.label)),
        el('span', {class: 'facet__count'}, v.count === null ? '' : count(v.count))));
  });
  const more = visible.length > COLLAPSED_LENGTH + 1
    ? el('button', {
      class: 'link-button facet__more', type: 'button', 'aria-expanded': String(!long),
      'data-focus-key': `more:${dim}`,
      onclick: event => {
        if (expanded.has(dim)) expanded.delete(dim); else expanded.add(dim);
        const fieldset = event.currentTarget.closest('fieldset');
        fieldset.replaceWith(dimFieldset(dim, values, state));
        const again = document.querySelector(`[data-focus-key="more:${CSS.escape(dim)}"]`);
        if (again) again.focus();
      },
    }, long ? `Show all ${visible.length}` : 'Show fewer')
    : null;
  return el('fieldset', {class: 'facet', 'data-dim': dim},
    legend(dim, values, state),
    el('ul', {class: 'facet__list'}, options),
    more);
}

/** The salary bands as a histogram (bar length = count relative to the largest band). */
function salaryFieldset(values, state) {
  const max = Math.max(1, ...values.map(v => v.count || 0));
  const rows = values.map(v => {
    const {input, className} = checkbox('salary_band', v, state, ' histogram__row');
    const bar = el('span', {class: 'histogram__bar'});
    // a CSSOM property, not a style attribute: allowed under a Content-Security-Policy
    bar.style.width = `${Math.round(((v.count || 0) / max) * 100)}%`;
    return el('li', null,
      el('label', {class: className},
        input,
        el('span', {class: 'facet__label histogram__label'}, valueLabel('salary_band', v.value, v.label)),
        el('span', {class: 'histogram__track', 'aria-hidden': 'true'}, bar),
        el('span', {class: 'facet__count'}, v.count === null ? '' : count(v.count))));
  });
  return el('fieldset', {class: 'facet facet--salary', 'data-dim': 'salary_band'},
    legend('salary_band', values, state),
    el('ul', {class: 'facet__list histogram'}, rows),
    salaryRangeForm(state));
}

function salaryRangeForm(state) {
  const min = el('input', {
    id: 'salary-min', class: 'salary-range__input', type: 'text', inputmode: 'numeric',
    placeholder: '90k', 'aria-describedby': 'salary-range-help salary-range-error',
    'data-focus-key': 'salary-min',
  });
  const max = el('input', {
    id: 'salary-max', class: 'salary-range__input', type: 'text', inputmode: 'numeric',
    placeholder: '150k', 'aria-describedby': 'salary-range-help salary-range-error',
    'data-focus-key': 'salary-max',
  });
  min.value = state.salaryMin === null ? '' : String(state.salaryMin);
  max.value = state.salaryMax === null ? '' : String(state.salaryMax);
  const error = el('p', {class: 'field-error', id: 'salary-range-error', 'aria-live': 'polite'});
  const form = el('form', {class: 'salary-range', novalidate: true},
    el('div', {class: 'salary-range__fields'},
      el('label', {class: 'salary-range__field', for: 'salary-min'}, el('span', null, 'Min'), min),
      el('span', {class: 'salary-range__dash', 'aria-hidden': 'true'}, '–'),
      el('label', {class: 'salary-range__field', for: 'salary-max'}, el('span', null, 'Max'), max),
      el('button', {class: 'button button--small', type: 'submit', 'data-focus-key': 'salary-apply'}, 'Apply')),
    el('p', {class: 'hint', id: 'salary-range-help'}, 'USD per year; ranges that overlap match.'),
    error);
  form.addEventListener('submit', event => {
    event.preventDefault();
    const lo = parseAmount(min.value);
    const hi = parseAmount(max.value);
    let problem = null;
    if (Number.isNaN(lo)) problem = 'Min must be an amount such as 90000 or 90k.';
    else if (Number.isNaN(hi)) problem = 'Max must be an amount such as 150000 or 150k.';
    else if (lo !== null && hi !== null && lo > hi) problem = `Min (${usd(lo)}) is above max (${usd(hi)}): swap them or change one.`;
    error.textContent = problem || '';
    min.setAttribute('aria-invalid', String(Boolean(problem) && (Number.isNaN(lo) || lo > hi)));
    max.setAttribute('aria-invalid', String(Boolean(problem) && Number.isNaN(hi)));
    if (!problem) navigate(withChanges(state, {salaryMin: lo, salaryMax: hi}));
  });
  return form;
}
