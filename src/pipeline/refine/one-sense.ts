// One sense per document: a name recognized once with good evidence is that entity wherever it
// occurs in the document, including sentence-initial and ALL-CAPS positions ("FLETCHER NAMED AS
// WALES CAPTAIN" after "Owen Fletcher ... Fletcher said"). A person's full name also teaches its
// parts: "Karim Massimov ... Massimov said" and "Owen ... " after "Owen Fletcher".
// Runs as the last recognizer: it reads every earlier annotation and adds same-span or new
// mentions; resolve.ts then keeps, per span, the strongest.

import { Doc, EntityType, Mention, Token } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { isFiniteVerb } from '../../lexicon/word-tags';
import { FUNCTION_WORDS, NAME_PARTICLES, opensSentence, ROMAN_NUMERAL, capitalMeansName, commonSingular, isSurnameSyllable, isSyllablePair, looksLikePeopleOrCreed, nameCandidates, isNounAfter, unknownModifierStems } from '../recognize/candidates';
import { isCapitalized, isUnlisted, longestPhraseAt, phraseFlags, phraseKey, tokenFlags } from '../recognize/gazetteer';
import { beforeFamily, coveredTokens, mentionFromTokens, newMentions, wordsOfPersons } from '../recognize/mention';
import { ScratchBytes } from '../recognize/scratch';
import { isTitleAbbreviation, titlesFrom } from '../recognize/titles';
import { NAMED_AFTER_SOMEONE, PLACE_HEADS, SIGN_OFF_VENUE_RULE, isWrittenAsTownWithRegion } from '../recognize/places';
import { resolveOverlaps } from '../resolve';
import { BUSINESS_HEADS, companyShortNames, headedShortNames } from './company-short-names';
import { IRISH_SURNAME_PARTICLES, isPinyinGivenName } from '../recognize/persons';
import { PERSON_PRONOUNS } from '../recognize/person-context';
import { isSportsStory } from '../recognize/sports';
import { withoutArticlePersons } from './article-names';
import { PAPER_HEADS } from './paper-titles';
import { NOT_MODIFIED, isCapitalizedWordAfter } from './place-modifiers';

/** "al-Hadidi", "el-Sayed", "Al-Masri": the Arabic article before a surname, and the surname after it */
const ARABIC_ARTICLE = /^(?:al|el|Al|El)-(\p{Lu}\p{Ll}{2,})$/u;
const NAME_TYPES = new Set<EntityType>(['person', 'organization', 'place']);
/** A town no list knows, found after "in", "near" ...: it teaches the story's other mentions of its word, weakly */
const PREPOSITION_PLACE_RULE = 'place.preposition';
/** Last words of clubs' names that news writes alone for the club ("United", "City", "Rovers"), from general knowledge */
const CLUB_SHORT_WORDS = new Set(['united', 'city', 'rovers', 'wanderers', 'athletic', 'albion', 'villa', 'county', 'town', 'argyle', 'thistle', 'orient', 'hotspur']);
/** Evidence a name needs before it teaches the rest of the document. */
const TEACHING_STRENGTH = 0.6;
const HEAD_SHORT_NAME_RULE = 'organization.head-short-name';
/** a body's first word that no list knows, taught alone: "Zarvel Ostrum ... Zarvel said" */
const FIRST_WORD_RULE = 'organization.first-word-short-name';
const KIND_SHORT_NAME_RULE = 'organization.kind-short-name';
/** Words before a town and hardly before a firm's short name */
const PLACE_ONLY_BEFORE = new Set(['in', 'near', 'outside', 'between']);
/** Heads of the bodies a town names after itself ("the Drelby Council", "Drelby Hospital"): their first word is the town */
const TOWN_BODY_HEADS = new Set(['council', 'board', 'trust', 'hospital', 'school', 'college', 'university', 'police', 'church', 'parish', 'library', 'museum']);
const TEAM_NICKNAME_RULE = 'organization.team-nickname';
const TEAM_PLACE_RULE = 'organization.team-place-name';
/** Prepositions after which a side's place words are the place ("at" is left out: "his fourth season at Tarnby Heights") */
const TEAM_PLACE_PREPOSITIONS = new Set(['in', 'near', 'from', 'outside', 'around', 'throughout']);
/** taught 0.05 weaker (0.75): above a place guessed from its last word's kind ("Heights", "Valley": place.head-noun, 0.7) */
const TEAM_PLACE_STRENGTH = 0.8;
/** Head nouns of institutions that a story calls by the head alone once it has named the body in full */
const INSTITUTION_SHORT_HEADS = new Set(['commission', 'council', 'committee', 'senate', 'assembly', 'congress', 'parliament', 'authority', 'party', 'bank', 'army', 'tribunal', 'court', 'ministry', 'agency', 'board', 'federation']);
const MAX_NAME_TOKENS = 6;
const MAX_TAUGHT_STRENGTH = 0.8;
/** A company's full name with its legal form in the story outweighs a first-name guess at its short name. */
const SHORT_NAME_STRENGTH = 0.9;

// every sense is made with all its fields, in this order, so the senses a document learns share one shape
interface Sense {
  type: EntityType;
  strength: number;
  rule: string;
  /** also an ordinary word ("Summit"): not where a sentence or headline capitalizes it */
  ordinaryWord: boolean;
  /** a weak guess's part: only where no other rule typed the words */
  untypedOnly: boolean;
  /** a firm's short name that is also a town's: not where the town is meant */
  town: boolean;
  /** a firm's short name that is also a nationality or direction: only where it stands as a noun */
  adjective: boolean;
}

/**
 * Rules that already find every mention they may: spreading their word would wrongly take it out
 * of longer names they deliberately left alone ("House" in "House Appropriations Committee",
 * "State" in "State Street"), or spreading an outlet's ordinary word ("The Planet's Dana Kresk
 * reports") to "the Planet Summit", or the platform X to a grade ("Grade X steel").
 */
const NON_TEACHING_RULES = new Set(['organization.legislature', 'organization.reporter-outlet', 'organization.cabinet-department', 'organization.platform', 'place.sports-venue', SIGN_OFF_VENUE_RULE]);
/**
 * Rules below the teaching strength that still teach the story's other mentions, as weakly as they
 * are: a party named after its politics ("the green Zeld Varda ... Zeld Varda co-chairman"), where
 * any person's cue still wins
 */
const WEAK_TEACHERS = new Set(['organization.leaning']);
/** Rules whose one word may be an ordinary word: taught only where its capital means a name */
const ORDINARY_WORD_TEACHERS = new Set(['person.known', 'organization.company-context', 'place.preposition-town', 'place.administrative-kind']);

/**
 * The sense with other word flags, written out as a literal: an object spread made such senses with
 * a map of their own, and taughtAt, which reads every sense, deoptimized at the first one it met.
 */
function senseAs(sense: Sense, ordinaryWord: boolean, untypedOnly: boolean): Sense {
  return { type: sense.type, strength: sense.strength, rule: sense.rule, ordinaryWord, untypedOnly, town: sense.town, adjective: sense.adjective };
}

function learn(senses: Map<string, Sense>, key: string, sense: Sense): void {
  const known = senses.get(key);
  if (!known || known.strength < sense.strength) senses.set(key, sense);
}

const typedScratch = new ScratchBytes();

