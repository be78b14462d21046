// People: name candidates typed by their own words (a known first name, initials, a middle
// initial, a known surname, a Chinese family name with a pinyin given name) and by what stands
// around them (a title, "said", an age, an appositive title, a verb after a known surname, being
// spoken to: "Good night, Marcus.").
// Titles are never inside the span: they become the mention's roles.

import { Doc, Mention, Token } from '../../model';
import { FLAGS, PLACE_FLAGS, lookup } from '../../lexicon';
import { ARTICLES, Candidate, FUNCTION_WORDS, GENERATION_SUFFIXES, NAME_PARTICLES, NICKNAME_QUOTES, PLACE_ONLY_PREPOSITIONS, QUOTES, ROMAN_NUMERAL, afterNationality, capitalMeansName, chunkText, commonSingular, isBrandShaped, isNameHeadAfterFirstName, isNounAfter, isPlainNounAt, isOrdinaryWord, isSurnameSyllable, isSyllablePair, nameCandidates, sentenceOf, tokenInSentence } from './candidates';
import { isUnlisted, longestPhraseAt, phraseFlags, tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';
import { FOREIGN_STREET_WORDS, NAMED_AFTER_SOMEONE, PLACE_HEADS, PLACE_PREFIXES, TOWN_PREPOSITIONS, isWrittenAsTownWithRegion, opensArabicPlaceName, opensWithCompassInitial, signatureTownStart, stateAbbreviationAfter } from './places';
import { TitleRun, isFirmTradeBefore, titleBefore, titlesFrom } from './titles';
import { isFiniteVerb } from '../../lexicon/word-tags';
import { isVietnameseName } from './vietnamese-names';
import { isPlatformX } from './social-platforms';
import { isBodyNoun } from './company-context';

// Verbs of saying right after or before a name: "Vessler said", "said Vessler".
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'asked', 'stated', 'declared', 'insisted', 'noted', 'explained', 'wrote', 'argued', 'replied', 'recalled', 'warned', 'testified', 'admitted']);
// A correspondent's byline in broadcast copy, after the name only: "Dana Vell reports." ("writes X
// columnist" has a paper's name after the verb)
const REPORTING_VERBS = new Set(['reports', 'writes']);
// Nouns after a politician's surname: "the Clinton administration", "the Gore campaign"
const POLITICIAN_NOUNS = new Set(['administration', 'campaign']);
// Appositive titles after a comma: "Masimov, the former Kazakh prime minister, ..."
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'former', 'his', 'her']);
/** Nouns of a shop a title word may describe: "the general store" */
const SHOP_NOUNS = new Set(['store', 'stores', 'shop', 'shops', 'market']);

/** The letters of the generations news names: "Gen X", "Gen Z" */
const GENERATION_LETTERS = /^[XYZ]$/;

/** The particles that open an Irish surname, written with a capital ("Ó Dálaigh", "Ní Bhraonáin") */
export const IRISH_SURNAME_PARTICLES = new Set(['Ó', 'Ní', 'Nic', 'Uí', 'Mhic']);

/** Honorifics that stand only before a person's surname */
const HONORIFIC_ROLES = new Set(['mr', 'mrs', 'ms', 'messrs', 'mr.', 'mrs.', 'ms.']);

/** Words that end an organization or place name; a candidate ending in one is no person. */
const NOT_PERSON_LAST = FLAGS.orgHead | FLAGS.legalSuffix;
/** Buildings named after someone end in these ("Avery Tarn Hall", "the Lena Vell Gallery"); after
 * two words or more only, since some are surnames too ("Ed Hall") */
const BUILDING_HEADS = new Set(['hall', 'gallery', 'galleries', 'mansion', 'plaza', 'tower', 'towers', 'building', 'stadium', 'arena', 'hotel', 'house', 'field', 'auditorium', 'pavilion', 'chapel']);
/** Kind words of places no person's name holds inside it */
const STREET_WORDS = new Set(['street', 'road', 'avenue', 'boulevard', 'bay']);
/** Streets, squares and bridges of Portuguese, Spanish and Italian towns open their names ("Avenida Ferreira de Lima"; the French "Rue" is a first name too) */
const STREET_OPENERS = new Set([...FOREIGN_STREET_WORDS, 'ponte', 'praca', 'largo', 'carrer', 'rodovia']);
/** ... of which these are never a surname (nor an instrument named after someone: "the James Webb Space Telescope") */
const NEVER_SURNAME_BUILDINGS = new Set(['stadium', 'auditorium', 'pavilion', 'plaza', 'building', 'galleries', 'telescope', 'barracks', 'airfield', 'aerodrome']);

export function recognizePersons(doc: Doc): Mention[] {
  const found = newMentions();
  // A title that runs past its candidate ("U.S. Secretary | of | State Antony Blinken") hands the
  // rest of its role to the candidate it ends in.
  let carried: { end: number; role: string } | null = null;
  const candidates = nameCandidates(doc);
  let previous: { candidate: Candidate; mention: Mention | null } | null = null;
  // the honorifics that are also names ("Nana", "Oba") this story has used as titles so far
  const honorifics = new Set<string>();
  for (const candidate of candidates) {
    let mention: Mention | null;
    const familyNameRule = openingFamilyNameRule(doc, candidate);
    if (familyNameRule) {
      mention = mentionFromTokens(doc, 'person', candidate.rawStart, candidate.end, familyNameRule, 0.7);
    } else if (carried && carried.end > candidate.start && carried.end < candidate.end) {
      mention = personIn(doc, candidate, carried);
    } else {
      const leading = titleOpeningName(doc, candidate.start) ?? honorificOpeningName(doc, candidate, honorifics);
      mention = personIn(doc, candidate, null, leading);
      carried = leading && leading.end > candidate.end ? { end: leading.end, role: leading.role } : null;
    }
    if (mention) found.push(mention);
    // (a first name paired with this one by "and" shares its surname: "Dale and Marisol Brisby")
    if (previous && (!previous.mention || previous.mention.rule === 'person.first-name-pair') && mention && sharesSurnameWith(doc, previous.candidate, mention)) {
      if (previous.mention) found.splice(found.lastIndexOf(previous.mention), 1);
      found.push(mentionFromTokens(doc, 'person', previous.candidate.start, previous.candidate.end, 'person.shared-surname', 0.7));
    }
    previous = { candidate, mention };
  }
  return found;
}

/**
 * Honorifics and traditional titles that are also given names or surnames ("Nana" is an Akan chief's
 * title and a Ghanaian and Japanese first name; "Oba" a Yoruba king's title and a surname), from
 * general knowledge: a title only before a ruler's name, which ends in a regnal numeral ("Nana Kwaku
 * Ofori Boateng II"), or before four name words, more than a name has without a title ("Sardar
 * Ghulam Nabi Khan Marri"); once a story has used one so, before its name of one word too ("Nana
 * Boateng said"). "Nana Esi Mensah, a historian," keeps her first name.
 */
const NAME_HONORIFICS = new Set(['nana', 'oba', 'igwe', 'sardar', 'pandit', 'nii']);

/** The name words of [start, end): no particle, regnal numeral, "Jr" or nickname in quotes */
function nameWordCount(doc: Doc, start: number, end: number): number {
  let words = 0;
  let quoted = false;
  for (let i = start; i < end; i++) {
    const token = doc.tokens[i];
    if (QUOTES.has(token.text) || token.text === '”' || token.text === '’') quoted = !quoted;
    if (quoted || token.shape === 'punct' || (token.shape === 'lower' && NAME_PARTICLES.has(token.lower))) continue;
    if (i > start && (ROMAN_NUMERAL.test(token.text) || GENERATION_SUFFIXES.has(token.lower))) continue;
    words++;
  }
  return words;
}

/** An honorific that is also a name, opening the candidate before the name it is the title of (see NAME_HONORIFICS) */
function honorificOpeningName(doc: Doc, candidate: Candidate, used: Set<string>): TitleRun | null {
  const { start, end } = candidate;
  const token = doc.tokens[start];
  if (token.shape !== 'title' || !NAME_HONORIFICS.has(token.lower) || end - start < 2) return null;
  const next = doc.tokens[start + 1];
  if (next.shape !== 'title' || tokenFlags(next) & (PLACE_FLAGS | FLAGS.organization | FLAGS.title | FLAGS.demonym)) return null;
  const ruler = ROMAN_NUMERAL.test(doc.tokens[end - 1].text) && end - start >= 3;
  const words = nameWordCount(doc, start + 1, end);
  if (!ruler && words < 4 && !(words === 1 && used.has(token.lower))) return null;
  used.add(token.lower);
  return { start, end: start + 1, role: token.text };
}

/**
 * "Dang Thi Hong said", "Park Seo-yeon said", "Sun Jiaming said": an East Asian family name that is
 * also an English word, which the candidate dropped where it opens the sentence, before the rest of
 * the name.
 */
function openingFamilyNameRule(doc: Doc, candidate: Candidate): string | null {
  const { rawStart, start, end } = candidate;
  if (rawStart !== start - 1) return null;
  if (isVietnameseName(doc, rawStart, end)) return 'person.vietnamese-name';
  if (end - start === 1 && isHyphenatedGivenName(doc.tokens[rawStart], doc.tokens[start])) return 'person.hyphenated-given-name';
  // "Fang Shuqin, governor of the province", "Sun Jiaming said": a Chinese family name that is an
  // English word, then a pinyin given name (not after a quote mark, where a product's name opens:
  // '"Pan Xinmu" tea')
  // (two ordinary words are no name, "Sun Tan lotion", nor two before a noun they describe)
  if (end - start === 1 && (tokenFlags(doc.tokens[rawStart]) & FLAGS.chineseSurname) !== 0 && isChineseName(doc.tokens[rawStart], doc.tokens[start])) {
    const sentence = doc.tokens[start].sentence;
    const quote = tokenInSentence(doc, rawStart - 1, sentence);
    if (!QUOTES.has(quote?.text ?? '') && !isNounAfter(doc, end, sentence)) return 'person.chinese-name';
  }
  return null;
}

