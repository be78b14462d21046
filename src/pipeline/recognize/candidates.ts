// Name candidates: maximal runs of capitalized tokens ("Prosecutor General Berik Asylov",
// "Bank", "America", "KAZAKHSTAN"), the raw material the person, organization and place rules type.
// Computed once per document and shared (cached on the Doc object).
//
// What is not a name-like token:
// - a capitalized function word ("The", "But", "He"): it is capitalized only by position;
// - a sentence-initial ordinary word ("Officials said ...") unless a name list knows it;
// - in an ALL-CAPS sentence (headline, dateline), an ordinary word ("VANCE NAMED AS WALES
//   CAPTAIN": NAMED, AS and CAPTAIN split the run) unless it is part of a gazetteer phrase.
// Lower-case name particles join a run between two name tokens ("Ludwig van Beethoven",
// "Osama bin Laden"); an initial takes its period ("George W. Bush"); a nickname in quotes after a
// first name joins it to the surname ('Ralph "Buzz" Tarvell').

import { Doc, Sentence, Token } from '../../model';
import { MODIFIER_PARTICIPLES, isGivenNameAbbreviation } from '../segment';
import { FLAGS, PLACE_FLAGS, lookup } from '../../lexicon';
import { cacheTokenFlags, isCapitalized, isUnlisted, longestPhraseAt, tokenFlags, wordFlags } from './gazetteer';
import { isFiniteVerb, wordTags } from '../../lexicon/word-tags';
// (sports.ts imports this module too: its functions are only called, never run, at load time)
import { isSportsStory } from './sports';
import { ScratchBytes } from './scratch';

export interface Candidate {
  /** token range [start, end) */
  start: number;
  end: number;
  /** where the run began before a sentence-initial ordinary word was dropped ("Summit Group Ltd.") */
  rawStart: number;
  /** the first token opens its sentence and is also an ordinary word: weak evidence */
  weakStart: boolean;
  /** the candidate is in an ALL-CAPS sentence or a title-case headline: its capitals say nothing */
  allCaps: boolean;
}

/** Words that are capitalized only because they open a sentence or a quote. */
export const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those there here he she it i we you they his her its their our my your ' +
    'him them us me who whom whose which what when where why how whether if then than so but and or nor ' +
    'yet not no yes also too very just only even still already again ever never always often some any ' +
    'all both each every either neither many much more most few less least other another such same ' +
    'in on at by for from to of with without about above below over under into onto upon after before ' +
    'during since until while because although though as like unlike between among against across ' +
    'through throughout around near within along beside besides beyond despite per via ' +
    'is are was were be been being am has have had do does did will would shall should can could may ' +
    'might must ought let lets let\'s meanwhile however therefore thus hence instead moreover furthermore ' +
    'nevertheless nonetheless otherwise accordingly indeed perhaps maybe please thanks thank ' +
    'one two three four five six seven eight nine ten first second third last next earlier later ' +
    'today yesterday tomorrow now tonight mr mrs ms'
  ).split(' '),
);

/** "I'm", "We'll", "They've", "Don't": pronouns and verbs, never names */
const CONTRACTION = /'(?:m|ll|ve|re|d|t)$/;

/** "Ohio-based Kelvor", "Russian-backed rebels", "pro-Labour unions": a modifier, not part of the name after it */
export const COMPOUND_MODIFIER = /-(?:based|born|led|backed|owned|run|made|controlled|funded|registered|listed|speaking|held|dominated|bred)$|^(?:pro|anti|non|post|pre)-/;

/**
 * A capitalized word joined to a lower-case ordinary word is an adjective or noun ("Full-time",
 * "Well-known"), not a name; "Dong-wook" and "Hye-jin" are names.
 */
const LOWER_COMPOUND = /^\p{Lu}[\p{L}'.]*-(\p{Ll}+)$/u;
/** A past participle's shape: "haired", "beleaguered" (four letters or more before "-ed") */
const PARTICIPLE = /^\p{Ll}{4,}ed$/u;
function isLowerCompound(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  const match = LOWER_COMPOUND.exec(token.text);
  // two letters ("-il", "-un") are a syllable of a name, not a word; a past participle no list holds
  // makes an adjective too ("White-haired", "Scandal-beleaguered")
  if (match === null || match[1].length <= 2 || ((lookup(match[1]) & FLAGS.common) === 0 && !PARTICIPLE.test(match[1]))) return false;
  // "Ko Tae-bin", "Kuo-man Tso": two romanized syllables beside a one-syllable surname are a
  // given name, whatever English word the second spells
  return !(isSyllablePair(token.text) && (isSurnameSyllable(doc.tokens[i - 1], token) || isSurnameSyllable(doc.tokens[i + 1], token)));
}

/**
 * One syllable of a romanized Chinese or Korean name: "Tae", "ming", "hsiang", "bin", and the
 * Cantonese finals in "t" ("kit", "fat": "Chan Wing-kit") ("term", "time" are none)
 */
const NAME_SYLLABLE = /^[bcdfghjklmnprstwyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|p|t|l|h)?$/;
const SYLLABLE_PAIR = /^(\p{Lu}\p{Ll}{0,5})-(\p{Ll}{1,6})$/u;

/** "Tae-bin", "Kuo-man", "Mei-long": a given name of two romanized syllables joined by a hyphen */
export function isSyllablePair(text: string): boolean {
  const match = SYLLABLE_PAIR.exec(text);
  return match !== null && NAME_SYLLABLE.test(match[1].toLowerCase()) && NAME_SYLLABLE.test(match[2]);
}

/**
 * Is `token`, in the sentence of `beside`, a capitalized one-syllable word that is no function word,
 * people or title ("Ko", "Tso")? "Park", a common Korean family name, is one though its "rk" ends
 * no romanized syllable.
 */
export function isSurnameSyllable(token: Token | undefined, beside: Token): boolean {
  if (token === undefined || token.sentence !== beside.sentence || token.shape !== 'title' || token.text.length > 6 || FUNCTION_WORDS.has(token.lower)) return false;
  return (NAME_SYLLABLE.test(token.lower) || token.lower === 'park') && !(tokenFlags(token) & (FLAGS.demonym | FLAGS.title | FLAGS.time | FLAGS.orgHead));
}

/** Abbreviations that take their period inside a name: "St. Louis", "Mt. Kenya", "Ft. Worth" */
// (and the abbreviated words of a firm's name: "Kelvar Mfg. Co.", "Tarsel Intl. Ltd.")
const NAME_ABBREVIATIONS = new Set(['st', 'mt', 'ft', 'pt', 'mfg', 'intl', 'natl', 'assn', 'mgmt', 'svcs']);

/** The end of a person's name, never a body's initials: "Tom Hale III", "Pius XII", "Ann Vell Jr" */
export const ROMAN_NUMERAL = /^[IVXL]+$/;
export const GENERATION_SUFFIXES = new Set(['jr', 'sr']);

/**
 * Lower-case particles inside personal and place names; also the Welsh "ap"/"ab" ("son of"), the
 * Malay "binte"/"bte", "ibni" and the Iban "anak", the Mauritanian "ould", the "son of"/"daughter
 * of" of Malaysian and Singaporean Indian names ("s/o", "d/o", "a/l", "a/p"), the Bantu "wa" ("of":
 * "Ngeno wa Kamau") and the Catalan "i" between two surnames ("Puig i Ferrer"), the Filipino "dela" and "delos" ("Reyes dela Cruz").
 */
/** Prepositions before a place and hardly before a person or a firm: "in", "near", "outside" (not "from": "a letter from X") */
export const PLACE_ONLY_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'outside']);