export function refineOneSense(doc: Doc): Mention[] {
  // (a person's guess the pipeline drops after "the" teaches nothing: refine/article-names.ts)
  const winners = resolveOverlaps(withoutArticlePersons(doc, doc.annotations.filter((m) => NAME_TYPES.has(m.type))));
  const senses = new Map<string, Sense>();
  /** surnames of the story's persons that it also taught as places */
  const placeSurnames = new Set<string>();
  learnTypedNames(doc, winners, senses);
  // a word that opens a body's name ("Garrett Tarvel Group PLC", "Marcus Electronics Corp.") is not taught as a
  // first name: alone, it is more likely that body's short name than someone called by first name
  const opensBody = new Set<string>();
  for (const m of winners) if (m.type === 'organization' && m.tokenEnd - m.tokenStart > 1) opensBody.add(doc.tokens[m.tokenStart].lower);
  // parts of full person names: the surname, and a first name that is a known given name
  for (const m of winners) if (m.type === 'person') learnNameParts(doc, m, senses, placeSurnames, opensBody);
  // surnames of the story's persons that also name a firm after them ("Dana Kell ... Kell & Sons")
  const firmSurnames = new Set<string>();
  for (const m of winners) {
    if (m.type !== 'person' || m.strength < TEACHING_STRENGTH || m.tokenEnd - m.tokenStart < 2) continue;
    const last = doc.tokens[m.tokenEnd - 1];
    if (last.shape === 'title') firmSurnames.add(last.lower);
  }
  learnShortNames(doc, winners, senses, firmSurnames);
  if (senses.size === 0) return [];
  // no key is built longer than the longest name learned (most are one to three tokens)
  // and a key is built only at a token that is the first word of a learned name (a token holds no space)
  // (and no key longer than the longest learned name that opens with the token's word)
  const firstWords = new Map<string, number>();
  for (const key of senses.keys()) {
    let words = 1;
    let space = key.indexOf(' ');
    const first = space === -1 ? key : key.slice(0, space);
    for (; space !== -1; space = key.indexOf(' ', space + 1)) words++;
    if ((firstWords.get(first) ?? 0) < words) firstWords.set(first, words);
  }

  const typed = coveredTokens(doc, (m) => NAME_TYPES.has(m.type), typedScratch);
  // towns the story writes with their region ("a plant in Varnaby, Alabama"): after "in" or "at"
  // elsewhere in the story the word is that town, whatever firm is named after it
  const townsWithRegion = new Set<string>();
  for (const m of winners) if (m.type === 'place' && isWrittenAsTownWithRegion(doc, m.tokenStart, m.tokenEnd)) townsWithRegion.add(phraseKey(doc, m.tokenStart, m.tokenEnd));
  // where a titled person's name starts: the word before it is the title ("Nana" in "Nana Kojo Boafo II"),
  // whatever first name it is elsewhere in the story
  const titledStarts = new Set<number>();
  const personStarts = new Set<number>();
  for (const m of winners) {
    if (m.type !== 'person') continue;
    personStarts.add(m.tokenStart);
    if (m.roles && m.roles.length > 0) titledStarts.add(m.tokenStart);
  }
  const found = newMentions();
  const adjectives = adjectiveKeys(senses);
  const search: TaughtSearch = { doc, senses, firstWords, typed, townsWithRegion, titledStarts, personStarts, placeSurnames, firmSurnames, found };
  for (const candidate of spansToSearch(doc, adjectives)) findTaughtIn(search, candidate, adjectives);
  return found;
}

/** What the search for taught names shares over one document */
interface TaughtSearch {
  doc: Doc;
  senses: Map<string, Sense>;
  /** each learned name's first word, with the most words a learned name opening with it has */
  firstWords: Map<string, number>;
  /** the tokens an earlier rule typed */
  typed: Uint8Array;
  /** towns the story writes with their region once */
  townsWithRegion: Set<string>;
  titledStarts: Set<number>;
  personStarts: Set<number>;
  placeSurnames: Set<string>;
  firmSurnames: Set<string>;
  found: Mention[];
}

/** Names the story typed with good evidence teach their whole words */
function learnTypedNames(doc: Doc, winners: Mention[], senses: Map<string, Sense>): void {
  for (const m of winners) {
    if ((m.strength < TEACHING_STRENGTH && !WEAK_TEACHERS.has(m.rule)) || m.tokenEnd - m.tokenStart > MAX_NAME_TOKENS || NON_TEACHING_RULES.has(m.rule)) continue;
    // capped: local evidence as strong as a dateline's must still win where it is ("NEW YORK
    // 74 59" is the team in a results table of a story datelined NEW YORK)
    // ("Rice said ... Rice futures rose", "Beacon's stock rose ... Beacon lights": a famous surname or a
    // firm told by its stock, alone and also a word, opens a sentence as the word)
    const ordinaryWord = ORDINARY_WORD_TEACHERS.has(m.rule) && m.tokenEnd - m.tokenStart === 1 && (tokenFlags(doc.tokens[m.tokenStart]) & FLAGS.common) !== 0;
    learn(senses, phraseKey(doc, m.tokenStart, m.tokenEnd), { type: m.type, strength: Math.min(m.strength, MAX_TAUGHT_STRENGTH), rule: 'one-sense', ordinaryWord, untypedOnly: false, town: false, adjective: false });
  }
}

