// Persons known by what the story says about them. A one-word name that no list knows ("Velev")
// is a person when the story somewhere writes it as only a person is written: "Velev, who ...",
// "Velev himself", "Velev's wife", "Velev said he would resign". A verb of saying alone is no such
// evidence (companies say things too; the pronoun after it is), and in sports stories clubs are written "Kvarstad, who ..." as well. One such passage types
// every mention of the name in the document. A family is written "the Kellmans" after "Ann Kellman".
// A name right after a kin noun of someone's is that relative: "his wife, Marta", "Velev's son
// Tomas Velev", "her late brother Ivo".

import { Doc, Mention, Token } from '../../model';
import { FLAGS, PLACE_FLAGS, lookup } from '../../lexicon';
import { isPlainNounAt, nameCandidates, tokenInSentence } from './candidates';
import { tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions, wordsOfPersons } from './mention';
import { isSportsStory } from './sports';

/** Nouns of kin after "X's": "Velev's wife" */
const KIN = new Set(['wife', 'husband', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'widow', 'family', 'children', 'parents']);
const REFLEXIVES = new Set(['himself', 'herself']);
/** Relatives named after the noun: "his wife, Marta", "the minister's son Ivo" */
const RELATIVES = new Set([
  'wife', 'husband', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'widow', 'widower',
  'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'grandson', 'granddaughter', 'grandfather', 'grandmother',
  'stepson', 'stepdaughter', 'stepfather', 'stepmother', 'ex-wife', 'ex-husband', 'fiancee', 'fiance',
]);
/** Whose relative: "his", "her", "X's"; or "a" in an obituary's list of survivors ("a son, Ryo") */
const POSSESSORS = new Set(['his', 'her', 'their', 'my', 'your', 'our', "'s", 'a']);
/** Words between the possessor and the kin noun: "his late wife", "her eldest son" */
const MAX_KIN_MODIFIERS = 2;
/** Longest name taken after a kin noun */
const MAX_RELATIVE_WORDS = 3;
/** what a one-word person's name must not be known as */
const NOT_PERSON = PLACE_FLAGS | FLAGS.organization | FLAGS.demonym | FLAGS.title | FLAGS.time | FLAGS.notName | FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.common;

export function recognizePersonsByContext(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  // "Kvarstad, who finished third": clubs are written so too, so a sports story takes only the
  // relatives after a kin noun ("the coach's grandson Tobin": no club is anyone's grandson)
  const sports = isSportsStory(doc);
  const found: Mention[] = sports ? [] : families(doc);
  const persons = new Set<string>();
  let personWords: Set<string> | null = null;
  for (const { start, end, allCaps } of nameCandidates(doc)) {
    if (allCaps) continue;
    if (!sports && end - start === 1 && isPersonCue(doc, start) && mayNamePerson(tokens[start])) persons.add(tokens[start].lower);
    // "Velev said he would resign": only a name no rule has made a person's yet (a surname after
    // the full name keeps the link's reading)
    else if (!sports && end - start === 1 && saysAsPerson(doc, start) && mayNamePerson(tokens[start]) && !(personWords ??= wordsOfPersons(doc, doc.annotations.filter((m) => m.strength >= 0.6))).has(tokens[start].lower)) persons.add(tokens[start].lower);
    // '..., it went well," Velev said.': the speaker named after a quotation closes the clause (a
    // sports story's too: clubs are not quoted speaking)
    else if (end - start === 1 && namedAfterQuotation(doc, start) && mayNamePerson(tokens[start]) && !readsAsOutlet(doc, start)) persons.add(tokens[start].lower);
    // "his wife, Marta Velev": a longer name is that person where it stands
    // (an ordinary word is not where it describes a noun after it: "the wife of Mafia boss Tarvo Kell")
    else if (end - start <= MAX_RELATIVE_WORDS && isRelativeNamed(doc, start) && !(isPlainNounAt(doc, end, tokens[start].sentence) && !allMayNamePerson(doc, start, end))) {
      if (end - start === 1 && mayNamePerson(tokens[start])) persons.add(tokens[start].lower);
      else if (mayNameRelative(doc, start, end)) found.push(mentionFromTokens(doc, 'person', start, end, 'person.relative', 0.65));
      else if (isFirstNameThatIsAWord(tokens[start]) && mayNameRelative(doc, start + 1, end)) {
        // "her husband Frank", "his widow Grace": a first name that is also a word, here only
        found.push(mentionFromTokens(doc, 'person', start, end, 'person.relative', 0.65));
      } else if (isFirstNameThatIsAPlace(tokens[start]) && mayNameRelative(doc, start + 1, end)) {
        // "her daughter, Florence", "his son Austin Vell": a first name that is also a town's, here
        // above the town's list (and taught to the story's other mentions as a person's)
        found.push(mentionFromTokens(doc, 'person', start, end, 'person.relative', RELATIVE_OVER_PLACE));
      }
    }
  }
  if (persons.size === 0) return found;
  // names the story already marks as organizations, or as the first word of one ("Faulding Ltd."), are left to them
  for (const m of doc.annotations) if (m.type === 'organization') persons.delete(tokens[m.tokenStart].lower);
  for (const { start, end, allCaps } of nameCandidates(doc)) {
    if (end - start === 1 && !allCaps && persons.has(tokens[start].lower) && mayNamePerson(tokens[start])) {
      found.push(mentionFromTokens(doc, 'person', start, end, 'person.person-context', 0.65));
    }
  }
  return found;
}