/** The most words the second name of "Dale and Marisol Brisby" may have */
const MAX_SHARED_NAME_WORDS = 3;

/**
 * "Dale and Marisol Brisby", "Bill and Nessa Oduya": a first name alone, "and", then a person
 * whose name opens with a first name: a couple or siblings sharing the surname, so the first name
 * alone is a person too, also where it is a word ("Bill", "Dale").
 */
function sharesSurnameWith(doc: Doc, candidate: Candidate, next: Mention): boolean {
  const tokens = doc.tokens;
  const first = tokens[candidate.start];
  if (candidate.end - candidate.start !== 1 || first.shape !== 'title' || tokens[candidate.end].lower !== 'and' || next.tokenStart !== candidate.end + 1) return false;
  if (next.type !== 'person' || next.tokenEnd - next.tokenStart < 2 || next.tokenEnd - next.tokenStart > MAX_SHARED_NAME_WORDS) return false;
  // (the first name opens its run of capitals: not "-- Will Tarrow and Kevin Almaric --", its "Will" dropped as a word)
  const before = tokens[candidate.start - 1];
  if (before && before.sentence === first.sentence && before.shape !== 'lower' && before.shape !== 'punct') return false;
  const isFirstName = (token: Token) => (tokenFlags(token) & (FLAGS.given | PLACE_FLAGS | FLAGS.organization | FLAGS.demonym | FLAGS.title)) === FLAGS.given;
  return isFirstName(first) && isFirstName(tokens[next.tokenStart]);
}

/** Honorifics, as written before a surname ("Mr. Vell", "Ms Vell") */
const HONORIFICS_WRITTEN = new Set(['Mr', 'Mrs', 'Ms', 'Messrs']);

/** Is [start, end) one capitalized word right after "Mr.", "Mrs.", "Ms." or "Messrs." (or without the period)? */
function afterHonorific(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  if (end - start !== 1 || tokens[start].shape !== 'title') return false;
  const sentence = tokens[start].sentence;
  const period = tokens[start - 1];
  const word = period?.text === '.' && !period.spaceBefore ? tokens[start - 2] : period;
  return word !== undefined && word.sentence === sentence && HONORIFICS_WRITTEN.has(word.text);
}