/** The English articles ("the man of Kessby", "a town") */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

export const NAME_PARTICLES = new Set([
  'de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'des', 'dos', 'das', 'la', 'le', 'al', 'el',
  'bin', 'ibn', 'ben', 'bint', 'binti', 'y', 'ter', 'ten', 'zu', 'dal', 'dalla', 'degli', 'arap',
  'ap', 'ab', 'binte', 'bte', 'ibni', 'anak', 'ould', 's/o', 'd/o', 'a/l', 'a/p', 'wa', 'i', 'dela', 'delos',
  // "Dar es Salaam", "Ras es Sider": the Arabic article written apart
  'es',
]);

/** Turkic words after a father's name that close a person's name: Kyrgyz "uulu", "kyzy", Azerbaijani "oglu", "qizi", Uzbek "o'g'li" */
const PATRONYMIC_ENDINGS = new Set(['uulu', 'kyzy', 'kizi', 'qizi', 'gyzy', 'ogly', 'oglu', 'ogli', 'ugli']);

const PLACE_ENTITY_FLAGS = FLAGS.country | FLAGS.city | FLAGS.region | FLAGS.organization;
const ENTITY_FLAGS = FLAGS.given | FLAGS.surname | FLAGS.country | FLAGS.city | FLAGS.region | FLAGS.organization | FLAGS.person | FLAGS.club;

const cache = new WeakMap<Doc, Candidate[]>();
/** per document, the unknown names before a modifier ("Tarvex-related") that are no candidates */
const stemCache = new WeakMap<Doc, { start: number; end: number }[]>();

/** How far into the story after a headline its lead's verb is looked for */
const HEADLINE_VERB_REACH = 120;

/**
 * "TARVIA SIGNS GAS DEAL", "KORVEL SUES COUNCIL": a word in a capitals line ending in "s", which the
 * word tags know as a plural ("signs", "names", "orders") or not at all ("sues"), is the headline's
 * verb when the story after it uses the same verb in the past ("signed", "sued"), as its lead does
 */
function isHeadlineVerb(doc: Doc, i: number, headlineEnd: number): boolean {
  const word = doc.tokens[i].lower;
  if (word.length < 4 || !word.endsWith('s') || word.endsWith('ss')) return false;
  // (a body's head noun in the plural is the name's last word, whatever verb its story uses:
  // "DRAVEN PARTNERS WINS PORT CONTRACT ... which partnered", "ORVESK SERVICES ... serviced")
  if (tokenFlags(doc.tokens[i]) & FLAGS.orgHead) return false;
  const stem = word.slice(0, -1);
  const past = stem.endsWith('e') ? stem + 'd' : stem + 'ed';
  const tokens = doc.tokens;
  for (let k = headlineEnd; k < Math.min(tokens.length, headlineEnd + HEADLINE_VERB_REACH); k++) if (tokens[k].text === past) return true;
  return false;
}

export function nameCandidates(doc: Doc): Candidate[] {
  let found = cache.get(doc);
  if (!found) {
    found = findCandidates(doc);
    cache.set(doc, found);
  }
  return found;
}

/**
 * The runs left out of the candidates as unknown modifier stems ("Tarvex-related firms", "FHA-insured
 * loans"): a name the story teaches elsewhere is still that name there (read by one-sense.ts)
 */
export function unknownModifierStems(doc: Doc): { start: number; end: number }[] {
  nameCandidates(doc);
  return stemCache.get(doc) ?? [];
}

/**
 * Is token i, in `sentence`, a lower-case word that is no function word and no finite verb: a noun
 * the name before it only modifies ("the Leeds council", "the Orlov and Kessel foundations")?
 */
export function isNounAfter(doc: Doc, i: number, sentence: number): boolean {
  const token = doc.tokens[i];
  return token !== undefined && token.sentence === sentence && token.shape === 'lower' && !FUNCTION_WORDS.has(token.lower) && !isFiniteVerb(token.lower);
}

/**
 * Is token i, in `sentence`, a lower-case noun ("court", "times", "councillors")? Stricter than
 * isNounAfter: the word tags know verbs, adjectives and adverbs ("closed", "overnight"), not nouns,
 * so a lower-case word they do not know, no function word and no "-ed" form, is taken for one.
 */
export function isPlainNounAt(doc: Doc, i: number, sentence: number): boolean {
  const token = doc.tokens[i];
  return token !== undefined && token.sentence === sentence && token.shape === 'lower' && !FUNCTION_WORDS.has(token.lower) && wordTags(token.lower) === undefined && !token.lower.endsWith('ed');
}

/** "-es" ends a plural after a hissing sound or "o" ("taxes", "heroes") */
const ES_PLURAL = /(?:s|x|z|ch|sh|o)es$/;

/**
 * The common word a lower-case plural is made from ("paroles" -> "parole", "ferries" -> "ferry",
 * "taxes" -> "tax"), or null when it is no plural of a common word.
 */
export function commonSingular(lower: string): string | null {
  if (lower.length <= 3 || !lower.endsWith('s') || lower.endsWith('ss')) return null;
  const forms = lower.endsWith('ies') ? [lower.slice(0, -3) + 'y', lower.slice(0, -1)] : ES_PLURAL.test(lower) ? [lower.slice(0, -2), lower.slice(0, -1)] : [lower.slice(0, -1)];
  for (const form of forms) if (lookup(form) & FLAGS.common) return form;
  return null;
}

/**
 * Is [start, end) a first name (a title before it or not) and a last word that is a body's head and
 * a first name too ("Sena", "Dal")? "Ana Sena said", "Coach Luis Sena" are persons, whose last name
 * is no body's head; "the Velgarh Kisan Sena" has no first name before its head.
 */
export function isNameHeadAfterFirstName(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  if (end - start < 2 || (tokenFlags(tokens[end - 1]) & (FLAGS.given | FLAGS.orgHead)) !== (FLAGS.given | FLAGS.orgHead)) return false;
  let firstName = false;
  for (let i = start; i < end - 1; i++) {
    const flags = tokenFlags(tokens[i]);
    if (flags & FLAGS.given && !(flags & (PLACE_FLAGS | FLAGS.organization | FLAGS.orgHead))) firstName = true;
    else if (!(flags & FLAGS.title)) return false;
  }
  return firstName;
}

/** Is this token an ordinary word whose capital says nothing (sentence start, headline)? */
export function isOrdinaryWord(token: Token): boolean {
  if (FUNCTION_WORDS.has(token.lower) || CONTRACTION.test(token.lower)) return true;
  const flags = tokenFlags(token);
  return (flags & FLAGS.common) !== 0 && (flags & (ENTITY_FLAGS | FLAGS.demonym)) === 0;
}

/** One to three pinyin syllables (as persons.ts reads a Chinese given name): "Dongcai", "Jian'gang" */
const PINYIN_GIVEN = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|a|o|e|i|u)'?){2,3}$/;

/**
 * "Kesmar One Corp.", "Hence Ltd.": a capitalized number or other small word right before a legal form
 * in the same sentence is a word of the firm's name, not the word ("One", "Next" are function words
 * elsewhere); an article or a conjunction never is ("The Co.", "And Co.")
 */
