// Lists of names: in "Dunleavy, Marsh, Okafor, Brennan, Tully and Voss" every item is the same kind
// of thing. When most items of a comma list are already persons, the unknown one-word items are
// persons too (team sheets, line-ups, casualty lists); in a pair joined by "and", an untyped word
// beside a person is one too ("Dana Kresk and Orlov"). Runs after the recognizers, before
// one-sense, reading their annotations.

import { Doc, Mention } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { isCapitalized, tokenFlags } from '../recognize/gazetteer';
import { mentionFromTokens } from '../recognize/mention';
import { FUNCTION_WORDS } from '../recognize/candidates';
import { isFiniteVerb } from '../../lexicon/word-tags';

const MIN_ITEMS = 4;
const MIN_PERSON_SHARE = 0.3;
/** Evidence a person item needs to count as one of the two well-typed items */
const STRONG_PERSON = 0.5;
const KNOWN_NON_PERSON = PLACE_FLAGS | FLAGS.organization | FLAGS.demonym | FLAGS.orgHead | FLAGS.time | FLAGS.notName;

interface Item {
  start: number;
  end: number;
}

export function refineNameLists(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const personAt = new Map<number, Mention>();
  const typedAt = new Uint8Array(tokens.length);
  for (const m of doc.annotations) {
    if (m.type === 'date') continue;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) typedAt[i] = 1;
    if (m.type === 'person' && (personAt.get(m.tokenStart)?.strength ?? -1) < m.strength) personAt.set(m.tokenStart, m);
  }
  const found: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    // a list opens with a capitalized word: no item list to build anywhere else
    if (!isCapitalized(tokens[i])) {
      i++;
      continue;
    }
    const items = listFrom(doc, i);
    // (the pair's first item opens its run of capitals: not "Reporters Eli [Varo] and Jan Kessel")
    if (items.length === 2 && tokens[items[0].end]?.lower === 'and' && !(i > 0 && isCapitalized(tokens[i - 1]) && tokens[i - 1].sentence === tokens[i].sentence)) {
      const pair = personPairedWith(doc, items[0], items[1], personAt, typedAt);
      if (pair) found.push(mentionFromTokens(doc, 'person', pair.start, pair.end, 'person.name-pair', 0.6));
    }
    if (items.length < MIN_ITEMS) {
      i++;
      continue;
    }
    // (two items typed with good evidence, and the share counting weak guesses too: "Aamir Vell"
    // guessed from its shape alone is a person's name as likely as not)
    const isPerson = (item: Item, strength: number) => {
      const m = personAt.get(item.start);
      return m !== undefined && m.tokenEnd === item.end && m.strength >= strength;
    };
    const strong = items.filter((item) => isPerson(item, STRONG_PERSON)).length;
    const persons = items.filter((item) => isPerson(item, 0)).length;
    if (strong >= 2 && persons / items.length >= MIN_PERSON_SHARE) {
      for (const item of items) {
        if (item.end - item.start !== 1 || typedAt[item.start]) continue;
        if (tokenFlags(tokens[item.start]) & KNOWN_NON_PERSON) continue;
        found.push(mentionFromTokens(doc, 'person', item.start, item.end, 'person.name-list', 0.6));
      }
    }
    i = items[items.length - 1].end;
  }
  return found;
}

/**
 * "Orlov and Kessel", "Dana Kresk and Marisol": in a pair joined by "and", an untyped one-word item
 * beside a person (or beside another first name, both first names) is a person too.
 */
function personPairedWith(doc: Doc, a: Item, b: Item, personAt: Map<number, Mention>, typedAt: Uint8Array): Item | null {
  const tokens = doc.tokens;
  const isPerson = (item: Item) => {
    const m = personAt.get(item.start);
    return m !== undefined && m.tokenEnd === item.end && m.strength >= STRONG_PERSON;
  };
  // (no title's abbreviation: "Mr. Orlov and Mr. Kessel")
  const untypedWord = (item: Item) =>
    item.end - item.start === 1 && !typedAt[item.start] && tokens[item.start].shape === 'title' && !(tokenFlags(tokens[item.start]) & (KNOWN_NON_PERSON | FLAGS.common | FLAGS.title)) && tokens[item.end]?.text !== '.';
  // ("the Orlov and Kessel foundations": the pair modifies a noun)
  const after = tokens[b.end];
  if (after && after.sentence === tokens[b.start].sentence && after.shape === 'lower' && !FUNCTION_WORDS.has(after.lower) && !isFiniteVerb(after.lower)) return null;
  if (isPerson(a) && untypedWord(b)) return b;
  if (isPerson(b) && untypedWord(a) && !tokens[a.start].sentenceInitial) return a;
  return null;
}

/** The items of a list "A, B C, D and E" starting at token i (each one to three capitalized words). */
function listFrom(doc: Doc, i: number): Item[] {
  const tokens = doc.tokens;
  const items: Item[] = [];
  let at = i;
  for (;;) {
    const start = at;
    while (at < tokens.length && at - start < 3 && isCapitalized(tokens[at]) && tokens[at].sentence === tokens[i].sentence) at++;
    if (at === start) break;
    items.push({ start, end: at });
    const separator = tokens[at];
    if (!separator || (separator.text !== ',' && separator.lower !== 'and')) break;
    at++;
  }
  return items;
}
