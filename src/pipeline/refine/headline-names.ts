// A headline in capitals ("VORSTER HOMER LIFTS TARNLEY PAST ...") says nothing by its case, and a
// rule reading a known first name or a title there may run a name on into the headline's verb or
// noun ("VORSTER HOMER", "MARIK UPSTAGES"). The story below names its people and bodies in mixed
// case: where such a run is no name of the story, but its first words are ("Dale Vorster ... Vorster
// said"), the run is cut to them, with the type the story gives them. Runs the story writes whole,
// and those a name list knows whole, are left as they are.

import { Doc, EntityType, Mention } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { longestPhraseAt, phraseFlags, phraseKey, tokenFlags } from '../recognize/gazetteer';
import { PLACE_HEADS } from '../recognize/places';
import { mentionFromTokens, newMentions } from '../recognize/mention';
import { FUNCTION_WORDS, isOrdinaryWord } from '../recognize/candidates';
import { isSportsStory } from '../recognize/sports';
import { EVENT_HEADS } from './events';

const NAME_TYPES = new Set<EntityType>(['person', 'organization', 'place']);
/** Rules that read the run whole from a list or from the story: their run is a name as it stands */
const WHOLE_NAME_RULES = /\.(?:gazetteer|one-sense|short-name|surname-in-document)$/;
/** a body's name of at most this many words teaches its words in a headline */
const MAX_BODY_NAME = 6;

export function withHeadlineNamesFromBody(doc: Doc, mentions: Mention[]): Mention[] {
  const firstSentence = doc.sentences[0]?.index ?? 0;
  const inCaps = (m: Mention) => doc.sentences[doc.tokens[m.tokenStart].sentence - firstSentence]?.allCaps === true;
  // (cut first: "HILL BRANDS ..." over a story of "Peter Hill" is "HILL", no body of ordinary words)
  const kept = withHeadlinePlacesAndNouns(doc, withoutHeadlineCommonPhrases(doc, cutToStoryNames(doc, mentions, inCaps), firstSentence), firstSentence);
  return [...kept, ...teamNicknames(doc, kept, inCaps)];
}

/**
 * A headline in title case or in capitals capitalizes every word, so a head noun there closes a run
 * of ordinary words into a body ("Rural Bakery Association", "DANISH SHIPPING GROUP BUYS ...") that
 * the story writes in lower case ("a rural bakery association", "the Danish group"). Such a body,
 * made of ordinary words and a demonym only, stands when the story names it too in mixed case, and
 * is dropped otherwise; not a section's slug before its dash ("RUGBY UNION - ...", which CoNLL
 * marks as the sport's body).
 */
function withoutHeadlineCommonPhrases(doc: Doc, mentions: Mention[], firstSentence: number): Mention[] {
  // (the story's first line only: a title-case line further down is a source or a signature, "Source: Weather Services Corporation")
  // (a line alone, with no story below to name its bodies, keeps them)
  const headline = doc.sentences[0]?.titleCase === true || doc.sentences[0]?.allCaps === true;
  if (!headline || doc.sentences.length < 2) return mentions;
  // (a headline's mention, not a section's slug before its dash)
  const inHeadline = (m: Mention) => doc.tokens[m.tokenStart].sentence === firstSentence && doc.tokens[m.tokenEnd]?.text !== '-';
  let candidates = false;
  for (const m of mentions) if (HEAD_NOUN_RULES.has(m.rule) && inHeadline(m) && isOfCommonWords(doc, m)) candidates = true;
  if (!candidates) return mentions;
  const bodyNames = new Set<string>();
  for (const m of mentions) if (!inHeadline(m) && !doc.sentences[doc.tokens[m.tokenStart].sentence - firstSentence]?.allCaps) bodyNames.add(phraseKey(doc, m.tokenStart, m.tokenEnd));
  return mentions.filter((m) => !HEAD_NOUN_RULES.has(m.rule) || !inHeadline(m) || !isOfCommonWords(doc, m) || bodyNames.has(phraseKey(doc, m.tokenStart, m.tokenEnd)));
}

/**
 * "TARNLAND WEEKLY CLOSES", "VELMORA ARCHDIOCESE ORDAINS ...", "KESSIN PUBLISHER ORVEL MEDIA
 * SWINGS TO LOSS": in a headline in capitals a listed place and the words after it up to a head
 * noun are read as one body, where the story says the place and a common noun ("the archdiocese",
 * "a weekly newspaper"). Such a run, which the story never writes in mixed case, is the place and a
 * noun where the story writes the head noun in lower case and no other word of the run in its
 * names; or the place and a body where the run ends with a body the story names in mixed case
 * ("Orvel Media Plc"), ordinary words between. The place takes the type the story gives it (a
 * town's team in a sports story); a body the lists know whole stays.
 */