/** `titlesAtStart`: titlesFrom(doc, candidate.start), already found by the caller. */
function personIn(
  doc: Doc,
  candidate: Candidate,
  carried: { end: number; role: string } | null,
  titlesAtStart: TitleRun | null = null,
): Mention | null {
  const tokens = doc.tokens;
  let start = carried ? carried.end : candidate.start;
  let end = candidate.end;
  const roles: string[] = carried ? [carried.role] : [];
  // a known organization or place that merely starts with a title word ("General Motors")
  // (not one word after "Mr." or "Ms.": "Mr. Tarvex said" is someone, whatever firm a list knows by the word)
  const whole = phraseFlags(doc, start, end);
  if (whole & (FLAGS.organization | FLAGS.demonym) && !(whole & FLAGS.person) && !afterHonorific(doc, start, end)) return null;

  let leading = carried ? null : titlesAtStart ?? innerTitles(doc, start, end);
  // "Dean Halvorsen", "Earl Tamsin": a title that is also a first name, before a surname alone, is the first name
  if (leading && isFirstNameTitle(doc, leading, end)) leading = null;
  let titled = carried !== null;
  if (leading) {
    if (leading.end >= end) return null; // the title alone ("President") or it runs on ("Secretary of State Blinken" is typed from its own candidate)
    start = leading.end;
    roles.push(...conjoinedRoles(doc, leading));
    titled = true;
  } else if (!carried) {
    const before = titleBefore(doc, start);
    // ("an analyst at broker Brannel Koskivo": the trade names the firm, company-context.ts's)
    if (before && isFirmTradeBefore(doc, start)) return null;
    if (before) {
      roles.push(...conjoinedRoles(doc, before));
      titled = true;
    }
  }
  // "Kenyan Peter Odhiambo": a nationality before the name is not part of it
  start = afterNationality(doc, start, end, 1);
  // "Dana Orrel Varnsby, Wash.": a letter's signature, the writer's town after the name
  const townStart = signatureTownStart(doc, start, end);
  if (townStart > 0) end = townStart;
  // "in Seattle Megan Quist", "Ambassador to Velmora Dana Kresk": a place or an organization before
  // a first name and a surname is not part of the name; after "<title> of/to" it is the role's
  const affiliation = affiliationBeforeName(doc, start, end);
  if (affiliation) {
    start = affiliation.nameStart;
    if (affiliation.role && !titled) {
      roles.push(affiliation.role);
      titled = true;
    }
  } else {
    // "Chief Accountant Marta Velkova": role words after a title go on with its role
    const words = roleWordsBeforeName(doc, start, end);
    if (words) {
      const joined = titled && words.role && roles.length > 0 && roleEndsBefore(doc, start);
      start = words.nameStart;
      if (joined) roles[roles.length - 1] += ' ' + words.role;
      else if (words.role && !titled) {
        roles.push(words.role);
        titled = true;
      }
    }
  }
  // "the Carter White House": a name that ends in a known organization is not a person
  for (let i = start + 1; i < end - 1; i++) if (phraseFlags(doc, i, end) & FLAGS.organization) return null;
  const length = end - start;
  // "Gen Z shoppers": a generation, not a general named Z
  if (length === 1 && GENERATION_LETTERS.test(tokens[start].text) && tokens[start - 1]?.lower === 'gen') return null;
  // "Van der Molen said": with the sentence's "Van" dropped, a particle opens a name only after a title ("President de Wendt")
  if (!titled && tokens[start].shape === 'lower') return null;
  const lastFlags = tokenFlags(tokens[end - 1]);
  // (not a head that is a first name too, after a first name: "Ana Sena")
  if (lastFlags & NOT_PERSON_LAST && !isNameHeadAfterFirstName(doc, start, end)) return null;
  // "Grant Halvey Chairman and Chief Executive Dana Kress": a title joined by "and" to another title
  // ends a body's name and its first role, whatever first name the body opens with
  if (lastFlags & FLAGS.title && (tokens[end]?.lower === 'and' || tokens[end]?.text === '&') && tokens[end + 1]?.sentence === tokens[start].sentence && titlesFrom(doc, end + 1) !== null) return null;
  // "Major League Baseball", "General Motors Acceptance": a name that a head noun opens is no person's
  if (titled && tokenFlags(tokens[start]) & FLAGS.orgHead && !(tokenFlags(tokens[start]) & (FLAGS.given | FLAGS.surname))) return null;
  // "Grace Road", "Jordan River": a place-shaped name, whatever its first word
  // ("Deputy Governor Lena Rivers" after a title and a first name is a person)
  if (end - start > 1 && PLACE_HEADS.has(tokens[end - 1].lower) && !(titled && tokenFlags(tokens[start]) & FLAGS.given)) return null;
  // "the Aviva Stadium": a building no one has for a surname ("Arena" is one)
  if (end - start > 1 && NEVER_SURNAME_BUILDINGS.has(tokens[end - 1].lower)) return null;
  // "the Marina Bay Street Circuit": a street or a bay inside a run of three words or more is a place's
  for (let i = start + 1; i < end - 1; i++) if (STREET_WORDS.has(tokens[i].lower) && tokens[i].shape === 'title') return null;
  if (end - start > 1 && STREET_OPENERS.has(tokens[start].lower)) return null;
  // (a surname's particles are not counted: "Maria da Conceição dos Santos" has three words)
  // (nor a regnal numeral or "Jr": "Kofi Ansah Boateng Mensah II")
  const words = nameWordCount(doc, start, end);
  if (words > 4) return null;
  // (not after a title, an initial or a middle name: "Judge Ann Tarn Hall", "Ivo K. Hall", "Dana Marie Hall")
  if (words >= 3 && !titled && BUILDING_HEADS.has(tokens[end - 1].lower) && tokens[end - 2].shape === 'title' && !(tokenFlags(tokens[end - 2]) & FLAGS.given)) return null;
  // "Della Kessel Marrow KZRS": an acronym after two or more capitalized words ends a firm's name,
  // not a person's (a surname in capitals stands after one first name: "Jean DUPONT")
  // (nor "III" or "XIV" after a name)
  if (end - start >= 3 && tokens[end - 1].shape === 'upper' && tokens[end - 1].text.length >= 3 && !ROMAN_NUMERAL.test(tokens[end - 1].text) && tokens[end - 2].shape === 'title' && !doc.sentences[tokens[start].sentence - doc.sentences[0].index]?.allCaps) return null;
  const nameFlags = phraseFlags(doc, start, end);
  const personName = (nameFlags & (FLAGS.person | FLAGS.given | FLAGS.surname)) !== 0;
  if (titled) {
    // "President Clinton" is a person whatever a city list says, "President Kazakhstan" is not;
    // after "Mr." or "Mrs." one word is a surname whatever it names too ("Mr. England said")
    const honorific = roles.length === 1 && HONORIFIC_ROLES.has(roles[0].toLowerCase()) && length === 1 && tokens[start].shape === 'title';
    if (nameFlags & (FLAGS.organization | FLAGS.country | FLAGS.demonym) && !personName && !honorific) return null;
    // nor is a town of two words or more: "a longtime Los Angeles fund trader"
    if (length > 1 && nameFlags & PLACE_FLAGS && !personName) return null;
  } else if (nameFlags & (FLAGS.organization | PLACE_FLAGS | FLAGS.demonym) && !(nameFlags & FLAGS.person) && !(hasAgeAfter(doc, end) && !(nameFlags & NOT_AGED))) {
    return null;
  }
  // "the Dana Orrel airport": a place named after someone (a title or a famous name says person still)
  if (!titled && !(nameFlags & FLAGS.person) && isNamedPlaceKind(tokens[end])) return null;
  // "a Marta Velden, N.J., maker": a name before a state's abbreviation is a town (a title still says person)
  if (!titled && !(nameFlags & FLAGS.person) && stateAbbreviationAfter(doc, end)) return null;
  // (no object where there are no roles, and no closure over this function's variables: a closure
  // would put them in a context object made at every call, for every candidate)
  const extra = roles.length ? { roles } : undefined;
  const nameEnd = velarApostropheEnd(doc, suffixPeriodEnd(doc, end));

  // "the official Velkor news agency", "the official Velkor newspaper": a name no list knows as a
  // person's, before an outlet's noun, is the outlet (the title word before it is an adjective)
  if (titled && !personName && tokens[end]?.shape === 'lower' && OUTLET_NOUNS.has(tokens[end].lower)) return null;
  if (titled) return mentionFromTokens(doc, 'person', start, nameEnd, 'person.title', 0.9, extra);
  const politician = politicianContext(doc, start, end);
  if (politician) return mentionFromTokens(doc, 'person', start, nameEnd, politician.rule, politician.strength, extra);
  // a famous full name is strong; a famous surname alone ("Kent", "Carson") is also a county or a town
  if (nameFlags & FLAGS.person) {
    // ("Rice futures rose": a famous surname that is also a word, opening a sentence, only before a verb)
    if (length === 1 && nameFlags & FLAGS.common && !capitalMeansName(doc, start)) return null;
    // ("in Sydney", "a Santiago fund", "its Austin office": one word that a list knows as a city, a
    // region or a country is left to the place and context rules, which the story's other mentions
    // and a first name still turn to a person; compromise tags such words "Person", the city lists
    // say otherwise, and news means the place far more often)
    if (length === 1 && nameFlags & PLACE_FLAGS) return null;
    // (nor one no list knows as a town, written as one with its region: "a dairy farm near Thatcher, Arizona")
    if (length === 1 && isWrittenAsTownWithRegion(doc, start, end)) return null;
    return mentionFromTokens(doc, 'person', start, nameEnd, 'person.known', length > 1 ? 0.85 : 0.65, extra);
  }

  const firstFlags = tokenFlags(tokens[start]);
  const first = tokens[start];
  const weak = candidate.weakStart && start === candidate.start;
  if (length >= 2) {
    // (not a place's first word that is also a first name: "Sierra Tarnosa", "Isla Velmar", "Umm el-Tarvesh")
    // (nor a first name that is also a month or a frequent word, before an ordinary word: "the Rose
    // Garden", "a May Day march", "the Hope Diamond"; "June Abernathy" is a name)
    // (a first name that is also a people's or a creed's word, "Christian", "Dane", only before a word
    // no list knows and no plural: "Christian Voskuijlen", not "Christian Aid" nor "Christian Zionists")
    if (firstFlags & FLAGS.given && !(firstFlags & FLAGS.organization) && !(firstFlags & FLAGS.demonym && !(length === 2 && isUnlisted(tokens[start + 1]) && !tokens[start + 1].lower.endsWith('s'))) && !PLACE_PREFIXES.has(first.lower) && !opensArabicPlaceName(tokens, start) && !(WORD_FIRST_NAMES.has(first.lower) && isOrdinaryWord(tokens[start + 1]))) {
      const placeToo = (firstFlags & PLACE_FLAGS) !== 0;
      if (!placeToo || !(tokenFlags(tokens[start + 1]) & (PLACE_FLAGS | FLAGS.orgHead)) || isFirstNameThenTown(doc, start, end)) {
        return mentionFromTokens(doc, 'person', start, nameEnd, 'person.given-name', placeToo || weak ? 0.6 : 0.8, extra);
      }
    }
    // ("U. S.", "B. B. C.": initials and nothing else name no person)
    // (not "S. Korea", "S. Korean": a compass point's initial before a place or a people)
    // (nor the platform X ending a sentence: "on TikTok and X. Internet monitors said")
    if (first.shape === 'initial' && tokens[start + 1]?.text === '.' && !onlyInitials(doc, start, end) && !isCompassPlace(doc, start, end) && !isPlatformX(doc, start)) return mentionFromTokens(doc, 'person', start, nameEnd, 'person.initials', 0.75, extra);
    // "Varek K. Vessler", "Aldo P. Renner": first name, middle initial, surname
    if (length === 4 && first.shape === 'title' && tokens[start + 1].shape === 'initial' && tokens[start + 2].text === '.' && tokens[end - 1].shape === 'title') {
      return mentionFromTokens(doc, 'person', start, nameEnd, 'person.middle-initial', 0.7, extra);
    }
    // "P.A.K. Orrin", "M.E. Voss": dotted initials in one token (not "U.S." or "U.N.", known names)
    // (or a nickname in quotes between: 'J.E. "Skip" Orman')
    if (DOTTED_INITIALS.test(first.text) && firstFlags === 0 && (tokens[start + 1].shape === 'title' || QUOTES.has(tokens[start + 1].text))) return mentionFromTokens(doc, 'person', start, nameEnd, 'person.initials', 0.75, extra);
    if (lastFlags & FLAGS.surname && !(lastFlags & PLACE_FLAGS) && !(firstFlags & (PLACE_FLAGS | FLAGS.demonym))) {
      return mentionFromTokens(doc, 'person', start, nameEnd, 'person.surname', 0.65, extra);
    }
    if (length === 2 && isChineseName(tokens[start], tokens[start + 1])) return mentionFromTokens(doc, 'person', start, nameEnd, 'person.chinese-name', 0.65, extra);
    // "Tran Van Hieu", "Đặng Thị Hồng": a Vietnamese family name, a middle name and a given name
    if (isVietnameseName(doc, start, end)) return mentionFromTokens(doc, 'person', start, nameEnd, 'person.vietnamese-name', 0.7, extra);
    // "Brid Ó Tarnaigh", "Ó Tarnaigh", "Síle Ní Bhaolach": an Irish surname opened by its particle
    if (isIrishSurnameAt(doc, start, end)) return mentionFromTokens(doc, 'person', start, nameEnd, 'person.irish-name', 0.7, extra);
    // "Ko Tae-bin", "Kuo-man Tso": a one-syllable surname and a given name of two syllables joined by a hyphen
    if (length === 2 && isHyphenatedGivenName(tokens[start], tokens[start + 1])) return mentionFromTokens(doc, 'person', start, nameEnd, 'person.hyphenated-given-name', 0.65, extra);
    // "Kelvaro Tampere", "Osaka Venturi": a word no list knows beside a town's name (a first name or a
    // surname that is also a town's)
    // (not after "the", where a firm or a paper stands: "the Varna Courant"; nor after a preposition
    // of place, "flights from Tarnley Velmo")
    if (length === 2 && !weak && !candidate.allCaps && isTownWithUnknownWord(tokens[start], tokens[start + 1]) && !afterThe(doc, start) && !afterPlacePreposition(doc, start)) {
      return mentionFromTokens(doc, 'person', start, nameEnd, 'person.town-shaped-name', 0.5, extra);
    }
  }
  // (a first name alone is left to one-sense: measured, it is as often a company or a university,
  // "Marcus", "Stanford", as a person; but one spoken to is a person: "Good night, Marcus.", "Ingrid?")
  if (length === 1 && isAddressedFirstName(doc, start)) return mentionFromTokens(doc, 'person', start, nameEnd, 'person.addressed', 0.6, extra);
  // "Marla and Hedda are flying to Lima": two first names joined by "and" name two people
  if (length === 1 && isPairedFirstName(doc, start)) return mentionFromTokens(doc, 'person', start, nameEnd, 'person.first-name-pair', 0.6, extra);
  // "Zaher-ul-Marri", "Fazal-ur-Tahir": one word joined by an Arabic or Urdu particle ("of the") is a person's name
  if (length === 1 && PARTICLE_NAME.test(first.text)) return mentionFromTokens(doc, 'person', start, nameEnd, 'person.particle-name', 0.5, extra);
  // "Ingrid\nVasquelt (Chile)": a name wrapped at a line's end after its first name, each line's part
  if (length === 1 && isWrappedNamePart(doc, start)) return mentionFromTokens(doc, 'person', start, nameEnd, 'person.wrapped-name', 0.7, extra);
  // context evidence for any short candidate
  // "Ingrid in Tarnley, Ohio. I think ...": a viewer's letter signed by a first name and the town
  if (length === 1 && isSignedFromTown(doc, start)) return mentionFromTokens(doc, 'person', start, nameEnd, 'person.letter-signature', 0.6, extra);
  // "the prodigal daughter Mira (Dana Kessel)": a role in a review, its player's full name in brackets after it
  // (not a kin word after a possessive: "Her Pa (Dana Kessel)", "Mira's Ma (Ann Vell)"; and only in a
  // review, or after a role's noun: "The Velmar (Dana Kessel) team" is a team with its leader)
  if (length <= 2 && isPlayedBy(doc, end) && !afterPlacePreposition(doc, start) && !POSSESSIVES.has(tokens[start - 1]?.lower ?? '') && (roleNounBefore(doc, start) || isReview(doc))) return mentionFromTokens(doc, 'person', start, nameEnd, 'person.played-by', 0.7, extra);
  const context = contextEvidence(doc, start, end);
  if (context) return mentionFromTokens(doc, 'person', start, nameEnd, context.rule, context.strength, extra);
  return null;
}

