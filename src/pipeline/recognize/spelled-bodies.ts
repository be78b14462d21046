// A body no list knows, named in full before its initials in brackets: "the Ethics and
// Anti-Graft Commission (EAGC)", "the Velmar Monitoring Team (VMT)", "Servizi Integrati Tarvesi
// (SIT)". Where the capitalized words right before "(ABC)" spell the initials, the words are the
// body's name whatever a rule read in them (a first name, a town, the head noun's last words
// alone): news gives a body's initials this way, seldom a person's, and a place's name is known to
// the lists. The longest mention wins at the overlaps, so this name takes the place of the pieces
// inside it, and the bracketed-acronym rule then makes the initials the same body.
// Not a name ending in a word of a law, a tax, a disease or a programme ("the Tarvel Test Ban
// Treaty (TTBT)"), nor a place's: one the lists know, one a place rule found, one ending in a
// place's head word ("Velmar City (VC)"), nor two names a person's cue reads as one ("Ivo Brandt
// (IB)" where the lists know the name or the story calls him "Brandt").

import { Doc, Mention, Token } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { phraseFlags, tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';
import { FUNCTION_WORDS } from '../link/acronyms';

/** Initials in the brackets: two to ten capitals */
const INITIALS = /^[A-Z]{2,10}$/;
/** Small words inside a body's name that may give their letter or not: the acronym linker's, "at" and more Romance, Dutch and German ones */
const SMALL_WORDS = new Set([
  ...FUNCTION_WORDS, 'at', 'les', 'del', 'do', 'da', 'dos', 'das', 'di', 'della', 'y', 'e', 'en', 'van', 'voor', 'von', 'und', 'für', 'zu',
]);
/** Last words of names that are no bodies: laws, taxes, diseases, schemes, measures (general knowledge) */
const NOT_BODY_HEADS = new Set([
  'act', 'law', 'treaty', 'agreement', 'accord', 'pact', 'protocol', 'convention', 'tax', 'index', 'disease', 'syndrome', 'disorder', 'virus', 'grant',
  'value', 'rate', 'price', 'prices', 'product', 'program', 'programme', 'scheme', 'plan', 'test', 'standard', 'system', 'budgeting', 'meditation',
  'states', 'zone', 'area',
  // rules and papers a body issues, and vehicles and meetings ("the Clean Air Rules (CAR)", "the Annual General Meeting (AGM)")
  'regulation', 'regulations', 'directive', 'rules', 'bill', 'charter', 'declaration', 'resolution', 'decree', 'ordinance', 'statute', 'amendment', 'assessment', 'vehicle', 'vehicles', 'meeting',
]);
/** First words of a treaty's name before a small word ("the Treaty on Open Skies (TOS)", "the Convention on ...") */
const LAW_OPENERS = new Set(['treaty', 'convention', 'agreement', 'accord', 'pact', 'protocol']);
/** Last words of a place's name that a body's does not end in ("Velmar City (VC)"; "Base" and "Park" may close a body's) */
const PLACE_KINDS = new Set(['city', 'county', 'province', 'district', 'state', 'republic', 'kingdom', 'island', 'islands', 'region', 'territory', 'territories', 'prefecture', 'oblast', 'governorate', 'emirate', 'emirates']);
/** The most tokens a spelled name may have */
const MAX_TOKENS = 12;
/** Determiners that open a sentence, not a name */
const OPENERS = new Set(['The', 'A', 'An']);
const STRENGTH = 0.8;

export function recognizeSpelledBodies(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const found = newMentions();
  for (let open = 2; open + 2 < tokens.length; open++) {
    if (tokens[open].text !== '(' || tokens[open + 2].text !== ')') continue;
    const initials = tokens[open + 1].text;
    if (!INITIALS.test(initials)) continue;
    const last = tokens[open - 1];
    if (!isTitleOrCapitals(last) || NOT_BODY_HEADS.has(last.lower) || PLACE_KINDS.has(last.lower)) continue;
    const start = spelledStart(tokens, open, initials);
    if (start < 0 || phraseFlags(doc, start, open) & PLACE_FLAGS || (LAW_OPENERS.has(tokens[start].lower) && tokens[start + 1].shape === 'lower')) continue;
    if (crossesAnother(doc, start, open) || readsAsPerson(doc, start, open)) continue;
    found.push(mentionFromTokens(doc, 'organization', start, open, 'organization.spelled-initials', STRENGTH));
  }
  return found;
}

function isTitleOrCapitals(token: Token): boolean {
  return token.shape === 'title' || token.shape === 'upper';
}

/**
 * The farthest start of a run of capitalized and small words ending before the bracket at `open`,
 * in its sentence, whose words spell the initials: two capitalized words or more; -1 where none does
 */
function spelledStart(tokens: Token[], open: number, initials: string): number {
  const sentence = tokens[open].sentence;
  let best = -1;
  let capitalized = 0;
  for (let s = open - 1; s >= 0 && open - s <= MAX_TOKENS; s--) {
    const token = tokens[s];
    if (token.sentence !== sentence) break;
    if (isTitleOrCapitals(token)) capitalized++;
    else if (!(token.shape === 'lower' && SMALL_WORDS.has(token.lower)) && token.text !== '&') break;
    if (capitalized < 2 || !isTitleOrCapitals(token) || OPENERS.has(token.text)) continue;
    if (spellsFrom(tokens, s, open, initials, 0)) best = s;
  }
  return best;
}

/**
 * Do tokens [k, end) spell initials[c..]? A capitalized word gives its first letter, or one
 * letter for each part of a hyphenated word ("Anti-Graft"); a small word or "&" gives its letter or none
 */
function spellsFrom(tokens: Token[], k: number, end: number, initials: string, c: number): boolean {
  if (k === end) return c === initials.length;
  const token = tokens[k];
  const text = token.text;
  if (token.shape === 'lower' || text === '&') {
    if (spellsFrom(tokens, k + 1, end, initials, c)) return true;
    return c < initials.length && text[0].toUpperCase() === initials[c] && spellsFrom(tokens, k + 1, end, initials, c + 1);
  }
  if (c >= initials.length || text[0].toUpperCase() !== initials[c]) return false;
  if (spellsFrom(tokens, k + 1, end, initials, c + 1)) return true;
  // "Anti-Graft" as A and G
  let next = c + 1;
  for (let h = text.indexOf('-'); h >= 0 && h + 1 < text.length; h = text.indexOf('-', h + 1)) {
    if (next >= initials.length || text[h + 1].toUpperCase() !== initials[next]) return false;
    next++;
  }
  return next > c + 1 && spellsFrom(tokens, k + 1, end, initials, next);
}

/**
 * Does a mention found before start or run past end overlap the run only in part (no two mentions
 * cross), or a place rule find the run itself?
 */
function crossesAnother(doc: Doc, start: number, end: number): boolean {
  for (const m of doc.annotations) {
    if (m.tokenEnd <= start || m.tokenStart >= end) continue;
    if (m.tokenStart < start || m.tokenEnd > end || (m.type === 'place' && m.tokenStart === start && m.tokenEnd === end)) return true;
  }
  return false;
}

/** Flags of a word that says a run is a body's or a place's, not a person's */
const BODY_OR_PLACE_WORD = FLAGS.orgHead | FLAGS.wordHead | FLAGS.legalSuffix | FLAGS.organization | PLACE_FLAGS;
/** A word the lists know as a first name, or as a surname */
const FIRST_NAME = FLAGS.given | FLAGS.rareGiven;
const SURNAME = FLAGS.surname | FLAGS.person;

/**
 * "Ivo Brandt (IB) said": two title-case words before two letters are a person's where the lists
 * know the first as a first name or the second as a surname (and neither as a word, a body's or a
 * place's), or where the story calls him by the second alone ("Brandt said", "Mr Brandt"). A
 * two-word body's name ("Barisan Nasional (BN)") has neither cue.
 */
function readsAsPerson(doc: Doc, start: number, end: number): boolean {
  if (end - start !== 2) return false;
  const tokens = doc.tokens;
  const first = tokens[start];
  const last = tokens[start + 1];
  if (first.shape !== 'title' || last.shape !== 'title') return false;
  const firstFlags = tokenFlags(first);
  const lastFlags = tokenFlags(last);
  if ((firstFlags | lastFlags) & BODY_OR_PLACE_WORD) return false;
  // (a name that is a word too, "Hope", "Costa", says nothing)
  if ((firstFlags & FIRST_NAME && !(firstFlags & FLAGS.common)) || (lastFlags & SURNAME && !(lastFlags & FLAGS.common))) return true;
  return !(lastFlags & FLAGS.common) && calledBySurname(doc, last);
}

/** Does the story name `surname` elsewhere alone, or as the last word of a person a rule found ("Mr Brandt")? */
function calledBySurname(doc: Doc, surname: Token): boolean {
  const tokens = doc.tokens;
  for (const m of doc.annotations) {
    if (m.type === 'person' && m.tokenEnd - 1 !== surname.index && tokens[m.tokenEnd - 1].text === surname.text) return true;
  }
  for (const token of tokens) {
    if (token.text !== surname.text || token.index === surname.index) continue;
    const before = tokens[token.index - 1];
    const after = tokens[token.index + 1];
    const alone = (!before || before.sentence !== token.sentence || (!isTitleOrCapitals(before) && before.lower !== 'the')) && !(after && after.sentence === token.sentence && isTitleOrCapitals(after));
    if (alone) return true;
  }
  return false;
}
