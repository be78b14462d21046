// The tense of the verb that governs a date, HeidelTime's news rule: "was signed on March 3" is
// before the article's date, "will meet on Thursday" after it. compromise's lexicon is the data
// (word -> PastTense / PresentTense / Infinitive / Modal ...), loaded once, never its tagger.

import { Doc, Token } from '../model';
import { wordTags, WordTags } from '../lexicon/word-tags';

export type Tense = 'past' | 'present' | 'future';

function hasTag(tags: WordTags, tag: string): boolean {
  return tags === tag || (Array.isArray(tags) && tags.includes(tag));
}

const FUTURE_AUXILIARIES = new Set(['will', "'ll", 'shall', "won't", 'wo', 'would', "wouldn't", "'d"]);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', "didn't", "wasn't", "weren't", "hadn't", 'been']);
// ("'s" is left out: the tokenizer gives it for possessives too, "Iraq's")
const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', "'re", 'has', 'have', "hasn't", "haven't", 'does', 'do', "isn't", "aren't"]);
// "has resigned" is about the past; "has" then decides nothing on its own
const PERFECT_AUXILIARIES = new Set(['has', 'have', "hasn't", "haven't", "'ve"]);
// Words that look like -ed verbs but are not ("red", "bed", "need").
const NOT_VERBS = new Set(['red', 'bed', 'need', 'feed', 'seed', 'speed', 'indeed', 'hundred', 'shed', 'bred', 'led', 'wed', 'fled']);

/** What a single word says about tense, or null when it is not a verb form. */
function wordTense(tokens: Token[], i: number, from: number): Tense | 'infinitive' | 'perfect' | null {
  const word = tokens[i].lower;
  if (FUTURE_AUXILIARIES.has(word)) return 'future';
  if (PERFECT_AUXILIARIES.has(word)) return 'perfect';
  if (PAST_AUXILIARIES.has(word)) return 'past';
  if (PRESENT_AUXILIARIES.has(word)) return 'present';
  if (tokens[i].shape !== 'lower') return null;
  const tags = wordTags(word);
  // "planned a demonstration on Saturday", "has scheduled a hearing Thursday": still to come
  // ("plans", "schedules" only before "to": "changed their holiday plans" is the noun)
  if (PLANNING_VERBS.has(word) && (!word.endsWith('s') || tokens[i + 1]?.lower === 'to')) return 'future';
  // "the launch is set for December", "the report is due in May": an arrangement, still to come
  if (ARRANGED.has(word) && i - 1 >= from && PRESENT_BE.has(tokens[i - 1].lower)) return 'future';
  if (hasTag(tags, 'PastTense') || (tags === undefined && word.length > 4 && word.endsWith('ed') && !NOT_VERBS.has(word))) {
    // a participle takes its auxiliary's tense: "will be named" is future, "is planned" present
    if (i - 1 >= from && PASSIVE_AUXILIARIES.has(tokens[i - 1].lower)) return null;
    if (isAttributive(tokens, i, from)) return null;
    return 'past';
  }
  if (hasTag(tags, 'Infinitive')) return infinitiveTense(tokens, i, from);
  if (hasTag(tags, 'PresentTense')) return 'present';
  // compromise lists "painted", "closed", "planned" as adjectives; after a subject they are verbs
  if (hasTag(tags, 'Adjective') && word.endsWith('ed') && i > from && !ADJECTIVE_CONTEXT.has(tokens[i - 1].lower) && !isAttributive(tokens, i, from)) {
    return PASSIVE_AUXILIARIES.has(tokens[i - 1].lower) ? null : 'past';
  }
  return null;
}

/**
 * "a still unnamed buyer", "the newly paved road": an -ed word between a determiner (and perhaps an
 * adverb) and its noun describes the noun; it is no verb, so it says nothing about tense.
 */
function isAttributive(tokens: Token[], i: number, from: number): boolean {
  let j = i - 1;
  if (j >= from && ATTRIBUTIVE_ADVERBS.has(tokens[j].lower)) j--;
  return j >= from && DETERMINERS.has(tokens[j].lower);
}

const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'our', 'my', 'your']);
const ATTRIBUTIVE_ADVERBS = new Set(['still', 'yet', 'as-yet', 'newly', 'recently', 'previously', 'widely', 'long', 'once', 'hastily', 'jointly', 'privately', 'publicly', 'federally', 'locally', 'internationally', 'specially']);

// Words before an -ed adjective that keep it an adjective: "the closed border", "very pleased".
const ADJECTIVE_CONTEXT = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'very', 'more', 'most', 'less', 'so', 'too', 'and', 'or', 'as', 'remain', 'remained', 'seem', 'seemed', 'became', 'become']);

/**
 * A verb in the base form: "will meet" is future; "is to resume", "set to resume", "plans to
 * vote" too; but "had been permitted to fish ... since Jan. 9" takes the tense of the verb
 * that governs the infinitive, so the infinitive itself decides nothing.
 */