function withHeadlinePlacesAndNouns(doc: Doc, mentions: Mention[], firstSentence: number): Mention[] {
  if (doc.sentences[0]?.allCaps !== true || doc.sentences.length < 2) return mentions;
  const inHeadline = (m: Mention) => doc.tokens[m.tokenStart].sentence === firstSentence;
  const candidate = (m: Mention) => m.type === 'organization' && m.rule === 'organization.head-noun' && m.tokenEnd - m.tokenStart > 1 && inHeadline(m);
  if (!mentions.some(candidate)) return mentions;
  // the story's names in mixed case and their words, and the words it writes in lower case
  const bodyNames = new Map<string, EntityType>();
  const bodyWords = new Set<string>();
  for (const m of mentions) {
    if (inHeadline(m) || !NAME_TYPES.has(m.type) || doc.sentences[doc.tokens[m.tokenStart].sentence - firstSentence]?.allCaps) continue;
    const key = phraseKey(doc, m.tokenStart, m.tokenEnd);
    if (!bodyNames.has(key)) bodyNames.set(key, m.type);
    for (let i = m.tokenStart; i < m.tokenEnd; i++) bodyWords.add(doc.tokens[i].lower);
  }
  const lowerWords = new Set<string>();
  for (const token of doc.tokens) if (token.shape === 'lower' && token.sentence !== firstSentence) lowerWords.add(token.lower);
  const out = newMentions();
  for (const m of mentions) {
    if (!candidate(m) || bodyNames.has(phraseKey(doc, m.tokenStart, m.tokenEnd)) || phraseFlags(doc, m.tokenStart, m.tokenEnd) & FLAGS.organization) {
      out.push(m);
      continue;
    }
    const place = longestPhraseAt(doc, m.tokenStart, PLACE_FLAGS, m.tokenEnd - 1);
    if (!place || place.flags & FLAGS.organization) {
      out.push(m);
      continue;
    }
    const placeType = bodyNames.get(phraseKey(doc, m.tokenStart, place.end)) ?? 'place';
    const placeMention = () => mentionFromTokens(doc, placeType, m.tokenStart, place.end, `${placeType}.headline-place`, m.strength);
    // the place and a body the story names: "KESSIN PUBLISHER ORVEL MEDIA" over "Orvel Media Plc"
    const body = storyBodyAtEnd(doc, m, place.end, bodyNames);
    if (body > 0) {
      out.push(placeMention());
      out.push(mentionFromTokens(doc, 'organization', body, m.tokenEnd, 'organization.headline-place', m.strength));
      continue;
    }
    // the place and a common noun: "TARNLAND WEEKLY" over "a weekly newspaper" (not a league a
    // region names, "HIGHLAND LEAGUE" over "the league": the league's own name)
    let common = lowerWords.has(doc.tokens[m.tokenEnd - 1].lower) && doc.tokens[m.tokenEnd - 1].lower !== 'league';
    for (let i = place.end; i < m.tokenEnd && common; i++) if (bodyWords.has(doc.tokens[i].lower)) common = false;
    if (common) out.push(placeMention());
    else out.push(m);
  }
  return out;
}

/** Where the run's last words, after a place and ordinary words, are a body the story names in mixed case (whole or before more words): their start, or 0 */
function storyBodyAtEnd(doc: Doc, m: Mention, from: number, bodyNames: Map<string, EntityType>): number {
  for (let j = from + 1; j < m.tokenEnd - 1; j++) {
    if (!isOrdinaryWord(doc.tokens[j - 1])) return 0;
    const key = phraseKey(doc, j, m.tokenEnd);
    for (const [name, type] of bodyNames) if (type === 'organization' && (name === key || name.startsWith(key + ' '))) return j;
  }
  return 0;
}

/** Rules that close a run at a head noun or a legal form ("Housing Corporation") */
const HEAD_NOUN_RULES = new Set(['organization.head-noun', 'organization.legal-suffix']);

/** Is a name made of ordinary words and demonyms only, its head noun aside ("Crowded District Hospital")? */
function isOfCommonWords(doc: Doc, m: Mention): boolean {
  for (let i = m.tokenStart; i < m.tokenEnd - 1; i++) {
    const token = doc.tokens[i];
    if (!isOrdinaryWord(token) && !(tokenFlags(token) & FLAGS.demonym)) return false;
  }
  return true;
}