function isWordOfFirmBeforeLegalForm(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  const next = doc.tokens[i + 1];
  if (token.shape !== 'title' || !next || next.sentence !== token.sentence || NEVER_FIRM_WORDS.has(token.lower)) return false;
  const flags = tokenFlags(next);
  return (flags & FLAGS.legalSuffix) !== 0 && (flags & FLAGS.frequent) === 0 && isCapitalized(next);
}
/** Before a capitalized "One", a time word or a title makes it a count ("Day One"), not a name's word */
const ONE_NEVER_AFTER = FLAGS.time | FLAGS.title;

/**
 * "Kesmar One", "Orvel One": a capitalized "One" after a capitalized word inside a sentence of running
 * text (not the sentence's second word, after an opening word that may be the ordinary one)
 */
function isOneOfName(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  if (token.text !== 'One' || i === 0) return false;
  const before = doc.tokens[i - 1];
  if (before.sentence !== token.sentence || !isCapitalized(before) || FUNCTION_WORDS.has(before.lower) || tokenFlags(before) & ONE_NEVER_AFTER) return false;
  const sentence = doc.sentences[token.sentence - doc.sentences[0].index];
  return sentence !== undefined && !sentence.allCaps && !sentence.titleCase && i > sentence.firstToken + 1;
}
/** Small words that open no firm's name before its legal form */
const NEVER_FIRM_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'nor', 'but', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'from', 'with', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'is', 'was', 'are', 'were', 'as', 'than', 'if', 'when', 'which', 'who', 'whose', 'said', 'says']);

/**
 * "Vice ministers Dongcai He and ...": the Chinese family name He after a pinyin given name of two
 * or three syllables that no list knows, inside a sentence, is a name, not the pronoun
 */
function isFamilyNameHe(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  if (token.text !== 'He' || token.sentenceInitial) return false;
  const given = doc.tokens[i - 1];
  return given !== undefined && given.sentence === token.sentence && given.shape === 'title' && !given.sentenceInitial && tokenFlags(given) === 0 && PINYIN_GIVEN.test(given.lower);
}

/** "versus" in a headline in capitals */
const VERSUS = new Set(['V', 'VS', 'Vs']);

const nameLikeScratch = new ScratchBytes();

/** The marks that open a nickname in quotes ('Ralph "Buzz" Tarvell'; persons.ts reads a title inside them as no role) */
export const NICKNAME_QUOTES = new Set(['"', '“', "'", '‘']);

function findCandidates(doc: Doc): Candidate[] {
  cacheTokenFlags(doc);
  const tokens = doc.tokens;
  const candidates: Candidate[] = [];
  const stems: { start: number; end: number }[] = [];
  stemCache.set(doc, stems);
  const nameLike = nameLikeScratch.zeroed(tokens.length);

  // (the passes are functions of their own: as one function, this was the largest graph TurboFan
  // compiled, about a tenth of all compiling in the first MB, and compiled again whenever it deopted)
  for (const sentence of doc.sentences) markNameLike(doc, sentence, nameLike);

  let i = 0;
  while (i < tokens.length) {
    if (!nameLike[i]) {
      i++;
      continue;
    }
    const start = honorificParticlesBefore(tokens, i);
    const end = runEnd(doc, nameLike, start, i);
    pushCandidate(doc, start, end, tokens[i].sentence, candidates, stems);
    i = end;
  }
  return candidates;
}

/** Marks the tokens of one sentence that may be words of a name (nameLike[i] = 1). */
function markNameLike(doc: Doc, sentence: Sentence, nameLike: Uint8Array): void {
  const tokens = doc.tokens;
  // In ALL-CAPS text, first mark gazetteer phrases so "NEW YORK" stays one run.
  let gazetteerEnd = -1;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const token = tokens[i];
    if (!isCapitalized(token)) continue;
    // (or before a nickname in quotes: 'Raymond A. "Chip" Tarvell')
    const initial = token.shape === 'initial' && i + 2 < tokens.length && tokens[i + 1].text === '.' && !tokens[i + 1].spaceBefore && (isCapitalized(tokens[i + 2]) || (NICKNAME_QUOTES.has(tokens[i + 2].text) && isCapitalized(tokens[i + 3])));
    // "US diplomats": an all-capitals entry ("US", "WHO") is a name even where the word is not
    const capsEntry = token.shape === 'upper' && !sentence.allCaps && (tokenFlags(token) & FLAGS.capsOnly) !== 0;
    const firstName = isFirstNameInMidSentence(doc, i);
    const functionWord = FUNCTION_WORDS.has(token.lower);
    // "The Hague", "The Netherlands", "Five Star Movement", "For the Future of Montenegro": a
    // capitalized article or other function word that a known name begins with
    // (a phrase of two words or more opens only at a word with the prefix flag: no walk for the others)
    if (i >= gazetteerEnd && functionWord && tokenFlags(token) & FLAGS.prefix) {
      const phrase = longestPhraseAt(doc, i, PLACE_ENTITY_FLAGS, sentence.endToken);
      if (phrase && phrase.end - i > 1 && onlySmallWordsInLowerCase(doc, i, phrase.end)) {
        gazetteerEnd = phrase.end;
        // (its lower-case words too: "the" in "For the Future of Montenegro"; not "The times are")
        for (let j = i; j < phrase.end; j++) nameLike[j] = 1;
        continue;
      }
    }
    if (!initial && !capsEntry && !firstName && (functionWord || CONTRACTION.test(token.lower)) && i >= gazetteerEnd && !isFamilyNameHe(doc, i) && !isWordOfFirmBeforeLegalForm(doc, i) && !(nameLike[i - 1] && isOneOfName(doc, i))) {
      // "Pan Am", "Stand Up To Cancer": a capitalized function word inside a listed name
      const listedEnd = token.shape === 'title' && i > sentence.firstToken && nameLike[i - 1] ? listedNameEndOver(doc, nameLike, i, sentence.endToken) : -1;
      if (listedEnd < 0) continue;
      gazetteerEnd = listedEnd;
    }
    if (COMPOUND_MODIFIER.test(token.lower)) continue; // "Ohio-based", "Russian-backed"
    if (isLowerCompound(doc, i)) continue; // "Full-time", "Well-known", but not "Dong-wook"
    if (sentence.allCaps || sentence.titleCase) {
      gazetteerEnd = markInCapitals(doc, sentence, i, gazetteerEnd, nameLike);
      continue;
    }
    nameLike[i] = 1;
  }
}

/**
 * Token i of a sentence in capitals or a title-case headline, where a capital says nothing: is it
 * a name's word? Marks it (and the words an organization head takes before it); returns where the
 * gazetteer phrase being read ends (markNameLike's gazetteerEnd).
 */
