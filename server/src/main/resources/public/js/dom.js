// Small DOM helpers. Every piece of text goes into the page as a text node: nothing here parses
// HTML, so data from the server can never become markup.

/**
 * Creates an element: el('a', {href: '/x', class: 'link', onclick: fn}, 'text', otherNode).
 * Attribute values are set with setAttribute (never innerHTML); `on*` functions become listeners;
 * null, undefined and false attributes and children are skipped.
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      node.className = value;
    } else if (name === 'text') {
      node.textContent = value;
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

/** Appends children: nodes as they are, strings and numbers as text, arrays flattened. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Removes every child and appends the given ones. */
export function replaceChildren(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

const ENTITIES = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};

/** Decodes the character references an HTML-escaping server writes (&amp; &lt; &#39; ...). */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X'
        ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const decoded = ENTITIES[name.toLowerCase()];
    return decoded === undefined ? whole : decoded;
  });
}

/**
 * Turns a server snippet (HTML-escaped text with <mark>…</mark> around matched terms) into DOM
 * nodes without ever parsing it as HTML: the string is split on the exact tags <mark> and
 * </mark>; every other piece is decoded and inserted as a text node. Anything else that looks like
 * a tag (which an escaping server never sends) therefore shows as literal text.
 */
export function snippetFragment(snippet) {
  const fragment = document.createDocumentFragment();
  if (typeof snippet !== 'string' || snippet === '') return fragment;
  const flattened = snippet.trim()
    .replace(/(^|\n)\s*[-•*]\s+/g, '$1') // list bullets of the source text
    .replace(/\s*\n\s*/g, ' · ');
  let marked = false;
  for (const part of flattened.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') {
      marked = true;
    } else if (part === '</mark>') {
      marked = false;
    } else if (part) {
      const text = document.createTextNode(decodeEntities(part));
      fragment.append(marked ? el('mark', null, text) : text);
    }
  }
  return fragment;
}

/** Moves focus to a node without scrolling the page when it is already in view. */
export function focusQuietly(node) {
  if (node && typeof node.focus === 'function') node.focus({preventScroll: true});
}