/**
 * "the Kellmans", "the Clintons": a family by its surname in the plural, where the surname is a
 * name list's or the surname of a person the story names ("Ann Kellman ... the Kellmans").
 */
function families(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const surnames = new Set<string>();
  for (const m of doc.annotations) if (m.type === 'person' && m.strength >= 0.6 && m.tokenEnd - m.tokenStart >= 2) surnames.add(tokens[m.tokenEnd - 1].lower);
  const found = newMentions();
  for (const { start, end, allCaps } of nameCandidates(doc)) {
    const token = tokens[start];
    const before = tokens[start - 1];
    if (end - start !== 1 || allCaps || token.shape !== 'title' || before?.lower !== 'the' || before.sentence !== token.sentence) continue;
    if (!token.lower.endsWith('s') || token.lower.endsWith('ss') || tokenFlags(token) & (PLACE_FLAGS | FLAGS.organization | FLAGS.demonym)) continue;
    // "the Kellmans", and "the Joneses"
    const singulars = token.lower.endsWith('es') ? [token.lower.slice(0, -1), token.lower.slice(0, -2)] : [token.lower.slice(0, -1)];
    if (singulars.some((singular) => surnames.has(singular) || (lookup(singular) & (FLAGS.surname | FLAGS.common)) === FLAGS.surname)) {
      // "the pop band The Kellmans": a capitalized "The" inside the sentence opens a name, a band's
      // (as a paper's masthead), where a family takes the writer's "the"
      if (before.text === 'The' && isInsideSentence(tokens, start - 1)) {
        found.push(mentionFromTokens(doc, 'organization', start - 1, end, 'organization.plural-name-band', 0.7));
        continue;
      }
      found.push(mentionFromTokens(doc, 'person', start, end, 'person.family', 0.6));
    }
  }
  return found;
}

/** Does the token at i follow a word of its own sentence (not a quote that opens it)? */
function isInsideSentence(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return previous !== undefined && previous.sentence === tokens[i].sentence && !/^["“‘']$/.test(previous.text);
}

function mayNamePerson(token: Token): boolean {
  return token.shape === 'title' && !(tokenFlags(token) & NOT_PERSON);
}

/**
 * Every word of the name capitalized and none known as a place, a body, a title or a frequent word
 * (after a kin noun a rarer word is a name: "his daughters Padma and Usha")
 */
function mayNameRelative(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!mayNameKin(doc.tokens[i])) return false;
  return true;
}

function allMayNamePerson(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!mayNamePerson(doc.tokens[i])) return false;
  return true;
}

function mayNameKin(token: Token): boolean {
  return token.shape === 'title' && !(tokenFlags(token) & (NOT_KIN_NAME | FLAGS.frequent));
}
const NOT_KIN_NAME = NOT_PERSON & ~FLAGS.common;

/** "James", "Ruth": a first name that the lists also know as an ordinary word, and as nothing else */
function isFirstNameThatIsAWord(token: Token): boolean {
  const flags = tokenFlags(token);
  return token.shape === 'title' && (flags & FLAGS.given) !== 0 && !(flags & (NOT_PERSON & ~FLAGS.common));
}

/** Above a listed place's 0.75: a kin noun names a relative, whatever town has the first name */
const RELATIVE_OVER_PLACE = 0.8;

