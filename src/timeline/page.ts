// `newsner timeline --format html`: the timeline as one self-contained page (no script or style
// from elsewhere, the same timeline gives the same bytes). Each date is a <details> element: a
// click opens its sentences. The names found in those sentences are buttons: one pressed keeps on
// the line only the dates whose sentences name it, and only those sentences.

import { escapeHtml } from '../output/html';
import { TYPE_HTML_COLORS } from '../output/html-assets';
import { EntityType } from '../model';
import { Timeline, TimelineEntry, TimelineMention } from './build';
import { inferredFrom } from './format';

const STYLE = `* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; background: #f7f7f5; }
header { padding: 0.6rem 1.2rem; background: #fff; border-bottom: 1px solid #ddd; position: sticky; top: 0; z-index: 2; }
header h1 { font-size: 1.1rem; margin: 0 0 0.3rem; }
header p { margin: 0 0 0.4rem; color: #555; font-size: 0.9rem; }
#names { display: flex; flex-wrap: wrap; gap: 0.3rem; }
#names button { font: inherit; font-size: 0.85rem; padding: 0 0.5rem; border: 1px solid #bbb; border-radius: 3px; cursor: pointer; }
#names button[aria-pressed="true"] { outline: 2px solid #1d1d1f; }
main { padding: 0 1.2rem 3rem; max-width: 70rem; }
h2 { font-size: 1rem; margin: 1.4rem 0 0.4rem; }
ol.line { list-style: none; padding: 0; margin: 0; border-left: 3px solid #a07800; }
ol.line > li { margin: 0.3rem 0; padding-left: 0.8rem; position: relative; }
ol.line > li::before { content: ""; position: absolute; left: -0.45rem; top: 0.55rem; width: 0.6rem; height: 0.6rem; border-radius: 50%; background: #a07800; }
summary { cursor: pointer; }
summary .value { font-weight: 600; font-variant-numeric: tabular-nums; }
summary .precision, summary .n { color: #666; font-size: 0.85rem; margin-left: 0.5rem; }
ul.sentences { margin: 0.3rem 0 0.6rem; padding-left: 1.2rem; }
li.sentence { margin: 0.25rem 0; }
li.sentence mark { background: #fff0a8; color: inherit; border-radius: 2px; }
.file, .inferred { color: #666; font-size: 0.8rem; margin-left: 0.4rem; }
.inferred { font-style: italic; }
.hidden { display: none; }
`;

const SCRIPT = `(() => {
  const buttons = [...document.querySelectorAll('#names button')];
  let chosen = null;
  function show() {
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.n === chosen));
    for (const item of document.querySelectorAll('li.entry')) {
      let any = false;
      for (const sentence of item.querySelectorAll('li.sentence')) {
        const names = sentence.dataset.names ? sentence.dataset.names.split(' ') : [];
        const keep = chosen === null || names.includes(chosen);
        sentence.classList.toggle('hidden', !keep);
        any = any || keep;
      }
      item.classList.toggle('hidden', !any);
    }
  }
  for (const button of buttons) {
    button.addEventListener('click', () => {
      chosen = chosen === button.dataset.n ? null : button.dataset.n;
      show();
    });
  }
})();`;

/** The sentence with the date's own text marked (its first occurrence). */
function sentenceHtml(mention: TimelineMention): string {
  const at = mention.sentence.indexOf(mention.text);
  if (at < 0) return escapeHtml(mention.sentence);
  return (
    escapeHtml(mention.sentence.slice(0, at)) +
    `<mark>${escapeHtml(mention.text)}</mark>` +
    escapeHtml(mention.sentence.slice(at + mention.text.length))
  );
}

function documentName(mention: TimelineMention): string {
  const name = mention.file ?? '<stdin>';
  return mention.id === null ? name : `${name} (id ${mention.id})`;
}

export function formatTimelineHtml(timeline: Timeline): string {
  // every name in a sentence of the page, numbered in order of first appearance
  const names = new Map<string, { n: number; type: EntityType; name: string }>();
  const all = [...timeline.dates, ...timeline.unplaced, ...(timeline.vague ?? [])];
  for (const entry of all) {
    for (const mention of entry.mentions) {
      for (const entity of mention.entities) {
        const key = `${entity.type}|${entity.name}`;
        if (!names.has(key)) names.set(key, { n: names.size, ...entity });
      }
    }
  }
  const numbers = (mention: TimelineMention): string => mention.entities.map((e) => names.get(`${e.type}|${e.name}`)!.n).join(' ');

  const entryHtml = (entry: TimelineEntry): string => {
    const sentences = entry.mentions
      .map((mention) => {
        const inferred = inferredFrom(mention);
        return (
          `<li class="sentence" data-names="${numbers(mention)}">${sentenceHtml(mention)}` +
          `<span class="file">${escapeHtml(documentName(mention))}</span>` +
          (inferred ? `<span class="inferred">inferred: ${escapeHtml(inferred)}</span>` : '') +
          '</li>'
        );
      })
      .join('\n');
    const precision = entry.place ? `<span class="precision">${entry.place.precision}</span>` : '';
    const count = `${entry.mentions.length} mention${entry.mentions.length === 1 ? '' : 's'}, ${entry.documents} document${entry.documents === 1 ? '' : 's'}`;
    return (
      `<li class="entry" data-value="${escapeHtml(entry.value)}"><details><summary><span class="value">${escapeHtml(entry.value)}</span>` +
      `${precision}<span class="n">${count}</span></summary>\n<ul class="sentences">\n${sentences}\n</ul></details></li>`
    );
  };
  const section = (id: string, title: string, entries: TimelineEntry[]): string =>
    entries.length === 0 ? '' : `<section id="${id}"><h2>${escapeHtml(title)}</h2>\n<ol class="line">\n${entries.map(entryHtml).join('\n')}\n</ol></section>\n`;

  const buttons = [...names.values()]
    .map(({ n, type, name }) => {
      const { light } = TYPE_HTML_COLORS[type];
      return `<button type="button" data-n="${n}" aria-pressed="false" style="background: ${light}" title="${type}">${escapeHtml(name)}</button>`;
    })
    .join('\n');
  const summary = `${timeline.dates.length} date${timeline.dates.length === 1 ? '' : 's'} on the line from ${timeline.documents} document${timeline.documents === 1 ? '' : 's'}. Click a date to read its sentences; click a name to keep only the dates whose sentences name it.`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsner timeline</title>
<style>
${STYLE}</style>
</head>
<body>
<header>
<h1>Timeline</h1>
<p>${escapeHtml(summary)}</p>
<div id="names">
${buttons}
</div>
</header>
<main>
${section('dates', 'On the line', timeline.dates)}${section('unplaced', 'Dates that cannot be placed (not on the line)', timeline.unplaced)}${timeline.vague ? section('vague', 'Vague dates (not on the line)', timeline.vague) : ''}</main>
<script>
${SCRIPT}
</script>
</body>
</html>
`;
}
