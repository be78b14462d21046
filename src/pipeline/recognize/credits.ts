// Wire and credit lines: "(AP)", "(Reuters)", "/TASS/", "- Interfax", and an unlisted wire in
// brackets before the story's dash, "(Coastline Wire) -", or between slashes, "/Velminform/ -"
// (no wire word needed: slashes and a dash are only a credit's form): the news organization the
// story comes from. An organization mention marked source: true, so users can filter it out of
// "who is in the story".

import { Doc, Mention } from '../../model';
import { FLAGS } from '../../lexicon';
import { isCapitalized, longestPhraseAt } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';

const BRACKETS = new Map([['(', ')'], ['/', '/'], ['[', ']']]);

export function recognizeCredits(doc: Doc): Mention[] {
  const found = newMentions();
  const tokens = doc.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const text = tokens[i].text;
    if (text !== '(' && text !== '/' && text !== '[') continue;
    const close = BRACKETS.get(text);
    if (!close) continue;
    const agency = longestPhraseAt(doc, i + 1, FLAGS.media);
    if (!agency || tokens[agency.end]?.text !== close) {
      const end = text === '(' ? creditLineEnd(doc, i) : text === '/' ? slashedCreditEnd(doc, i) : 0;
      if (end) found.push(mentionFromTokens(doc, 'organization', i + 1, end, 'organization.credit', 0.9, { source: true }));
      continue;
    }
    found.push(mentionFromTokens(doc, 'organization', i + 1, agency.end, 'organization.credit', 0.95, { source: true }));
    i = agency.end;
  }
  return found;
}

/** Last words of an unlisted wire service's name: "Coastline Wire", "Valley News Service" */
const WIRE_HEADS = new Set(['wire', 'newswire', 'news', 'press', 'service']);
export const DASHES = new Set(['-', '--', '—', '–']);

/**
 * "(Coastline Wire) - Dock workers ...": one to four capitalized words ending in a wire word, in
 * brackets, then a dash: the credit line of a wire story; right after the dateline any name in
 * brackets before the dash is the wire's ("TURIN, May 2 (Orlane) -"; not an editor's note, "(Corrected)"). The end of the name, or 0.
 */
function creditLineEnd(doc: Doc, open: number): number {
  const tokens = doc.tokens;
  const start = open + 1;
  let end = start;
  while (end < tokens.length && end - start < 4 && isCapitalized(tokens[end])) end++;
  if (end === start || tokens[end]?.text !== ')' || !DASHES.has(tokens[end + 1]?.text ?? '')) return 0;
  if (WIRE_HEADS.has(tokens[end - 1].lower)) return end;
  // (not an editor's note: "(Corrected)", "(Recasts)", "(Official)")
  return end - start <= 3 && !EDITORS_NOTES.has(tokens[start].lower) && afterDateline(doc, open) ? end : 0;
}
/** Editors' notes in brackets after a dateline, no wire's name */
const EDITORS_NOTES = new Set(['corrected', 'correction', 'recasts', 'recast', 'updated', 'update', 'updates', 'adds', 'official', 'refiled', 'repeats', 'repeat', 'clarified', 'clarification', 'fixes', 'writethru', 'advisory', 'embargoed']);

/** How far after the dateline's place the slash may come: "ASTANA, Feb. 27 /" */
const MAX_TOKENS_AFTER_DATELINE = 5;

/**
 * "ASTANA, Feb. 27 /Velminform/ - ...": one to three capitalized words between the slash at
 * `slash` and the next, then a dash, right after the dateline (its place and date). The end of
 * the name, or 0.
 */
function slashedCreditEnd(doc: Doc, slash: number): number {
  const tokens = doc.tokens;
  const start = slash + 1;
  let end = start;
  while (end < tokens.length && end - start < 3 && isCapitalized(tokens[end])) end++;
  if (end === start || tokens[end]?.text !== '/' || !DASHES.has(tokens[end + 1]?.text ?? '')) return 0;
  return afterDateline(doc, slash) ? end : 0;
}

/** Does the bracket or slash at token `open` come right after the dateline: its place, or (in title case: "Astana, Feb. 27 /") its date near the line's start? */
function afterDateline(doc: Doc, open: number): boolean {
  const line = lineStart(doc, open);
  return doc.annotations.some(
    (m) => (m.rule === 'place.dateline' || (m.type === 'date' && m.tokenStart <= line + MAX_TOKENS_AFTER_DATELINE)) && m.tokenEnd <= open && open - m.tokenEnd <= MAX_TOKENS_AFTER_DATELINE,
  );
}

/** The first token of the line token i is on */
function lineStart(doc: Doc, i: number): number {
  let j = i;
  while (j > 0 && !doc.tokens[j].lineStart) j--;
  return j;
}
