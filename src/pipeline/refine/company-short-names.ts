// Short names of companies: a story names a company in full once ("Marcus Electronics Corp.", "Pellor
// Canada Ltd.", "Dunmore & Co.") and by its first word(s) after that ("Marcus", "Pellor",
// "Dunmore"). A full name with a legal form teaches the document every shorter name left after
// dropping its last words, while those are a legal form, an organization head noun, a word that
// describes the business ("Products", "International") or a country ("Canada"); a company whose
// first word has two capitalized halves ("Kelso-Brandt Group") teaches the first half ("Kelso"); a
// firm named after its partners teaches the first partner ("Brandauer, Kell & Co." teaches "Brandauer"),
// and one named by its business its first word ("Halvard Airlines", "Kessmer Financial Services" teach
// "Halvard", "Kessmer"), as a bank,
// a fund or a university does its own word ("Oskamp Fund" teaches "Oskamp").
// Read by one-sense.ts, which finds the taught names wherever they occur.

import { Doc, Mention, Token } from '../../model';
import { FLAGS, PLACE_FLAGS, lookup } from '../../lexicon';
import { FUNCTION_WORDS } from '../recognize/candidates';
import { phraseFlags, phraseKey, tokenFlags } from '../recognize/gazetteer';
import { wordsOfPersons } from '../recognize/mention';

export interface ShortName {
  /** lower-case tokens joined by one space, as one-sense keys them */
  key: string;
  /**
   * the short name is also an ordinary word ("Giant", "Fidelity"): found only where its capital
   * says something (not opening a sentence, unless a verb follows: "Giant agreed ...")
   */
  ordinaryWord: boolean;
  // (every short name carries all four fields, so the objects one-sense reads have one shape)
  /** the short name is also a town ("Tamworth" of "Tamworth Steel Corp."): not where the town is meant ("Tamworth, Pa.") */
  town: boolean;
  /** the short name is also a nationality or direction ("Western" of "Western Airlines"): only where it stands as a noun */
  adjective: boolean;
}

/** below this, a one-word person mention says nothing about the story's persons */
const WEAK_PERSON = 0.7;

/** Words after a company's own name that describe its business: "Marcus Electronics Corp." */
const BUSINESS_WORDS = new Set([
  'products', 'international', 'national', 'global', 'worldwide', 'america', 'americas', 'usa', 'manufacturing',
  'electronics', 'industrial', 'entertainment', 'equities', 'bancorp', 'capital', 'management', 'properties',
  'realty', 'development', 'stores', 'brands', 'foods', 'toys', 'apparel', 'trading', 'ventures', 'associates',
  'medical', 'health', 'healthcare', 'software', 'computer', 'computers', 'aerospace', 'automotive',
  'loan', 'loans',
]);
/** Last words of firms named by their business, whose first word is the firm: "Halvard Airlines" */
export const BUSINESS_HEADS = new Set(['airlines', 'airline', 'airways', 'motors', 'steel', 'petroleum', 'electric', 'mining', 'chemicals', 'pharmaceuticals', 'foods', 'brands', 'electronics', 'software', 'semiconductors', 'railways', 'railroad', 'shipping', 'securities', 'investments', 'insurance', 'bancorp', 'bancshares', 'industries', 'enterprises', 'communications', 'technologies', 'systems', 'holdings', 'platforms', 'motor', 'telecom', 'energy',
  // firms of recent years: "Lumora Labs ... Lumora said"
  'labs', 'robotics', 'therapeutics', 'biosciences', 'pharma', 'biotech', 'genomics', 'payments', 'renewables', 'minerals', 'metals', 'analytics',
  // trades of older firms: "Corvell Paper Co. ... Corvell said"
  'paper', 'mills', 'chemical', 'oil', 'textiles', 'publishing', 'media', 'glass', 'tobacco', 'pharmaceutical', 'mines', 'shipyards', 'breweries', 'distillers', 'instruments', 'tools', 'optical']);
/** More words of a business after a firm's own word: "Kessmer Financial Services", "Figgrid Properties" */
const MORE_BUSINESS_WORDS = new Set(['properties', 'realty', 'stores', 'ventures', 'associates', 'capital', 'management', 'equities', 'trading', 'financial', 'services']);