/**
 * Does a known first name open its sentence before "in", a listed place and the end of the sentence
 * or a comma ("Ingrid in Ohio.", "Marcus in Tarnley, Ohio, writes")? A viewer's letter read on air.
 */
function isSignedFromTown(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const token = tokens[i];
  if (!token.sentenceInitial || token.shape !== 'title' || (tokenFlags(token) & (FLAGS.given | PLACE_FLAGS | FLAGS.organization | FLAGS.demonym | FLAGS.notName)) !== FLAGS.given) return false;
  if (tokens[i + 1]?.lower !== 'in' || tokens[i + 1].sentence !== token.sentence) return false;
  const place = longestPhraseAt(doc, i + 2, PLACE_FLAGS);
  const after = place ? tokens[place.end] : undefined;
  return after !== undefined && (after.text === ',' || (after.text === '.' && tokens[place!.end + 1]?.sentence !== token.sentence));
}

/**
 * First names that are also months or frequent words, read from given-names.txt's last part ("June",
 * "Hope", "Rose"): before an ordinary word they are that word's ("the Rose Garden", "May Day")
 */
const WORD_FIRST_NAMES = new Set(['april', 'may', 'june', 'august', 'summer', 'autumn', 'hope', 'faith', 'rich', 'rose']);

/** Possessives before a kin word ("her Pa", "Mira's Ma") */
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their', "'s", "'"]);

/** Words of a review of a film, a play or a series */
const REVIEW_WORDS = /\b(?:film|films|movie|movies|play|plays|stars|starring|cast|character|characters|role|roles|episode|episodes|series|drama|sitcom|comedy|musical|stage|screen|screenplay|actor|actress|actors)\b/i;
const reviews = new WeakMap<Doc, boolean>();

/** Does the story (this part of it) speak as a review does: "film", "cast", "stars", "character"? */
function isReview(doc: Doc): boolean {
  let review = reviews.get(doc);
  if (review === undefined) reviews.set(doc, (review = REVIEW_WORDS.test(chunkText(doc))));
  return review;
}

/** A lower-case noun of the role right before its name: "the runaway niece Mira" (not "for", "by", "said") */
function roleNounBefore(doc: Doc, start: number): boolean {
  const before = tokenInSentence(doc, start - 1, doc.tokens[start].sentence);
  return before !== undefined && before.shape === 'lower' && !FUNCTION_WORDS.has(before.lower) && !isFiniteVerb(before.lower);
}

/** Longest full name of a player in brackets after a role: "(Dana Kessel)", "(Ann B. Marlo Vance)" */
const MAX_PLAYER_WORDS = 4;

/**
 * Does a player's full name in brackets follow token end - 1: "(", a known first name, one to three
 * more capitalized words or initials, ")"? ("Mira (Dana Kessel)", not "Ajax (Dana Kessel 23)")
 */
function isPlayedBy(doc: Doc, end: number): boolean {
  const tokens = doc.tokens;
  const open = tokens[end];
  if (open?.text !== '(' || !open.spaceBefore) return false;
  const first = tokens[end + 1];
  if (!first || first.shape !== 'title' || (tokenFlags(first) & (FLAGS.given | PLACE_FLAGS | FLAGS.organization)) !== FLAGS.given) return false;
  let words = 1;
  for (let i = end + 2; i < tokens.length && words <= MAX_PLAYER_WORDS; i++) {
    const token = tokens[i];
    if (token.sentence !== first.sentence) return false;
    if (token.text === ')') return words >= 2;
    if (token.text === '.' && tokens[i - 1].shape === 'initial') continue;
    if (token.shape !== 'title' && token.shape !== 'initial') return false;
    words++;
  }
  return false;
}

/** Is one of the two words only a town's name and the other a word no list knows at all? */
function isTownWithUnknownWord(a: Token, b: Token): boolean {
  if (a.shape !== 'title' || b.shape !== 'title' || isBrandShaped(a.text) || isBrandShaped(b.text)) return false;
  const fa = tokenFlags(a) & ~FLAGS.prefix;
  const fb = tokenFlags(b) & ~FLAGS.prefix;
  return (fa === FLAGS.city && ((fb === 0 && commonSingular(b.lower) === null) || surnameOnly(fb))) || (fa === 0 && fb === FLAGS.city);
}

/** Flags of a word listed as a surname (or a first name too) and nothing else: "Okafor", "Bennett" */
function surnameOnly(flags: number): boolean {
  return (flags & FLAGS.surname) !== 0 && (flags & ~(FLAGS.surname | FLAGS.given | FLAGS.person)) === 0;
}

/** Does a preposition of place ("from", "in") stand right before token `start`, in its sentence? */
function afterPlacePreposition(doc: Doc, start: number): boolean {
  const before = doc.tokens[start - 1];
  return before !== undefined && before.sentence === doc.tokens[start].sentence && TOWN_PREPOSITIONS.has(before.lower);
}

/** Does "the" stand right before token `start`, in its sentence? */
function afterThe(doc: Doc, start: number): boolean {
  const before = doc.tokens[start - 1];
  return before?.lower === 'the' && before.sentence === doc.tokens[start].sentence;
}

/** A lower-case kind of place often named after someone ("airport", "hospital") */
function isNamedPlaceKind(token: Token | undefined): boolean {
  return token !== undefined && token.shape === 'lower' && NAMED_AFTER_SOMEONE.has(token.lower);
}

/** What neither part of a name wrapped at a line's end may be known as */
const NOT_WRAPPED_NAME = PLACE_FLAGS | FLAGS.organization | FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.title | FLAGS.demonym | FLAGS.time | FLAGS.notName;

/**
 * A list of players wrapped at a line's end ("Tomas Brandt (Sweden), Ingrid\nVasquelt (Chile)"): a first
 * name last on its line with a capitalized word opening the next one, or that word itself; neither
 * known as a place, a body or a title.
 */
function isWrappedNamePart(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const token = tokens[i];
  if (token.shape !== 'title' || tokenFlags(token) & NOT_WRAPPED_NAME) return false;
  const next = tokens[i + 1];
  if (next?.lineStart && next.shape === 'title' && !(tokenFlags(next) & NOT_WRAPPED_NAME)) return (tokenFlags(token) & FLAGS.given) !== 0 && !token.lineStart;
  const before = tokens[i - 1];
  return token.lineStart && before !== undefined && !before.lineStart && before.shape === 'title' && (tokenFlags(before) & FLAGS.given) !== 0 && !(tokenFlags(before) & NOT_WRAPPED_NAME);
}

// One to three pinyin syllables: an optional initial, then a final ("Yu-zhen", "Ze-min", "Jiao").
const PINYIN = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|a|o|e|i|u)){1,3}$/;
const NOT_GIVEN_NAME = PLACE_FLAGS | FLAGS.organization | FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.title | FLAGS.demonym | FLAGS.time | FLAGS.frequent;

/** A pinyin given name: capitalized, pinyin-shaped, not a word or a name the lexicon knows otherwise. */
export function isPinyinGivenName(token: Token): boolean {
  return token.shape === 'title' && token.text.length <= 12 && !(tokenFlags(token) & NOT_GIVEN_NAME) && PINYIN.test(token.lower);
}

/**
 * "referee Preston Harlow": a first name that is also a town's, then one more town's name, with
 * no comma between and no listed place made of the two, is a person (a town is not written before
 * another town, only before its region: "Orlando Florida", "Stanley Falklands" stay places; nor in
 * a headline, where two clubs stand side by side: "PRESTON BURNLEY DRAW")
 */
function isFirstNameThenTown(doc: Doc, start: number, end: number): boolean {
  if (end - start !== 2) return false;
  const sentence = sentenceOf(doc, start);
  if (sentence?.allCaps || sentence?.titleCase) return false;
  const second = tokenFlags(doc.tokens[start + 1]);
  return (second & FLAGS.city) !== 0 && !(second & (FLAGS.region | FLAGS.country | FLAGS.orgHead)) && !(phraseFlags(doc, start, end) & PLACE_FLAGS);
}

/**
 * "Haoran Song", "Liang Haoran": a Chinese family name from our list with a pinyin given name, in
 * either order (news agencies use both). Two ordinary English words are not enough, however
 * pinyin-shaped: "the Ming Tang restaurant", "Long Fan club".
 */
export function isChineseName(a: Token, b: Token): boolean {
  if (tokenFlags(a) & FLAGS.common && tokenFlags(b) & FLAGS.common) return false;
  if (tokenFlags(b) & FLAGS.chineseSurname && isPinyinGivenName(a)) return true;
  return (tokenFlags(a) & FLAGS.chineseSurname) !== 0 && isPinyinGivenName(b);
}

/** A one-syllable surname and a hyphenated two-syllable given name no list knows, in either order */
function isHyphenatedGivenName(a: Token, b: Token): boolean {
  const pair = isSyllablePair(a.text) ? a : isSyllablePair(b.text) ? b : null;
  if (!pair || tokenFlags(pair) & ~FLAGS.prefix) return false;
  const surname = pair === a ? b : a;
  return isSurnameSyllable(surname, pair) && !(tokenFlags(surname) & (PLACE_FLAGS | FLAGS.organization | FLAGS.notName));
}

const SENTENCE_ENDS = new Set(['.', '?', '!']);

/** Are tokens [start, end) all single capitals and their periods ("U. S", "B. B. C")? */
function onlyInitials(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (doc.tokens[i].shape !== 'initial' && doc.tokens[i].text !== '.') return false;
  return true;
}

/**
 * The title run a candidate opens with, unless a known organization in it runs past it: "former
 * General Motors CEO Dana Kresk" opens with a company, not with the rank "General".
 */
