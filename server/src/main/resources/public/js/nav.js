// Links between views. Every link is a real <a href> (open in a new tab and copy link work); a
// plain click is handled in the page with history.pushState instead of a reload.
import {el} from './dom.js';
import {urlOf} from './state.js';

let navigateTo = () => {};

/** Installs the function that shows a state and records it in the history. */
export function setNavigator(fn) {
  navigateTo = fn;
}

export function navigate(state, options) {
  navigateTo(state, options);
}

/** An <a> to a state; a plain left click navigates in the page. */
export function link(state, attrs, ...children) {
  const a = el('a', {...attrs, href: urlOf(state)}, ...children);
  a.addEventListener('click', event => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey
        || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigateTo(state);
  });
  return a;
}