/** A full person name teaches its parts: the surname, and a first name that is a known given name */
function learnNameParts(doc: Doc, m: Mention, senses: Map<string, Sense>, placeSurnames: Set<string>, opensBody: Set<string>): void {
  // an unknown two-word name is a weak guess, but its surname alone later in the story is the
  // same guess ("Ardelio Vantrosk ... Vantrosk is wary"), kept as weak
  const weak = m.strength < TEACHING_STRENGTH;
  if (weak && m.rule !== 'person.unknown-name') return;
  const words: number[] = [];
  for (let i = m.tokenStart; i < m.tokenEnd; i++) if (doc.tokens[i].shape !== 'punct') words.push(i);
  // "Kofi Ansah Boateng II ... Boateng said": a regnal numeral follows the surname
  // (not "Jr": measured, a firm's founder "Dana Brisk Jr." teaches "Brisk", the firm's short name, as a person)
  if (words.length > 2 && ROMAN_NUMERAL.test(doc.tokens[words[words.length - 1]].text)) words.pop();
  if (words.length < 2) return;
  const last = doc.tokens[words[words.length - 1]];
  // a titled or famous full name's surname outweighs the same word learned as a town from the
  // gazetteer alone; where it stands, the town still wins unless a verb makes it the person; so
  // does a full name with a known first name whose surname only a list of small towns knows
  // ("Lena Buxton ... Buxton finished fourth"; not a region's or a famous name's)
  const strong = m.strength >= STRONG_PERSON || (m.strength >= GIVEN_NAME_PERSON && (tokenFlags(last) & (PLACE_FLAGS | FLAGS.person)) === FLAGS.city);
  // ("Dana Chad ... the coach told Chad": a country's name as the surname of a full name with a
  // known first name is learned as the person's, above the country the gazetteer teaches; where it
  // stands, the country still wins unless a verb makes it the person)
  const countrySurname = !weak && m.strength >= GIVEN_NAME_PERSON && (tokenFlags(last) & FLAGS.country) !== 0;
  const surnameStrength = weak ? m.strength + 0.05 : countrySurname ? COUNTRY_SURNAME_STRENGTH : strong ? STRONG_SURNAME_STRENGTH : 0.7;
  // (one sense for every surname key of the name: learn() keeps it, never changes it)
  const surname: Sense = { type: 'person', strength: surnameStrength, rule: 'person.surname-in-document', ordinaryWord: false, untypedOnly: weak, town: false, adjective: false };
  // (not a family name that is also a pronoun alone: "Dongcai He ... He said" is the pronoun)
  if (last.shape !== 'initial' && !FUNCTION_WORDS.has(last.lower)) {
    // ("Tomas Varnby ... the town of Varnby ... Varnby said": a surname the story also uses as a
    // place keeps the place's sense, and is kept aside for where the word acts as the person)
    const known = senses.get(last.lower);
    if (!weak && known?.type === 'place' && known.strength >= surnameStrength) placeSurnames.add(last.lower);
    learn(senses, last.lower, surname);
  }
  // "Abu Karim al-Hadidi ... Hadidi said": an Arabic surname's article is often dropped later
  const article = ARABIC_ARTICLE.exec(last.text);
  if (article) learn(senses, article[1].toLowerCase(), surname);
  // "Omar Bin Rashed ... Bin Rashed said", "Pieter van der Molen ... Van der Molen": particles open the surname
  let surnameFrom = words.length - 1;
  // ("Declan Ó Tarnaigh ... Ó Tarnaigh said": an Irish surname keeps its particle)
  while (surnameFrom > 1 && (NAME_PARTICLES.has(doc.tokens[words[surnameFrom - 1]].lower) || IRISH_SURNAME_PARTICLES.has(doc.tokens[words[surnameFrom - 1]].text))) surnameFrom--;
  if (surnameFrom < words.length - 1 && last.shape !== 'initial') {
    let key = doc.tokens[words[surnameFrom]].lower;
    for (let w = surnameFrom + 1; w < words.length; w++) key += ' ' + doc.tokens[words[w]].lower;
    learn(senses, key, surname);
  }
  // "Jose Rodriguez Pena ... Rodriguez said", "... Rodriguez Pena said": a Spanish name's first
  // surname stands before the second one; a surname (no first name) before the last word is one
  if (words.length >= 3 && last.shape !== 'initial') {
    // ("Joaquín Vesierra y Ballen": the two surnames joined by "y")
    const joined = words.length >= 4 && doc.tokens[words[words.length - 2]].lower === 'y';
    const paternal = doc.tokens[words[words.length - (joined ? 3 : 2)]];
    const flags = tokenFlags(paternal);
    // ("Juan Carlos Salvo Tolsa", "Luis Fernando Bravo Quintal": after two first names, the word before
    // the last is the first surname, even one that is a first name or a word too; a word only where
    // its capital means a name)
    const firstSurname = paternal.shape === 'title' && !(flags & (PLACE_FLAGS | FLAGS.organization | FLAGS.notName | FLAGS.title));
    if (firstSurname && (joined || (words.length >= 4 && isKnownFirstName(doc.tokens[words[0]]) && isKnownFirstName(doc.tokens[words[1]])))) {
      learn(senses, paternal.lower, flags & FLAGS.common ? senseAs(surname, true, true) : surname);
    } else if (paternal.shape === 'title' && flags & FLAGS.surname && !(flags & (FLAGS.given | FLAGS.rareGiven))) {
      learn(senses, paternal.lower, surname);
      learn(senses, paternal.lower + ' ' + last.lower, surname);
    } else if (!weak && isUnknownNameWord(paternal) && !(flags & FLAGS.rareGiven)) {
      // "Hagen Tesfamariam Berhe ... Tesfamariam said", "Jean-Luc Mbeki Lokassa ... Mbeki said": a
      // middle word no list knows is often the name a story calls someone by (a father's name, a
      // first surname); only where it stands alone and untyped
      learn(senses, paternal.lower, senseAs(surname, surname.ordinaryWord, true));
    }
  }
  const first = doc.tokens[words[0]];
  // "Tang Lemin ... Tang said": a Chinese name's family name stands first, before a pinyin given name
  if (!weak && words.length === 2 && tokenFlags(first) & FLAGS.chineseSurname && !(tokenFlags(last) & FLAGS.chineseSurname) && isPinyinGivenName(last)) learn(senses, first.lower, surname);
  // "Ko Tae-bin ... Ko said", "Maggie Ho Wing-sze ... Ho said": a one-syllable family name before a
  // given name of two syllables joined by a hyphen (Cantonese and Korean names)
  if (!weak && isSyllablePair(last.text)) {
    const family = doc.tokens[words[words.length - 2]];
    // (one that is also a word, "Park", "Moon", only alone, untyped and where its capital means a name:
    // not "Park rangers closed", "the far side of the Moon")
    const familyFlags = tokenFlags(family);
    if (isSurnameSyllable(family, last) && !(familyFlags & (FLAGS.given | PLACE_FLAGS | FLAGS.organization | FLAGS.notName))) {
      learn(senses, family.lower, familyFlags & FLAGS.common ? senseAs(surname, true, true) : surname);
    }
  }
  // (not a first name that is also a title: "Earl Tamsin ... the Earl Fenwick")
  if (!weak && first.shape !== 'initial' && first.shape !== 'lower' && !opensBody.has(first.lower)) {
    // (a word no list knows only where it stands alone and untyped: "Tarek Mallouh ... Tarek Foods" is another name)
    const known = isKnownFirstName(first);
    if (known || isUnknownNameWord(first)) {
      learn(senses, first.lower, { type: 'person', strength: 0.6, rule: 'person.first-name-in-document', ordinaryWord: false, untypedOnly: !known, town: false, adjective: false });
    }
  }
  // "Dawit Hailu Gebre ... Dawit finished second": a guessed name of three words no list knows is
  // called by its first word too, where that word is the given name (Ethiopian and Eritrean names: a
  // given name, a father's, a grandfather's) or the family name written first (Telugu names:
  // "Kondaveeti Ravi Teja ... Kondaveeti's"); a weak guess, only where that word stands alone and untyped
  if (weak && words.length === 3 && first.shape === 'title' && isUnknownNameWord(first) && !opensBody.has(first.lower)) {
    learn(senses, first.lower, { type: 'person', strength: m.strength + 0.05, rule: 'person.first-name-in-document', ordinaryWord: false, untypedOnly: true, town: false, adjective: false });
  }
}