function titleOpeningName(doc: Doc, start: number): TitleRun | null {
  const run = titlesFrom(doc, start);
  if (!run) return null;
  for (let i = start; i < run.end; i++) {
    const organization = longestPhraseAt(doc, i, FLAGS.organization);
    if (organization && organization.end > run.end) return null;
  }
  return run;
}

const AFFILIATION_LINKS = new Set(['of', 'to', 'for']);

/**
 * A known place or organization that opens a candidate before a person's name: "Seattle Megan
 * Quist" (a first name must follow), or, after "<title> of/to/for [the]", any two or three unknown
 * name words ("Ambassador to the Velmor Union Dana Kresk"), the title then being the person's role.
 */
function affiliationBeforeName(doc: Doc, start: number, end: number): { nameStart: number; role: string | null } | null {
  const tokens = doc.tokens;
  const known = longestPhraseAt(doc, start, PLACE_FLAGS | FLAGS.organization, end);
  if (!known) return portfolioBeforeName(doc, start, end);
  if (end - known.end < 2 || end - known.end > 3) return null;
  // "Jordan Hart Lee": a first word that is also a surname is the name's
  if (known.end - start === 1 && tokenFlags(tokens[start]) & FLAGS.surname) return null;
  const nameStart = known.end;
  // "the Kenya Karen Tolvo Farming depot": an ordinary word in it makes it no person's name
  for (let i = nameStart; i < end; i++) {
    const flags = tokenFlags(tokens[i]);
    if (flags & FLAGS.common && !(flags & (FLAGS.given | FLAGS.surname))) return null;
  }
  const role = titleOfBefore(doc, start, nameStart);
  // "Hassan Abdi Velmar": a town's one word that is also a first name opens a name of three given
  // names (not after a preposition of place: "in Atlanta Dana Kresk" reports from there; nor a
  // country's or a state's: "Georgia Dana Kresk won the primary")
  if (!role && known.end - start === 1 && (tokenFlags(tokens[start]) & (FLAGS.given | FLAGS.country | FLAGS.region)) === FLAGS.given && !TOWN_PREPOSITIONS.has(tokens[start - 1]?.lower ?? '')) return null;
  const first = tokenFlags(tokens[nameStart]);
  if (first & FLAGS.given && !(first & (PLACE_FLAGS | FLAGS.common | FLAGS.organization | FLAGS.demonym))) return { nameStart, role };
  if (!role) return null;
  for (let i = nameStart; i < end; i++) {
    if (tokens[i].shape !== 'title' || tokenFlags(tokens[i]) & ~(FLAGS.prefix | FLAGS.surname | FLAGS.given | FLAGS.chineseSurname)) return null;
  }
  return { nameStart, role };
}

/**
 * "Minister for Coastal Fisheries Tomas Kerr", "Secretary for Rural Roads Dana Orrel": a portfolio no
 * list knows after "<Title> of/for", then a first name and a surname; the portfolio is the role's.
 * Where the portfolio is made of ordinary words ("Finance", "Human Services"), a name no list knows,
 * or a surname alone, also opens the name ("Secretary of Energy Varnick"). (A first name that is
 * also a word, "Minister of Finance Rose Tarrant", is left out: measured, it named false persons.)
 */
function portfolioBeforeName(doc: Doc, start: number, end: number): { nameStart: number; role: string | null } | null {
  const tokens = doc.tokens;
  let ordinaryPortfolio = true;
  for (let k = start + 1; k <= end - 1 && k <= start + 4; k++) {
    // (the portfolio holds no first name or initial: "head of Dana Orrel Foods", "for K. Dorn Vance", "for P.J. Harrow")
    const before = tokens[k - 1];
    if (before.shape === 'initial' || before.text === '.' || DOTTED_INITIALS.test(before.text) || tokenFlags(before) & FLAGS.given) return null;
    ordinaryPortfolio = ordinaryPortfolio && isPortfolioWord(before);
    const vietnamese = isVietnameseName(doc, k, end);
    if ((end - k > 3 && !vietnamese) || !isNameRest(doc, k + 1, end)) continue;
    const flags = tokenFlags(tokens[k]);
    // (a Chinese or Vietnamese name opens with its family name: "Minister of Agriculture Tang Weiran",
    // "Minister of Transport Nguyen Thi Bich Hoa", though "tang" is a word)
    const firstName = ((flags & FLAGS.given) !== 0 && !(flags & (PLACE_FLAGS | FLAGS.common | FLAGS.organization | FLAGS.demonym))) || (end - k === 2 && isChineseName(tokens[k], tokens[k + 1])) || vietnamese;
    const unlisted = ordinaryPortfolio && tokens[k].shape === 'title' && !(flags & NOT_PORTFOLIO_NAME) && (!(flags & FLAGS.common) || (flags & FLAGS.surname && k === end - 1));
    if (!firstName && !unlisted) continue;
    const role = titleOfBefore(doc, start, k);
    return role ? { nameStart: k, role } : null;
  }
  return null;
}

/** Does a title end right before token `start` in its sentence ("Chief | Negotiator")? */
function roleEndsBefore(doc: Doc, start: number): boolean {
  const before = doc.tokens[start - 1];
  return before !== undefined && before.sentence === doc.tokens[start].sentence && (tokenFlags(before) & FLAGS.title) !== 0;
}

/** What a word of a role before a name may be: an ordinary word, a title, a people, a body, a place */
const ROLE_WORD = FLAGS.common | FLAGS.title | FLAGS.titleModifier | FLAGS.demonym | FLAGS.organization | FLAGS.orgHead | PLACE_FLAGS;
/** An occupation no list knows by its ending: "Neuroscientist", "Primatologist", "Statistician", "Choreographer" */
const OCCUPATION_ENDING = /(?:ist|ician|grapher)$/;
/** ... or a trade's noun made from a word: "Forecaster", "Crofter" (not a first name: "Samer") */
const AGENT_ENDING = /^([a-z]{4,})(?:er|or)$/;

function isOccupationNoListKnows(token: Token): boolean {
  if (tokenFlags(token) !== 0) return false;
  if (OCCUPATION_ENDING.test(token.lower)) return true;
  const stem = AGENT_ENDING.exec(token.lower);
  return stem !== null && (lookup(stem[1]) & (FLAGS.common | FLAGS.given)) === FLAGS.common;
}
/** and what it never is */
const NOT_ROLE_WORD = FLAGS.given | FLAGS.surname | FLAGS.person | FLAGS.legalSuffix | FLAGS.time;

/**
 * "Democratic Assemblyman Dana Kress", "FBI Agent Grace Orrel", "Fisheries Board Commissioner
 * Ana Pell": capitalized words of a role no title list knows, then a first name and one or two name
 * words that are no words: the role is the words before the first name.
 */
function roleWordsBeforeName(doc: Doc, start: number, end: number): { nameStart: number; role: string | null } | null {
  const tokens = doc.tokens;
  for (let k = start + 1; k <= end - 2; k++) {
    const before = tokens[k - 1];
    if ((before.shape !== 'title' && before.shape !== 'upper') || tokenFlags(before) & NOT_ROLE_WORD) return null;
    if (!(tokenFlags(before) & ROLE_WORD) && !isOccupationNoListKnows(before)) return null;
    if (end - k > 3) continue;
    const flags = tokenFlags(tokens[k]);
    if (tokens[k].shape !== 'title' || (flags & (FLAGS.given | PLACE_FLAGS | FLAGS.organization | FLAGS.demonym | FLAGS.title)) !== FLAGS.given) continue;
    // (a particle opens a firm's or a surname's words, "Harlow De Vantier"; a first name that is also
    // a word before a first name that is none may be a role's: "New Yorker Paula Tarn")
    if (NAME_PARTICLES.has(tokens[k].lower)) return null;
    if (flags & FLAGS.common && (tokenFlags(tokens[k + 1]) & (FLAGS.given | FLAGS.common)) === FLAGS.given) return null;
    for (let i = k + 1; i < end; i++) {
      const rest = tokenFlags(tokens[i]);
      if (tokens[i].shape !== 'title' || (rest & FLAGS.common && !(rest & FLAGS.surname)) || rest & (FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.title | PLACE_FLAGS)) return null;
    }
    // ("In Kenya Will Kresk waved": a place alone before the name is where the person is, no role)
    if (longestPhraseAt(doc, start, PLACE_FLAGS, k)?.end === k) return { nameStart: k, role: null };
    return { nameStart: k, role: doc.text.slice(tokens[start].start, tokens[k - 1].end).replace(/\s+/g, ' ') };
  }
  return null;
}

/** What a name after a portfolio never opens with: a place, a body, a people, a title or a month */
const NOT_PORTFOLIO_NAME = PLACE_FLAGS | FLAGS.organization | FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.demonym | FLAGS.title | FLAGS.time | FLAGS.given;

/** A word of a portfolio made of ordinary words: "Finance", "Eastern", "Services" (no first name) */
function isPortfolioWord(token: Token): boolean {
  const flags = tokenFlags(token);
  return token.shape === 'title' && !(flags & FLAGS.given) && (flags & (FLAGS.common | FLAGS.orgHead)) !== 0;
}

/** Are tokens [from, end) the rest of a person's name: capitalized words, initials and their periods, no body's head? */
function isNameRest(doc: Doc, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const token = doc.tokens[i];
    if (token.text === '.' || token.shape === 'initial') continue;
    if (token.shape !== 'title' || tokenFlags(token) & (FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.title)) return false;
  }
  return true;
}

/** Lower-case words that join the parts of a portfolio: "Minister of Trade and Industry", "Secretary for the Arts" */
const PORTFOLIO_JOINERS = new Set(['and', '&', 'of', 'for', 'the']);
/** How far back from the name a portfolio's title may stand */
const MAX_PORTFOLIO_TOKENS = 8;