/** A headline's runs in capitals cut to the names the story below writes (see the head of the file) */
function cutToStoryNames(doc: Doc, mentions: Mention[], inCaps: (m: Mention) => boolean): Mention[] {
  let candidates = false;
  for (const m of mentions) if (m.tokenEnd - m.tokenStart > 1 && NAME_TYPES.has(m.type) && inCaps(m)) candidates = true;
  if (!candidates) return mentions;
  // the names the story writes in mixed case, with their types; a person's surname stands for the person;
  // and every word of them (the words a run's rest must not hold)
  const bodyNames = new Map<string, EntityType>();
  const bodyWords = new Set<string>();
  for (const m of mentions) {
    if (!NAME_TYPES.has(m.type) || inCaps(m) || m.tokenEnd - m.tokenStart > MAX_BODY_NAME) continue;
    const key = phraseKey(doc, m.tokenStart, m.tokenEnd);
    if (!bodyNames.has(key)) bodyNames.set(key, m.type);
    if (m.type === 'person' && m.tokenEnd - m.tokenStart > 1) {
      const surname = doc.tokens[m.tokenEnd - 1].lower;
      if (!bodyNames.has(surname)) bodyNames.set(surname, 'person');
    }
    for (let i = m.tokenStart; i < m.tokenEnd; i++) bodyWords.add(doc.tokens[i].lower);
  }
  if (bodyNames.size === 0) return mentions;
  // (a loop, not map(): V8 gives map()'s result another array form ("holey") than every other list
  // of mentions, and the first one, well into a run, made the functions after it deoptimize)
  const cut = newMentions();
  for (const m of mentions) cut.push(cutToStoryName(doc, m, inCaps, bodyNames, bodyWords));
  return cut;
}

/** One mention of the headline cut to the longest start of it that the story names (or as it is) */
function cutToStoryName(doc: Doc, m: Mention, inCaps: (m: Mention) => boolean, bodyNames: Map<string, EntityType>, bodyWords: Set<string>): Mention {
  const length = m.tokenEnd - m.tokenStart;
  if (length < 2 || !NAME_TYPES.has(m.type) || !inCaps(m) || WHOLE_NAME_RULES.test(m.rule)) return m;
  if (bodyNames.has(phraseKey(doc, m.tokenStart, m.tokenEnd))) return m;
  for (let k = length - 1; k >= 1; k--) {
    const type = bodyNames.get(phraseKey(doc, m.tokenStart, m.tokenStart + k));
    if (type === undefined) continue;
    // (the rest is no word of the story's names: "VORSTER HOMER", not "TARNLEY ROVERS" where the story has
    // "Tarnley Rovers FC"; and after a place or a body no head noun, which makes a longer name of them:
    // "TARNLEY CITY", "VELMAR TIMES", "TARNLEY BUILDING AUTHORITY"; after a person's name it is a verb: "VORSTER BRANDS")
    for (let i = m.tokenStart + k; i < m.tokenEnd; i++) {
      const rest = doc.tokens[i];
      if (bodyWords.has(rest.lower)) return m;
      if (type !== 'person' && (tokenFlags(rest) & FLAGS.orgHead || PLACE_HEADS.has(rest.lower) || rest.lower === 'city')) return m;
    }
    return mentionFromTokens(doc, type, m.tokenStart, m.tokenStart + k, `${type}.headline-from-story`, m.strength, m.roles ? { roles: m.roles } : undefined);
  }
  return m;
}

/**
 * "BRAVES RALLY TO BEAT ..." over a story of "the Atlanta Braves": an untyped word of a headline in
 * capitals that is the plural closing a body's name of two or three words in the story (a team's
 * nickname after its town) is that body.
 */
function teamNicknames(doc: Doc, mentions: Mention[], inCaps: (m: Mention) => boolean): Mention[] {
  // (a team's nickname in a sports story only: "Reporters Without Borders" makes no "BORDERS")
  if (!isSportsStory(doc)) return [];
  const nicknames = new Set<string>();
  for (const m of mentions) {
    const length = m.tokenEnd - m.tokenStart;
    if (m.type !== 'organization' || length < 2 || length > 3 || inCaps(m) || hasSmallWord(doc, m)) continue;
    const last = doc.tokens[m.tokenEnd - 1];
    // (not a body's head noun or an event's: "Velmar Holdings", "the Tarnley Championships")
    if (last.shape !== 'title' || last.lower.length <= 3 || !last.lower.endsWith('s') || last.lower.endsWith('ss')) continue;
    if (!(tokenFlags(last) & FLAGS.orgHead) && !EVENT_HEADS.has(last.lower)) nicknames.add(last.lower);
  }
  if (nicknames.size === 0) return [];
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered[i] = 1;
  const found = newMentions();
  const firstSentence = doc.sentences[0]?.index ?? 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const token = doc.tokens[i];
    if (covered[i] || token.shape !== 'upper' || !nicknames.has(token.lower) || !doc.sentences[token.sentence - firstSentence]?.allCaps) continue;
    // (one word alone, no part of a longer run of names: "BRAVES RALLY", not "BRAVES STADIUM")
    found.push(mentionFromTokens(doc, 'organization', i, i + 1, 'organization.headline-from-story', 0.75));
  }
  return found;
}

/** Does a name hold a lower-case or a function word ("Reporters Without Borders", "Friends of Tarn")? */
function hasSmallWord(doc: Doc, m: Mention): boolean {
  for (let i = m.tokenStart; i < m.tokenEnd; i++) if (doc.tokens[i].shape === 'lower' || FUNCTION_WORDS.has(doc.tokens[i].lower)) return true;
  return false;
}