/** Towns after a preposition, firms' short names, institutions' and clubs' heads, sides' place words */
function learnShortNames(doc: Doc, winners: Mention[], senses: Map<string, Sense>, firmSurnames: Set<string>): void {
  // "here in Morvale, a sleepy town ... Morvale has long been": a town no list knows, found after a
  // preposition of place, is that town where its word stands alone and untyped elsewhere in the story
  for (const m of winners) {
    if (m.rule !== PREPOSITION_PLACE_RULE || m.tokenEnd - m.tokenStart !== 1) continue;
    const token = doc.tokens[m.tokenStart];
    // (nor the plural of an ordinary word: "it's in Treasurys")
    if (token.shape !== 'title' || !isUnlisted(token) || !standsAsTown(doc, m.tokenEnd) || commonSingular(token.lower) !== null) continue;
    learn(senses, token.lower, { type: 'place', strength: m.strength + 0.05, rule: 'place.preposition-in-document', ordinaryWord: false, untypedOnly: true, town: false, adjective: false });
  }
  // short names of companies: "Torvane Corp." teaches "Torvane", "Pellor Canada Ltd." "Pellor"
  // (of the story's persons' surnames, only those a firm's short name shares are kept)
  const shared: string[] = [];
  for (const short of companyShortNames(doc, winners)) {
    if (firmSurnames.has(short.key)) shared.push(short.key);
    learn(senses, short.key, { type: 'organization', strength: SHORT_NAME_STRENGTH, rule: 'organization.short-name', ordinaryWord: short.ordinaryWord, untypedOnly: false, town: short.town, adjective: short.adjective });
  }
  firmSurnames.clear();
  for (const key of shared) firmSurnames.add(key);
  // "Zarvel Ostrum ... Zarvel said", "Quorvik Selmora ... the win by Quorvik": a body's first
  // word that no list knows at all (not even as the opening of a listed phrase, which is mostly
  // an adjective), alone and untyped elsewhere in the story, is that body's short name (no
  // people's or creed's word, "Velkanian"; not a word of the story's persons)
  let personWords: Set<string> | null = null;
  for (const m of winners) {
    if (m.type !== 'organization' || m.tokenEnd - m.tokenStart < 2 || m.strength < TEACHING_STRENGTH) continue;
    const first = doc.tokens[m.tokenStart];
    if (first.shape !== 'title' || tokenFlags(first) !== 0 || looksLikePeopleOrCreed(first.lower) || (personWords ??= wordsOfPersons(doc, winners)).has(first.lower)) continue;
    // (not a town's own body: "the Drelby Council ... Drelby voted" is the town)
    if (TOWN_BODY_HEADS.has(doc.tokens[m.tokenEnd - 1].lower)) continue;
    learn(senses, first.lower, { type: 'organization', strength: Math.min(m.strength, MAX_TAUGHT_STRENGTH), rule: FIRST_WORD_RULE, ordinaryWord: false, untypedOnly: true, town: false, adjective: false });
  }
  // "the Velmar Commission ... Commission spokesman Ivo Brandt": an institution's head noun alone, in
  // capitals where no rule typed it, is the body the story named in full with it (a word that names
  // no one body, "Union", "Exchange", "Group", is left out)
  for (const m of winners) {
    if (m.type !== 'organization' || m.tokenEnd - m.tokenStart < 2 || m.strength < TEACHING_STRENGTH) continue;
    const last = doc.tokens[m.tokenEnd - 1];
    if (last.shape !== 'title' || !INSTITUTION_SHORT_HEADS.has(last.lower)) continue;
    learn(senses, last.lower, { type: 'organization', strength: Math.min(m.strength, MAX_TAUGHT_STRENGTH), rule: HEAD_SHORT_NAME_RULE, ordinaryWord: true, untypedOnly: true, town: false, adjective: false });
  }
  // "The Western Velbeacon ... The Velbeacon is owned by", "the Harbour Globe ... Globe columnist Ivo
  // Brandt": a newspaper's last word alone, in capitals where no rule typed it, is that paper (its
  // title of two words or more, found as an outlet or ending in a paper's word)
  for (const m of winners) {
    if (m.type !== 'organization' || m.strength < TEACHING_STRENGTH) continue;
    const start = doc.tokens[m.tokenStart].text === 'The' ? m.tokenStart + 1 : m.tokenStart;
    if (m.tokenEnd - start < 2) continue;
    const last = doc.tokens[m.tokenEnd - 1];
    // (a word the story taught otherwise keeps that sense: "Globe" typed where it stood)
    if (last.shape !== 'title' || !isOutlet(doc, m, last.lower) || senses.has(last.lower)) continue;
    learn(senses, last.lower, { type: 'organization', strength: Math.min(m.strength, MAX_TAUGHT_STRENGTH), rule: PAPER_SHORT_NAME_RULE, ordinaryWord: true, untypedOnly: true, town: false, adjective: false });
  }
  // "Tarnley United ... United have won": in a sports story a club's closing word of its kind stands for the
  // club alone, as a whole name no rule typed ("United", not "United States")
  if (isSportsStory(doc)) {
    for (const m of winners) {
      if (m.type !== 'organization' || m.tokenEnd - m.tokenStart !== 2 || m.strength < TEACHING_STRENGTH) continue;
      const last = doc.tokens[m.tokenEnd - 1];
      if (last.shape !== 'title' || !CLUB_SHORT_WORDS.has(last.lower)) continue;
      learn(senses, last.lower, { type: 'organization', strength: Math.min(m.strength, MAX_TAUGHT_STRENGTH), rule: 'organization.club-short-name', ordinaryWord: false, untypedOnly: true, town: false, adjective: false });
    }
  }
  // "the Tarnby Heights Ravens ... Tarnby Heights led at half-time": a side named by its nickname
  // after a place's words that no list knows is called by those words alone too (a listed place
  // or body is left to its own sense: "the Velmar Otters ... in Velmar")
  for (const m of winners) {
    if (m.type !== 'organization' || m.rule !== TEAM_NICKNAME_RULE || m.tokenEnd - m.tokenStart < 3 || m.strength < TEACHING_STRENGTH) continue;
    const end = m.tokenEnd - 1;
    let words = true;
    for (let i = m.tokenStart; i < end; i++) if (doc.tokens[i].shape !== 'title') words = false;
    if (!words || phraseFlags(doc, m.tokenStart, end) & (PLACE_FLAGS | FLAGS.organization | FLAGS.club)) continue;
    learn(senses, phraseKey(doc, m.tokenStart, end), { type: 'organization', strength: TEAM_PLACE_STRENGTH, rule: TEAM_PLACE_RULE, ordinaryWord: false, untypedOnly: false, town: false, adjective: false });
  }
  // "Tarvel Capital Partners ... his posts at Tarvel": a firm's or an institution's own words before
  // its kind, as a whole run of capitals no rule typed (company-short-names.ts); last, never over a
  // sense the story's own mentions or the rules above taught ("Pruitt City Schools ... in Pruitt City")
  for (const key of headedShortNames(doc, winners)) {
    if (!senses.has(key)) learn(senses, key, { type: 'organization', strength: SHORT_NAME_STRENGTH, rule: KIND_SHORT_NAME_RULE, ordinaryWord: false, untypedOnly: true, town: false, adjective: false });
  }
}

const PAPER_SHORT_NAME_RULE = 'organization.paper-short-name';
/** rules that find news outlets whatever their words */
const OUTLET_RULES = new Set(['organization.paper-masthead', 'organization.outlet-descriptor', 'organization.outlet-list', 'organization.press-review']);

/** Is the organization m a news outlet: found as one, listed as one, or ending in a paper's word? */
function isOutlet(doc: Doc, m: Mention, lastLower: string): boolean {
  if (OUTLET_RULES.has(m.rule) || PAPER_HEADS.has(lastLower)) return true;
  return (phraseFlags(doc, m.tokenStart, m.tokenEnd) & FLAGS.media) !== 0;
}

/** The taught names inside one capitalized run (and a firm's "'s" after it) */
function findTaughtIn(search: TaughtSearch, candidate: { start: number; end: number }, adjectives: Set<string> | null): void {
  const { doc, firstWords } = search;
  // "Sri Lankan" as a whole candidate: a nationality holds no name, unless a firm is called by it
  if (phraseFlags(doc, candidate.start, candidate.end) & FLAGS.demonym && !adjectives?.has(phraseKey(doc, candidate.start, candidate.end))) return;
  // "Harlan's Inc. ... Harlan's said": a firm's short name may keep the "'s" the candidate stops before
  // (not before a capitalized word: "Harlan's Fund" is another name)
  const clitic = doc.tokens[candidate.end];
  const owned = doc.tokens[candidate.end + 1];
  const nameEnds = !owned || owned.sentence !== clitic?.sentence || !isCapitalized(owned);
  const end = clitic?.lower === "'s" && !clitic.spaceBefore && nameEnds ? candidate.end + 1 : candidate.end;
  for (let i = candidate.start; i < candidate.end; ) {
    const longest = firstWords.get(doc.tokens[i].lower);
    if (longest === undefined) {
      i++;
      continue;
    }
    const matched = taughtAt(search, candidate, end, i, longest);
    i += matched || 1;
  }
}

/** The length of the longest taught name at token i that stands there as that name, or 0 (it is pushed) */
function taughtAt(search: TaughtSearch, candidate: { start: number; end: number }, end: number, i: number, longest: number): number {
  const { doc, senses } = search;
  for (let length = Math.min(MAX_NAME_TOKENS, longest, end - i); length >= 1; length--) {
    const sense = senses.get(phraseKey(doc, i, i + length));
    // (the checks and the push are functions of their own: as one, this was among the largest graphs
    // TurboFan compiled, compiled again after a deopt in its rarely run push)
    if (!sense || !standsAsTaught(search, candidate, i, length, sense)) continue;
    return pushTaught(search, candidate, i, length, sense);
  }
  return 0;
}