/**
 * "Ambassador to [the] Velmora", "Minister of Trade and Industry", "Secretary for Near Eastern
 * Affairs" before token `nameStart`: the role, from the title to the place or portfolio. The walk
 * back from `placeStart` crosses capitalized words and joiners, never a first name ("Minister for
 * Europe Ana Vell and Velmora Dana Kress" gives Dana Kress no role).
 */
function titleOfBefore(doc: Doc, placeStart: number, nameStart: number): string | null {
  const tokens = doc.tokens;
  const sentence = tokens[nameStart].sentence;
  for (let link = placeStart - 1; link >= 0 && link >= placeStart - MAX_PORTFOLIO_TOKENS; link--) {
    const token = tokens[link];
    if (token.sentence !== sentence) return null;
    if (token.shape === 'lower') {
      if (AFFILIATION_LINKS.has(token.lower)) {
        const title = titleBefore(doc, link);
        if (title) return doc.text.slice(tokens[title.start].start, tokens[nameStart - 1].end).replace(/\s+/g, ' ');
      }
      if (!PORTFOLIO_JOINERS.has(token.lower)) return null;
    } else if (token.shape !== 'title' || tokenFlags(token) & FLAGS.given) {
      return null;
    }
  }
  return null;
}

/** Words that open a clause said to someone just named: "Dana, it's chaos", "Dana, what happened?"
 * (not those that open a relative clause: "Dana, who founded the firm, said") */
const SPOKEN_TO_NEXT = new Set([
  'i', "i'm", 'you', "you're", 'we', "we're", 'it', "it's", 'this', "that's", 'there', "there's", 'here', 'what', "what's", 'how', 'why',
  'do', 'does', 'did', 'can', 'could', 'would', 'will', 'is', 'are', 'let', "let's", 'thank', 'thanks', 'tell', 'good', 'hello', 'welcome', 'well', 'so', 'yes', 'now',
]);

/**
 * A known first name spoken to, as in broadcast transcripts: after a comma at the end of the
 * sentence ("Good night, Marcus.", "Over to you, Ingrid."), after "Thank you" or "Back to", alone as
 * a question ("Ingrid?"), opening the sentence before a clause said to the listener ("Ingrid,
 * it's quiet here"), after a reply's first word ("Well, Ingrid,"), between commas inside the
 * sentence or after a speaker's label ("Reporter: Ingrid, the rain ..."). Where the listener is
 * named, a first name that is also a word ("Mark", "Wolf") is the name too.
 */
function isAddressedFirstName(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const token = tokens[i];
  const flags = tokenFlags(token);
  if (token.shape !== 'title' || !(flags & FLAGS.given) || flags & (PLACE_FLAGS | FLAGS.organization | FLAGS.demonym | FLAGS.notName)) return false;
  // a first name that is also a word ("Peter", "Mark") not where it may open a sentence as the word
  const alsoAWord = (flags & FLAGS.common) !== 0;
  const next = tokens[i + 1];
  if (!next) return false;
  const previous = tokens[i - 1];
  // "Dana, it's chaos here.", "Marcus, what happened?": a first name opening the sentence before a comma
  // (the clause turns to the listener: not "Dana, a chemist, said", "Dana, meanwhile, expanded")
  if (!alsoAWord && token.sentenceInitial && next.text === ',' && tokens[i + 2]?.sentence === token.sentence && SPOKEN_TO_NEXT.has(tokens[i + 2].lower)) return true;
  // "Well, Dana, the crowd is leaving", "Well Dana, ...": after a word that opens a reply
  if (next.text === ',' && previous?.sentence === token.sentence && opensReply(tokens, previous.text === ',' ? i - 2 : i - 1)) return true;
  // "What we saw here, Dana, was chaos": between commas inside the sentence
  // (after a lower-case word: not an item of a list, "San Carlo, Dana, Hillsby"; nor a noun phrase
  // opened by a determiner, which the name stands in apposition to: "His new album, Grace, sold")
  if (next.text === ',' && previous?.text === ',' && previous.sentence === token.sentence && tokens[i - 2]?.shape === 'lower' && !nounPhraseBefore(doc, i - 1)) return true;
  // "Reporter: Dana, the rain has stopped": after a speaker's label, before a clause (not "Advisers: Dana, Voss Ltd.")
  if (next.text === ',' && previous?.text === ':' && previous.sentence === token.sentence && tokens[i + 2]?.shape === 'lower') return true;
  if (!SENTENCE_ENDS.has(next.text)) return false;
  // "Ingrid?", also inside quotes
  if (token.sentenceInitial && next.text === '?') return true;
  if (previous?.sentence !== token.sentence) return false;
  if (previous.text === ',') return true;
  if (alsoAWord) return false;
  // "Thank you Marcus.", "Back to Marcus."
  const twoBefore = tokens[i - 2];
  return (previous.lower === 'you' && twoBefore?.lower === 'thank') || (previous.lower === 'to' && (twoBefore?.lower === 'back' || twoBefore?.lower === 'over'));
}

/** A first name that may stand alone for a person: no place, body, people's word, title or time */
function isLoneFirstName(token: Token | undefined): boolean {
  if (!token || token.shape !== 'title') return false;
  const flags = tokenFlags(token);
  return (flags & FLAGS.given) !== 0 && !(flags & (PLACE_FLAGS | FLAGS.organization | FLAGS.demonym | FLAGS.notName | FLAGS.title | FLAGS.time | FLAGS.surname | FLAGS.orgHead));
}

/**
 * "Marla and Hedda are flying to Lima", "so Linus and Hedda pay the fare": a first name alone joined
 * by "and" to another first name (alone, or opening a full name) names two people; a firm is named
 * after surnames ("Barnes and Noble"), and neither word is a surname here. At least one is no
 * ordinary word ("Will and Grace", "Hope and Faith" say nothing), and a word that is one does not
 * open its sentence.
 */
function isPairedFirstName(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const token = tokens[i];
  if (!isLoneFirstName(token) || (tokenFlags(token) & FLAGS.common && token.sentenceInitial)) return false;
  let other: Token | undefined;
  if (tokens[i + 1]?.lower === 'and' && tokens[i + 1].shape === 'lower') other = tokens[i + 2];
  else if (tokens[i - 1]?.lower === 'and' && tokens[i - 1].shape === 'lower' && !(tokens[i - 3]?.shape === 'title' && tokens[i - 3].sentence === token.sentence && !tokens[i - 3].sentenceInitial)) other = tokens[i - 2];
  if (!other || other.sentence !== token.sentence || !isLoneFirstName(other)) return false;
  if (tokenFlags(other) & FLAGS.common && other.sentenceInitial) return false;
  return !(tokenFlags(token) & FLAGS.common && tokenFlags(other) & FLAGS.common);
}

/** Determiners and possessives that open a noun phrase an apposition names: "his new album, Grace," */
const NOUN_PHRASE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that']);
/** How far back from the comma a determiner may open the noun phrase */
const MAX_NOUN_PHRASE_WORDS = 3;

/** Does a noun phrase opened by a determiner end at the comma at `comma` ("His new album,")? */
function nounPhraseBefore(doc: Doc, comma: number): boolean {
  const tokens = doc.tokens;
  for (let j = comma - 1; j >= Math.max(0, comma - 1 - MAX_NOUN_PHRASE_WORDS); j--) {
    const token = tokens[j];
    if (token.sentence !== tokens[comma].sentence || token.shape === 'punct') return false;
    if (NOUN_PHRASE_OPENERS.has(token.lower)) return j < comma - 1;
  }
  return false;
}

/** Does a lower-case title of one to three words start at token i and go on with "of"? ("director of", "vice president of") */
function isTitleOf(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  for (let j = i; j < i + 3; j++) {
    const token = tokens[j];
    if (!token || token.shape !== 'lower' || !(tokenFlags(token) & (FLAGS.title | FLAGS.titleModifier))) return false;
    if (tokens[j + 1]?.lower === 'of' && tokenFlags(token) & FLAGS.title) return true;
  }
  return false;
}

/** Words that open a reply to someone named next: "Well, Dana, ...", "Yes Dana, ..." */
const REPLY_OPENERS = new Set(['well', 'yes', 'no', 'ok', 'okay', 'oh', 'thanks', 'sure', 'now', 'right']);

/** Is token j a reply's first word, opening its sentence? */
function opensReply(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j];
  return word !== undefined && word.sentenceInitial && REPLY_OPENERS.has(word.lower);
}

/** Tags of a verb that follows its subject: "blamed", "says", "will". */
/** Is the one-word candidate at i a known surname, and only that, followed by a finite verb? */
function surnameBeforeVerb(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  const flags = tokenFlags(token);
  if (token.shape !== 'title' || !(flags & FLAGS.surname) || flags & (FLAGS.common | FLAGS.given | PLACE_FLAGS | FLAGS.organization | FLAGS.demonym | FLAGS.notName)) return false;
  const next = doc.tokens[i + 1];
  if (!next || next.shape !== 'lower' || next.sentence !== token.sentence) return false;
  return isFiniteVerb(next.lower);
}

/**
 * "Marla writes", "Hedda asks": a first name alone, no place, body or people's word, before a verb
 * of writing in or asking (not one that is also a word opening its sentence: "Will asks" may be a
 * question; nor after a preposition of place)
 */
function givenNameBeforeSpeech(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  const flags = tokenFlags(token);
  if (token.shape !== 'title' || !(flags & FLAGS.given) || flags & (PLACE_FLAGS | FLAGS.organization | FLAGS.demonym | FLAGS.notName | FLAGS.title | FLAGS.time)) return false;
  if (flags & FLAGS.common && token.sentenceInitial) return false;
  const next = doc.tokens[i + 1];
  if (!next || next.shape !== 'lower' || next.sentence !== token.sentence || !GIVEN_NAME_SPEECH_VERBS.has(next.lower)) return false;
  return !afterPlacePreposition(doc, i);
}