/** "Florence", "Austin": a known first name that a list of places knows too, and no body, people or title */
function isFirstNameThatIsAPlace(token: Token): boolean {
  const flags = tokenFlags(token);
  return token.shape === 'title' && (flags & FLAGS.given) !== 0 && (flags & PLACE_FLAGS) !== 0 && !(flags & (NOT_PERSON & ~PLACE_FLAGS & ~FLAGS.common));
}

/** Does a kin noun of someone's stand right before token i: "his wife, X", "the minister's son X"? */
function isRelativeNamed(doc: Doc, i: number): boolean {
  const sentence = doc.tokens[i].sentence;
  // ("Mother of Noeline and the late Barry": a dead relative is named so in a list too)
  let at = beforeTheLate(doc, i - 1, sentence);
  // "wife of the late Selwyn", "Much loved mother of Huia": an obituary's kin noun and "of"
  if (isKinOf(doc, at, sentence)) return true;
  const joiner = tokenInSentence(doc, at, sentence);
  if (joiner && (joiner.text === 'and' || joiner.text === ',') && isListedRelative(doc, at, sentence)) return true;
  if (joiner?.text === ',') at--;
  const kin = tokenInSentence(doc, at, sentence);
  if (kin && KIN_IN_PLURAL.has(kin.lower)) return opensListOfRelatives(doc, at, sentence);
  if (!kin || !RELATIVES.has(kin.lower)) return false;
  for (let j = at - 1; j >= at - 1 - MAX_KIN_MODIFIERS; j--) {
    const token = tokenInSentence(doc, j, sentence);
    if (!token) return false;
    if (POSSESSORS.has(token.lower)) return true;
    if (token.shape !== 'lower') return false;
  }
  return false;
}

/** Relatives named in a list after the noun: "sons Tobin and Kellan", "his daughters, Hedda and Marla" */
const KIN_IN_PLURAL = new Set([
  'children', 'sons', 'daughters', 'brothers', 'sisters', 'grandsons', 'granddaughters', 'stepsons', 'stepdaughters', 'nephews', 'nieces',
]);
/** What may stand before such a noun: a possessor, or the break before the next item of an obituary's list of survivors ("; sons Tobin and Kellan") */
const BEFORE_KIN_IN_PLURAL = new Set([...POSSESSORS, ';', ':', ',', 'by', 'and']);
/** How many names of a list before token i are walked back over: "sons Tobin of Ames, Kellan of Ely and Dorian" */
const MAX_LISTED_RELATIVES = 4;
/** Words of a place after a listed relative: "Tobin of Ames", "Kellan of Grand Forks" */
const MAX_HOME_WORDS = 3;

/** Kin nouns an obituary writes before "of" and the relative's name: "wife of", "grandad of", "Mother and mother-in-law of" */
const KIN_BEFORE_OF = new Set([
  ...RELATIVES, ...KIN_IN_PLURAL, 'children', 'grandchildren', 'mother-in-law', 'father-in-law', 'son-in-law', 'daughter-in-law',
  'brother-in-law', 'sister-in-law', 'grandad', 'granddad', 'grandpa', 'grandma', 'nana', 'nan',
]);

/** Is token `at` the "of" after a kin noun ("wife of", "Father of" opening a notice's sentence)? */
function isKinOf(doc: Doc, at: number, sentence: number): boolean {
  if (tokenInSentence(doc, at, sentence)?.lower !== 'of') return false;
  const kin = tokenInSentence(doc, at - 1, sentence);
  return kin !== undefined && KIN_BEFORE_OF.has(kin.lower) && (kin.shape === 'lower' || kin.sentenceInitial);
}

/** The token before "the late" that ends at token `at`, or `at` */
function beforeTheLate(doc: Doc, at: number, sentence: number): number {
  return tokenInSentence(doc, at, sentence)?.lower === 'late' && tokenInSentence(doc, at - 1, sentence)?.lower === 'the' ? at - 2 : at;
}

/** Does the plural kin noun at token `at` open a list of relatives: "his sons", "; daughters"? */
function opensListOfRelatives(doc: Doc, at: number, sentence: number): boolean {
  for (let j = at - 1; j >= at - 1 - MAX_KIN_MODIFIERS; j--) {
    const token = tokenInSentence(doc, j, sentence);
    if (!token) return false;
    if (BEFORE_KIN_IN_PLURAL.has(token.lower)) return true;
    if (token.shape !== 'lower') return false;
  }
  return false;
}