/** Does the sense taught for tokens [i, i + length) hold where they stand, inside the candidate? */
function standsAsTaught(search: TaughtSearch, candidate: { start: number; end: number }, i: number, length: number, sense: Sense): boolean {
  const { doc, typed, townsWithRegion, titledStarts } = search;
  if (sense.ordinaryWord && !capitalMeansName(doc, i) && !(sense.rule === 'organization.short-name' && length === 1 && (speaksAsFirm(doc, i + 1) || modalOrAdverbVerbAfter(doc, i + 1)))) return false;
  // (a particle in lower case only opens a surname: "van der Brook", never "de" alone)
  if (length === 1 && doc.tokens[i].shape === 'lower') return false;
  // (the "'s" only as the end of a firm's name learned with it)
  if (i + length > candidate.end && sense.rule !== 'organization.short-name') return false;
  // nor does it inside a longer run: "Costa Rican President Elena Marsh"
  if (i + length < candidate.end && phraseFlags(doc, i, i + length + 1) & FLAGS.demonym) return false;
  // and only as a whole candidate: "Vantrosk" in an untyped "Vantrosk Kelmar" is no surname alone
  if (sense.untypedOnly && (i !== candidate.start || i + length !== candidate.end || anyTyped(typed, i, i + length))) return false;
  // a body's own words taught from its name before its kind ("Tarvel Capital Partners ... at Tarvel"):
  // not after "the", where they describe something else ("the Tarvel conference"), nor opening a
  // sentence unless the name acts there ("Tarvel said", "Tarvel, a lender,"), as a capital says nothing there
  if (sense.rule === KIND_SHORT_NAME_RULE && (doc.tokens[i - 1]?.lower === 'the' || (opensSentence(doc.tokens[i], doc.tokens[i - 1]) && !actsAfterName(doc, i + length)))) return false;
  // "Tarnley beat Ashcombe ... the final in Tarnley": after "in" or "at" a town is the town,
  // whatever club shares its name
  if (sense.type === 'organization' && isPlaceAfterPreposition(doc, i, i + length)) return false;
  // ("fans from Tarnby Heights", "a school in Tarnby Heights": a side's place words after a preposition of place are the place)
  if (sense.rule === TEAM_PLACE_RULE && TEAM_PLACE_PREPOSITIONS.has(doc.tokens[i - 1]?.lower ?? '')) return false;
  // "the Tarnley area", "a Tarnley native", "Tarnley-based", "throughout Tarnley": a listed town
  // where the words around it are a place's is the town, whatever firm or club shares its name
  if (sense.type === 'organization' && isPlaceInUse(doc, i, i + length)) return false;
  // "Dana Tulsa ... in Tulsa, Oklahoma": a listed town written as the town is the town, whoever bears its name
  // ("Tom Varney ... near Varney, Arkansas": so is any name written as a town with its region)
  if (sense.type === 'person' && (isPlaceAfterPreposition(doc, i, i + length) || (isTownBeforeRegion(doc, i + length) && phraseFlags(doc, i, i + length) & PLACE_FLAGS) || isWrittenAsTownWithRegion(doc, i, i + length))) return false;
  // "Tamworth Steel Corp. ... plants near Tamworth, Pa.": the town with its state is the town
  if (sense.town && isTownBeforeRegion(doc, i + length)) return false;
  // ("Varnaby Dynamics Inc. ... a plant in Varnaby, Alabama": so is any firm's word written as a town
  // with its region, and the word after "in" or "at" in a story that writes it so once)
  if (sense.type === 'organization' && (isWrittenAsTownWithRegion(doc, i, i + length) || (townsWithRegion.has(phraseKey(doc, i, i + length)) && isAfterTownPreposition(doc, i)))) return false;
  // "the Varnholt family": a firm's founders (also "family" in lower case after a person's word)
  if (sense.type === 'organization' && beforeFamily(doc, i + length)) return false;
  // "Messe Tarvik", "the State Library Velmar", "the Halles de Velmar": a place's word after a
  // name's word no rule typed ends that longer name, here no place of its own
  if (sense.type === 'place' && endsLongerName(doc, candidate.start, i, typed)) return false;
  // "Western said", "Western's pilots", not "Western Europe", "Western voters", "a Western man"
  if (sense.adjective && !standsAsNoun(doc, i, i + length)) return false;
  // "the Velmar Party ... the Tarn (I) Party", "self-rule Authority", "Bank One": a head noun after a
  // bracket, a hyphenated or capitalized word, or before a capitalized one, is another body's name
  if (sense.rule === HEAD_SHORT_NAME_RULE && !standsAloneAsHead(doc, i)) return false;
  // (a paper's last word right after another capitalized word is no short name: "the monthly Are Velbode ... of Are Velbode")
  if (sense.rule === PAPER_SHORT_NAME_RULE && (doc.tokens[i - 1]?.shape === 'title' || doc.tokens[i - 1]?.shape === 'upper') && doc.tokens[i - 1].text !== 'The') return false;
  // "in Drelby", "between Drelby and Harnost": after a preposition of place the first word is
  // the town the body is named after
  if (sense.rule === FIRST_WORD_RULE && PLACE_ONLY_BEFORE.has(doc.tokens[i - 1]?.lower ?? '')) return false;
  // ("Drelby council votes", "the Drelby market", "Drelby governor Ivo Rask": before a noun of a place's
  // own government, market or people, the word is the place the body is named after)
  if (sense.rule === FIRST_WORD_RULE && isTownNounAt(doc, i + length)) return false;
  // "Karim al-Hadidi ... Hadidi City", "the Hadidi stadium": a surname before a place's kind word is no person there
  if (sense.type === 'person' && isPlaceKindAt(doc, i + length, doc.tokens[i].sentence)) return false;
  // ("Emosi Navuso ... buried at Navuso village": before a settlement's kind word in lower case, the word is the settlement's name)
  if (sense.type === 'person' && isSettlementKindAt(doc, i + length, doc.tokens[i].sentence)) return false;
  if (sense.type === 'person' && titledStarts.has(i + length)) return false;
  // "Hun Sen ... Sen. Vell said": a title's abbreviation before a name is the title
  if (sense.type === 'person' && length === 1 && isTitleAbbreviation(doc, i) && doc.tokens[i + 2]?.shape === 'title') return false;
  return true;
}

/** Pushes the mention of tokens [i, i + length) as the sense says (or a person's, or a sister firm's run); the tokens it takes, or 0 where it opens an unknown name */
function pushTaught(search: TaughtSearch, candidate: { start: number; end: number }, i: number, length: number, sense: Sense): number {
  const { doc, typed, personStarts, placeSurnames, firmSurnames, found } = search;
  // "Tomas Varnby ... the town of Varnby ... Varnby said": where the word is the whole name,
  // standing where a person's would (not after a preposition or "the") and before what only a
  // person does (a verb of speech, ", who"), it is the story's person
  if (sense.type === 'place' && length === 1 && placeSurnames.has(doc.tokens[i].lower) && i === candidate.start && i + 1 === candidate.end && actsAsPerson(doc, i, i + 1, false) && speaksAfter(doc, i + 1)) {
    found.push(mentionFromTokens(doc, 'person', i, i + 1, SURNAME_RULE, SURNAME_ACTING_STRENGTH));
    return length;
  }
  // "Roy Kell ... Kell & Sons ... Kell, 61, said", "Kell's lawyer": the word that is both the story's
  // person's surname and the short name of a firm named after them is the person where it stands
  // alone before what only a person has (an age, kin or a lawyer, a speech verb and "he" or "she")
  if (sense.rule === 'organization.short-name' && length === 1 && firmSurnames.has(doc.tokens[i].lower) && i === candidate.start && i + 1 === candidate.end && isPersonCueAfter(doc, i + 1)) {
    found.push(mentionFromTokens(doc, 'person', i, i + 1, SURNAME_RULE, SURNAME_ACTING_STRENGTH));
    return length;
  }
  const rule = sense.rule === 'one-sense' ? `${sense.type}.one-sense` : sense.rule;
  // "Tarvex Industries Inc. ... Tarvex Lighting is a unit": the firm's word before one or two
  // untyped words of a trade opens a sister firm's name, the whole run
  const sister = sense.type === 'organization' && isSisterFirm(doc, i + length, candidate.end, typed) ? candidate.end : i + length;
  if (sister > i + length) {
    found.push(mentionFromTokens(doc, 'organization', i, sister, rule, sense.strength - 0.05));
    return sister - i;
  }
  // "Ivo Brenn ... the Brenn Room", "Auvanto said ... Auvanto Zavrenta Holdings": a taught name opening a run
  // of capitals whose next word no rule typed and no list knows is the start of a name we do not know
  // (a firm's name after "the" before one such word is as often its product or its ship: "the Harnby Korvel")
  // (not a company's short name from its full name with a legal form: measured, it stands for the firm
  // inside such runs about as often as not)
  if (sense.rule !== 'organization.short-name' && opensUnknownRun(doc, i + length, candidate.end, typed) && !(sense.type === 'organization' && doc.tokens[i - 1]?.lower === 'the' && i + length + 1 === candidate.end)) return 0;
  // "Janet Orland ... Orland said": a town's name that is the surname of the story's person
  // and is followed by a verb is the person, not the town the gazetteer knows
  const strength = sense.rule === SURNAME_RULE && !sense.untypedOnly && actsAsPerson(doc, i, i + length) && !(phraseFlags(doc, i, i + length) & FLAGS.country && speaksAsState(doc, i + length)) ? (phraseFlags(doc, i, i + length) & FLAGS.country ? COUNTRY_SURNAME_ACTING_STRENGTH : SURNAME_ACTING_STRENGTH) : sense.strength - 0.05;
  // (not where a rule found the person at that word, leaving out the word before: "Nana" in "Nana Ampofo" is a title)
  const from = sense.type === 'person' && length === 1 && !personStarts.has(i) ? givenNameBefore(doc, candidate.start, i, typed) : i;
  found.push(mentionFromTokens(doc, sense.type, from, i + length, rule, strength));
  return length;
}