/**
 * Verbs of saying that a first name alone is the subject of: viewers' letters read on air ("Marla
 * writes"). Not "said" or "says": firms named like a first name say things ("Lilly said").
 */
const GIVEN_NAME_SPEECH_VERBS = new Set(['writes', 'wrote', 'asks']);

/**
 * Is the run [start, end) a name whose last word is an Irish surname after its particle ("Ó", "Ní",
 * "Nic", "Uí", "Mhic": "Ó Dálaigh", "Brid Ní Tharnaigh")? The particles are capitalized words no other
 * language writes alone. At most two words before them, each capitalized.
 */
function isIrishSurnameAt(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const particle = end - 2;
  if (particle < start || particle - start > 2 || !IRISH_SURNAME_PARTICLES.has(tokens[particle].text) || tokens[end - 1].shape !== 'title') return false;
  for (let i = start; i < particle; i++) if (tokens[i].shape !== 'title') return false;
  return true;
}

/** "Zaher-ul-Marri", "Fazal-ur-Tahir", "Saif-ud-Noor": two capitalized parts joined by "-ul-", "-ur-", "-ud-" ... */
const PARTICLE_NAME = /^\p{Lu}\p{Ll}+-u[lrdsnz]-\p{Lu}\p{Ll}+$/u;

const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,4}$/u;

/** "S. Korea", "N. Irish": a compass point's initial, its period, then a known place or people to the end */
function isCompassPlace(doc: Doc, start: number, end: number): boolean {
  return opensWithCompassInitial(doc, start) && longestPhraseAt(doc, start + 2, PLACE_FLAGS | FLAGS.demonym, end)?.end === end;
}

/**
 * "Aldo P. Renner Jr., the mayor": "Jr." keeps its period inside the name when the
 * sentence goes on after it (before a comma, a lower-case word, a bracket); at a sentence end the
 * period is the full stop.
 */
function suffixPeriodEnd(doc: Doc, end: number): number {
  const tokens = doc.tokens;
  const period = tokens[end];
  // (so does a surname cut to its initial after a first name: "named only as Dario K., 41, said")
  const last = tokens[end - 1];
  const initialSurname = last.shape === 'initial' && last.text.length === 1 && tokens[end - 2]?.shape === 'title' && tokens[end - 2].sentence === last.sentence;
  if (!(GENERATION_SUFFIXES.has(last.lower) || initialSurname) || period?.text !== '.' || period.spaceBefore) return end;
  const next = tokens[end + 1];
  if (!next || next.sentence !== period.sentence) return end;
  const goesOn = next.shape === 'lower' || next.text === ',' || next.text === ';' || next.text === ')' || next.lower === "'s";
  return goesOn ? end + 1 : end;
}

/** A word that ends in "ng", the sound East African names write "ng'" */
const VELAR_NASAL_END = /ng$/;

/**
 * "Dr. Amos Odera Ochang', the director": an apostrophe glued after a name's final "ng" (the velar
 * nasal of Luo and Kikuyu spelling, "Ng'ang'a") is part of the name; not where a single quote opened
 * earlier in the paragraph and may be closing.
 */
function velarApostropheEnd(doc: Doc, end: number): number {
  const tokens = doc.tokens;
  const mark = tokens[end];
  const last = tokens[end - 1];
  if (!mark || (mark.text !== "'" && mark.text !== '’') || mark.spaceBefore || last.shape !== 'title' || !VELAR_NASAL_END.test(last.text)) return end;
  const after = tokens[end + 1];
  if (after && after.sentence === mark.sentence && !after.spaceBefore && after.shape !== 'punct') return end;
  // (a single quote opened earlier in the paragraph closes here, also across sentences: "'Sales were
  // weak. We thank Premier Li Qiang', she said.")
  for (let i = end - 2; i >= 0; i--) {
    if (tokens[i].text === "'" || tokens[i].text === '‘' || tokens[i].text === '’') return end;
    if (tokens[i].lineStart) break;
  }
  return end + 1;
}

/** What a name with an age after it is still not: a country, a region, a known body, a people. */
const NOT_AGED = FLAGS.country | FLAGS.region | FLAGS.organization | FLAGS.demonym | FLAGS.notName;

const AGE = /^\d{1,2}$/;

/** ", 45," right after token end - 1: a person's age. */
function hasAgeAfter(doc: Doc, end: number): boolean {
  const tokens = doc.tokens;
  const age = tokens[end + 1];
  return tokens[end]?.text === ',' && age?.shape === 'number' && AGE.test(age.text) && tokens[end + 2]?.text === ',';
}

/** Every word of [start, end) an ordinary word and none a first name or a surname. */
function allOrdinaryWords(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const token = doc.tokens[i];
    if (token.shape === 'punct') continue;
    const flags = tokenFlags(token);
    if (!(flags & FLAGS.common) || flags & (FLAGS.given | FLAGS.surname | FLAGS.person)) return false;
  }
  return true;
}

/** "X, 45," / "X said" / "said X" / "X, the minister": evidence of a person from around it. */
function contextEvidence(doc: Doc, start: number, end: number): { rule: string; strength: number } | null {
  const tokens = doc.tokens;
  const flags = phraseFlags(doc, start, end);
  const next = tokens[end];
  const after = tokens[end + 1];
  // "said KPRF": in ordinary text a word in capitals is an acronym, not a person
  const sentence = doc.sentences[tokens[start].sentence - doc.sentences[0].index];
  if (!sentence?.allCaps) for (let i = start; i < end; i++) if (tokens[i].shape === 'upper') return null;
  for (let i = start; i < end; i++) if (tokenFlags(tokens[i]) & (FLAGS.orgHead | FLAGS.legalSuffix)) return null;
  // "Jane Roe, 45, ...": an age says person louder than a town list ("Marlow, 19," a town too)
  if (hasAgeAfter(doc, end) && !(flags & NOT_AGED)) return { rule: 'person.age', strength: 0.8 };
  // "MetVell Data, a private forecaster, said": a capital inside a word is a brand's, not a name's
  // (an age says person louder: "Tarvi JaMorr, 45,")
  for (let i = start; i < end; i++) if (isBrandShaped(tokens[i].text)) return null;
  if (flags & (PLACE_FLAGS | FLAGS.organization | FLAGS.demonym | FLAGS.notName)) return null;
  // ("Alphabet, the owner of Zentrix": one ordinary word that no name list knows is a body's name
  // more often than a person's, whatever title follows it)
  if (end - start === 1 && allOrdinaryWords(doc, start, end)) return null;
  // "the firm's chairman, Orvel Dasko, said": a title in lower case, a comma, then the name and a comma or a verb of speech
  const comma = tokens[start - 1];
  const title = tokens[start - 2];
  // (or a title of two words or more ending there: "the firm's chief executive, Ebra Nic Giolla Rua, said")
  if (end - start >= 2 && comma?.text === ',' && title?.shape === 'lower' && title.sentence === tokens[start].sentence && (tokenFlags(title) & FLAGS.title || titleBefore(doc, start - 1) !== null) &&
    next && (next.text === ',' || SPEECH_VERBS.has(next.lower))) {
    return { rule: 'person.appositive-title', strength: 0.75 };
  }
  // "In Tarvosa, the provincial governor, Dana Kresk, ...": after a preposition that takes places
  // only, the name before a title's apposition is where the holder is, not the holder ("a letter
  // from Tarvo Kessel, the former minister," is his)
  const wherePlace = PLACE_ONLY_PREPOSITIONS.has(tokens[start - 1]?.lower ?? '');
  // "Masimov, the former Kazakh prime minister"; "Tavish, director of the agency", "Varno, deputy
  // minister of trade" (a title in lower case right after the comma, before "of")
  if (!wherePlace && next?.text === ',' && after && after.shape === 'lower' && isTitleOf(doc, end + 1)) return { rule: 'person.appositive-title', strength: 0.7 };
  if (!wherePlace && next?.text === ',' && after && APPOSITIVE_OPENERS.has(after.lower)) {
    for (let i = end + 2; i < Math.min(end + 9, tokens.length); i++) {
      const t = tokens[i];
      // a hyphen glued on both sides is inside a word: "the Belfast-born actor"
      if (t.shape === 'punct' && !(t.text === '-' && !t.spaceBefore && !tokens[i + 1]?.spaceBefore)) break;
      if (tokenFlags(t) & FLAGS.title && !(tokenFlags(t) & FLAGS.notName && t.lower === 'state')) {
        const following = tokens[i + 1];
        // (issue 13: not a title word opening a name after "of", "Tarvo, a division of General
        // Velmar Corp.", nor one that describes a body's noun, "Kessby's, the general store", nor
        // the subject of a verb of saying, "to Ostvik, the spokeswoman said": none is Tarvo's title)
        if (t.shape !== 'lower' && tokens[i - 1]?.lower === 'of' && following?.shape === 'title') continue;
        if (t.shape === 'lower' && following?.shape === 'lower' && (isBodyNoun(following.lower) || SHOP_NOUNS.has(following.lower))) break;
        if (following && SPEECH_VERBS.has(following.lower)) break;
        return { rule: 'person.appositive-title', strength: 0.75 };
      }
    }
  }
  // "the Orlenko family owns 19%": a name between "the" and "family" is the family's surname (a
  // person's name, as "the Orlenkos" would be); not a firm's "family of funds", nor a firm joined
  // ("he joined the Tarvex family"), nor a noun the word describes ("the Velmar family doctor"), nor
  // one letter
  const joined = JOINING_WORDS.has(tokens[start - 2]?.lower ?? '');
  // (issue 13: also "the founding Orlenko family", "Velmar's Orlenko family", and "the Orlenko family
  // of Tarnby", where a place the lists know follows "of")
  const ofPlace = after?.lower === 'of' && tokens[end + 2]?.shape === 'title' && (tokenFlags(tokens[end + 2]) & PLACE_FLAGS) !== 0;
  if (end - start <= 2 && next?.lower === 'family' && next.shape === 'lower' && (after?.lower !== 'of' || ofPlace) && !isPlainNounAt(doc, end + 1, next.sentence) && !joined && tokens[end - 1].text.length > 1 &&
      familyOpener(doc, start)) {
    // (the new forms teach the story's other mentions nothing, below one-sense's 0.6: a firm named
    // after its owners, "Kestrova is owned by the Kestrova family of Lyon", stays the firm there)
    return { rule: 'person.family-name', strength: ofPlace || tokens[start - 1].lower !== 'the' ? 0.55 : 0.6 };
  }
  let words = 0;
  for (let i = start; i < end; i++) if (tokens[i].text !== '.') words++;
  if (words <= 3) {
    // companies say things too ("Vontera said", "Boeing said"): one word alone is no evidence,
    // unless a name list knows it as a surname and nothing else ("Novak warned", "Schmidt resigned")
    // and a first name alone is a person's before "writes" or "asks" ("Marla writes"): a firm or a
    // school named like a first name does not write in
    if (end - start === 1 && givenNameBeforeSpeech(doc, start)) return { rule: 'person.given-name-verb', strength: 0.6 };
    if (end - start === 1) return surnameBeforeVerb(doc, start) ? { rule: 'person.surname-verb', strength: 0.6 } : null;
    // "Civic Watch said": a name made only of ordinary words, none a name, is a body's
    if (allOrdinaryWords(doc, start, end)) return null;
    // "Nevada Lighting said": a name opened by a listed place that is no first name, then only words
    // no name list knows as a person's, is a body named after its state or town (not "Anand Rao
    // Velkar said", a town's name before a surname: an Indian first name)
    if (isPlaceOpenedBody(doc, start, end)) return null;
    // ("a farmer near Denholm Mills said": the name after a preposition of place is not the verb's subject)
    if (next && (SPEECH_VERBS.has(next.lower) || REPORTING_VERBS.has(next.lower)) && !afterPlacePreposition(doc, start)) return { rule: 'person.speech-verb', strength: 0.6 };
    const before = tokens[start - 1];
    if (before && SPEECH_VERBS.has(before.lower) && before.sentence === tokens[start].sentence) {
      return { rule: 'person.speech-verb', strength: 0.6 };
    }
  }
  return null;
}