/**
 * Is the joiner at token `at` ("and", ",") one of a list of relatives after a plural kin noun: "sons
 * Tobin of Ames and Kellan", "daughters Hedda, Marla and Ines"? Each earlier item is one capitalized
 * word, perhaps with "of" and its home after it.
 */
function isListedRelative(doc: Doc, at: number, sentence: number): boolean {
  let j = at - 1;
  if (doc.tokens[at].text === 'and' && tokenInSentence(doc, j, sentence)?.text === ',') j--;
  for (let item = 0; item < MAX_LISTED_RELATIVES; item++) {
    // "Tobin of Ames": back over the home
    let k = j;
    while (k > j - MAX_HOME_WORDS && tokenInSentence(doc, k, sentence)?.shape === 'title') k--;
    // (not the "of" after a kin noun, which opens the list: "Mother of Noeline and Barry")
    if (k === j - 1 && isKinOf(doc, k, sentence)) return true;
    if (k < j && tokenInSentence(doc, k, sentence)?.lower === 'of') j = k - 1;
    const name = tokenInSentence(doc, j, sentence);
    if (!name || !(mayNameKin(name) || isFirstNameThatIsAWord(name) || isFirstNameThatIsAPlace(name))) return false;
    const joinerAt = beforeTheLate(doc, j - 1, sentence);
    const before = tokenInSentence(doc, joinerAt, sentence);
    if (!before) return false;
    if (isKinOf(doc, joinerAt, sentence)) return true;
    if (KIN_IN_PLURAL.has(before.lower)) return opensListOfRelatives(doc, joinerAt, sentence);
    if (before.text === ',' && KIN_IN_PLURAL.has(tokenInSentence(doc, joinerAt - 1, sentence)?.lower ?? '')) return opensListOfRelatives(doc, joinerAt - 1, sentence);
    // (items joined by "and" inside the list, too: "Mother of Korrin and Feleti, Oskia and Padmini")
    if (before.text !== ',' && before.lower !== 'and') return false;
    j = joinerAt - 1;
    if (before.lower === 'and' && tokenInSentence(doc, j, sentence)?.text === ',') j--;
  }
  return false;
}

/** Verbs of saying after a one-word name: "Velev said on Monday that he would resign" */
const SAYING = new Set(['said', 'says', 'told', 'added', 'stated', 'declared', 'insisted', 'argued', 'warned', 'announced', 'explained', 'replied', 'noted']);
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him']);
/** pronouns of a thing or of many: a body speaks of itself so ("Velkor said it would appeal") */
const OTHER_PRONOUNS = new Set(['it', 'its', 'they', 'their', 'them', 'we', 'our', 'i']);
/** how far after the verb the pronoun is looked for */
const PRONOUN_WINDOW = 10;

/**
 * "Velev said on Monday that he would resign": after a verb of saying, the first pronoun of the
 * sentence is a person's ("he", "her"), not a body's ("it", "they"). A verb alone says nothing
 * (companies say things too); the pronoun after it does.
 */
function speaksOfHimself(doc: Doc, verbAt: number, sentence: number): boolean {
  for (let j = verbAt + 1; j <= verbAt + PRONOUN_WINDOW; j++) {
    const token = tokenInSentence(doc, j, sentence);
    if (!token) return false;
    if (PERSON_PRONOUNS.has(token.lower)) return true;
    if (OTHER_PRONOUNS.has(token.lower)) return false;
  }
  return false;
}

/** "Velev said on Monday that he would resign": a verb of saying after the one-word name at token i, then a person's pronoun */
function saysAsPerson(doc: Doc, i: number): boolean {
  const sentence = doc.tokens[i].sentence;
  const next = tokenInSentence(doc, i + 1, sentence);
  return next !== undefined && SAYING.has(next.lower) && speaksOfHimself(doc, i + 1, sentence);
}

/** Marks that close a quotation, and those that may end its words before them */
const CLOSING_QUOTES = new Set(['"', '”', "''"]);
const QUOTATION_ENDS = new Set([',', '?', '!']);
/** Verbs of a speaker after a quotation: '," Velev said' */
const SPEAKER_VERBS = new Set(['said', 'says', 'added', 'explained', 'replied', 'insisted', 'recalled']);