/**
 * Is token j, inside the run that ends at `end`, a capitalized word in a sentence of ordinary case that no
 * rule typed and no list knows as a name, a place, a time, a people or a title (nor a title a word or two
 * on: "Velmora Circuit Court Judge")? Not after a name in capitals, an acronym that opens a longer
 * name as itself ("the TVK Cessna"), nor after an abbreviation's full stop.
 */
function opensUnknownRun(doc: Doc, j: number, end: number, typed: Uint8Array): boolean {
  if (j >= end || typed[j] || !isCapitalizedWordAfter(doc, j)) return false;
  if (doc.tokens[j - 1].shape === 'upper') return false;
  if (tokenFlags(doc.tokens[j]) & (NOT_MODIFIED | FLAGS.notName)) return false;
  for (let k = j; k < Math.min(j + 3, end); k++) if (titlesFrom(doc, k)) return false;
  return true;
}

/** Small words inside another language's name before a place's word: "Halles de Velmar", "Office du Tarvik" */
const NAME_JOINERS = new Set(['de', 'du', 'des', 'del', 'della', 'di', 'do', 'da', 'dos', 'das', 'la', 'le', 'el']);

/**
 * Does a capitalized word of the same run, no title, no sentence's ordinary opening word and typed
 * by no rule, stand right before token i (or before a small word of another language before it)?
 */
function endsLongerName(doc: Doc, runStart: number, i: number, typed: Uint8Array): boolean {
  let prev = i - 1;
  if (prev < runStart) return false;
  if (doc.tokens[prev].shape === 'lower') {
    if (!NAME_JOINERS.has(doc.tokens[prev].lower) || prev === runStart) return false;
    prev--;
  }
  const word = doc.tokens[prev];
  if (word.shape !== 'title' || typed[prev] || word.sentence !== doc.tokens[i].sentence) return false;
  if (tokenFlags(word) & FLAGS.title) return false;
  return !(opensSentence(word, doc.tokens[prev - 1]) && (FUNCTION_WORDS.has(word.lower) || tokenFlags(word) & FLAGS.common));
}

/** Trades a firm's units are named by, besides the firms' own (BUSINESS_HEADS): "Tarvex Helicopters", "Tarvex Inns" */
const UNIT_TRADES = new Set(['lighting', 'helicopters', 'airplanes', 'aircraft', 'aerospace', 'inns', 'hotels', 'auto', 'jewelers', 'jewellers', 'shipbuilding', 'construction', 'publishing', 'records', 'pictures', 'studios']);

/**
 * Are the tokens [from, end), after a firm's taught word, one or two capitalized words no rule typed,
 * the last a trade ("Tarvex Helicopters", "Tarvex Military Airplanes")?
 */
function isSisterFirm(doc: Doc, from: number, end: number, typed: Uint8Array): boolean {
  if (end - from < 1 || end - from > 2 || anyTyped(typed, from, end)) return false;
  for (let k = from; k < end; k++) if (doc.tokens[k].shape !== 'title') return false;
  const last = doc.tokens[end - 1].lower;
  return BUSINESS_HEADS.has(last) || UNIT_TRADES.has(last);
}

/**
 * Does the town's word before token j stand as a noun: before a mark, a small word, a verb or the end, not
 * before a noun it modifies or a possessive ("in Parkinson's disease", "fluent in Velvets lyrics")?
 */
function standsAsTown(doc: Doc, j: number): boolean {
  const next = doc.tokens[j];
  if (!next || next.sentence !== doc.tokens[j - 1].sentence) return true;
  if (next.shape === 'punct') return next.lower !== "'s" && next.norm !== "'";
  return next.shape === 'lower' && (FUNCTION_WORDS.has(next.lower) || isFiniteVerb(next.lower));
}

/** Is token j, in the sentence, a place's kind word: "City", "Street" in a name, "stadium", "airport" after one? */
function isPlaceKindAt(doc: Doc, j: number, sentence: number): boolean {
  const token = doc.tokens[j];
  if (token === undefined || token.sentence !== sentence) return false;
  return (token.shape === 'title' && (token.lower === 'city' || PLACE_HEADS.has(token.lower))) || (token.shape === 'lower' && NAMED_AFTER_SOMEONE.has(token.lower));
}

/** Kinds of settlement that follow their name in lower case: "Navuso village", "Orsk district" */
const SETTLEMENT_KINDS = new Set(['village', 'villages', 'town', 'township', 'district', 'province', 'island', 'atoll', 'county', 'municipality', 'settlement', 'valley']);

/** Is token j a settlement's kind in lower case, in the sentence? */
function isSettlementKindAt(doc: Doc, j: number, sentence: number): boolean {
  const token = doc.tokens[j];
  return token !== undefined && token.sentence === sentence && token.shape === 'lower' && SETTLEMENT_KINDS.has(token.lower);
}

/** A known given name that is no title ("Owen", not "Earl") */
function isKnownFirstName(token: Token): boolean {
  // (not a month or a creed's word that is also a first name: "June Abernathy ... in June" is the
  // month, "Christian Voskuijlen ... Christian Aid" the creed's)
  return (tokenFlags(token) & (FLAGS.given | FLAGS.title | FLAGS.time | FLAGS.demonym)) === FLAGS.given;
}

/** What the first word of a person's name no list knows may still not be, to stand for the person alone */
const NOT_NAME_ALONE = FLAGS.common | PLACE_FLAGS | FLAGS.organization | FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.demonym | FLAGS.title | FLAGS.titleModifier | FLAGS.time | FLAGS.notName | FLAGS.given;

/**
 * "Tarek Mallouh ... Tarek said", "Wen Sujia ... Wen said": the first word of a full name that no list
 * knows, as an ordinary word, place or body, is that person's (a given name used alone, or a family
 * name written first); known given names are taught above.
 */
function isUnknownNameWord(token: Token): boolean {
  return token.shape === 'title' && !(tokenFlags(token) & NOT_NAME_ALONE);
}

/** A first name's shape: one capitalized word of letters ("Odile", not "I'm", "Co-author") */
const FIRST_NAME_SHAPE = /^\p{Lu}\p{Ll}+$/u;

/**
 * "Odile Varakian ... Varakian said": where the story's person is found by the one-word surname it
 * taught, the capitalized word just before it in the same run that is a first name (a known given
 * name, or a plain word no list knows, with or without middle initials after it) belongs to the name:
 * "Odile Varakian", "Odile E. Varakian", not "Odile [Varakian]"; not a title, place, body,
 * nationality, time or ordinary word ("Mayor", "Tuesday", "Meanwhile"), nor a word another rule
 * typed. Returns where the name starts.
 */
function givenNameBefore(doc: Doc, runStart: number, surnameStart: number, typed: Uint8Array): number {
  let from = surnameStart;
  while (from > runStart && doc.tokens[from - 1].shape === 'initial' && !typed[from - 1]) from--;
  const first = doc.tokens[from - 1];
  if (from === runStart || typed[from - 1] || !FIRST_NAME_SHAPE.test(first.text) || !(isKnownFirstName(first) || isUnknownNameWord(first))) return surnameStart;
  return from - 1;
}

/** The one-word short names that are also nationalities or directions, or null when none was learned */
function adjectiveKeys(senses: Map<string, Sense>): Set<string> | null {
  let keys: Set<string> | null = null;
  for (const [key, sense] of senses) if (sense.adjective) (keys ??= new Set()).add(key);
  return keys;
}

/** Is any token of [start, end) covered? */
function anyTyped(typed: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (typed[i]) return true;
  return false;
}

/**
 * Where a learned name may occur: every name candidate, the capitalized words that open each
 * sentence, and in ALL-CAPS sentences every run of capitals, since there ordinary-looking words
 * ("FLETCHER", an arrow-maker) were not candidates.
 */