function infinitiveTense(tokens: Token[], i: number, from: number): Tense | 'infinitive' {
  for (let j = i - 1; j >= Math.max(from, i - 3); j--) {
    const word = tokens[j].lower;
    if (MODALS.has(word)) return 'future';
    if (word === 'to') {
      const governor = j > from ? tokens[j - 1].lower : '';
      if (FUTURE_GOVERNORS.has(governor)) return 'future';
      // "new rules to be issued in November": a passive infinitive after a noun (a word
      // the lexicon knows no verb form of) is what is still to be done
      return tokens[i].lower === 'be' && j === i - 1 && governor !== '' && isNounLike(governor) ? 'future' : 'infinitive';
    }
  }
  return 'infinitive';
}

function isNounLike(word: string): boolean {
  return /^[a-z]+$/.test(word) && !word.endsWith('ed') && wordTags(word) === undefined;
}

// Auxiliaries that leave the tense to themselves: "will be named", "is expected", "has been allowed".
const PASSIVE_AUXILIARIES = new Set(['be', 'been', 'being', 'is', 'are', 'am', 'was', 'were', "'re", 'has', 'have', 'had', 'get', 'got', 'gets']);
const ARRANGED = new Set(['set', 'due']);
const PRESENT_BE = new Set(['is', 'are', "'re", 'am']);
const PLANNING_VERBS = new Set(['planned', 'scheduled', 'slated', 'rescheduled', 'postponed', 'plans', 'schedules']);
const MODALS = new Set(['will', "'ll", 'shall', 'would', 'may', 'might', 'could', 'should', 'must', 'can']);
// Verbs and adjectives whose "to" infinitive is still to happen: "is due to reopen Monday".
const FUTURE_GOVERNORS = new Set([
  'is', 'are', 'am', 'set', 'scheduled', 'expected', 'due', 'plans', 'plan', 'planned', 'planning', 'intends',
  'intend', 'hopes', 'hope', 'going', 'slated', 'poised', 'likely', 'about', 'ready', 'agreed', 'promised', 'wants',
  'want', 'seeks', 'aims', 'prepared', 'preparing', 'vowed', 'pledged', 'threatened', 'decided',
]);

const CLAUSE_BREAKS = new Set(['where', 'which', 'who', 'whom', 'whose', 'while', 'whereas', 'because', 'although', 'though', 'but', ';']);
const LEFT_WINDOW = 12;
const RIGHT_WINDOW = 10;

// "In March, [a long apposition], the club signed ...": a date that opens its sentence belongs
// to the main clause, whose verb may come after a long aside
const OPENING_RIGHT_WINDOW = 40;
const OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'by', 'since', 'until', 'during', 'from', 'through']);

/** Does the date at tokenStart open its sentence, perhaps after one preposition ("In March, ...")? */
function opensSentence(tokens: Token[], tokenStart: number): boolean {
  const sentence = tokens[tokenStart].sentence;
  let first = tokenStart;
  if (first > 0 && tokens[first - 1].sentence === sentence && OPENING_PREPOSITIONS.has(tokens[first - 1].lower)) first--;
  return first === 0 || tokens[first - 1].sentence !== sentence;
}

/**
 * Tense of the verb nearest the date in its sentence: first to the left (the usual news order,
 * "the governor on Tuesday said"), then to the right ("On Friday, the mayor said").
 * null when nothing decides.
 */
export function tenseAround(doc: Doc, tokenStart: number, tokenEnd: number): Tense | null {
  const tokens = doc.tokens;
  const sentence = tokens[tokenStart].sentence;
  let first = tokenStart;
  while (first > 0 && tokens[first - 1].sentence === sentence && tokenStart - first < LEFT_WINDOW) first--;
  let perfect = false;
  for (let i = tokenStart - 1; i >= first; i--) {
    // "he would send aid to towns where the Aug. 9 floods killed 40": the verb of
    // another clause says nothing about this date
    if (CLAUSE_BREAKS.has(tokens[i].lower)) break;
    // "is scheduled to rule Friday", whatever the lexicon says of "rule"
    if (tokens[i].lower === 'to' && i > first && FUTURE_GOVERNORS.has(tokens[i - 1].lower)) return 'future';
    const tense = wordTense(tokens, i, first);
    if (tense === null || tense === 'infinitive') continue;
    if (tense === 'perfect') {
      perfect = true;
      continue;
    }
    return tense;
  }
  if (perfect) return 'past';
  const last = Math.min(tokens.length, tokenEnd + (opensSentence(tokens, tokenStart) ? OPENING_RIGHT_WINDOW : RIGHT_WINDOW));
  for (let i = tokenEnd; i < last && tokens[i].sentence === sentence; i++) {
    const tense = wordTense(tokens, i, tokenEnd);
    if (tense === null || tense === 'infinitive') continue;
    if (tense === 'perfect') return 'past';
    return tense;
  }
  return null;
}

/**
 * Is token i a past form of a verb ("signed", "took", "painted")? The caller has already found the
 * clause to be in the past tense; this only says the date hangs off that verb.
 */
export function isPastVerb(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  if (!token || token.shape !== 'lower' || PAST_AUXILIARIES.has(token.lower)) return false;
  const tags = wordTags(token.lower);
  if (hasTag(tags, 'PastTense')) return true;
  return token.lower.endsWith('ed') && !NOT_VERBS.has(token.lower) && (tags === undefined || hasTag(tags, 'Adjective'));
}
