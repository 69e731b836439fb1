// Suggestions as you type: a combobox over GET /api/suggest?q=..&size=8. Arrow keys move through
// the list, Enter picks, Escape closes. When the server has no suggest route (404) suggestions are
// turned off quietly for the rest of the visit.
import {el, replaceChildren} from './dom.js';
import * as api from './api.js';

const SIZE = 8;
const DELAY_MS = 120;

/**
 * Wires the combobox.
 * @param {HTMLInputElement} input the query box (role=combobox)
 * @param {HTMLElement} list the listbox
 * @param {(text: string) => void} onPick called with the picked text
 */
export function attachSuggestions(input, list, onPick) {
  let items = [];
  let active = -1;
  let timer = 0;
  let controller = null;
  let available = true;

  function close() {
    items = [];
    active = -1;
    list.hidden = true;
    replaceChildren(list);
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function show(query, suggestions) {
    items = suggestions;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (!items.length) {
      close();
      return;
    }
    replaceChildren(list, items.map((item, i) => option(item, i, query)));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function option(item, i, query) {
    const li = el('li', {
      class: 'suggestion', id: 'suggestion-' + i, role: 'option', 'aria-selected': 'false',
      'data-text': item.text,
    }, el('span', {class: 'suggestion__text'}, highlighted(item.text, query)),
    item.type ? el('span', {class: 'suggestion__type'}, item.type) : null);
    // keep the focus in the input while the pointer picks
    li.addEventListener('mousedown', event => event.preventDefault());
    li.addEventListener('click', () => pick(i));
    return li;
  }

  function setActive(i) {
    const options = list.querySelectorAll('[role="option"]');
    options.forEach((node, j) => node.setAttribute('aria-selected', String(j === i)));
    active = i;
    if (i >= 0 && options[i]) {
      input.setAttribute('aria-activedescendant', options[i].id);
      options[i].scrollIntoView({block: 'nearest'});
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function pick(i) {
    const item = items[i];
    if (!item) return;
    input.value = item.text;
    close();
    onPick(item.text);
  }

  async function load(query) {
    if (controller) controller.abort();
    controller = new AbortController();
    const signal = controller.signal;
    try {
      const body = await api.suggest(query, SIZE, signal);
      if (signal.aborted || input.value.trim() !== query || document.activeElement !== input) return;
      show(query, normalize(body));
    } catch (e) {
      if (e && e.name === 'AbortError') return;
      if (e && e.status === 404) available = false;
      close();
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (!available || query.length < 2) {
      if (controller) controller.abort();
      close();
      return;
    }
    timer = setTimeout(() => load(query), DELAY_MS);
  });

  input.addEventListener('keydown', event => {
    const open = !list.hidden && items.length > 0;
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      setActive(active + 1 >= items.length ? 0 : active + 1);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActive(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      close();
    }
  });

  input.addEventListener('blur', () => setTimeout(close, 100));

  return {
    close() {
      clearTimeout(timer);
      if (controller) controller.abort();
      close();
    },
  };
}

/**
 * Reads suggestions whatever their wrapping: a list, or {suggestions: [...]}; each a string or an
 * object with text (or value, title, label) and type.
 */
export function normalize(body) {
  const list = Array.isArray(body) ? body
    : body && Array.isArray(body.suggestions) ? body.suggestions
      : body && Array.isArray(body.hits) ? body.hits : [];
  const seen = new Set();
  const items = [];
  for (const raw of list) {
    const text = typeof raw === 'string' ? raw
      : raw && (raw.text ?? raw.value ?? raw.title ?? raw.label ?? raw.suggestion);
    if (typeof text !== 'string' || !text.trim()) continue;
    const key = text.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({text: text.trim(), type: raw && typeof raw === 'object' && typeof raw.type === 'string' ? raw.type : null});
  }
  return items.slice(0, SIZE);
}

/** The suggestion text with the typed part in <b>, built from text nodes. */
function highlighted(text, query) {
  const at = text.toLowerCase().indexOf(query.toLowerCase());
  if (at < 0 || !query) return text;
  return [text.slice(0, at), el('b', null, text.slice(at, at + query.length)), text.slice(at + query.length)];
}
