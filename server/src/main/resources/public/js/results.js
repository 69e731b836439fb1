// Result cards, one design per document type.
import {el, snippetFragment} from './dom.js';
import {jobSalary, reportSalary, valueLabel, date, km, placeLabel} from './format.js';
import {link} from './nav.js';
import {withChanges} from './state.js';

/** The list items of a page of hits. */
export function resultCards(hits, state) {
  return hits.map((hit, i) => card(hit, state, i));
}

function card(hit, state, index) {
  const type = String(hit.type || 'document');
  const titleId = 'hit-title-' + index;
  const docState = {...state, doc: String(hit.id)};
  const body = (BODIES[type] || genericBody)(hit, state);
  return el('li', {class: `card card--${type}`, 'data-id': hit.id, 'data-type': type},
    el('article', {'aria-labelledby': titleId},
      el('div', {class: 'card__head'},
        el('span', {class: `badge badge--${type}`}, valueLabel('type', type)),
        el('h3', {class: 'card__title', id: titleId},
          link(docState, {class: 'card__link'}, hit.title || String(hit.id)))),
      body,
      hit.snippet && !sameText(hit.snippet, hit.title)
        ? el('p', {class: 'card__snippet'}, snippetFragment(hit.snippet)) : null));
}

/** A snippet that only repeats the title adds nothing. */
function sameText(snippet, title) {
  const plain = String(snippet).replace(/<\/?mark>/g, '').trim().toLowerCase();
  const t = String(title || '').trim().toLowerCase();
  return plain === t || plain === t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const BODIES = {
  job: jobBody,
  tool: toolBody,
  section: sectionBody,
  occupation: occupationBody,
  skill: skillBody,
  salary_report: reportBody,
};

function meta(...parts) {
  const present = parts.filter(p => p !== null && p !== undefined && p !== '');
  if (!present.length) return null;
  return el('p', {class: 'card__meta'},
    present.map((p, i) => [i ? el('span', {class: 'sep', 'aria-hidden': 'true'}, ' · ') : null,
      el('span', null, p)]));
}

function tags(values, className = 'tag') {
  const list = values.filter(Boolean);
  if (!list.length) return null;
  return el('ul', {class: 'tags'}, list.map(v => el('li', {class: className}, v)));
}

function salaryLine(salary) {
  if (!salary) return null;
  return el('p', {class: 'card__salary'},
    el('span', {class: 'salary__usd'}, salary.usd),
    salary.original ? el('span', {class: 'salary__original'}, ` (${salary.original})`) : null);
}

function asList(value) {
  if (Array.isArray(value)) return value;
  return value === null || value === undefined || value === '' ? [] : [value];
}

export function jobBody(hit) {
  return [
    meta(hit.company, hit.location, hit.posted_at ? 'Posted ' + date(hit.posted_at) : null),
    placeLine(hit),
    salaryLine(jobSalary(hit.salary)),
    tags([
      hit.remote ? valueLabel('remote', hit.remote) : null,
      hit.seniority ? valueLabel('seniority', hit.seniority) : null,
      ...asList(hit.employment).map(e => valueLabel('employment', e)),
    ]),
  ];
}

/** The resolved place beside the location as written, and how far it is when near was asked. */
function placeLine(hit) {
  const place = placeLabel(hit.place);
  const distance = typeof hit.distance_km === 'number' ? `${km(hit.distance_km)} away` : null;
  if (!place && !distance) return null;
  return el('p', {class: 'card__place'},
    place ? el('span', {class: 'card__place-name'}, place) : null,
    place && distance ? el('span', {class: 'sep', 'aria-hidden': 'true'}, ' · ') : null,
    distance ? el('span', {class: 'card__distance'}, distance) : null);
}

function toolBody(hit, state) {
  const flags = [hit.hot_technology ? 'Hot technology' : null, hit.in_demand ? 'In demand' : null];
  return [
    tags(flags, 'tag tag--flag'),
    categoryLinks(asList(hit.categories), state),
  ];
}

function categoryLinks(categories, state) {
  if (!categories.length) return null;
  return el('p', {class: 'card__meta'},
    el('span', {class: 'card__label'}, categories.length > 1 ? 'Categories: ' : 'Category: '),
    categories.map((c, i) => [i ? ', ' : null,
      link(withChanges(state, {filters: {...state.filters, category: [c]}}),
        {class: 'quiet-link', title: 'Show tools in this category'}, c)]));
}

function sectionBody(hit) {
  const path = asList(hit.heading_path);
  // a path that is only the title says nothing more
  if (path.length === 1 && path[0] === hit.title) path.length = 0;
  return [
    path.length ? el('p', {class: 'card__meta breadcrumb'},
      el('span', {class: 'visually-hidden'}, 'Section: '),
      path.map((h, i) => [i ? el('span', {class: 'sep', 'aria-hidden': 'true'}, ' › ') : null, h]))
      : null,
    asList(hit.roles).length ? meta('Role: ' + asList(hit.roles).join(', ')) : null,
  ];
}

function occupationBody(hit) {
  return [meta(hit.code ? 'O*NET ' + hit.code : null, hit.job_zone ? 'Job zone ' + hit.job_zone : null)];
}

function skillBody(hit) {
  return [
    meta(hit.role ? 'Role: ' + hit.role : null),
    tags(asList(hit.tools)),
  ];
}

function reportBody(hit) {
  return [
    meta(hit.year ? String(hit.year) : null,
      hit.seniority ? valueLabel('seniority', hit.seniority) : null,
      hit.employment ? valueLabel('employment', hit.employment) : null,
      hit.remote ? valueLabel('remote', hit.remote) : null,
      hit.company_location ? 'Company in ' + hit.company_location : null),
    salaryLine(reportSalary(hit.salary)),
  ];
}

function genericBody(hit) {
  return [meta(hit.role, hit.code, hit.company)];
}
