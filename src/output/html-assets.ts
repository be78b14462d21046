// The style sheet and script inlined into every `--format html` page (a page must open with no
// network: no CDN, no external file). Kept as plain constants so the page bytes never vary.

import { EntityType } from '../model';

/** Light backgrounds for marks, darker borders for the selected ones; the terminal's hues. */
export const TYPE_HTML_COLORS: Record<EntityType, { light: string; strong: string }> = {
  person: { light: '#cde7ff', strong: '#1f6fb2' },
  organization: { light: '#f6d5f7', strong: '#9b2c9e' },
  place: { light: '#d2f2d0', strong: '#2f7d32' },
  date: { light: '#fff0a8', strong: '#a07800' },
};

const typeRules = (Object.keys(TYPE_HTML_COLORS) as EntityType[])
  .map((type) => {
    const { light, strong } = TYPE_HTML_COLORS[type];
    return `.t-${type} { background: ${light}; --strong: ${strong}; }\n`;
  })
  .join('');

export const HTML_STYLE = `* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; background: #f7f7f5;
  display: grid; grid-template-columns: minmax(0, 1fr); grid-template-areas: "head" "main"; }
body:has(> nav#documents) { grid-template-columns: 15rem minmax(0, 1fr); grid-template-areas: "head head" "nav main"; }
header { grid-area: head; display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem 1.5rem; padding: 0.6rem 1.2rem;
  background: #fff; border-bottom: 1px solid #ddd; position: sticky; top: 0; z-index: 2; }
header h1 { font-size: 1.1rem; margin: 0; }
.legend { display: flex; gap: 0.5rem; }
.key { padding: 0 0.5rem; border-radius: 3px; border-bottom: 2px solid var(--strong); font-size: 0.9rem; }
.hint { margin: 0; color: #666; font-size: 0.85rem; }
main { grid-area: main; padding: 0 1.2rem 3rem; min-width: 0; }
nav#documents { grid-area: nav; padding: 0.5rem 0.8rem; border-right: 1px solid #ddd; background: #fff;
  position: sticky; top: 3rem; align-self: start; max-height: calc(100vh - 3rem); overflow: auto; font-size: 0.9rem; }
nav#documents h2 { font-size: 0.95rem; margin: 0.3rem 0; }
nav#documents ol { padding-left: 1.4rem; margin: 0; }
nav#documents a { color: #1d1d1f; overflow-wrap: anywhere; }
nav#documents .n { color: #777; font-size: 0.8rem; }
nav#documents .failed a, .doc.failed h2 { color: #b00020; }
.doc { margin-top: 1.2rem; }
.doc h2 { font-size: 1rem; margin: 0 0 0.5rem; word-break: break-all; }
.doc h2 small { font-weight: normal; color: #666; margin-left: 0.5rem; }
.doc-body { display: grid; grid-template-columns: minmax(0, 1fr) 18rem; gap: 1.2rem; align-items: start; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; padding: 1rem 1.2rem; border: 1px solid #e2e2e2;
  border-radius: 6px; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; line-height: 1.75; }
mark.m { color: inherit; padding: 0.05em 0.1em; border-radius: 3px; border-bottom: 2px solid var(--strong); cursor: pointer; }
mark.m.sel { background: var(--strong); color: #fff; }
.entities { background: #fff; border: 1px solid #e2e2e2; border-radius: 6px; padding: 0.4rem 0.8rem; font-size: 0.9rem;
  position: sticky; top: 3.5rem; max-height: calc(100vh - 4.5rem); overflow: auto; }
.entities h3 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: #555; margin: 0.6rem 0 0.2rem; }
.entities ul { list-style: none; margin: 0; padding: 0; }
.entities li { margin: 0.25rem 0; }
button.ent { font: inherit; color: inherit; text-align: left; cursor: pointer; border: 1px solid transparent;
  border-left: 4px solid var(--strong); border-radius: 3px; padding: 0 0.4rem; width: 100%; display: flex; justify-content: space-between; gap: 0.5rem; }
button.ent.sel { border-color: var(--strong); font-weight: bold; }
button.ent .count { color: #555; font-variant-numeric: tabular-nums; }
.value, .roles, .aliases, .ambiguous { color: #555; font-size: 0.82rem; padding-left: 0.6rem; }
.value { font-family: ui-monospace, monospace; }
.none { color: #777; font-style: italic; }
.error { color: #b00020; }
@media (max-width: 50rem) { .doc-body { grid-template-columns: minmax(0, 1fr); } .entities { position: static; max-height: none; } }
${typeRules}`;

/** Clicking an entity (in the sidebar or in the text) marks all its mentions; again unmarks them. */
export const HTML_SCRIPT = `(function () {
  'use strict';
  var selected = null;
  function clear() {
    var marked = document.querySelectorAll('.sel');
    for (var i = 0; i < marked.length; i++) {
      marked[i].classList.remove('sel');
      if (marked[i].hasAttribute('aria-pressed')) marked[i].setAttribute('aria-pressed', 'false');
    }
  }
  function select(id, scroll) {
    clear();
    if (id === selected) { selected = null; return; }
    selected = id;
    var items = document.querySelectorAll('[data-e="' + id + '"]');
    var first = null;
    for (var i = 0; i < items.length; i++) {
      items[i].classList.add('sel');
      if (items[i].hasAttribute('aria-pressed')) items[i].setAttribute('aria-pressed', 'true');
      if (first === null && items[i].tagName === 'MARK') first = items[i];
    }
    if (first !== null && scroll) first.scrollIntoView({ block: 'center' });
  }
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('[data-e]') : null;
    if (target !== null) select(target.getAttribute('data-e'), target.tagName !== 'MARK');
  });
})();
`;