function spansToSearch(doc: Doc, adjectives: Set<string> | null): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // "Edwin van der Brook ... lobbed van der Brook": a surname's particles in lower case open the
  // candidate after them, where no capitalized word stands before (a run would have taken them in)
  for (const candidate of nameCandidates(doc)) {
    const start = particlesBefore(doc, candidate.start);
    spans.push(start === candidate.start ? candidate : { start, end: candidate.end });
  }
  // "Tarvex-related firms": a name before a modifier is no candidate unless a list knows it, but the
  // story may have taught it
  for (const stem of unknownModifierStems(doc)) spans.push(stem);
  // a nationality is no candidate, but a firm's short name may be one ("Western said")
  if (adjectives) {
    const tokens = doc.tokens;
    for (let i = 0; i < tokens.length; i++) if (tokens[i].shape === 'title' && adjectives.has(tokens[i].lower)) spans.push({ start: i, end: i + 1 });
  }
  for (const sentence of doc.sentences) {
    // the sentence's first words, which the candidates drop when they are ordinary words
    // ("Fletcher said ...", fletcher being a word too)
    let first = sentence.firstToken;
    while (first < sentence.endToken && doc.tokens[first].shape === 'punct') first++;
    let run = first;
    while (run < sentence.endToken && isCapitalized(doc.tokens[run])) run++;
    if (run > first) spans.push({ start: first, end: run });
    if (!sentence.allCaps) continue;
    let i = sentence.firstToken;
    while (i < sentence.endToken) {
      if (doc.tokens[i].shape !== 'upper') {
        i++;
        continue;
      }
      const start = i;
      while (i < sentence.endToken && doc.tokens[i].shape === 'upper') i++;
      spans.push({ start, end: i });
    }
  }
  return spans;
}

/** Where the one or two lower-case name particles before token `start` begin ("van der"), or `start` */
function particlesBefore(doc: Doc, start: number): number {
  const tokens = doc.tokens;
  let first = start;
  while (first > 0 && start - first < 2) {
    const before = tokens[first - 1];
    if (before.shape !== 'lower' || !NAME_PARTICLES.has(before.lower) || before.sentence !== tokens[start].sentence) break;
    first--;
  }
  return first;
}

const TOWN_PREPOSITIONS = new Set(['in', 'at']);
const SURNAME_RULE = 'person.surname-in-document';
/** a person this strong ("President X", a famous name) teaches a surname above a gazetteer town's sense */
const STRONG_PERSON = 0.85;
/** a person named by a known first name (person.given-name) */
const GIVEN_NAME_PERSON = 0.8;
const STRONG_SURNAME_STRENGTH = 0.76;
/** above a gazetteer town's 0.75 */
const SURNAME_ACTING_STRENGTH = 0.8;
/** above a gazetteer country's 0.8 */
const COUNTRY_SURNAME_ACTING_STRENGTH = 0.85;
/** above the 0.8 of the country the gazetteer teaches, below it where the word stands (0.05 less) */
const COUNTRY_SURNAME_STRENGTH = 0.81;
const PREPOSITIONS_BEFORE_TOWN = new Set(['in', 'at', 'to', 'from', 'near', 'of', 'for', 'via', 'into', 'outside', 'around', 'across', 'through', 'toward', 'towards', 'between']);

/** What a state has after its possessive and a person hardly: "Israel's army", "Chad's government" */
const STATE_POSSESSIONS = new Set(['army', 'military', 'government', 'forces', 'parliament', 'economy', 'president', 'embassy', 'navy', 'border', 'capital', 'ministry']);

/**
 * Does the word after a country's name at `end` make it the state, whatever person of the story
 * bears it as a surname: "Israel said it would retaliate", "Israel's army" (a state speaks of itself
 * as "it")?
 */
function speaksAsState(doc: Doc, end: number): boolean {
  const next = doc.tokens[end];
  const after = doc.tokens[end + 1];
  if (next === undefined || after === undefined || after.sentence !== next.sentence) return false;
  if ((next.lower === 'said' || next.lower === 'says') && (after.lower === 'it' || after.lower === 'its')) return true;
  return next.lower === "'s" && STATE_POSSESSIONS.has(after.lower);
}

/**
 * A town's, region's or country's name that is the surname of the story's person, standing
 * where a town would not: not after a preposition ("flights to Orland") nor before ", <region>"
 * ("Orland, Ohio"), nor after "the" or before a noun ("the Orland council", "Orland fans"), but
 * a person's speaker ("an Orland spokeswoman"): "Orland said", "Orland, 66, ...".
 */
function actsAsPerson(doc: Doc, start: number, end: number, listedPlace = true): boolean {
  // (listedPlace false: a place the story taught, "the town of Varnby", that no list knows)
  const flags = phraseFlags(doc, start, end);
  if (listedPlace && !(flags & PLACE_FLAGS)) return false;
  const sentence = doc.tokens[start].sentence;
  const before = doc.tokens[start - 1];
  // ("Flights to Orland were full": after a preposition the verb is the phrase's)
  if (before && before.sentence === sentence && PREPOSITIONS_BEFORE_TOWN.has(before.lower)) return false;
  if (isTownBeforeRegion(doc, end)) return false;
  if (before && before.sentence === sentence && before.lower === 'the') return false;
  // ("the Orland council", "Orland fans": a lower-case word that is no verb makes it the town's)
  const next = doc.tokens[end];
  return !(isNounAfter(doc, end, sentence) && !FIRM_PEOPLE.has(next.lower) && !next.lower.endsWith('ed'));
}

/** Verbs of speech a person's name stands before ("Varnby said", "Varnby told reporters"), from general knowledge */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'asked', 'wrote', 'explained', 'insisted', 'argued', 'replied', 'recalled', 'stated', 'noted', 'declared', 'announced', 'admitted', 'denied', 'warned', 'urged', 'testified']);

/**
 * After a surname the story also uses as a place, what only a person does: a verb of speech, or
 * ", who" ("Varnby, who grew up there"); measured, "Varnby had ..." or "Varnby is ..." is as often the place
 */
function speaksAfter(doc: Doc, end: number): boolean {
  const next = doc.tokens[end];
  if (!next || next.sentence !== doc.tokens[end - 1].sentence) return false;
  if (next.shape === 'lower' && SPEECH_VERBS.has(next.lower)) return true;
  const after = doc.tokens[end + 1];
  return next.text === ',' && after !== undefined && after.sentence === next.sentence && after.lower === 'who';
}

/** What a person has after "'s" and a firm has not: kin, a lawyer */
const KIN_AFTER = new Set(['lawyer', 'lawyers', 'attorney', 'solicitor', 'barrister', 'counsel', 'wife', 'husband', 'widow', 'widower', 'son', 'sons', 'daughter', 'daughters', 'father', 'mother', 'brother', 'sister', 'children', 'grandson', 'granddaughter', 'partner']);
/** An age as a story gives it after a name: "61" */
const AGE = /^\d{1,3}$/;

/**
 * After a one-word name at token end - 1, what marks a person and never a firm: ", 61," or ", now 61,";
 * "'s" and kin or a lawyer; a speech verb and "he", "she", "his" or "her" within three words; ", who"
 */
function isPersonCueAfter(doc: Doc, end: number): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[end - 1].sentence;
  const next = tokens[end];
  if (!next || next.sentence !== sentence) return false;
  if (next.text === ',') {
    const after = tokens[end + 1];
    if (after?.sentence !== sentence) return false;
    if (after.lower === 'who') return true;
    const ageAt = after.lower === 'now' ? end + 2 : end + 1;
    const age = tokens[ageAt];
    return age !== undefined && age.sentence === sentence && AGE.test(age.text) && tokens[ageAt + 1]?.text === ',';
  }
  if (next.lower === "'s" || next.lower === '’s') return KIN_AFTER.has(tokens[end + 1]?.lower ?? '');
  if (next.shape === 'lower' && SPEECH_VERBS.has(next.lower)) {
    for (let j = end + 1; j <= end + 3; j++) {
      const word = tokens[j];
      if (!word || word.sentence !== sentence) return false;
      if (PERSON_PRONOUNS.has(word.lower)) return true;
    }
  }
  return false;
}