/**
 * '...," Velev said.', '...?" Velev asked': the one-word name at token i right after the closing
 * quote of a quotation and right before a verb of speaking that closes the sentence or its clause
 */
function namedAfterQuotation(doc: Doc, i: number): boolean {
  const sentence = doc.tokens[i].sentence;
  const quote = tokenInSentence(doc, i - 1, sentence);
  if (!quote || !CLOSING_QUOTES.has(quote.text) || !QUOTATION_ENDS.has(tokenInSentence(doc, i - 2, sentence)?.text ?? '')) return false;
  const verb = tokenInSentence(doc, i + 1, sentence);
  if (!verb || !SPEAKER_VERBS.has(verb.lower)) return false;
  const after = doc.tokens[i + 2];
  return after === undefined || after.sentence !== sentence || after.text === '.' || after.text === ',';
}

/** Do the words around the one-word name at token i write it as only a person is written? */
function isPersonCue(doc: Doc, i: number): boolean {
  const sentence = doc.tokens[i].sentence;
  const next = tokenInSentence(doc, i + 1, sentence);
  const after = tokenInSentence(doc, i + 2, sentence);
  if (next?.text === ',' && after?.lower === 'who') return true;
  if (next && REFLEXIVES.has(next.lower)) return true;
  if (next?.lower === "'s" && after !== undefined && KIN.has(after.lower)) return true;
  const before = tokenInSentence(doc, i - 1, sentence);
  // "Ilse Orvell, née Tarvell": a maiden name
  if (before !== undefined && MAIDEN_NAME_WORDS.has(before.lower)) return true;
  // "quoted Velev as saying": someone quoted in words of his own (wire copy quotes outlets too:
  // "quoted Korvapress as saying" is not taken where the name reads as an outlet)
  if (before?.lower === 'quoted' && next?.lower === 'as' && after !== undefined && QUOTED_AS.has(after.lower)) return !readsAsOutlet(doc, i);
  // "the 17-year-old Velev": an age before the name (a firm, a club or a bridge has an age too:
  // not an age of a hundred years or more, nor where the sentence calls it "it" or "its")
  return before !== undefined && AGE_BEFORE.test(before.lower) && isPersonsAge(before.lower) && !saysItAfter(doc, i, sentence);
}

/** Before a woman's maiden name: "née Tarvell" */
const MAIDEN_NAME_WORDS = new Set(['née', 'nee']);

/** An outlet's name ending: "Korvapress", "Tarvenews", "Velktass" */
const OUTLET_ENDING = /(?:press|news|tass)$/;
/** An outlet's verb after its name, closing the clause or before "that"/"on": "Korvapress reported." */
const OUTLET_SAYS = new Set(['reported', 'reports']);

/** Does the one-word name at token i end as an outlet's, or does the story write "X reported." (a person's "said it" is common: not asked) */
function readsAsOutlet(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const name = tokens[i].lower;
  if (OUTLET_ENDING.test(name)) return true;
  for (let j = 0; j < tokens.length - 1; j++) {
    if (tokens[j].lower !== name || tokens[j].shape !== 'title') continue;
    const verb = tokenInSentence(doc, j + 1, tokens[j].sentence);
    if (!verb || !OUTLET_SAYS.has(verb.lower)) continue;
    const object = tokenInSentence(doc, j + 2, tokens[j].sentence);
    if (object === undefined || object.shape === 'punct' || object.lower === 'that' || object.lower === 'on') return true;
  }
  return false;
}

/** "17-year-old", "ninety-year-old"; not "130-year-old" nor "hundred-year-old" */
function isPersonsAge(age: string): boolean {
  const digits = /^(\d+)-/.exec(age);
  if (digits) return Number(digits[1]) < 100;
  return !/hundred|thousand/.test(age);
}

/** Is the name at token i called "it" or "its" later in its sentence ("the 90-year-old Velkor has closed its doors")? */
function saysItAfter(doc: Doc, i: number, sentence: number): boolean {
  for (let j = i + 1; ; j++) {
    const token = tokenInSentence(doc, j, sentence);
    if (!token) return false;
    if (token.lower === 'it' || token.lower === 'its') return true;
  }
}

/** "quoted X as saying", "as telling reporters" */
const QUOTED_AS = new Set(['saying', 'telling', 'stating']);
/** "17-year-old", "nine-year-old" */
const AGE_BEFORE = /^(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old$/;
