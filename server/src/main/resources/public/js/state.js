// The whole view lives in the URL: /?q=..&seniority=senior&salary_band=100k-150k&sort=..&page=2
// and, for a document, &doc=<id> on top of the search it was opened from. The search parameters
// are exactly the API's, so a URL and its /api/search call read the same.

/** Filter parameters of GET /api/search, in the order the URL and the sidebar use. */
export const FILTER_DIMS = [
  'type', 'salary_band', 'seniority', 'remote', 'employment',
  'country', 'city', 'company', 'location', 'role', 'category',
];

export const SORTS = ['relevance', 'salary_desc', 'salary_asc', 'date_desc', 'distance'];
/** The API's radius when within_km is not given, and its limits. */
export const DEFAULT_KM = 50;
export const MIN_KM = 1;
export const MAX_KM = 1000;
export const DEFAULT_SIZE = 10;
/** The API answers at most page x size = 10,000 hits. */
export const MAX_RESULT_WINDOW = 10000;

/**
 * @typedef {{q: string, filters: Object<string, string[]>, salaryMin: (number|null),
 *   salaryMax: (number|null), near: (string|null), withinKm: (number|null), sort: string,
 *   page: number, size: (number|null), strict: boolean, doc: (string|null)}} ViewState
 */

/** Reads a state from a query string such as location.search. */
export function parseState(search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const dim of FILTER_DIMS) {
    const values = [...new Set(params.getAll(dim).filter(v => v !== ''))];
    if (values.length) filters[dim] = values;
  }
  return {
    q: params.get('q') || '',
    filters,
    salaryMin: wholeNumber(params.get('salary_min')),
    salaryMax: wholeNumber(params.get('salary_max')),
    near: (params.get('near') || '').trim() || null,
    withinKm: wholeNumber(params.get('within_km')),
    sort: params.get('sort') || 'relevance',
    page: Math.max(1, wholeNumber(params.get('page')) || 1),
    size: wholeNumber(params.get('size')),
    strict: params.get('strict') === 'true',
    doc: params.get('doc') || null,
  };
}

function wholeNumber(text) {
  if (text === null || text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? Math.round(n) : null;
}

/** The parameters of GET /api/search for a state (the API refuses unknown ones, so only these). */
export function apiParams(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const dim of FILTER_DIMS) {
    for (const value of state.filters[dim] || []) params.append(dim, value);
  }
  if (state.salaryMin !== null) params.set('salary_min', String(state.salaryMin));
  if (state.salaryMax !== null) params.set('salary_max', String(state.salaryMax));
  if (state.near) params.set('near', state.near);
  if (state.near && state.withinKm !== null) params.set('within_km', String(state.withinKm));
  if (state.sort && state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.size) params.set('size', String(state.size));
  if (state.strict) params.set('strict', 'true');
  return params;
}

/** The page URL of a state: '/?q=..' (or '/' for the start page). */
export function urlOf(state) {
  const params = apiParams(state);
  if (state.doc) params.set('doc', state.doc);
  const query = params.toString();
  return query ? '/?' + query : '/';
}

/** A copy of a state with changes; anything that changes the hits goes back to page 1. */
export function withChanges(state, changes) {
  const next = {...state, filters: copyFilters(state.filters), doc: null, page: 1, ...changes};
  if (changes.filters) next.filters = copyFilters(changes.filters);
  return next;
}

function copyFilters(filters) {
  const copy = {};
  for (const [dim, values] of Object.entries(filters || {})) {
    if (values && values.length) copy[dim] = [...values];
  }
  return copy;
}

/** The state with one filter value ticked (on) or unticked (off). */
export function toggleFilter(state, dim, value, on) {
  const filters = copyFilters(state.filters);
  const values = new Set(filters[dim] || []);
  if (on) values.add(value); else values.delete(value);
  if (values.size) filters[dim] = [...values]; else delete filters[dim];
  return withChanges(state, {filters});
}

/** True when any filter, salary limit and place included, is set. */
export function hasFilters(state) {
  return Object.keys(state.filters).length > 0 || state.salaryMin !== null || state.salaryMax !== null
    || Boolean(state.near);
}

/** The state without the radius; a distance sort has nothing to sort by then. */
export function withoutNear(state) {
  return withChanges(state, {near: null, withinKm: null, sort: state.sort === 'distance' ? 'relevance' : state.sort});
}

export function isSelected(state, dim, value) {
  return (state.filters[dim] || []).includes(value);
}

/** How many pages the API can serve for a total. */
export function pageCount(total, size) {
  const perPage = size || DEFAULT_SIZE;
  return Math.max(1, Math.ceil(Math.min(total, MAX_RESULT_WINDOW) / perPage));
}
