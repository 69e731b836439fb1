// Calls to the careersearch API. Every failure becomes an ApiError whose message is the API's own
// `error.message` when there is one, so the page can show what to change.

export class ApiError extends Error {
  /**
   * @param {number} status HTTP status, 0 when the server could not be reached
   * @param {string} message what went wrong, from the API when it said
   * @param {boolean} noRoute true for a 404 of a route this server does not have (yet)
   */
  constructor(status, message, noRoute = false) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.noRoute = noRoute;
  }
}

/** GET a JSON API path; rejects with ApiError (or an AbortError when aborted). */
export async function getJson(path, signal) {
  let response;
  try {
    response = await fetch(path, {signal, headers: {Accept: 'application/json'}});
  } catch (e) {
    if (e && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'Could not reach the careersearch server. Check that it is running, then retry.');
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    if (e && e.name === 'AbortError') throw e;
    body = null;
  }
  if (!response.ok) {
    const message = body && body.error && typeof body.error.message === 'string'
      ? body.error.message
      : `The server answered ${response.status} ${response.statusText}`.trim();
    const noRoute = response.status === 404 && /^no route\b/i.test(message);
    throw new ApiError(response.status, message, noRoute || (response.status === 404 && !body));
  }
  if (body === null) throw new ApiError(response.status, 'The server sent an answer that is not JSON.');
  return body;
}

/** Short-lived cache of search answers, so back/forward shows a view at once. */
const searchCache = new Map();
const CACHE_MS = 60_000;
const CACHE_SIZE = 30;

export async function search(params, signal) {
  const key = params.toString();
  const cached = searchCache.get(key);
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.body;
  const body = await getJson('/api/search' + (key ? '?' + key : ''), signal);
  searchCache.set(key, {at: Date.now(), body});
  if (searchCache.size > CACHE_SIZE) searchCache.delete(searchCache.keys().next().value);
  return body;
}

/** A cached answer for these parameters, if there is a fresh one. */
export function cachedSearch(params) {
  const cached = searchCache.get(params.toString());
  return cached && Date.now() - cached.at < CACHE_MS ? cached.body : null;
}

export function documentById(id, signal) {
  return getJson('/api/documents/' + encodeURIComponent(id), signal);
}

export function suggest(q, size, signal) {
  const params = new URLSearchParams({q, size: String(size)});
  return getJson('/api/suggest?' + params, signal);
}

export function salaries(params, signal) {
  return getJson('/api/salaries?' + params, signal);
}