/** Words before "the X family" that make it a firm's staff: "joined the Tarvex family", "welcome to the Tarvex family" */
const JOINING_WORDS = new Set(['join', 'joins', 'joined', 'joining', 'to', 'into']);
/** An outlet's nouns after its name: "the official Velkor news agency" */
const OUTLET_NOUNS = new Set(['news', 'newspaper', 'daily', 'weekly', 'magazine', 'agency', 'radio', 'television']);
/** Titles that are also first names: "Dean", "Earl", "Baron" */
const FIRST_NAME_TITLES = new Set(['dean', 'earl', 'baron']);

/** The one-word title run opens the name, has no article before it and one surname after it */
function isFirstNameTitle(doc: Doc, leading: TitleRun, end: number): boolean {
  const tokens = doc.tokens;
  const title = tokens[leading.start];
  if (leading.end - leading.start !== 1 || end - leading.end !== 1 || title.shape !== 'title' || !FIRST_NAME_TITLES.has(title.lower)) return false;
  const before = tokens[leading.start - 1];
  if (before && before.sentence === title.sentence && ARTICLES.has(before.lower)) return false;
  return !(tokenFlags(tokens[leading.end]) & (FLAGS.given | PLACE_FLAGS | FLAGS.organization));
}

/** Lower-case words a role may have between "and" and its title: "former central bank Governor" */
const MAX_ROLE_WORDS = 3;

/**
 * "Former Prime Minister and former central bank Governor Lena Holm": both roles, the second with
 * the lower-case words before its title; a title run with no "and" before it is the one role.
 */
function conjoinedRoles(doc: Doc, run: TitleRun): string[] {
  const tokens = doc.tokens;
  const sentence = tokens[run.start].sentence;
  let i = run.start;
  for (let k = 0; k < MAX_ROLE_WORDS && i > 0; k++) {
    const word = tokens[i - 1];
    if (word.sentence !== sentence || word.shape !== 'lower' || word.lower === 'and' || FUNCTION_WORDS.has(word.lower)) break;
    i--;
  }
  const and = tokens[i - 1];
  if (and?.lower !== 'and' || and.sentence !== sentence) return [run.role];
  const first = titleBefore(doc, i - 1);
  if (!first) return [run.role];
  const second = i === run.start ? run.role : doc.text.slice(tokens[i].start, tokens[run.start].start) + run.role;
  return [first.role, second];
}

/** Capitalized words a title inside a candidate may follow ("Velmar Harbour Dock Workers Union Chairman") */
const MAX_WORDS_BEFORE_TITLE = 5;

/**
 * A title inside the candidate after a few other capitalized words: "Fisheries Secretary Ana
 * Pardo", "Republican Senator Owen Strake". The role runs from the candidate start.
 */
function innerTitles(doc: Doc, start: number, end: number): TitleRun | null {
  for (let i = start + 1; i < Math.min(end - 1, start + MAX_WORDS_BEFORE_TITLE + 1); i++) {
    // ('Tavish "Duke" Orrel': a title word in quotes inside a name is a nickname, no role)
    if (isQuoted(doc.tokens, i)) continue;
    const run = titleOpeningName(doc, i);
    if (run && run.end < end) {
      if (isMiddleNameTitle(doc, start, run)) return null;
      return { start, end: run.end, role: doc.text.slice(doc.tokens[start].start, doc.tokens[run.end - 1].end).replace(/\s+/g, ' ') };
    }
  }
  return null;
}

/** Does token i follow an opening quote mark glued to it? */
function isQuoted(tokens: readonly Token[], i: number): boolean {
  return !tokens[i].spaceBefore && NICKNAME_QUOTES.has(tokens[i - 1]?.text);
}

/** Title words that are names too, inside a name: "Earl", "Dean", "Baron", "King", "Sen", "Sheikh" */
const MIDDLE_NAME_TITLES = new Set(['dean', 'earl', 'baron', 'king', 'sen', 'sheikh']);

/**
 * "Tarvo Earl Brennick", "Dana Sheikh Halvi": a one-word title that is a name too, right after
 * first names alone, is a middle name or a family name's first word, not the role of the name after
 * it (a role follows a whole name, "Ann Vell President ...", or opens the run).
 */
function isMiddleNameTitle(doc: Doc, start: number, run: TitleRun): boolean {
  const tokens = doc.tokens;
  if (run.end - run.start !== 1 || tokens[run.start].shape !== 'title' || !MIDDLE_NAME_TITLES.has(tokens[run.start].lower)) return false;
  for (let i = start; i < run.start; i++) {
    if (tokens[i].shape !== 'title' || (tokenFlags(tokens[i]) & (FLAGS.given | FLAGS.title | PLACE_FLAGS | FLAGS.organization)) !== FLAGS.given) return false;
  }
  return true;
}

/** "the Clinton administration", "the Gore campaign": a politician's name, whatever a city list says. */
function politicianContext(doc: Doc, start: number, end: number): { rule: string; strength: number } | null {
  const following = doc.tokens[end];
  if (end - start !== 1 || following?.shape !== 'lower' || !POLITICIAN_NOUNS.has(following.lower)) return null;
  if (phraseFlags(doc, start, end) & (FLAGS.country | FLAGS.organization | FLAGS.demonym)) return null;
  return { rule: 'person.administration', strength: 0.8 };
}

/**
 * A listed place that is no first name, then words no name list knows as a person's: "Nevada
 * Lighting", "the New York Merc" (measured: review 18's "Houston Velk said", a person, is lost so;
 * asking ordinary words of the rest cost thirteen firms on OntoNotes train)
 */
function isPlaceOpenedBody(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const first = tokenFlags(tokens[start]);
  if (!(first & PLACE_FLAGS) || first & FLAGS.given) return false;
  for (let i = start + 1; i < end; i++) {
    const flags = tokenFlags(tokens[i]);
    if (flags & (FLAGS.given | FLAGS.surname | FLAGS.person | FLAGS.chineseSurname | FLAGS.rareGiven)) return false;
  }
  return true;
}

/** Words between "the" and a family's surname: "the founding Orlenko family", "the ruling Tarsi family" */
const FAMILY_ADJECTIVES = new Set(['founding', 'ruling', 'wealthy', 'powerful', 'prominent', 'royal', 'controlling']);

/** "the Orlenko family", "the founding Orlenko family", "Velmar's Orlenko family": what may open a family's surname */
function familyOpener(doc: Doc, start: number): boolean {
  const tokens = doc.tokens;
  const before = tokens[start - 1];
  if (!before || before.sentence !== tokens[start].sentence) return false;
  if (before.lower === 'the') return true;
  if (FAMILY_ADJECTIVES.has(before.lower) && before.shape === 'lower') return tokens[start - 2]?.lower === 'the';
  // (a town's or a country's possessive: "Velmar's Orlenko family")
  return before.lower === "'s" && tokens[start - 2] !== undefined && tokens[start - 2].shape !== 'lower' && (tokenFlags(tokens[start - 2]) & PLACE_FLAGS) !== 0;
}