/** "Halvard Airlines", "Kessmer Financial Services": a firm's own word, then one or two words of its business */
function isNamedByBusiness(doc: Doc, start: number, end: number): boolean {
  if (end - start !== 2 && end - start !== 3) return false;
  for (let i = start + 1; i < end; i++) {
    const word = doc.tokens[i].lower;
    if (!BUSINESS_HEADS.has(word) && !MORE_BUSINESS_WORDS.has(word)) return false;
  }
  return true;
}

/** Kinds of body whose name is a word of its own before the kind: "Tarvell Bank", "Brenlow University" */
const INSTITUTION_HEADS = new Set(['bank', 'fund', 'university', 'institute', 'institution', 'foundation']);
/** ... of which these are mostly named after a person */
const NAMED_AFTER_PEOPLE = new Set(['fund', 'institute', 'institution', 'foundation']);
/** Full-name rules whose names end in a legal form: "Acme Holdings Ltd.", "Dunmore & Co." */
const LEGAL_NAME_RULES = new Set(['organization.legal-suffix', 'organization.ampersand']);
/** Words that never stand alone for a company: titles ("General"), months, nationalities. */
const NEVER_ALONE = FLAGS.title | FLAGS.time | FLAGS.demonym | FLAGS.notName | FLAGS.titleModifier | PLACE_FLAGS;

/** "Kelso-Brandt", "Norvik-Stahl": two capitalized halves */
const HYPHENATED_NAME = /^(\p{Lu}\p{L}+)-\p{Lu}/u;

function droppable(doc: Doc, i: number, start: number): boolean {
  const token = doc.tokens[i];
  if (token.text === '.' || token.text === ',' || token.text === '&') return true;
  const flags = tokenFlags(token);
  if (flags & (FLAGS.legalSuffix | FLAGS.orgHead) || BUSINESS_WORDS.has(token.lower) || BUSINESS_HEADS.has(token.lower)) return true;
  // "Pellor Canada Ltd.": a country after the company's own first word
  return i > start && (flags & FLAGS.country) !== 0;
}