const CONJUNCTIONS = new Set(['and', 'or', 'but']);
const INDEFINITE_ARTICLES = new Set(['a', 'an']);
const SINGULAR_VERBS = new Set(['has', 'is', 'was', 'says']);

/** The words [start, end) stand as a noun: not after "a"/"an", and a verb, a conjunction, punctuation or nothing follows */
/** A firm's own people after its short name that is also an adjective: "a Western spokeswoman" */
const FIRM_PEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'executive', 'executives', 'pilots', 'machinists', 'employees', 'shareholders', 'stockholders', 'chairman']);

/** Words of a firm's people after its short name, in lower case: "Summit officials", "Summit executives" */
const FIRM_STAFF_AFTER = new Set([...FIRM_PEOPLE, 'officials', 'directors']);

/**
 * After a firm's short name that is also an ordinary word, opening a sentence: who speaks for it
 * ("Summit executives said", "Summit officials declined") or "and its" ("Summit and its
 * creditors"), which an ordinary word in the plural or an adjective does not have before it
 */
function speaksAsFirm(doc: Doc, i: number): boolean {
  const next = doc.tokens[i];
  const after = doc.tokens[i + 1];
  if (!next || next.sentence !== doc.tokens[i - 1].sentence) return false;
  if (next.shape === 'lower' && FIRM_STAFF_AFTER.has(next.lower)) return true;
  return next.lower === 'and' && after?.lower === 'its' && after.sentence === next.sentence;
}

function standsAsNoun(doc: Doc, start: number, end: number): boolean {
  const sentence = doc.tokens[start].sentence;
  const before = doc.tokens[start - 1];
  const next = doc.tokens[end];
  // "a Western spokeswoman", "Western machinists": the firm's own people (not "Western officials")
  if (next && next.sentence === sentence && next.shape === 'lower' && FIRM_PEOPLE.has(next.lower)) return true;
  if (before && before.sentence === sentence && INDEFINITE_ARTICLES.has(before.lower)) return false;
  if (!next || next.sentence !== sentence || next.shape === 'punct') return true;
  if (next.shape !== 'lower') return false;
  // (a present tense in -s may be a plural noun: "Western shares")
  if (CONJUNCTIONS.has(next.lower) || SINGULAR_VERBS.has(next.lower) || (isFiniteVerb(next.lower) && !next.lower.endsWith('s'))) return true;
  // "Western would not say", "calls for Western to sell", "Western eventually filed": a modal, "to" or an
  // adverb in -ly before a verb follows a noun, never an adjective
  if (MODALS_AFTER_NOUN.has(next.lower)) return true;
  const after = doc.tokens[end + 1];
  return next.lower.endsWith('ly') && after !== undefined && after.sentence === sentence && after.shape === 'lower' && isFiniteVerb(after.lower);
}
const MODALS_AFTER_NOUN = new Set(['would', 'will', 'could', 'should', 'can', 'may', 'might', 'must', "wouldn't", "won't", "couldn't", "can't", "didn't", "doesn't", "isn't", "wasn't", 'to']);

/** ", Pa.", ", Ohio", ", Canada" after token end - 1 */
function isTownBeforeRegion(doc: Doc, end: number): boolean {
  const comma = doc.tokens[end];
  const next = doc.tokens[end + 1];
  return comma?.text === ',' && next !== undefined && next.sentence === comma.sentence && longestPhraseAt(doc, end + 1, FLAGS.stateAbbreviation | FLAGS.region | FLAGS.country) !== null;
}

/** Nouns after a town's name that make it the town: "the Tarnley area", "a Tarnley native" */
const PLACE_NOUNS_AFTER = new Set(['area', 'areas', 'native', 'natives', 'resident', 'residents', 'region', 'suburb', 'suburbs', 'accent']);
/** Words before a town's name that make it the town: "throughout Tarnley" */
const PLACE_WORDS_BEFORE = new Set(['throughout', 'across']);

/** Nouns of a town's own government, market and people, after its name: "Drelby council", "Drelby governor" */
const TOWN_NOUNS_AFTER = new Set(['council', 'councils', 'councillor', 'councillors', 'councilor', 'councilors', 'governor', 'mayor', 'market', 'residents', 'villagers', 'herdsmen', 'grasslands', 'township', 'municipality']);

/** Is token j a lower-case noun of a town's own (TOWN_NOUNS_AFTER), in the sentence of token j - 1? */
function isTownNounAt(doc: Doc, j: number): boolean {
  const token = doc.tokens[j];
  return token !== undefined && token.sentence === doc.tokens[j - 1].sentence && token.shape === 'lower' && TOWN_NOUNS_AFTER.has(token.lower);
}

/** Is the listed place at [start, end) used as a place: before "-based", a place's noun, or after "throughout"? */
function isPlaceInUse(doc: Doc, start: number, end: number): boolean {
  if (!(phraseFlags(doc, start, end) & PLACE_FLAGS)) return false;
  const tokens = doc.tokens;
  const sentence = tokens[start].sentence;
  const next = tokens[end];
  const before = tokens[start - 1];
  if (before?.sentence === sentence && PLACE_WORDS_BEFORE.has(before.lower)) return true;
  if (!next || next.sentence !== sentence) return false;
  if (next.text === '-' && !next.spaceBefore && tokens[end + 1]?.lower === 'based') return true;
  return next.shape === 'lower' && PLACE_NOUNS_AFTER.has(next.lower);
}

/** Is tokens start..end-1 a name the lists know as a place, after "in" or "at" in its sentence? */
function isPlaceAfterPreposition(doc: Doc, start: number, end: number): boolean {
  return isAfterTownPreposition(doc, start) && (phraseFlags(doc, start, end) & PLACE_FLAGS) !== 0;
}

/** Is token i after "in" or "at" in its sentence? */
function isAfterTownPreposition(doc: Doc, i: number): boolean {
  const before = doc.tokens[i - 1];
  return before !== undefined && TOWN_PREPOSITIONS.has(before.lower) && before.sentence === doc.tokens[i].sentence;
}

/** Is the head noun at token i alone: no bracket, hyphenated or capitalized word before it in its sentence, no capitalized word after it? */
function standsAloneAsHead(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  const before = doc.tokens[i - 1];
  if (before && before.sentence === token.sentence && (before.text === ')' || before.text.includes('-') || (isCapitalized(before) && before.lower !== 'the'))) return false;
  const after = doc.tokens[i + 1];
  return !(after && after.sentence === token.sentence && (isCapitalized(after) || after.text === '('));
}

/** What a name opening a sentence does: a comma of apposition or a verb ("Orsk Valley said", "Orsk Valley, a lender,") */
function actsAfterName(doc: Doc, i: number): boolean {
  const next = doc.tokens[i];
  if (!next || next.sentence !== doc.tokens[i - 1].sentence) return false;
  return next.text === ',' || next.lower === "'s" || MODALS_AFTER_NOUN.has(next.lower) || SINGULAR_VERBS.has(next.lower) || isFiniteVerb(next.lower);
}

/** Modals after a noun, not "to" ("Next to the mill" opens with the ordinary word) */
const MODALS_AFTER_FIRM = new Set([...MODALS_AFTER_NOUN].filter((word) => word !== 'to'));

/**
 * After a firm's short name that is also an ordinary word, opening a sentence: a modal ("Saffron
 * wouldn't say", "Saffron will") or an adverb in -ly and a verb ("Saffron recently agreed"), which
 * follow a noun, never an adjective
 */
function modalOrAdverbVerbAfter(doc: Doc, i: number): boolean {
  const next = doc.tokens[i];
  if (!next || next.sentence !== doc.tokens[i - 1].sentence || next.shape !== 'lower') return false;
  if (MODALS_AFTER_FIRM.has(next.lower)) return true;
  const after = doc.tokens[i + 1];
  return next.lower.endsWith('ly') && after !== undefined && after.sentence === next.sentence && after.shape === 'lower' && isFiniteVerb(after.lower);
}
