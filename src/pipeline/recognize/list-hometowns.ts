// A results list's "Name, Town" items: a show's winners, a sale's vendors, a final's placings
// ("Supreme dairy: Dana Orvell, Kessby (Jersey cow)", "1, Ivo Brandt, Tarnley; 2, Ed Mero, Ashcombe",
// "Lena Marsh, Tarnsford - 12 steers"), a casualty list's ages and regions ("Ivo Brandt, 34,
// Tarnley, Velmark;"). Each item names someone and the town they come from. A
// list keeps one kind after its commas: when a story has enough such items after persons' names, an
// item's word no list knows there is a town too (not in a sports story, where it is the club). Only items that open a line, or follow a colon, a semicolon or a placing's number,
// and end the line or stop at a semicolon, a bracket or a dash: a sentence's "Dana Orvell, Kessby
// chairman, said" is no item.

import { Doc, Mention } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { nameCandidates } from './candidates';
import { phraseFlags, tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';
import { isSportsStory } from './sports';

/** the town after the comma: one to three words */
const MAX_TOWN_WORDS = 3;
/** the items after a person's name a story needs */
const MIN_ITEMS = 3;
/** above a surname's or a first name's weak reading, below a listed body */
const STRENGTH = 0.8;
/** what ends an item after its town */
const ITEM_ENDS = new Set([';', '(', '-', '–', '—']);
/** what no town of such a list is */
const NOT_TOWN = FLAGS.person | FLAGS.title | FLAGS.time | FLAGS.notName | FLAGS.organization | FLAGS.demonym;

interface Item {
  start: number;
  end: number;
  flags: number;
  /** an earlier rule read the name before the comma as a person's */
  afterPerson: boolean;
}

export function recognizeListHometowns(doc: Doc): Mention[] {
  if (isSportsStory(doc)) return [];
  const items = listItems(doc);
  if (items.filter((item) => item.afterPerson).length < MIN_ITEMS) return [];
  const found = newMentions();
  for (const { start, end, flags } of items) {
    if (flags & PLACE_FLAGS) continue;
    // (a word the lists know only as a given name or a surname may be a town too)
    if ((flags | tokenFlags(doc.tokens[start])) & NOT_TOWN) continue;
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.list-hometown', STRENGTH));
  }
  return found;
}

/** The "Name, Town" items of a story's lists: the town's candidate after the comma */
function listItems(doc: Doc): Item[] {
  const tokens = doc.tokens;
  const candidates = nameCandidates(doc);
  const byStart = new Map(candidates.map((c) => [c.start, c]));
  const items: Item[] = [];
  for (const name of candidates) {
    // (a vendor's firm or a family's farm may name an item too: "Tarnby Hills Pastoral Co, Tarnby")
    if (!opensItem(doc, name.start) || tokens[name.end]?.text !== ',') continue;
    const afterPerson = isPersonAt(doc, name.start, name.end);
    if (name.end - name.start < 2 && !afterPerson) continue;
    // a casualty list's age between the name and the town: "Dana Orvell, 34, Kessby"
    const comma = isAgeAfter(doc, name.end) ? name.end + 2 : name.end;
    // "Dana Orvell, Kessby", "The Rock": the town may keep its capitalized "The"
    const town = byStart.get(comma + 1) ?? (tokens[comma + 1]?.text === 'The' ? byStart.get(comma + 2) : undefined);
    if (!town || town.end - town.start > MAX_TOWN_WORDS) continue;
    const start = tokens[comma + 1].text === 'The' ? comma + 1 : town.start;
    // the town's region after another comma: "Dana Orvell, 34, Kessby, Tarnland;"
    const region = tokens[town.end]?.text === ',' ? byStart.get(town.end + 1) : undefined;
    if (region && region.end - region.start <= MAX_TOWN_WORDS && closesItem(doc, region.end)) {
      items.push({ start, end: town.end, flags: phraseFlags(doc, town.start, town.end), afterPerson });
      items.push({ start: region.start, end: region.end, flags: phraseFlags(doc, region.start, region.end), afterPerson: false });
      continue;
    }
    if (!closesItem(doc, town.end)) continue;
    items.push({ start, end: town.end, flags: phraseFlags(doc, town.start, town.end), afterPerson });
  }
  return items;
}

/** Is an age, a number of one to three digits and its comma, right after the comma at token i? */
function isAgeAfter(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  return /^\d{1,3}$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === ',';
}

/** Has an earlier rule read tokens [start, end) as a person's name, whole or its last words ("Judge Dana Orvell") */
function isPersonAt(doc: Doc, start: number, end: number): boolean {
  const from = doc.tokens[start].start;
  const to = doc.tokens[end - 1].end;
  return doc.annotations.some((m) => m.type === 'person' && m.end === to && m.start >= from);
}

/** Does the item's name open at token i: at a line's start, after a colon, a semicolon or "1,"; or a couple's "Dana and" before it */
function opensItem(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const before = tokens[i - 1];
  if (!before || tokens[i].lineStart) return true;
  if (before.text === 'and' && tokens[i - 2]?.shape === 'title' && tokenFlags(tokens[i - 2]) & FLAGS.given) return opensItem(doc, i - 2);
  if (before.text === ':' || before.text === ';') return true;
  return before.text === ',' && /^\d{1,2}$/.test(tokens[i - 2]?.text ?? '') && (tokens[i - 2].lineStart || [':', ';'].includes(tokens[i - 3]?.text ?? ''));
}

/** Does the item end at token i: the line's end, a semicolon, a bracket or a dash, or a period closing the line */
function closesItem(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const after = tokens[i];
  if (!after || after.lineStart) return true;
  if (ITEM_ENDS.has(after.text)) return true;
  return after.text === '.' && (tokens[i + 1] === undefined || tokens[i + 1].lineStart);
}
