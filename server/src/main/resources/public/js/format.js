// Formatting of numbers, salaries and facet values for display.

const SYMBOLS = {USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹'};

const PERIODS = {year: 'year', month: 'month', week: 'week', day: 'day', hour: 'hour'};

const LABELS = {
  type: {
    section: 'Article section', skill: 'Skill', tool: 'Tool', occupation: 'Occupation',
    job: 'Job posting', salary_report: 'Salary report',
  },
  seniority: {entry: 'Entry level', mid: 'Mid level', senior: 'Senior', executive: 'Executive'},
  remote: {remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site'},
  employment: {
    full_time: 'Full-time', part_time: 'Part-time', contract: 'Contract',
    freelance: 'Freelance', internship: 'Internship',
  },
  salary_band: {
    'under-50k': 'Under $50K', '50k-100k': '$50K–100K', '100k-150k': '$100K–150K',
    '150k-200k': '$150K–200K', '200k-300k': '$200K–300K', '300k-plus': '$300K+',
  },
};

const DIM_NAMES = {
  type: 'Type', salary_band: 'Salary (USD per year)', seniority: 'Seniority', remote: 'Work place',
  employment: 'Employment', country: 'Country', city: 'City', near: 'Near', company: 'Company', location: 'Location', role: 'Role',
  category: 'Tool category', tool: 'Tool', skill: 'Skill', salary: 'Salary',
  salary_min: 'Salary at least', salary_max: 'Salary at most', title: 'Title', occupation: 'Occupation',
};

/** A display label for a facet value: ours for known vocabularies, else the server's or the value. */
export function valueLabel(dim, value, serverLabel) {
  const known = LABELS[dim] && LABELS[dim][value];
  return known || serverLabel || (dim === 'country' && countryName(value)) || humanize(value);
}

/** "DE" -> "Germany", as the facet's label says, where the page has no label from the server. */
function countryName(code) {
  try {
    return /^[A-Z]{2}$/.test(code) ? new Intl.DisplayNames(['en'], {type: 'region'}).of(code) : null;
  } catch (e) {
    return null;
  }
}

export function dimName(dim) {
  return DIM_NAMES[dim] || humanize(dim);
}

function humanize(text) {
  const s = String(text ?? '').replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** 120000 -> "120K", 1250000 -> "1.25M", 52.5 -> "52.50", 900 -> "900". */
export function compactAmount(n) {
  const abs = Math.abs(n);
  if (abs >= 1e6) return trim(n / 1e6, 2) + 'M';
  if (abs >= 1e3) return trim(n / 1e3, 1) + 'K';
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

function trim(n, digits) {
  return String(Number(n.toFixed(digits)));
}

/** "$" for USD, "€" for EUR, else the code and a space ("CHF "). */
function prefix(currency) {
  const code = (currency || 'USD').toUpperCase();
  return SYMBOLS[code] || code + ' ';
}

/**
 * A salary range as people write it: "$120K–150K / year", "$150K / year" (one figure),
 * "from $90K / year", "up to €60 / hour". Null when there is no figure.
 */
export function salaryRange(min, max, currency, period) {
  const hasMin = typeof min === 'number';
  const hasMax = typeof max === 'number';
  if (!hasMin && !hasMax) return null;
  const p = prefix(currency);
  const per = period ? ' / ' + (PERIODS[period] || period) : '';
  if (hasMin && hasMax) {
    return min === max
      ? `${p}${compactAmount(min)}${per}`
      : `${p}${compactAmount(min)}–${compactAmount(max)}${per}`;
  }
  return hasMin ? `from ${p}${compactAmount(min)}${per}` : `up to ${p}${compactAmount(max)}${per}`;
}

/**
 * A job's salary: {usd: "$120K–150K / year", original: "€90K–110K / year" or null}. The USD per
 * year figures come first; the posting's own figures follow when they are in another currency or
 * period.
 */
export function jobSalary(salary) {
  if (!salary || typeof salary !== 'object') return null;
  const currency = (salary.currency || 'USD').toUpperCase();
  const period = salary.period || 'year';
  const usd = salaryRange(salary.min_usd_year, salary.max_usd_year, 'USD', 'year');
  const ownIsUsdYear = currency === 'USD' && period === 'year';
  const original = ownIsUsdYear ? null : salaryRange(salary.min, salary.max, currency, period);
  if (!usd && !original) return null;
  return usd ? {usd, original} : {usd: original, original: null};
}

/** A salary report's single figure: {usd: "$68K / year", original: "€65K / year" or null}. */
export function reportSalary(salary) {
  if (!salary || typeof salary !== 'object') return null;
  const currency = (salary.currency || 'USD').toUpperCase();
  const usd = typeof salary.usd_year === 'number' ? salaryRange(salary.usd_year, salary.usd_year, 'USD', 'year') : null;
  const original = currency === 'USD' && (salary.period || 'year') === 'year'
    ? null : salaryRange(salary.amount, salary.amount, currency, salary.period || 'year');
  if (!usd && !original) return null;
  return usd ? {usd, original} : {usd: original, original: null};
}

/** "$120,000" for an input's echo and chart labels. */
export function usd(n) {
  return '$' + Math.round(n).toLocaleString('en-US');
}

/** "1,234". */
export function count(n) {
  return Number(n || 0).toLocaleString('en-US');
}

/**
 * Reads what a person types as an amount: "120000", "120,000", "$120k", "1.2m" -> a whole number,
 * '' -> null, anything else -> NaN.
 */
export function parseAmount(text) {
  const s = String(text ?? '').trim().toLowerCase().replace(/[$,\s_]/g, '').replace(/usd$/, '');
  if (s === '') return null;
  const m = /^(\d+(?:\.\d+)?)(k|m)?$/.exec(s);
  if (!m) return NaN;
  const n = parseFloat(m[1]) * (m[2] === 'k' ? 1e3 : m[2] === 'm' ? 1e6 : 1);
  return Math.round(n);
}

/** 3.24 -> "3.2 km", 41.6 -> "42 km": a tenth of a kilometre only matters close by. */
export function km(distance) {
  const n = Number(distance);
  return (n < 10 ? String(Number(n.toFixed(1))) : String(Math.round(n))) + ' km';
}

/**
 * Where a posting is, as resolved at index time: "Seattle, Washington, United States", or
 * "Remote (US)" for a posting remote within a country, "Remote (anywhere)"; null when the location
 * did not resolve.
 */
export function placeLabel(place) {
  if (!place || typeof place !== 'object') return null;
  const scope = place.remote_scope;
  // "*": remote from anywhere, no country named
  if (typeof scope === 'string' && scope) return scope === '*' ? 'Remote (anywhere)' : `Remote (${scope})`;
  return typeof place.label === 'string' && place.label ? place.label : null;
}

/** "2026-03-01" -> "1 Mar 2026"; anything unparsable as it is. */
export function date(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(text || ''));
  if (!m) return String(text || '');
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(m[3])} ${months[Number(m[2]) - 1] || m[2]} ${m[1]}`;
}