export function companyShortNames(doc: Doc, winners: Mention[]): ShortName[] {
  const tokens = doc.tokens;
  const found: ShortName[] = [];
  let personWords: Set<string> | null = null;
  // (a famous surname alone, "Blair said", is a weak guess: "Blair Mills Corp." still teaches "Blair")
  const persons = () => (personWords ??= wordsOfPersons(doc, winners.filter((m) => m.tokenEnd - m.tokenStart > 1 || m.strength >= WEAK_PERSON)));
  for (const m of winners) {
    if (m.type !== 'organization' || m.strength < 0.6) continue;
    // "Kelso-Brandt Group", "Kelso-Brandt Assurances": the first half of a hyphenated first word
    if (m.rule === 'organization.head-noun' || LEGAL_NAME_RULES.has(m.rule)) {
      const half = HYPHENATED_NAME.exec(tokens[m.tokenStart].text);
      if (half && m.tokenEnd - m.tokenStart > 1) {
        const flags = lookup(half[1].toLowerCase());
        if (!(flags & (NEVER_ALONE | FLAGS.given | FLAGS.surname))) found.push({ key: half[1].toLowerCase(), ordinaryWord: (flags & FLAGS.common) !== 0, town: false, adjective: false });
      }
    }
    // "Halvard Airlines", "Orvis Motors": a firm named by its business teaches its first word
    // (and a listed one: "Meta Platforms ... a Meta spokesman")
    if ((m.rule === 'organization.head-noun' || m.rule === 'organization.gazetteer') && isNamedByBusiness(doc, m.tokenStart, m.tokenEnd)) {
      const word = tokens[m.tokenStart];
      const flags = tokenFlags(word);
      // (a first name or surname too, "Meta Platforms ... Meta", but no word of a person of the
      // story: "Dana Vell founded Vell Energy ... Vell said" is the founder)
      const ownWord = word.shape === 'title' && !(flags & (FLAGS.orgHead | FLAGS.organization)) && !FUNCTION_WORDS.has(word.lower) && !BUSINESS_WORDS.has(word.lower) && !persons().has(word.lower);
      if (ownWord && !(flags & NEVER_ALONE)) found.push({ key: word.lower, ordinaryWord: (flags & FLAGS.common) !== 0, town: false, adjective: false });
      // "Western Airlines ... Western said": an airline is called by its adjective too
      else if (ownWord && (flags & NEVER_ALONE) === FLAGS.demonym) found.push({ key: word.lower, ordinaryWord: true, town: false, adjective: true });
    }
    // "Tarvell Bank", "Oskamp Fund", "Brenlow University": a body named by its kind after a word of
    // its own is called by that word too ("Tarvell said", "at Brenlow"); not an ordinary word
    // ("World Bank" is never "World"), a place (kept below by their own rules) or a person's word
    if (m.rule === 'organization.head-noun' && m.tokenEnd - m.tokenStart === 2 && INSTITUTION_HEADS.has(tokens[m.tokenEnd - 1].lower)) {
      const word = tokens[m.tokenStart];
      const flags = tokenFlags(word);
      // (a foundation, an institute or a fund is mostly named after someone: "the Velkor Foundation ...
      // Velkor, who set it up", so a name's word there stays its person's)
      const namedAfterSomeone = NAMED_AFTER_PEOPLE.has(tokens[m.tokenEnd - 1].lower) ? FLAGS.person | FLAGS.surname | FLAGS.given : 0;
      if (word.shape === 'title' && !(flags & (NEVER_ALONE | FLAGS.common | FLAGS.orgHead | FLAGS.organization | namedAfterSomeone)) && !FUNCTION_WORDS.has(word.lower) && !persons().has(word.lower)) {
        found.push({ key: word.lower, ordinaryWord: false, town: false, adjective: false });
      }
    }
    const named = nameAfterHoldingWord(doc, m, persons);
    if (named) found.push(named);
    // "Brandauer Kell Lamont", a listed firm named after its partners, is "Brandauer" too
    // (not an ordinary word: "Dow" of "Dow Jones" names the index as often as the firm)
    if (m.rule === 'organization.gazetteer' && m.tokenEnd - m.tokenStart >= 2 && isPartnersName(doc, m)) {
      const firstPartner = firstPartnerName(doc, m, persons);
      if (firstPartner && !firstPartner.ordinaryWord) found.push(firstPartner);
    }
    // (or, for a firm named "A & B", a head noun: "Tamworth Savings & Loan Association")
    // (and a firm before its officer's title, "Brisk Fabrics Ltd Chairman Dana Vell", ending in its legal form)
    const firm = LEGAL_NAME_RULES.has(m.rule) || (m.rule === 'organization.head-noun' && hasAmpersand(doc, m)) || (m.rule === 'organization.before-title' && (tokenFlags(tokens[m.tokenEnd - 1]) & FLAGS.legalSuffix) !== 0);
    if (!firm) continue;
    const last = tokens[m.tokenEnd - 1].text === '.' ? m.tokenEnd - 2 : m.tokenEnd - 1;
    const legalEnd = (tokenFlags(tokens[last]) & (FLAGS.legalSuffix | FLAGS.orgHead)) !== 0;
    // "Brandauer, Kell & Co.", "Ostler Venn Marsh Inc.", and a partnership with no legal form,
    // "Brandauer & Kell": the first partner's name is the firm's short name too ("Brandauer said ...")
    if (legalEnd || m.rule === 'organization.ampersand') {
      const firstPartner = firstPartnerName(doc, m, persons);
      if (firstPartner) found.push(firstPartner);
      // "Brandauer, Kell & Co. ... analysts at Brandauer Kell said": the first two partners without their comma
      const twoPartners = firstTwoPartners(doc, m);
      if (twoPartners) found.push(twoPartners);
    }
    if (!legalEnd) continue;
    const founder = surnameAfterInitials(doc, m, persons);
    if (founder) found.push(founder);
    for (const key of prefixesNamedAsPersons(doc, m, winners)) found.push({ key, ordinaryWord: false, town: false, adjective: false });
    let end = m.tokenEnd;
    while (end > m.tokenStart + 1 && droppable(doc, end - 1, m.tokenStart)) {
      end--;
      const newLast = tokens[end - 1];
      // ("Harlan's Inc." teaches "Harlan's", its "'s" kept)
      if ((newLast.shape === 'punct' && newLast.lower !== "'s") || newLast.shape === 'lower') continue;
      const key = phraseKey(doc, m.tokenStart, end);
      if (end - m.tokenStart > 1) {
        found.push({ key, ordinaryWord: false, town: false, adjective: false });
        continue;
      }
      const word = tokens[m.tokenStart];
      const flags = tokenFlags(word);
      // "Tamworth Steel Corp.", "Croydon Trust Co.": a firm named after its town (a town that may
      // also name its district) is called by the town's name all through the story
      if ((flags & NEVER_ALONE & ~FLAGS.region) === FLAGS.city && word.shape === 'title') {
        found.push({ key, ordinaryWord: (flags & FLAGS.common) !== 0, town: true, adjective: false });
        break;
      }
      if (flags & NEVER_ALONE || FUNCTION_WORDS.has(word.lower) || word.shape === 'initial') break;
      // "Marcus Electronics Corp.": a first name alone is the company unless the story has such a person
      if (flags & (FLAGS.given | FLAGS.surname)) {
        if (persons().has(word.lower)) break;
      }
      found.push({ key, ordinaryWord: (flags & FLAGS.common) !== 0, town: false, adjective: false });
    }
  }
  return found;
}