function markInCapitals(doc: Doc, sentence: Sentence, i: number, gazetteerEnd: number, nameLike: Uint8Array): number {
  const tokens = doc.tokens;
  const token = tokens[i];
  // "SOMERSET V DERBYSHIRE": "V" or "VS" between two names in a headline is "versus", no initial
  // (in a sports story only: "HENRY V RETURNS" keeps its numeral)
  if (VERSUS.has(token.text) && tokens[i + 1]?.text !== '.' && i > sentence.firstToken && isCapitalized(tokens[i - 1]) && i + 1 < sentence.endToken && isCapitalized(tokens[i + 1]) && isSportsStory(doc)) return gazetteerEnd;
  if (i < gazetteerEnd) {
    nameLike[i] = 1;
    return gazetteerEnd;
  }
  const phrase = longestPhraseAt(doc, i, ENTITY_FLAGS, sentence.endToken);
  if (phrase && phrase.end - i > 1) {
    nameLike[i] = 1;
    return phrase.end;
  }
  // ("KORVEL SUES TARNBY COUNCIL": the headline's verb, which the story uses in the past, is no name's word)
  if (isHeadlineVerb(doc, i, sentence.endToken)) return gazetteerEnd;
  const flags = tokenFlags(token);
  // (a legal form that is a frequent word, "LIMITED", "CORPORATION", is as often the word:
  // "EXPORTS LIMITED BY YEN"; "CORP", "LTD" are not)
  if (flags & FLAGS.orgHead || (flags & FLAGS.legalSuffix && !(flags & FLAGS.frequent))) {
    // "NATIONAL SECURITY COMMITTEE", "Velmar Pulp Trading Co Ltd" in a title-case headline:
    // an organization head or legal form takes up to three words before it
    nameLike[i] = 1;
    for (let j = i - 1; j >= Math.max(sentence.firstToken, i - 3); j--) {
      const before = tokens[j];
      // (not across a verb: "Port Authority Suspends Pilots Union" is two names)
      if (!(before.shape === 'upper' || before.shape === 'title') || FUNCTION_WORDS.has(before.lower) || tokenFlags(before) & (FLAGS.time | FLAGS.title) || isFiniteVerb(before.lower) || isHeadlineVerb(doc, j, sentence.endToken)) break;
      nameLike[j] = 1;
    }
    return gazetteerEnd;
  }
  if (flags & FLAGS.common && !(flags & (ENTITY_FLAGS | FLAGS.demonym))) return gazetteerEnd;
  if (flags & (FLAGS.title | FLAGS.time)) return gazetteerEnd;
  nameLike[i] = 1;
  return gazetteerEnd;
}

/** Where the run of name-like tokens from token i (its first name-like token; start, the run's start with any honorific's particles) ends, exclusive. */
function runEnd(doc: Doc, nameLike: Uint8Array, start: number, i: number): number {
  const tokens = doc.tokens;
  const sentence = tokens[i].sentence;
  let end = i + 1;
  for (;;) {
    const next = tokens[end];
    if (!next || next.sentence !== sentence) break;
    if (nameLike[end]) {
      end++;
      continue;
    }
    // "W." in "George W. Bush", "St." in "St. Louis": the period of an initial or abbreviation
    const previous = tokens[end - 1];
    if (next.text === '.' && !next.spaceBefore && (previous.shape === 'initial' || NAME_ABBREVIATIONS.has(previous.lower) || isGivenNameAbbreviation(tokens, end - 1)) && nameLike[end + 1] && tokens[end + 1].sentence === sentence) {
      end += 2;
      continue;
    }
    // "James N. van Orden": the initial's period, then the particles of the surname
    if (next.text === '.' && !next.spaceBefore && previous.shape === 'initial' && end + 2 < tokens.length && particlesThenName(tokens, end + 1, nameLike) > 0) {
      end = particlesThenName(tokens, end + 1, nameLike) + 1;
      continue;
    }
    // 'F. "Buzz" Tarvell': the initial's period, then a nickname
    if (next.text === '.' && !next.spaceBefore && previous.shape === 'initial' && end + 1 < tokens.length && nicknameAfter(tokens, end + 1, nameLike, start) > 0) {
      end = nicknameAfter(tokens, end + 1, nameLike, start);
      continue;
    }
    if (next.shape === 'lower' && NAME_PARTICLES.has(next.lower) && nameLike[end + 1] && tokens[end + 1].sentence === sentence) {
      end += 2;
      continue;
    }
    // "Baile na Creige", "Àird an Fhraoich", "Radio nan Gàidheal": the Irish and Scottish Gaelic article
    const gaelicEnd = gaelicArticleThenName(tokens, end, nameLike);
    if (gaelicEnd > 0) {
      end = gaelicEnd;
      continue;
    }
    // 'Ralph "Buzz" Tarvell': a nickname in quotes between a first name and the surname
    const nicknameEnd = nicknameAfter(tokens, end, nameLike, start);
    if (nicknameEnd > 0) {
      end = nicknameEnd;
      continue;
    }
    // "Pieter van der Molen", "Juan de la Cruz": two particles
    const second = tokens[end + 1];
    if (next.shape === 'lower' && NAME_PARTICLES.has(next.lower) && second?.shape === 'lower' && NAME_PARTICLES.has(second.lower) && nameLike[end + 2] && tokens[end + 2].sentence === sentence) {
      end += 3;
      continue;
    }
    // "Dilya Tarbek kyzy", "Talgat Temir uulu", "Elmar Tofig oglu": a Turkic "daughter of" or "son of" closes the name
    if (next.shape === 'lower' && PATRONYMIC_ENDINGS.has(next.lower) && end - start >= 2) end++;
    break;
  }
  return end;
}

/** The run [start, end) in the sentence as a candidate, its noise at either end trimmed off (or, an unknown modifier's stem, as a stem). */
function pushCandidate(doc: Doc, start: number, end: number, sentence: number, candidates: Candidate[], stems: { start: number; end: number }[]): void {
  const tokens = doc.tokens;
  let first = start;
  // A sentence-initial ordinary word is not part of the name ("Officials", "Yesterday").
  let weakStart = false;
  const own = doc.sentences[sentence - doc.sentences[0].index];
  const isAllCaps = own ? own.allCaps || own.titleCase : false;
  while (first < end && isLeadingNoise(doc, first)) first++;
  if (first < end && opensSentence(tokens[first], tokens[first - 1])) {
    weakStart = (tokenFlags(tokens[first]) & FLAGS.common) !== 0;
  }
  let last = end;
  while (last > first && isTrailingNoise(doc, tokens[last - 1]) && !endsListedName(doc, first, last)) last--;
  if (last > first && !isUnknownModifierStem(doc, first, last)) candidates.push({ start: first, end: last, rawStart: start, weakStart, allCaps: isAllCaps });
  else if (last > first) stems.push({ start: first, end: last });
}

/**
 * The Irish and Scottish Gaelic article inside a name: "na" and "nan" before a name ("Baile na
 * Creige", "Radio nan Gàidheal"), and "an" (also an English word) or the Scottish "a'" only before
 * a noun its grammar changes, lenited ("Àird an Fhraoich", "Mac a' Phearsain") or with a
 * lower-case prefix ("Baile an tSléibhe", "Baile na hAbhann"), which no English word has. (After a
 * body's head, organizations.ts's withGaelicArticles goes on over the article.)
 */
const GAELIC_ARTICLES = new Set(['na', 'nan']);
const GAELIC_PREFIXED = /^(?:t|h|n|bh|mb|gc|nd|bp|dt|ng)\p{Lu}\p{Ll}/u;
const GAELIC_LENITED = /^[BCDFGMPST]h\p{Ll}/u;

/** After a run's token end - 1, a Gaelic article and the name word it goes with in token end's sentence: the index past that word, or 0 */
function gaelicArticleThenName(tokens: readonly Token[], end: number, nameLike: Uint8Array): number {
  const article = tokens[end];
  // (after a body's head the body's rules go on over the article themselves: "Radio nan Gàidheal")
  if (article.shape !== 'lower' || tokenFlags(tokens[end - 1]) & FLAGS.orgHead) return 0;
  let at = end + 1;
  if (article.lower === 'a' && tokens[at]?.text === "'" && !tokens[at].spaceBefore) at++;
  else if (!GAELIC_ARTICLES.has(article.lower) && article.lower !== 'an') return 0;
  const word = tokens[at];
  if (!word || word.sentence !== article.sentence) return 0;
  if (GAELIC_PREFIXED.test(word.text)) return at + 1;
  if (!nameLike[at]) return 0;
  return GAELIC_ARTICLES.has(article.lower) || GAELIC_LENITED.test(word.text) ? at + 1 : 0;
}

