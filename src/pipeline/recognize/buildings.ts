// Buildings named by their kind that the other rules read as a person or a body:
// - "House" after the names of a building where someone is ("met at Tarvel House", "a rally outside
//   Labor House"): a place, above the first name ("Barnaby") or the body
//   ("Labor") its first word may be; right after the preposition (with "the" the article is as
//   often the name's own, "at the Velbrick House"); not a chamber ("in Upper House elections", "in
//   Ohio House races"), nor a longer name after "of" ("House of Lords").
// - a cathedral, a monastery, a basilica or a shrine named after what it is dedicated to, its kind
//   first ("the Cathedral of the Holy Orvane", "the Monastery of Saint Tarvel", "the Temple of Velm
//   Orr"): a place (not a church: "the Church of Velmar" names a denomination as often).

import { Doc, Mention } from '../../model';
import { FLAGS } from '../../lexicon';
import { sentenceOf } from './candidates';
import { phraseFlags, tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';

/** Prepositions that put someone at a building */
const AT_BUILDING = new Set(['at', 'in', 'inside', 'outside', 'into']);
/** Words before "House" that make it a chamber of a legislature or the White House */
const CHAMBER_WORDS = new Set(['upper', 'lower', 'white', 'state', 'full', 'lords', 'commons']);
/** The most capitalized words before "House" */
const MAX_HOUSE_WORDS = 3;

/** Kinds of a building of worship that open its name before "of" */
const WORSHIP_KINDS = new Set(['cathedral', 'monastery', 'basilica', 'abbey', 'convent', 'shrine', 'temple', 'mosque', 'chapel', 'priory']);
/** The most tokens after the kind ("of the Resurrection of Christ") */
const MAX_DEDICATION_TOKENS = 7;

export function recognizeBuildings(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const found = newMentions();
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.shape !== 'title') continue;
    if (token.lower === 'house') {
      const start = houseNameStart(doc, i);
      if (start >= 0) found.push(mentionFromTokens(doc, 'place', start, i + 1, 'place.venue-house', 0.85));
    } else if (WORSHIP_KINDS.has(token.lower)) {
      const end = dedicationEnd(doc, i);
      if (end > 0) found.push(mentionFromTokens(doc, 'place', i, end, 'place.worship-of', 0.88));
    }
  }
  return found;
}

/** The first token of "<Name> House" ending at `house`, after a preposition of being at it; -1 when it is none */
function houseNameStart(doc: Doc, house: number): number {
  const tokens = doc.tokens;
  const sentence = tokens[house].sentence;
  if (tokens[house + 1]?.lower === 'of' || sentenceOf(doc, house)?.allCaps) return -1;
  let start = house;
  // (not across a month, a weekday or another word no name has: "in January House Republicans voted"
  // names the chamber)
  while (start > 0 && house - start < MAX_HOUSE_WORDS && tokens[start - 1].sentence === sentence && tokens[start - 1].shape === 'title' && !(tokenFlags(tokens[start - 1]) & (FLAGS.time | FLAGS.notName))) start--;
  if (start === house || start === 0) return -1;
  // (right after the preposition: with "the" the article is the name's own as often, "at the
  // Velbrick House", and the chambers take it, "in the White House")
  const before = tokens[start - 1];
  if (before.sentence !== sentence || !AT_BUILDING.has(before.lower)) return -1;
  if (CHAMBER_WORDS.has(tokens[start].lower) || CHAMBER_WORDS.has(tokens[house - 1].lower)) return -1;
  // "the Ohio House", "the British House": a state's or a people's chamber
  if (phraseFlags(doc, start, house) & (FLAGS.country | FLAGS.region | FLAGS.demonym)) return -1;
  return start;
}

/** The end of "<Kind> of (the) <Dedication>" opening at `kind`; 0 when no capitalized dedication follows "of" */
function dedicationEnd(doc: Doc, kind: number): number {
  const tokens = doc.tokens;
  const sentence = tokens[kind].sentence;
  if (tokens[kind + 1]?.text !== 'of' || sentenceOf(doc, kind)?.allCaps) return 0;
  // (not a body's or a place's run before it: "the Velmar Temple of ..." is read by the head-noun rules)
  const previous = tokens[kind - 1];
  if (previous && previous.sentence === sentence && previous.shape === 'title') return 0;
  let end = 0;
  let i = kind + 1;
  while (i < tokens.length && i - kind <= MAX_DEDICATION_TOKENS && tokens[i].sentence === sentence) {
    // the small words between its capitalized words: "of", "the"
    let j = i;
    while (j < tokens.length && (tokens[j].text === 'of' || tokens[j].text === 'the') && tokens[j].sentence === sentence) j++;
    if (j === i || j >= tokens.length || tokens[j].sentence !== sentence || tokens[j].shape !== 'title') break;
    while (j < tokens.length && tokens[j].sentence === sentence && (tokens[j].shape === 'title' || tokens[j].text === "'s" || tokens[j].text === '.' && tokens[j - 1].text === 'St') && j - kind <= MAX_DEDICATION_TOKENS) j++;
    end = j;
    i = j;
  }
  return end;
}