/** Person rules that read the name's own words (or a verb of speech after it): a name no title, age or apposition vouched for */
const UNVOUCHED_PERSON_RULES = new Set(['person.given-name', 'person.unknown-name', 'person.one-sense', 'person.speech-verb']);

/**
 * "Velm Tarsa Greene Inc. ... analysts at Velm Tarsa said": the first two or more words of a firm's
 * name of three or more (before its legal form) that the story also has alone as a name only its
 * own words made a person's; there, the short name of the firm (not "Ivo Rask & Co.", where the
 * name is the founder's whole name).
 */
function prefixesNamedAsPersons(doc: Doc, m: Mention, winners: Mention[]): string[] {
  const tokens = doc.tokens;
  let own = m.tokenStart;
  while (own < m.tokenEnd && tokens[own].shape === 'title' && !(tokenFlags(tokens[own]) & (FLAGS.legalSuffix | FLAGS.orgHead))) own++;
  if (own - m.tokenStart < 3) return [];
  const keys: string[] = [];
  for (const p of winners) {
    if (p.type !== 'person' || !UNVOUCHED_PERSON_RULES.has(p.rule) || p.tokenEnd - p.tokenStart < 2 || p.tokenEnd - p.tokenStart >= own - m.tokenStart) continue;
    const key = phraseKey(doc, p.tokenStart, p.tokenEnd);
    if (key === phraseKey(doc, m.tokenStart, m.tokenStart + (p.tokenEnd - p.tokenStart)) && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** Words that open a firm's name before its own word, in the languages that put them first */
const HOLDING_WORDS = new Set(['groupe', 'grupo', 'gruppo', 'banco', 'banca', 'banque', 'institut', 'instituto', 'compagnie', 'compania', 'companhia']);

/**
 * "AB Velmor", "Grupo Tarsa S.A.", "Banque Orvel": a legal form or a holding word opens the name,
 * and the one word after it is what the story calls the firm ("Velmor said ..."), unless a person
 * of the story has that name.
 */
function nameAfterHoldingWord(doc: Doc, m: Mention, persons: () => Set<string>): ShortName | null {
  const tokens = doc.tokens;
  const first = tokens[m.tokenStart];
  if (!(m.rule === 'organization.legal-prefix' || HOLDING_WORDS.has(first.lower))) return null;
  let end = m.tokenEnd;
  while (end > m.tokenStart + 2 && (tokens[end - 1].text === '.' || tokenFlags(tokens[end - 1]) & FLAGS.legalSuffix)) end--;
  if (end !== m.tokenStart + 2) return null;
  const word = tokens[m.tokenStart + 1];
  const flags = tokenFlags(word);
  if (word.shape !== 'title' || flags & (NEVER_ALONE | FLAGS.orgHead | FLAGS.legalSuffix) || FUNCTION_WORDS.has(word.lower) || BUSINESS_WORDS.has(word.lower) || persons().has(word.lower)) return null;
  return { key: word.lower, ordinaryWord: (flags & FLAGS.common) !== 0, town: false, adjective: false };
}

/** "W.R.", "G. D.": a founder's initials, one token or letters and periods */
const INITIALS = /^(?:\p{Lu}\.)+$/u;

/**
 * "R.T. Kelmar & Co.", "H.J. Vorn Co.": a firm named after its founder's initials and surname is
 * called by the surname ("Kelmar said ..."), unless a person of the story has that name.
 */
function surnameAfterInitials(doc: Doc, m: Mention, persons: () => Set<string>): ShortName | null {
  const tokens = doc.tokens;
  let i = m.tokenStart;
  while (i < m.tokenEnd && (tokens[i].shape === 'initial' || INITIALS.test(tokens[i].text) || (i > m.tokenStart && tokens[i].text === '.'))) i++;
  if (i === m.tokenStart || i + 1 >= m.tokenEnd) return null;
  const word = tokens[i];
  const next = tokens[i + 1];
  if (word.shape !== 'title' || !(next.text === '&' || tokenFlags(next) & (FLAGS.legalSuffix | FLAGS.orgHead))) return null;
  const flags = tokenFlags(word);
  if (flags & (NEVER_ALONE | FLAGS.orgHead | FLAGS.legalSuffix) || FUNCTION_WORDS.has(word.lower) || persons().has(word.lower)) return null;
  return { key: word.lower, ordinaryWord: (flags & FLAGS.common) !== 0, town: false, adjective: false };
}

/** Every word a capitalized name of its own, none a head noun, legal form or place ("Brandauer Kell Lamont") */
function isPartnersName(doc: Doc, m: Mention): boolean {
  for (let i = m.tokenStart; i < m.tokenEnd; i++) {
    const token = doc.tokens[i];
    if (token.shape !== 'title' || tokenFlags(token) & (FLAGS.legalSuffix | FLAGS.orgHead | NEVER_ALONE) || BUSINESS_WORDS.has(token.lower) || FUNCTION_WORDS.has(token.lower)) return false;
  }
  return true;
}

/**
 * A partner's name in a firm's name: a capitalized word of its own, no head noun, legal form,
 * title, month, people or business word (a town's name may be a partner's: "Kidder, Peabody & Co.")
 */
function isPartnerWord(token: Token): boolean {
  return token.shape === 'title' && !(tokenFlags(token) & (FLAGS.legalSuffix | FLAGS.orgHead | FLAGS.organization | (NEVER_ALONE & ~PLACE_FLAGS))) && !BUSINESS_WORDS.has(token.lower) && !BUSINESS_HEADS.has(token.lower) && !FUNCTION_WORDS.has(token.lower);
}

/**
 * "Brandauer, Kell & Co.", "Ostler, Venn, Marsh & Tarr": a firm that lists its partners with commas
 * is called by its first two partners' names without the comma ("Brandauer Kell declined to
 * comment"), which alone would read as a person's first name and surname. Only where a comma
 * parts the first two and a comma or "&" closes the second.
 */
function firstTwoPartners(doc: Doc, m: Mention): ShortName | null {
  const tokens = doc.tokens;
  const start = m.tokenStart;
  if (start + 4 > m.tokenEnd || tokens[start + 1].text !== ',' || !isPartnerWord(tokens[start]) || !isPartnerWord(tokens[start + 2])) return null;
  const after = tokens[start + 3].text;
  if (after !== ',' && after !== '&') return null;
  return { key: tokens[start].lower + ' ' + tokens[start + 2].lower, ordinaryWord: false, town: false, adjective: false };
}

function hasAmpersand(doc: Doc, m: Mention): boolean {
  for (let i = m.tokenStart; i < m.tokenEnd; i++) if (doc.tokens[i].text === '&') return true;
  return false;
}

/**
 * The first word of a firm named after its partners or founders, when two or more names stand
 * before the legal form ("Brandauer, Kell & Co.", "Ostler Venn Marsh Inc."): not a word that
 * never stands alone, a head noun ("Bank"), a known organization, or a name a person in the
 * story has.
 */
function firstPartnerName(doc: Doc, m: Mention, persons: () => Set<string>): ShortName | null {
  const tokens = doc.tokens;
  let names = 0;
  for (let i = m.tokenStart; i < m.tokenEnd; i++) {
    const token = tokens[i];
    if (token.shape !== 'title' || tokenFlags(token) & (FLAGS.legalSuffix | FLAGS.orgHead) || BUSINESS_WORDS.has(token.lower)) continue;
    names++;
  }
  const word = tokens[m.tokenStart];
  // "Harlan's Investors Service Inc.": the short name would be "Harlan's", not "Harlan"
  const next = tokens[m.tokenStart + 1];
  if (names < 2 || word.shape !== 'title' || next?.text === '.' || next?.lower === "'s") return null;
  const flags = tokenFlags(word);
  if (flags & (NEVER_ALONE | FLAGS.orgHead | FLAGS.organization | FLAGS.legalSuffix) || FUNCTION_WORDS.has(word.lower) || BUSINESS_WORDS.has(word.lower)) return null;
  if (flags & (FLAGS.given | FLAGS.surname) && persons().has(word.lower)) return null;
  return { key: word.lower, ordinaryWord: (flags & FLAGS.common) !== 0, town: false, adjective: false };
}

/** Kinds of private body or institution after the words a story calls it by: "Tarvel Capital Partners" is "Tarvel" */
const FIRM_HEADS = new Set(['bank', 'banks', 'bancorp', 'fund', 'trust', 'group', 'company', 'corporation', 'partners', 'realty', 'publications', 'insurance', 'theater', 'theatre', 'gallery', 'school', 'institute', 'academy', 'managers', 'management', 'service', 'services']);

/**
 * "Tarvel Capital Partners ... his posts at Tarvel", "Orsk Valley Savings Bank ... Orsk Valley said":
 * a private body or an institution the head-noun rule found, named by its kind after words of its
 * own (every word capitalized), teaches those words, dropping the kind and the words of its
 * business as for a legal form; one-sense finds them only as a whole run of capitals no rule typed.
 * Not a place, a people or a listed body ("New Zealand" of "New Zealand Dairy Board"), an ordinary
 * word alone ("Pioneer Bank" is never "Pioneer", as above), a word of the story's persons, or a word
 * of a business alone ("Securities" of "Securities Industry Fund").
 */
export function headedShortNames(doc: Doc, winners: Mention[]): string[] {
  const tokens = doc.tokens;
  const keys: string[] = [];
  let personWords: Set<string> | null = null;
  const persons = () => (personWords ??= wordsOfPersons(doc, winners.filter((m) => m.tokenEnd - m.tokenStart > 1 || m.strength >= WEAK_PERSON)));
  for (const m of winners) {
    if (m.type !== 'organization' || m.rule !== 'organization.head-noun' || m.strength < 0.6 || m.tokenEnd - m.tokenStart < 2 || !FIRM_HEADS.has(tokens[m.tokenEnd - 1].lower)) continue;
    let own = true;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) if (tokens[i].shape !== 'title' && tokens[i].shape !== 'upper') own = false;
    if (!own) continue;
    let end = m.tokenEnd;
    while (end > m.tokenStart + 1 && droppable(doc, end - 1, m.tokenStart)) {
      end--;
      if (phraseFlags(doc, m.tokenStart, end) & (NEVER_ALONE | FLAGS.organization)) break;
      const word = tokens[m.tokenStart];
      if (end - m.tokenStart === 1 && (FUNCTION_WORDS.has(word.lower) || tokenFlags(word) & FLAGS.common || persons().has(word.lower) || droppable(doc, m.tokenStart, m.tokenStart))) break;
      keys.push(phraseKey(doc, m.tokenStart, end));
    }
  }
  return keys;
}