/** Honorifics abbreviated with a period before a surname that may open with a particle */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'messrs']);

/** One or two lower-case name particles from token `at`, then a name-like token in their sentence: that token's index, or 0 */
function particlesThenName(tokens: readonly Token[], at: number, nameLike: Uint8Array): number {
  let i = at;
  while (i < at + 2 && tokens[i]?.shape === 'lower' && NAME_PARTICLES.has(tokens[i].lower)) i++;
  return i > at && nameLike[i] && tokens[i].sentence === tokens[at].sentence ? i : 0;
}

/**
 * "Mr. de Wendt", "Ms. van der Molen": where one or two lower-case particles stand between an
 * honorific's period and the name-like token i, the run starts at the particles; else at i.
 */
function honorificParticlesBefore(tokens: readonly Token[], i: number): number {
  let first = i;
  while (first > 0 && i - first < 2 && tokens[first - 1].shape === 'lower' && NAME_PARTICLES.has(tokens[first - 1].lower)) first--;
  if (first === i || first < 2) return i;
  const period = tokens[first - 1];
  const honorific = tokens[first - 2];
  return period.text === '.' && !period.spaceBefore && HONORIFICS.has(honorific.lower) && honorific.sentence === tokens[i].sentence ? first : i;
}

/** A nickname of a lower-case article and a capitalized word: "il-Bużu", "al-Sayf", "ta'-Ħobż" */
const ARTICLE_NICKNAME = /^\p{Ll}{1,3}['’]?-\p{Lu}\p{Ll}+$/u;

/** The most words of a nickname in quotes: 'Dino "the Big Cat" Marvelli' */
const MAX_NICKNAME_WORDS = 3;

/**
 * The number of words of a nickname in quotes right after the opening mark at `open`, or 0: one
 * capitalized word ("Buzz"), one with a lower-case article glued on, as Maltese and Arabic nicknames
 * have ("il-Bużu"), or up to three words, all capitalized or opening with "the" ("Fat Leo", "the Bull").
 */
function nicknameWords(tokens: readonly Token[], open: number): number {
  const first = tokens[open + 1];
  if (!first || first.spaceBefore) return 0;
  // (any capitalized word: a nickname is often an ordinary one, "Chip", "Ace")
  if (first.shape === 'title' || (first.shape === 'mixed' && ARTICLE_NICKNAME.test(first.text))) {
    if (tokens[open + 2] && !tokens[open + 2].spaceBefore) return 1;
  }
  const article = first.lower === 'the';
  for (let n = 1; n <= MAX_NICKNAME_WORDS; n++) {
    const word = tokens[open + n];
    if (!word || word.sentence !== tokens[open].sentence || !(word.shape === 'title' || (article && word.shape === 'lower'))) return 0;
    const after = tokens[open + n + 1];
    if (n >= 2 && after && !after.spaceBefore && after.shape === 'punct') return n;
  }
  return 0;
}

/**
 * 'Ralph "Buzz" Tarvell', "J.E. 'Skip' Orman", 'Dino "the Big Cat" Marvelli': after a known first
 * name or an initial, a nickname in quotes (nicknameWords), then a capitalized word: the end of the
 * quote (the token after the closing mark, where the run goes on), or 0. A first name no list
 * knows counts where it opens the run (runStart) or follows a title and no list knows it as anything
 * else: the quoted nickname between two capitalized words is the evidence ('Tavish "Bud" Orrel';
 * not 'Budget "Reform" Act', a common word, nor 'German "Mirror" Weekly').
 */
function nicknameAfter(tokens: readonly Token[], end: number, nameLike: Uint8Array, runStart: number): number {
  const open = tokens[end];
  if (!NICKNAME_QUOTES.has(open.text)) return 0;
  const words = nicknameWords(tokens, end);
  if (words === 0) return 0;
  const close = tokens[end + words + 1];
  const after = end + words + 2;
  if (!close || close.spaceBefore || close.text !== (open.text === '“' ? '”' : open.text === '‘' ? '’' : open.text)) return 0;
  // (the surname may open with its particles: 'Jan "Jo-Jo" van Berkel')
  const surname = tokens[after]?.shape === 'lower' ? particlesThenName(tokens, after, nameLike) : after;
  if (surname === 0 || !nameLike[surname]) return 0;
  const sentence = open.sentence;
  if (tokens[surname].sentence !== sentence || tokens[surname].shape !== 'title') return 0;
  const previous = tokens[end - 1];
  const firstName = previous.shape === 'title' && ((tokenFlags(previous) & FLAGS.given) !== 0 || (opensName(tokens, end - 1, runStart) && isUnlistedFirstWord(previous, tokens[surname])));
  const initial = previous.text === '.' || previous.shape === 'initial' || /^(?:\p{Lu}\.)+$/u.test(previous.text);
  return firstName || initial ? after : 0;
}

/** What a list may know a word as that makes it no first name before a nickname, nor a surname after one */
const NOT_NICKNAMED = PLACE_ENTITY_FLAGS | FLAGS.club | FLAGS.common | FLAGS.demonym | FLAGS.title | FLAGS.time | FLAGS.orgHead | FLAGS.legalSuffix;

/** Does token i open the run at runStart, or follow a title in it ("Chairman Tavish")? */
function opensName(tokens: readonly Token[], i: number, runStart: number): boolean {
  return i === runStart || (i > runStart && (tokenFlags(tokens[i - 1]) & FLAGS.title) !== 0);
}

/** 'Tavish "Bud" Orrel': a first word and a surname no list knows as anything but a name */
function isUnlistedFirstWord(first: Token, surname: Token): boolean {
  return (tokenFlags(first) & NOT_NICKNAMED) === 0 && isNameOnly(surname);
}

/** A listed surname, or a word no list knows as anything but a name */
function isNameOnly(token: Token): boolean {
  const flags = tokenFlags(token);
  return (flags & FLAGS.surname) !== 0 || (flags & NOT_NICKNAMED) === 0;
}

/** Is the run [start, end) the first half of "X-based" (the hyphen glued to both sides)? */
export function isModifierStem(doc: Doc, start: number, end: number): boolean {
  const hyphen = doc.tokens[end];
  const participle = doc.tokens[end + 1];
  return hyphen?.text === '-' && !hyphen.spaceBefore && !!participle && !participle.spaceBefore && MODIFIER_PARTICIPLES.has(participle.lower);
}

/**
 * "Varnoll-based", "Rebel-led": the name in such a modifier is a candidate only when a gazetteer
 * knows it ("Washington-based", "Los Angeles-based", "U.N.-sponsored"); an unknown one says too
 * little on its own.
 */
function isUnknownModifierStem(doc: Doc, start: number, end: number): boolean {
  if (!isModifierStem(doc, start, end)) return false;
  const flags = longestPhraseAt(doc, start, ENTITY_FLAGS | FLAGS.demonym, end);
  return !flags || flags.end !== end || (flags.flags & FLAGS.demonym) !== 0;
}

// Marks after which a word is capitalized by position, as at a sentence start.
const OPENERS = new Set(['"', '“', "'", '‘', ':', '-', '—', '–', '--']);

/** Is the token capitalized by its position: a sentence start, or just after a quote or colon? */
export function opensSentence(token: Token, previous: Token | undefined): boolean {
  if (token.sentenceInitial) return true;
  if (!previous || !OPENERS.has(previous.text)) return false;
  // a quote glued to the word before it and followed by a space closes ("the Dockworkers' Alliance")
  return !(QUOTES.has(previous.text) && !previous.spaceBefore && previous.index > 0 && token.spaceBefore);
}
/** Opening quotes, as written ("``" in copy typed with backquotes) */
export const QUOTES = new Set(['"', '“', '``', "'", '‘']);

/**
 * The end of a listed name that begins in the run of name-like words just before `i` and goes on
 * over the capitalized function word at `i`; -1 when there is none.
 */
function listedNameEndOver(doc: Doc, nameLike: Uint8Array, i: number, limit: number): number {
  const sentence = doc.tokens[i].sentence;
  let start = i - 1;
  while (start > 0 && nameLike[start - 1] && doc.tokens[start - 1].sentence === sentence) start--;
  for (let s = start; s < i; s++) {
    const phrase = longestPhraseAt(doc, s, ENTITY_FLAGS, limit);
    if (phrase && phrase.end > i) return phrase.end;
  }
  return -1;
}

/** Are the lower-case words of tokens [start, end) all function words ("For the Future of X", not "The times")? */
function onlySmallWordsInLowerCase(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (doc.tokens[i].shape === 'lower' && !FUNCTION_WORDS.has(doc.tokens[i].lower)) return false;
  return true;
}

/**
 * Does a listed name that starts in [first, last) hold the run's last word, a capitalized function
 * word ("Pan Am"; "Europe Now!", where a mark after the run ends the name) or a day's or a month's
 * name (the club "Sheffield Wednesday", also in capitals)?
 */
function endsListedName(doc: Doc, first: number, last: number): boolean {
  const word = doc.tokens[last - 1];
  const time = (word.shape === 'title' || word.shape === 'upper') && (tokenFlags(word) & FLAGS.time) !== 0;
  if (!time && (word.shape !== 'title' || !FUNCTION_WORDS.has(word.lower))) return false;
  const limit = doc.sentences[word.sentence - doc.sentences[0].index]?.endToken ?? doc.tokens.length;
  for (let s = first; s < last - 1; s++) if ((longestPhraseAt(doc, s, ENTITY_FLAGS, limit)?.end ?? 0) >= last) return true;
  return false;
}

/**
 * "captain Will Carling", "beat Jan Kroslak": a first name that is also a function word or a month
 * abbreviation, capitalized in mid-sentence and followed by another capitalized word.
 */
function isFirstNameInMidSentence(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  const next = doc.tokens[i + 1];
  if (token.shape !== 'title' || opensSentence(token, doc.tokens[i - 1]) || !next || next.shape !== 'title') return false;
  if (!(tokenFlags(token) & FLAGS.given) || tokenFlags(next) & (FLAGS.time | FLAGS.orgHead)) return false;
  // ("since May Lindqvist took over": a month after a preposition of time is the month)
  if (isTimeOfMonth(doc, i)) return false;
  return next.sentence === token.sentence && !FUNCTION_WORDS.has(next.lower);
}

/** a capital after a small letter inside a word: "IndiGo", "McLaren" */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

/**
 * Does a word no list knows end as a people's or a creed's adjective does ("Velkanian", "Togolese",
 * "Pakistani", "Velkanist", "Tarvite")? Such a word before a noun describes it and names nothing.
 * The ending is all it reads: a name ending so ("Ferrari", "Julian") is refused too, the price of
 * leaving the peoples and creeds no list knows out.
 */
export function looksLikePeopleOrCreed(lower: string): boolean {
  return PEOPLE_OR_CREED_ENDING.test(lower);
}
const PEOPLE_OR_CREED_ENDING = /(?:ian|ean|ese|ish|i|ist|ite)$/;

/**
 * A capital inside a word after lower-case letters, as brands write it ("MetVell", "PayTrek"): no
 * person's name; not the name prefixes that do the same ("McKay", "DeLuca", "LaRue", "FitzGerald",
 * "ElTarbi", "KeShawn")
 */
export function isBrandShaped(text: string): boolean {
  return BRAND_SHAPE.test(text) && !isMonthPairWord(text);
}

/** "JulAug", "OctNov": two month abbreviations written as one word (a table's delivery period), no brand */
function isMonthPairWord(text: string): boolean {
  const parts = text.split(/(?=\p{Lu})/u);
  return parts.length >= 2 && parts.every((part) => MONTH_WORD.test(part));
}
const MONTH_WORD = /^(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)$/;
/** (a month's name the word lists may hold as something else too: "May") */
const MONTH_NAME = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** "January-June", "July/August": a span of month or day names and the marks between them (a period of time, no name) */
export function isTimeRun(doc: Doc, start: number, end: number): boolean {
  let words = 0;
  for (let i = start; i < end; i++) {
    const token = doc.tokens[i];
    // a token without a mark to split at or fold (norm is text) is one part, its lower-case form
    // token.lower, whose word the gazetteer has looked up already (asked for every candidate)
    if (token.norm === token.text && token.text.indexOf('-') < 0 && token.text.indexOf('/') < 0) {
      if (!(wordFlags(token) & FLAGS.time) && !MONTH_NAME.test(token.lower)) return false;
      words++;
      continue;
    }
    // (one token or several: "January-June" may be either)
    for (const part of token.text.split(/[-/–]/)) {
      if (part === '') continue;
      const lower = part.toLowerCase();
      if (!(lookup(lower) & FLAGS.time) && !MONTH_NAME.test(lower)) return false;
      words++;
    }
  }
  return words >= 2;
}
const BRAND_SHAPE = /^(?!Mc|Mac|O'|De|Di|Da|Du|La|Le|Van|Von|Fitz|El|Al|Ke|Ty|Sha)\p{Lu}\p{Ll}+\p{Lu}/u;

/**
 * Nouns of a firm's trade that no firm's name opens with, written before it: "Insurer Vantis",
 * "Carmaker Orvel" (not those that describe people as often: "Rival Smith", "Miner Okafor")
 */
export const TRADE_NOUNS = new Set([
  'insurer', 'reinsurer', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'steelmaker', 'planemaker', 'shipbuilder', 'retailer',
  'refiner', 'brokerage', 'conglomerate', 'manufacturer', 'regulator', 'pollster',
]);
/** ... and those that describe people as often: no part of the name after them, but no firm's sign either */
const PEOPLE_TOO_TRADE_NOUNS = new Set(['rival', 'miner', 'lender', 'exporter', 'importer']);

/**
 * ... and the words of a match report that describe a side by its place in a table or a squad,
 * opening the sentence before the club's name: "Leaders Tarnley Rovers stretched their lead",
 * "Uncapped Velmar BK midfielder Ivo Brandt" (not "Champions", which opens "Champions League")
 */
const SIDE_DESCRIPTORS = new Set(['leaders', 'holders', 'hosts', 'uncapped', 'visitors', 'unbeaten', 'relegated', 'promoted', 'newly-promoted', 'bottom-placed', 'top-placed', 'second-placed', 'third-placed']);
/** ... and a party's place in government before its name: "RULING TARNLAND PARTY", "the governing Velmar Union" */
const GOVERNMENT_DESCRIPTORS = new Set(['ruling', 'governing']);

/** Is the word a trade noun that, opening a sentence, describes the name after it ("Insurer", "Rival", "Leaders")? */
export function isTradeNoun(lower: string): boolean {
  return TRADE_NOUNS.has(lower) || PEOPLE_TOO_TRADE_NOUNS.has(lower) || SIDE_DESCRIPTORS.has(lower) || GOVERNMENT_DESCRIPTORS.has(lower);
}

/**
 * Does token i open an entry of a results line: the line's start, or after a colon ("In Reading:
 * Reading"), a rank or a seed ("2. Del Harris", "6 - Del Harris")? Not an ordinary sentence's opening
 * word ("Favourite Brandt (Norway) fell").
 */
function opensResultsEntry(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const previous = tokens[i - 1];
  if (tokens[i].lineStart || previous?.text === ':') return true;
  return (previous?.text === '.' || previous?.text === '-') && tokens[i - 2]?.shape === 'number';
}

/** "(France)" or "(Norway)" right after token i */
function countryInBracketsAfter(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  if (i + 3 >= tokens.length || tokens[i + 1].text !== '(' || tokens[i + 3].text !== ')') return false;
  return (tokenFlags(tokens[i + 2]) & (FLAGS.country | FLAGS.region)) !== 0;
}

/** A surname's particles written with a capital where no first name comes before: "Van der Hoeve", "Von der Ahe", "Ter Horst" */
const CAPITALIZED_PARTICLES = new Set(['Van', 'Von', 'Vander', 'Ter', 'Ten']);

function isLeadingNoise(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  const previous = doc.tokens[i - 1];
  if (isFirstNameInMidSentence(doc, i)) return false;
  // "A. Smith": an initial, not the article; "Md. Karim Uddin": an abbreviated given name, not the word
  if (token.shape === 'initial' && doc.tokens[i + 1]?.text === '.' && !doc.tokens[i + 1].spaceBefore) return false;
  if (isGivenNameAbbreviation(doc.tokens, i)) return false;
  // "New Zealand", "New York": the start of a known name (only a word with the prefix flag opens one)
  if (tokenFlags(token) & FLAGS.prefix) {
    const phrase = longestPhraseAt(doc, i, ENTITY_FLAGS);
    if (phrase && phrase.end - i > 1) return false;
  }
  if (isCapsEntry(doc, token)) return false; // "US officials": the country, not the pronoun
  // "Umm Velid": an Arabic "mother of" opens a name (no hesitation, "umm", before a capital)
  if (token.text === 'Umm' && i + 1 < doc.tokens.length && doc.tokens[i + 1].shape === 'title' && doc.tokens[i + 1].sentence === token.sentence) return false;
  // "Hence Ltd. cut prices": a small word right before a legal form is the firm's
  if (isWordOfFirmBeforeLegalForm(doc, i)) return false;
  if (FUNCTION_WORDS.has(token.lower)) return true;
  // "Swan & Anchor reopened": an ordinary word before an ampersand and a capitalized word is a name's
  // (a pub's, a firm's), wherever the sentence opens
  // (i + 2 checked first: a read past the end made V8 compile this function again)
  if (i + 2 < doc.tokens.length && doc.tokens[i + 1].text === '&' && isCapitalized(doc.tokens[i + 2]) && doc.tokens[i + 2].sentence === token.sentence) return false;
  // "Prosecutor General Berik Asylov said": a title opening the sentence stays for the person rules
  if (tokenFlags(token) & FLAGS.title) return false;
  // "Fisheries Secretary Ana Pardo": the word before a title belongs to the role
  // (no read past the array's end: it would deoptimize this hot function)
  const next = i + 1 < doc.tokens.length ? doc.tokens[i + 1] : undefined;
  if (next && isCapitalized(next) && tokenFlags(next) & FLAGS.title && !FUNCTION_WORDS.has(token.lower)) return false;
  // "Ministry of Defence spokesman X said", "Bank of Velmar said": a body's head noun opening the
  // sentence before "of" and a name (not a plural: "News of Dana Kerr's ...", "Products of ...")
  // (no read past the array's end)
  if (tokenFlags(token) & FLAGS.orgHead && !token.lower.endsWith('s') && next?.lower === 'of' && i + 2 < doc.tokens.length && isCapitalized(doc.tokens[i + 2]) && doc.tokens[i + 2].sentence === token.sentence) return false;
  // "Van der Hoeve said", "Von der Ahe said": a surname's capitalized particle before a lower-case one
  // opens the name (Dutch and German write it so without a first name), though "van" is a word
  if (next && CAPITALIZED_PARTICLES.has(token.text) && next.shape === 'lower' && NAME_PARTICLES.has(next.lower) && next.sentence === token.sentence) return false;
  // "Insurer Vantis said": a trade noun opening the sentence describes the firm after it
  if (opensSentence(token, previous) && isTradeNoun(token.lower) && next !== undefined && isCapitalized(next) && next.sentence === token.sentence) return true;
  // (not a word with a capital inside: "IndiGo said" is the airline wherever it stands; nor one
  // a word or two before a country in brackets, a club or a player in a results line: "In Reading:
  // Reading (England) 2", "Rapid Velmar (Romania) 1")
  if (opensSentence(token, previous) && isOrdinaryWord(token) && !INNER_CAPITAL.test(token.text) && !(opensResultsEntry(doc, i) && (countryInBracketsAfter(doc, i) || (next !== undefined && isCapitalized(next) && countryInBracketsAfter(doc, i + 1))))) return true;
  const flags = tokenFlags(token);
  // "Jan Tervoort said", "Jan van der Berg": a month's abbreviation that is a first name, before a
  // word no list knows or a surname's particle, is the first name
  if (flags & FLAGS.time) return !(flags & FLAGS.given && isSurnameAfter(doc, i + 1) && !isTimeOfMonth(doc, i));
  return false;
}

/** Words before a month that make it a time, not a first name: "in June", "since May", "early April", "the August index" */
const MONTH_PREPOSITIONS = new Set([
  'in', 'on', 'since', 'until', 'till', 'through', 'throughout', 'during', 'by', 'from', 'before', 'after', 'last', 'next', 'this', 'that',
  'early', 'late', 'mid', 'each', 'every', 'between', 'around', 'about', 'the', 'a',
]);
/** Words that join a month to another time: "January to June", "May and June" (not "went to June Muller") */
const MONTH_JOINERS = new Set(['to', 'and', 'or']);

/** Months written in full ("Jan Tervoort" keeps its own rule: a month's abbreviation is rarely a time after "by") */
const FULL_MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * Does the month at token i read as the time: after a preposition of time ("in June Voss said") or
 * a day's number ("3 June"), in its sentence? Then it is no first name ("June Abernathy said").
 */
function isTimeOfMonth(doc: Doc, i: number): boolean {
  if (!FULL_MONTHS.has(doc.tokens[i].lower)) return false;
  const previous = doc.tokens[i - 1];
  if (!previous || previous.sentence !== doc.tokens[i].sentence) return false;
  if (MONTH_JOINERS.has(previous.lower)) {
    const before = doc.tokens[i - 2];
    if (before && before.sentence === previous.sentence && (FULL_MONTHS.has(before.lower) || before.shape === 'number')) return true;
  }
  // ("the end of June", "as of May", "the first half of June"; not "a photo of June Abernathy")
  if (previous.lower === 'of') return TIME_BEFORE_OF.has(doc.tokens[i - 2]?.lower ?? '');
  return MONTH_PREPOSITIONS.has(previous.lower) || previous.shape === 'number';
}
/** Words before "of" that make the month after it a time */
const TIME_BEFORE_OF = new Set(['end', 'start', 'beginning', 'middle', 'half', 'rest', 'part', 'most', 'first', 'last', 'week', 'weeks', 'days', 'month', 'as', 'quarter']);

/** Is token i a capitalized word no list knows, or a particle before a capitalized word ("van der Berg"), in the sentence of token i - 1? */
function isSurnameAfter(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[i - 1].sentence;
  let at = i;
  while (at < tokens.length && at < i + 2 && tokens[at].shape === 'lower' && NAME_PARTICLES.has(tokens[at].lower)) at++;
  const token = at < tokens.length ? tokens[at] : undefined;
  return token !== undefined && token.shape === 'title' && token.sentence === sentence && (at > i || isUnlisted(token));
}

/** "US", "WHO" in capitals in an ordinary sentence: a name that only matches in capitals. */
function isCapsEntry(doc: Doc, token: Token): boolean {
  if (token.shape !== 'upper' || (tokenFlags(token) & FLAGS.capsOnly) === 0) return false;
  return !(doc.sentences[token.sentence - doc.sentences[0].index]?.allCaps ?? true);
}

/**
 * Letters after a person's name that are no part of it: honours, degrees, seats ("Dana Vell KC", "Ian Kerr OBE"),
 * a justice of the peace and a Senior Advocate of Nigeria ("Ann Tarle JP", "Ade Velkun SAN")
 */
const POST_NOMINALS = new Set(['KC', 'QC', 'MP', 'MEP', 'MSP', 'MLA', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'GBE', 'FRS', 'PhD', 'JP', 'SAN']);

function isTrailingNoise(doc: Doc, token: Token): boolean {
  if (token.text === '.') return true;
  if (POST_NOMINALS.has(token.text) && token.index > 0 && doc.tokens[token.index - 1].shape === 'title') return true;
  // "Dana Vell SC": a senior counsel's letters after a name of two words (not a state's after a town: "Greenville SC")
  if (token.text === 'SC' && token.index > 1 && doc.tokens[token.index - 1].shape === 'title' && doc.tokens[token.index - 2].shape === 'title' && !(tokenFlags(doc.tokens[token.index - 1]) & PLACE_FLAGS)) return true;
  if (isCapsEntry(doc, token)) return false; // "ties with the US" ends with the country
  if (FUNCTION_WORDS.has(token.lower)) return !isFamilyNameHe(doc, token.index) && !isOneOfName(doc, token.index);
  return (tokenFlags(token) & FLAGS.time) !== 0;
}

/** Verbs that follow a company's name opening a sentence: "Summit has ...", "Summit's". */
const AUXILIARIES = new Set(['has', 'had', 'have', "hasn't", "'s", "didn't", "doesn't", "won't", "wasn't", 'also']);

/**
 * Is the capital of the ordinary word at token i a name's? Mid-sentence yes; opening a sentence
 * only before a verb ("Summit agreed", not "Summit meetings"); in an ALL-CAPS line never.
 */
export function capitalMeansName(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  if (token.shape !== 'title') return false;
  if (!opensSentence(token, doc.tokens[i - 1])) return true;
  const next = doc.tokens[i + 1];
  if (!next || next.sentence !== token.sentence) return false;
  if (next.text === ',' || AUXILIARIES.has(next.lower)) return true;
  return isFiniteVerb(next.lower);
}

/** The sentence token i is in */
export function sentenceOf(doc: Doc, i: number): Sentence | undefined {
  return doc.sentences[doc.tokens[i].sentence - doc.sentences[0].index];
}

/** Does the sentence of token i hold a token that `test` accepts ("a word of a vote", "a word of ratings")? */
export function sentenceHolds(doc: Doc, i: number, test: (token: Token) => boolean): boolean {
  const sentence = sentenceOf(doc, i);
  if (!sentence) return false;
  for (let j = sentence.firstToken; j < sentence.endToken; j++) if (test(doc.tokens[j])) return true;
  return false;
}

/**
 * The text of the document's part being analysed: a long document is analysed in chunks that share
 * its whole text (offsets stay absolute), and a search of the whole for every chunk would cost the
 * square of its length. (A slice of a long string is a view, not a copy: made at each call, it
 * costs less than remembering it in a WeakMap per document did.)
 */
export function chunkText(doc: Doc): string {
  const tokens = doc.tokens;
  const start = tokens.length ? tokens[0].start : 0;
  const end = tokens.length ? tokens[tokens.length - 1].end : 0;
  return start === 0 && end === doc.text.length ? doc.text : doc.text.slice(start, end);
}

/** The index of the token that starts at text offset `offset`, or -1 (a binary search: tokens are in text order) */
export function tokenStartingAt(doc: Doc, offset: number): number {
  const tokens = doc.tokens;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = tokens[mid].start;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Token i when it is in the given sentence, else undefined (never a read past either end). */
/** How far back a list's earlier names and joiners may reach from a name to its "such as" */
const MAX_SUCH_AS_LIST = 12;

/**
 * "rivals such as Korvane and Ostrand", "towns, such as Velk, Orsa and Tarn": the noun a list of
 * names after "such as" gives examples of, for the name at token `start` in it (back over the
 * list's earlier names, commas, "and", "or", "&"); undefined when the name is in no such list.
 * `including` reads "firms including X" so too (a list of firms; towns "including" one lose to
 * their region's own name too often).
 */
export function suchAsNounBefore(doc: Doc, start: number, sentence: number, including = false): Token | undefined {
  for (let i = start - 1; i > start - MAX_SUCH_AS_LIST; i--) {
    const token = tokenInSentence(doc, i, sentence);
    if (!token) return undefined;
    if (token.lower === 'as') {
      if (tokenInSentence(doc, i - 1, sentence)?.lower !== 'such') return undefined;
      // ("rivals, such as X")
      return tokenInSentence(doc, tokenInSentence(doc, i - 2, sentence)?.text === ',' ? i - 3 : i - 2, sentence);
    }
    // (with `including`, also "companies including X and Y")
    if (including && token.lower === 'including') return tokenInSentence(doc, tokenInSentence(doc, i - 1, sentence)?.text === ',' ? i - 2 : i - 1, sentence);
    if (token.text !== ',' && token.lower !== 'and' && token.lower !== 'or' && token.shape !== 'title' && token.shape !== 'upper' && token.shape !== 'mixed' && token.text !== '&' && token.text !== '.') return undefined;
  }
  return undefined;
}

export function tokenInSentence(doc: Doc, i: number, sentence: number): Token | undefined {
  if (i < 0 || i >= doc.tokens.length) return undefined;
  const token = doc.tokens[i];
  return token.sentence === sentence ? token : undefined;
}

/**
 * Where a name starts after the nationalities that open its run ("Kenyan Peter Odhiambo", "South
 * African Lindi Marovu"), leaving at least `minWords` tokens; a nationality that is also a name
 * stays ("Jordan").
 */
export function afterNationality(doc: Doc, start: number, end: number, minWords: number): number {
  while (end - start > minWords) {
    const flags = tokenFlags(doc.tokens[start]);
    if (flags & FLAGS.demonym && !(flags & (FLAGS.given | FLAGS.surname))) {
      start++;
      continue;
    }
    // a nationality of two words or more ("South African", "Sri Lankan"), nothing else the lists know
    const phrase = flags & FLAGS.prefix ? longestPhraseAt(doc, start, FLAGS.demonym, end) : null;
    if (!phrase || phrase.end - start < 2 || end - phrase.end < minWords || phrase.flags & (FLAGS.given | FLAGS.surname | PLACE_ENTITY_FLAGS)) break;
    start = phrase.end;
  }
  return start;
}
