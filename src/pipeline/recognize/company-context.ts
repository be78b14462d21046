// Companies known by what the story says about them. A firm that no list knows and whose name has
// no legal form ("Halvard", "Orvis Kline") is still told apart by the words around it somewhere in
// the story: "shares of Halvard", "a stake in Halvard", "Halvard's board", "Halvard and its
// creditors", "Halvard, a maker of tools", "Halvard gained 35 to 1,410" ("Halvard shares" is organizations.ts's descriptor rule, spread by one-sense). One such phrase anywhere types every mention of the
// name in the document as an organization, since the same name is the same firm throughout.

import { Doc, Mention, Token } from '../../model';
import { FLAGS, PLACE_FLAGS, lookup } from '../../lexicon';
import { ARTICLES, Candidate, FUNCTION_WORDS, PLACE_ONLY_PREPOSITIONS, isNounAfter, looksLikePeopleOrCreed, nameCandidates, sentenceHolds, suchAsNounBefore, tokenInSentence } from './candidates';
import { phraseFlags, phraseKey, tokenFlags } from './gazetteer';
import { beforeFamily, mentionFromTokens, newMentions, standingPersons, wordsOfPersons } from './mention';
import { PLACE_HEADS, PLACE_PREFIXES, standsAloneElsewhere } from './places';
import { PERSON_PRONOUNS } from './person-context';
import { AUXILIARIES } from './organizations';
import { isFiniteVerb } from '../../lexicon/word-tags';
import { STORM_KINDS } from '../refine/events';
import { headlineSaysCompany } from './headline-companies';
import { isFirmTradeBefore } from './titles';
import { MONTHS, SHORT_MONTHS } from '../../dates/words';

/** Nouns after "X's" that only a company has: "Halvard's shares", "Halvard's board" */
const COMPANY_POSSESSIONS = new Set([
  'shares', 'stock', 'stockholders', 'shareholders', 'earnings', 'profit', 'profits', 'revenue', 'revenues',
  'sales', 'board', 'directors', 'subsidiary', 'subsidiaries', 'unit', 'units', 'divisions', 'takeover',
  'merger', 'acquisition', 'debt', 'bonds', 'creditors', 'customers', 'products', 'plants',
  'stores', 'headquarters', 'chairman', 'executives', 'management', 'employees', 'ceo', 'dividend', 'assets',
  'operations', 'net', 'restructuring', 'reorganization', 'bankruptcy', 'brokerage', 'shipments', 'traders',
]);
/**
 * What a firm has and a town has not: "Kelso's shareholders" (not "board": a town's school board;
 * not "shares" or "stock": a city's stock exchange and its share prices)
 */
const TOWN_NEVER_HAS = new Set(['shareholders', 'stockholders', 'directors', 'chairman', 'ceo', 'subsidiary', 'subsidiaries', 'dividend']);
/** Words before a town's name that still make it the town: "in Kelso", "from Kelso" */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'from', 'to', 'into', 'across', 'throughout']);
/** above a gazetteer place's 0.75: the firm wins its town's name throughout the story */
const TOWN_COMPANY_STRENGTH = 0.8;
/** above a first name's 0.8: "shares of Dana Kerr" is a firm named after its founder */
const LISTED_COMPANY_STRENGTH = 0.85;
/** Words before the name: "shares of X", "a stake in X", "analysts at X" (the preposition follows) */
const COMPANY_BEFORE_OF = new Set(['shares', 'stake', 'unit', 'subsidiary', 'division', 'acquisition', 'purchase', 'takeover', 'stock', 'users']);
const COMPANY_BEFORE_AT = new Set(['analyst', 'analysts', 'economist', 'economists', 'trader', 'traders', 'executives', 'executive']);
/** who watches a market for a firm: "an analyst with X", "economist Lena Marsh of X" */
const MARKET_WATCHERS = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists']);

/** What an apposition calls a company: "X, a unit of Y", "X, the Ohio-based maker of Z" */
const COMPANY_APPOSITION_HEADS = new Set([
  'company', 'firm', 'concern', 'unit', 'subsidiary', 'maker', 'manufacturer', 'producer', 'retailer', 'chain',
  'airline', 'carrier', 'insurer', 'bank', 'brokerage', 'conglomerate', 'supplier', 'distributor', 'publisher',
  'automaker', 'developer', 'operator', 'affiliate', 'brewer', 'lender', 'utility', 'partnership', 'franchisor', 'rival', 'competitor',
  // (issue 13: a firm's part and a shop: "X, a division of Y", "X, the department store chain", "X, a joint venture of")
  'division', 'venture', 'store', 'shop', 'restaurant', 'newsletter',
  // (issue 13: firms named by their trade in one word, and a firm's kinds no person is called by:
  // "X, a drugmaker", "X, a Paris start-up", "X, an imprint of Y", "X, a ride-hailing app", "X is
  // a provider of")
  'drugmaker', 'chipmaker', 'carmaker', 'steelmaker', 'planemaker', 'shipbuilder', 'refiner', 'reinsurer',
  'startup', 'start-up', 'imprint', 'app', 'cooperative', 'co-operative', 'mutual', 'consultancy', 'telecoms', 'provider',
]);
/**
 * Not firms, but organizations all the same: "X, a Skopje weekly", "X, a rebel group"; never
 * before "of" ("X, a group of tenants" opens the next clause; "a loose federation of clubs")
 */
const BODY_APPOSITION_HEADS = new Set([
  'newspaper', 'daily', 'weekly', 'magazine', 'journal', 'publication', 'tabloid', 'newsletter', 'broadcaster', 'network', 'agency', 'group', 'organization',
  'organisation', 'party', 'union', 'association', 'federation', 'foundation', 'charity', 'movement',
  'coalition', 'institute', 'club', 'team', 'band', 'orchestra', 'university', 'college',
  'alliance', 'channel', 'outlet', 'website', 'studio', 'label', 'bloc', 'faction', 'militia', 'council', 'committee',
  'commission', 'watchdog', 'exchange', 'fund', 'consortium', 'cartel',
]);
/** words that end the apposition's noun phrase before its head */
const APPOSITION_STOPS = new Set(['of', 'with', 'for', 'at', 'in', 'to', 'by', 'from', 'who', 'that', 'which', 'and', 'or', 'but']);
/** what may follow the head noun: "a unit of", "a maker that", "a company based in" */
const AFTER_APPOSITION_HEAD = new Set(['of', 'that', 'which', 'whose', 'based', 'owned', 'controlled', 'with', 'in', 'for', 'and']);
/** how far after "X, a" the head noun may come: "X, a closely held Ohio-based maker" */
const MAX_APPOSITION_WORDS = 6;

/** Kind words of administrative areas: "Harris County", "Velmar Province" */
const AREA_HEADS = new Set(['county', 'province', 'district', 'region', 'oblast', 'prefecture', 'municipality', 'borough', 'parish', 'township']);
/** Officers of a firm before "at" or "of" its name (not of a country or a town: "president of Kelso" is no firm's) */
const FIRM_OFFICERS = new Set(['co-chairman', 'vice-chairman', 'partner', 'strategist', 'broker', 'underwriter']);
/** Officers who work "at" a firm and "of" a country or a town: "president at Kelso Marle" */
const OFFICERS_AT = new Set(['president', 'director', 'manager', 'officer', 'chairman', 'executive', 'vice-president']);
/** a body's people after its name: "Korvane executives", "Korvane chairman Ivo Dell" */
/** Staff words a person has too: "Senator Harlan's staff" written "Harlan staff" */
const PERSONS_TOO = new Set(['staff', 'directors', 'board', 'chairman', 'chairwoman']);
const STAFF_AFTER = new Set([...MARKET_WATCHERS, 'executives', 'officials', 'chairman', 'chairwoman', 'board', 'staff', 'directors', 'researchers', 'scientists', 'shareholders', 'stockholders', 'spokesman', 'spokeswoman', 'spokesperson', 'workers', 'employees', 'founder', 'co-founder', 'cofounder', 'users']);
/** "its Pacific Vell unit", "its Orvis subsidiary" */
const UNIT_NOUNS = new Set(['unit', 'units', 'subsidiary', 'subsidiaries', 'division', 'affiliate']);
/** Officers "of" a body no place list knows: "chairman of Ostvik Ferries" */
const OFFICERS_OF = new Set(['chairman', 'president', 'vice-president', 'director', 'editor', 'publisher', 'officer', 'owner', 'co-owner', 'founder', 'co-founder']);
/** "X's chief executive", "X's chief financial officer" */
const CHIEF_OFFICERS = new Set(['executive', 'financial', 'operating']);
/** "X posted a net loss", "X reported net income" */
const RESULTS_VERBS = new Set(['posted', 'posts', 'reported', 'reports']);
const RESULTS = new Set(['loss', 'losses', 'profit', 'profits', 'income', 'earnings', 'revenue', 'revenues']);
/** Honorifics after a firm's "'s": "Halvard's Ms. Kresk" */
const HONORIFICS = new Set(['Mr', 'Ms', 'Mrs']);
/** "values X at $2 billion" */
const VALUES = new Set(['values', 'valued', 'valuing']);

/** "net loss", "quarterly profit", "a third-quarter loss", "2025 nine-month net profit": a firm's results, a few words on */
function isResult(doc: Doc, from: number, sentence: number): boolean {
  for (let i = from; i < from + 4; i++) {
    const token = tokenInSentence(doc, i, sentence);
    if (!token || (token.shape !== 'lower' && token.shape !== 'number')) return false;
    if (RESULTS.has(token.lower)) return true;
  }
  return false;
}

/** A firm's works: "refinery", "smelter", "factories" (a unit or a subsidiary only with its own name: NAMED_PARTS) */
const WORKS = new Set(['refinery', 'refineries', 'smelter', 'smelters', 'factory', 'factories', 'mill', 'mills', 'plant', 'plants', 'mine', 'mines', 'facility', 'facilities', 'oilfield']);
/** A firm's part after its capitalized name only: "Halvard's Orvis Tooling unit" (not "Okoro's old army unit") */
const NAMED_PARTS = new Set(['unit', 'subsidiary']);
/** How many words may describe the works before its noun: "450 kW Norra tidal" */
const MAX_WORKS_WORDS = 4;
/** Words of an industry that may describe a works in lower case: "its tidal plant", "the copper mine" */
const INDUSTRY_WORDS = new Set([
  'hydroelectric', 'hydro', 'tidal', 'wind', 'solar', 'nuclear', 'coal', 'gas', 'oil', 'power', 'steel', 'iron', 'copper', 'gold', 'silver',
  'zinc', 'nickel', 'aluminium', 'aluminum', 'uranium', 'textile', 'paper', 'pulp', 'cement', 'sugar', 'chemical', 'petrochemical',
  'fertilizer', 'fertiliser', 'glass', 'tyre', 'tire', 'auto', 'car', 'assembly', 'bottling', 'processing', 'packaging', 'refining', 'smelting',
]);

/** From token i: up to four words that describe (a number, a capitalized name or an abbreviation, an industry's word), then a works noun */
function worksAfter(doc: Doc, i: number, sentence: number): boolean {
  for (let j = i; j <= i + MAX_WORKS_WORDS; j++) {
    const token = tokenInSentence(doc, j, sentence);
    if (!token) return false;
    if (j > i && token.shape === 'lower' && WORKS.has(token.lower)) return true;
    if (j > i && token.shape === 'lower' && NAMED_PARTS.has(token.lower)) return namedPart(doc, i, j, sentence);
    // ("Okoro's old army unit", "Velk's family mill": any other lower-case word stops it)
    if (token.shape !== 'number' && token.shape !== 'title' && token.shape !== 'upper' && token.shape !== 'mixed' && !(token.shape === 'lower' && INDUSTRY_WORDS.has(token.lower))) return false;
  }
  return false;
}

/** Are the words i..j-1 before a unit's noun all capitalized, its name ("Orvis Tooling unit")? */
function namedPart(doc: Doc, i: number, j: number, sentence: number): boolean {
  for (let k = i; k < j; k++) {
    const shape = tokenInSentence(doc, k, sentence)?.shape;
    if (shape !== 'title' && shape !== 'upper' && shape !== 'mixed') return false;
  }
  return true;
}

/** What a firm does and a person hardly does: "X employs 4,000", "X has annual sales of", "X filed for Chapter 11" */
function saysBusiness(verb: string, after: Token, third: Token | undefined, fourth: Token | undefined): boolean {
  if (verb === 'employs' || verb === 'employed') return after.shape === 'number' || after.lower === 'about' || after.lower === 'some' || after.lower === 'more';
  if (verb === 'has' || verb === 'had') return (after.lower === 'annual' && (third?.lower === 'sales' || third?.lower === 'revenue')) || ((after.lower === 'sales' || after.lower === 'revenue' || after.lower === 'revenues') && third?.lower === 'of');
  // (people file for bankruptcy too: a firm files under Chapter 11 or for the court's protection)
  if (verb === 'filed') return after.lower === 'for' && (third?.lower === 'chapter' || (third?.lower === 'bankruptcy' && (fourth?.lower === 'protection' || fourth?.lower === 'court')));
  return false;
}

/** after "X said it": what a person says of a thing ("it was hard"), not of itself */
const JUDGING_IT = new Set(['was', 'is', "wasn't", "isn't", 'seemed', 'seems', 'felt', 'feels', 'looked', 'looks']);
/** verbs before "its": "X said its profit rose" */
const REPORTING = new Set(['said', 'says', 'reported', 'reports', 'posted', 'posts', 'expects', 'raised', 'cut', 'increased', 'reduced']);
/** what a name of a company must not be known as */
const NOT_COMPANY = PLACE_FLAGS | FLAGS.demonym | FLAGS.title | FLAGS.time | FLAGS.notName | FLAGS.person;
const MAX_TOKENS = 3;
/** how often a name must stand with "'s", and only so, before the "'s" is taken as part of it */
const MIN_POSSESSIVE_NAME_MENTIONS = 2;

export function recognizeCompaniesByContext(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  // first the phrases that say "company": most stories have none, and then nothing else is done
  const companies = new Set<string>();
  // "Kelso's shareholders": a firm named after its town, told only by what a town never has
  const townCompanies = new Set<string>();
  let ordinaryWordCompanies: Set<string> | null = null;
  // "shares of Dana Kerr", "a stake in Dana Kerr": what no person is outweighs a first name's
  // guess (not "Dana Kerr's shares": a person may hold shares)
  let listedCompanies: Set<string> | null = null;
  // "Orlan was founded in 1952 by Petra Orlan": a firm said to be founded is the firm even where its
  // founder's name is the story's person, and outweighs a first name ("Tamsin Orr, formed in 2001 by")
  let foundedBodies: Set<string> | null = null;
  // how many mentions of a one-word name the company wording speaks of
  let saidCounts: Map<string, number> | null = null;
  for (const c of nameCandidates(doc)) {
    // (mayNameCompany's own first test before saysCompany's many: a long, all-capitals or weak
    // candidate names no company here, whatever its context says)
    const mayBe = c.end - c.start <= MAX_TOKENS && !c.allCaps && !c.weakStart;
    if (mayBe && (saidFounded(doc, c.start, c.end) || namedAsBody(doc, c.start)) && mayNameCompany(doc, c)) {
      const key = phraseKey(doc, c.start, c.end);
      companies.add(key);
      (foundedBodies ??= new Set()).add(key);
      (listedCompanies ??= new Set()).add(key);
      continue;
    }
    const says = mayBe && saysCompany(doc, c.start, c.end);
    if (says && mayNameCompany(doc, c)) {
      companies.add(phraseKey(doc, c.start, c.end));
      if (c.end - c.start === 1) (saidCounts ??= new Map()).set(phraseKey(doc, c.start, c.end), (saidCounts?.get(phraseKey(doc, c.start, c.end)) ?? 0) + 1);
      if (c.end - c.start > 1 && (tradedAs(doc, c.start, c.end, true) || firmByItsPeople(doc, c.start, c.end))) (listedCompanies ??= new Set()).add(phraseKey(doc, c.start, c.end));
    }
    // "Zenith's stock soared", "a stake in Zenith", "a Summit spokesman": what only a listed firm
    // has, or who speaks for a body, makes even an ordinary word (mid-sentence, capitalized) a firm's name
    // (issue 13: so do most of saysCompany's phrases where the word stands alone with its capital
    // inside the sentence, "Anvil, a Velport software maker", "Anvil columnists"; asked again only
    // where they said company, as they say less of such a word)
    else if ((saysFirmOnly(doc, c.start, c.end, LISTED_POSSESSIONS, true) || spokenForAsBody(doc, c.start, c.end) || (says && ordinaryWordAlone(doc, c) && saysCompany(doc, c.start, c.end, false, true))) && mayNameCompany(doc, c, true)) {
      const key = phraseKey(doc, c.start, c.end);
      companies.add(key);
      (ordinaryWordCompanies ??= new Set()).add(key);
    } else if (isTownName(doc, c) && (saysFirmOnly(doc, c.start, c.end, TOWN_NEVER_HAS, false) || tradedOrBased(doc, c.start, c.end) || saysCompany(doc, c.start, c.end, true))) townCompanies.add(phraseKey(doc, c.start, c.end));
  }
  // (a town is founded and incorporated too: "here in Tarvo, ... when Tarvo was incorporated")
  if (foundedBodies) {
    for (const key of namesStandingAsTowns(doc, foundedBodies)) {
      foundedBodies.delete(key);
      companies.delete(key);
      listedCompanies?.delete(key);
    }
  }
  for (const key of townCompanies) companies.add(key);
  if (companies.size === 0) return [];
  // a word of a person's name found in the story is that person ("Velev's spokesman"), unless the
  // story trades it more than once: the firm named after its founder ("Nils Sorensen founded
  // Sorensen ... Sorensen shares rose"), which then outweighs the founder's surname
  const founders: string[] = [];
  for (const word of wordsOfPersons(doc, standingPersons(doc, 0.6))) {
    if (companies.has(word)) founders.push(word);
  }
  // (the traded mentions are counted only for those words: most stories have none)
  const tradedCounts = founders.length ? countTraded(doc, new Set(founders)) : null;
  // (issue 13: so does company wording at two mentions or more where only a name's shape says
  // person: "R.T. Harlan ... Harlan posted a net loss ... Harlan and its creditors")
  let shapeOnlyWords: Set<string> | null = null;
  // (issue 13: so does company wording once where the story names the firm in full with its legal
  // form, the word inside it: "Odilia Halbeck Varrow ... Sunfield Halbeck Ltd ... Halbeck's shareholders")
  const legalFirmWords = founders.length ? wordsOfLegalFirms(doc) : null;
  for (const word of founders) {
    if (foundedBodies?.has(word)) continue;
    if ((tradedCounts?.get(word) ?? 0) >= MIN_TRADED_MENTIONS) (listedCompanies ??= new Set()).add(word);
    else if ((saidCounts?.get(word) ?? 0) >= 1 && legalFirmWords?.has(word)) (listedCompanies ??= new Set()).add(word);
    else if ((saidCounts?.get(word) ?? 0) >= MIN_TRADED_MENTIONS && !(shapeOnlyWords ??= wordsOfPersons(doc, standingPersons(doc, 0).filter((m) => !SHAPE_ONLY_PERSON_RULES.has(m.rule)))).has(word)) (listedCompanies ??= new Set()).add(word);
    else companies.delete(word);
  }
  const spans: { start: number; end: number; key: string }[] = [];
  for (const c of nameCandidates(doc)) {
    const key = phraseKey(doc, c.start, c.end);
    if (!companies.has(key)) continue;
    // (the founder's family is the family: "the Varnholt family owns 19% of the company")
    if (beforeFamily(doc, c.end)) continue;
    // (where the town's name only describes, "Kelso-based", it stays the town)
    if (townCompanies.has(key) ? isTownName(doc, c) && !afterPlacePreposition(doc, c.start) && tokens[c.end]?.text !== '-' : mayNameCompany(doc, c, ordinaryWordCompanies?.has(key) === true)) spans.push({ start: c.start, end: c.end, key });
  }
  // "Harlan's", "Orvis's": a firm whose name always stands with "'s" has it in its name
  const alwaysPossessive = new Map<string, boolean>();
  const counts = new Map<string, number>();
  for (const { end, key } of spans) {
    const glued = tokens[end]?.lower === "'s" && !tokens[end].spaceBefore;
    alwaysPossessive.set(key, glued && (alwaysPossessive.get(key) ?? true));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // the names of two or three words with wording no person's name takes: "the Della Ferrant unit",
  // "a Della Ferrant spokesman", "vice president of Della Ferrant"
  let firmCued: Set<string> | null = null;
  for (const { start, end, key } of spans) if (end - start > 1 && !listedCompanies?.has(key) && !townCompanies.has(key) && firmOnlyCue(doc, start, end)) (firmCued ??= new Set()).add(key);
  const found = newMentions();
  let vouchedWords: Set<string> | null = null;
  for (const { start, end, key } of spans) {
    const withClitic = alwaysPossessive.get(key) && counts.get(key)! >= MIN_POSSESSIVE_NAME_MENTIONS ? end + 1 : end;
    // a town's name needs more than a gazetteer place's strength to be the firm, and a name shaped
    // like a person's more than a first name's
    // (issue 13: a name of two or three words that only its shape makes a person's, a first name's
    // guess, with no title, honorific or other person's evidence for any of its words in the story,
    // is the firm the story's company wording says it is: "the Della Ferrant unit ... Della Ferrant had billings")
    const strength = listedCompanies?.has(key) ? LISTED_COMPANY_STRENGTH : townCompanies.has(key) ? TOWN_COMPANY_STRENGTH : firmCued?.has(key) && !vouchedPersonWord(doc, start, end, (vouchedWords ??= wordsOfPersons(doc, standingPersons(doc, 0).filter((m) => !SHAPE_ONLY_PERSON_RULES.has(m.rule))))) ? LISTED_COMPANY_STRENGTH : 0.7;
    found.push(mentionFromTokens(doc, 'organization', start, withClitic, 'organization.company-context', strength));
  }
  return found;
}

/**
 * Is the candidate one capitalized word of three letters or more inside the sentence, standing alone:
 * not the last word of a longer name ("Digital Equipment", "the Swiss Bankers' Circle", "Better
 * Homes and Gardens", "9 Months"), nor its first ("Vell / Net", "Fireman's Fund")?
 */
function ordinaryWordAlone(doc: Doc, c: Candidate): boolean {
  if (c.end - c.start !== 1 || c.allCaps || c.weakStart || c.rawStart !== c.start) return false;
  const word = doc.tokens[c.start];
  // (not a kind of place, "the Valley", nor a town's name that is a word too, "Savannah": a firm
  // named after it is said so in full)
  if (word.text.length < 3 || PLACE_HEADS.has(word.lower) || tokenFlags(word) & FLAGS.town) return false;
  const sentence = word.sentence;
  const before = tokenInSentence(doc, c.start - 1, sentence);
  if (before && (before.shape === 'title' || before.shape === 'upper' || before.shape === 'number' || before.shape === 'mixed' || before.text === "'" || before.text === '’')) return false;
  const twoBefore = tokenInSentence(doc, c.start - 2, sentence);
  if (before && (before.lower === 'and' || before.lower === 'of') && twoBefore && (twoBefore.shape === 'title' || twoBefore.shape === 'upper')) return false;
  const next = tokenInSentence(doc, c.end, sentence);
  if (next && (next.text === '/' || next.text === '&' || next.shape === 'number')) return false;
  const after = tokenInSentence(doc, c.end + 1, sentence);
  return !(next?.lower === "'s" && after && (after.shape === 'title' || after.shape === 'upper'));
}

/** The words of the firms the story names with a legal form ("Sunfield Halbeck Ltd") */
function wordsOfLegalFirms(doc: Doc): Set<string> {
  const words = new Set<string>();
  for (const m of doc.annotations) {
    if (m.type !== 'organization' || m.rule !== 'organization.legal-suffix') continue;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) words.add(doc.tokens[i].lower);
  }
  return words;
}

/** Person rules that read a name's shape alone: a first name, initials, an unknown name */
export const SHAPE_ONLY_PERSON_RULES = new Set(['person.given-name', 'person.unknown-name', 'person.initials', 'person.town-shaped-name']);

/** Nouns of a firm's parts and people after its name that a person's name never takes (not "staff", "board": a senator's) */
const FIRM_ONLY_AFTER = new Set(['unit', 'units', 'subsidiary', 'division', 'agency', 'stores', 'spokesman', 'spokeswoman', 'spokesperson', 'executives', 'employees', 'shareholders', 'stockholders']);

/** "the Della Ferrant unit", "a Della Ferrant spokesman", "vice president of Della Ferrant": wording no person's name takes */
function firmOnlyCue(doc: Doc, start: number, end: number): boolean {
  const sentence = doc.tokens[start].sentence;
  const next = tokenInSentence(doc, end, sentence);
  if (next !== undefined && next.shape === 'lower' && FIRM_ONLY_AFTER.has(next.lower)) return true;
  // (not before "'s": "the editor of Dana Ferrant's novels" is the novels' editor, whoever wrote them)
  if (next !== undefined && (next.lower === "'s" || next.lower === '’s')) return false;
  return officerOf(doc, start, sentence);
}

/** Ranks that make a partner a firm's: "managing partner of Dana Ferrant" (a "longtime partner of Dana Ferrant" is hers) */
const FIRM_PARTNER_RANKS = new Set(['managing', 'senior', 'general', 'founding']);

/** "vice president of Dana Ferrant", "managing partner of Dana Ferrant": a firm's officer "of" the name (no one is an officer of a person) */
function officerOf(doc: Doc, start: number, sentence: number): boolean {
  const officer = tokenInSentence(doc, start - 2, sentence);
  if (tokenInSentence(doc, start - 1, sentence)?.lower !== 'of' || officer === undefined || officer.shape !== 'lower') return false;
  if (officer.lower === 'partner') return FIRM_PARTNER_RANKS.has(tokenInSentence(doc, start - 3, sentence)?.lower ?? '');
  return OFFICERS_OF.has(officer.lower) || FIRM_OFFICERS.has(officer.lower);
}

/** Is a word of [start, end) a word of a person found by more than the name's shape? */
function vouchedPersonWord(doc: Doc, start: number, end: number, words: ReadonlySet<string>): boolean {
  for (let i = start; i < end; i++) if (words.has(doc.tokens[i].lower)) return true;
  return false;
}

/** Can the candidate be a company's name: one to three words, none known as a place, person or title? */
function mayNameCompany(doc: Doc, { start, end, allCaps, weakStart }: Candidate, ordinaryWordToo = false): boolean {
  const tokens = doc.tokens;
  // "Summit meetings are rare": an ordinary word opening a sentence says nothing
  if (end - start > MAX_TOKENS || allCaps || weakStart) return false;
  if (phraseFlags(doc, start, end) & NOT_COMPANY) return false;
  // "Harris County officials": a name with the kind word of an administrative area is the area
  // (not any place's kind word: "State Street", "Crown Castle" are firms)
  if (end - start > 1 && AREA_HEADS.has(tokens[end - 1].lower)) return false;
  // an ordinary word ("Summit") would be taught to one-sense where its capital says nothing
  if (end - start === 1 && tokenFlags(tokens[start]) & FLAGS.common && !ordinaryWordToo) return false;
  // a movement or a faith is no firm ("Velmism founder X")
  if (end - start === 1 && tokens[start].lower.endsWith('ism')) return false;
  // a nationality no list has, made from a place the lists know ("Oregonian officials")
  if (end - start === 1 && isPlaceAdjective(tokens[start].lower)) return false;
  return !(tokenFlags(tokens[end - 1]) & (FLAGS.title | FLAGS.orgHead | FLAGS.legalSuffix) || tokenFlags(tokens[start]) & FLAGS.title);
}

const PLACE_ADJECTIVE_ENDINGS = ['n', 'an', 'ian', 'ese', 'i'];

/** "oregonian", "tasmanian": the name of a place the lists know, with a nationality ending */
function isPlaceAdjective(word: string): boolean {
  for (const ending of PLACE_ADJECTIVE_ENDINGS) {
    if (word.length > ending.length + 3 && word.endsWith(ending) && lookup(word.slice(0, -ending.length)) & PLACE_FLAGS) return true;
  }
  return false;
}

/** Verbs of a body's beginning: "was founded", "was established" (a person is born, not founded) */
const FOUNDING_VERBS = new Set(['founded', 'established', 'incorporated', 'formed']);
/** What follows them: "founded in 1946", "founded by", "formed as a co-operative" */
const AFTER_FOUNDING = new Set(['in', 'by', 'on', 'as', 'at']);

/**
 * "X was founded in 1946", "X, founded in 1921 by", "X, which was established in": the name [start,
 * end) is said to have been founded, as a body or a town is, and never a person. The name is
 * the verb's subject: right before "was" or the comma.
 */
function saidFounded(doc: Doc, start: number, end: number): boolean {
  const sentence = doc.tokens[end - 1].sentence;
  if (foundedBySomeone(doc, start, sentence)) return true;
  let i = end;
  const comma = tokenInSentence(doc, i, sentence)?.text === ',';
  if (comma) {
    i++;
    const which = tokenInSentence(doc, i, sentence)?.lower;
    if (which === 'which' || which === 'that') i++;
  }
  const was = tokenInSentence(doc, i, sentence)?.lower;
  if (was === 'was' || was === 'were') i++;
  // (not the verb alone: "the party Ivo Kell founded in 2010" is his)
  else if (!comma) return false;
  const verb = tokenInSentence(doc, i, sentence);
  const next = tokenInSentence(doc, i + 1, sentence);
  if (!verb || !FOUNDING_VERBS.has(verb.lower) || !next || !AFTER_FOUNDING.has(next.lower)) return false;
  // (a lake, a mountain or a storm forms too, and a name after their word is no body's: "Lake Orvan,
  // formed in the last ice age", "Tropical Storm Orla, which formed in the Gulf", "Lake Orvan, formed
  // in 1950 by a dam")
  const kind = doc.tokens[start - 1]?.sentence === sentence ? doc.tokens[start - 1].lower : '';
  if (PLACE_HEADS.has(kind) || STORM_KINDS.has(kind) || PLACE_HEADS.has(doc.tokens[start].lower) || STORM_KINDS.has(doc.tokens[start].lower)) return false;
  if (next.lower === 'as') return true;
  // (a town is founded and incorporated too, by no one named: "Tarnhill, founded in 1852 by miners,
  // now has 4,000 people"; a body's founder is named, "founded in 1946 by Petra Orlan")
  return foundedByName(doc, i + 1, sentence);
}

/** The verbs that give a new body its name: "to be called", "has been renamed" */
const NAMING_VERBS = new Set(['called', 'named', 'renamed']);
/** What such a sentence names before the verb: the new body's noun ("the combined firm will be called") */
const NAMED_BODIES = new Set(['company', 'firm', 'venture', 'group', 'bank', 'entity', 'party', 'alliance', 'airline', 'carrier', 'business', 'unit', 'subsidiary', 'agency', 'network', 'fund', 'station', 'channel', 'newspaper', 'paper', 'magazine', 'union', 'movement', 'coalition', 'body']);

/**
 * "The combined firm will be called Tarvik Lund", "the venture, to be called Orvane Gaz", "the
 * group has been renamed Kessvik": a body's noun earlier in the sentence, then "be" and a naming
 * verb (or "be known as") right before the name (not a child or a ship: "the baby will be called Ana")
 */
function namedAsBody(doc: Doc, start: number): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[start].sentence;
  let be = start - 2;
  const verb = tokenInSentence(doc, start - 1, sentence);
  if (verb?.lower === 'as' && tokenInSentence(doc, start - 2, sentence)?.lower === 'known') be = start - 3;
  else if (!verb || !NAMING_VERBS.has(verb.lower)) return false;
  const auxiliary = tokenInSentence(doc, be, sentence)?.lower;
  if (auxiliary !== 'be' && auxiliary !== 'been') return false;
  for (let i = be - 1; i >= 0 && i >= be - 12; i--) {
    const token = tokenInSentence(doc, i, sentence);
    if (!token) return false;
    if (token.shape === 'lower' && NAMED_BODIES.has(token.lower)) return true;
    // (the noun in the naming verb's own clause: not "the firm's founder said the baby will be called Ana")
    if (token.shape === 'lower' && !AUXILIARIES.has(token.lower) && isFiniteVerb(token.lower)) return false;
  }
  return false;
}

/** Who founds a body: "she founded", "who co-founded" */
const FOUNDERS = new Set(['he', 'she', 'who']);
const ACTIVE_FOUNDING_VERBS = new Set(['founded', 'co-founded', 'cofounded']);

/**
 * "In 1972 he founded Kessvik Boring", "Ivo Kell, who co-founded Tarnhold": a person founds a body
 * (a town's founders are peoples and settlers, "the Romans founded"; a person's name right before
 * the verb, or a person's pronoun)
 */
function foundedBySomeone(doc: Doc, start: number, sentence: number): boolean {
  const verb = tokenInSentence(doc, start - 1, sentence);
  if (!verb || !ACTIVE_FOUNDING_VERBS.has(verb.lower)) return false;
  const founder = tokenInSentence(doc, start - 2, sentence);
  return founder !== undefined && (FOUNDERS.has(founder.lower) || personEndsAt(doc, start - 1));
}

/** Within the clause from token `from`: "by" and a capitalized name that is no people's ("by Petra Orlan", "by the Velmar Group"; not "by Spanish settlers", "by the Romans") */
function foundedByName(doc: Doc, from: number, sentence: number): boolean {
  for (let j = from; j < from + 6; j++) {
    const token = tokenInSentence(doc, j, sentence);
    if (!token || token.text === ',' || token.text === ';') return false;
    if (token.lower !== 'by') continue;
    // (over an article and up to three lower-case words: "by the former Velmar engineer Ivo Kell")
    let k = j + 1;
    while (k < j + 5 && tokenInSentence(doc, k, sentence)?.shape === 'lower') k++;
    const name = tokenInSentence(doc, k, sentence);
    // (a people in the plural too: "Romans")
    return name !== undefined && (name.shape === 'title' || name.shape === 'upper') && !(tokenFlags(name) & FLAGS.demonym) && !(name.lower.endsWith('s') && lookup(name.lower.slice(0, -1)) & FLAGS.demonym);
  }
  return false;
}

/** Which of `keys` the story also names after "in", "near" or "outside" (not "a stake in X"), as a town's */
function namesStandingAsTowns(doc: Doc, keys: ReadonlySet<string>): string[] {
  const towns: string[] = [];
  for (const c of nameCandidates(doc)) {
    const before = tokenInSentence(doc, c.start - 1, doc.tokens[c.start].sentence);
    if (!before || !PLACE_ONLY_PREPOSITIONS.has(before.lower) || COMPANY_BEFORE_OF.has(tokenInSentence(doc, c.start - 2, before.sentence)?.lower ?? '')) continue;
    const key = phraseKey(doc, c.start, c.end);
    if (keys.has(key)) towns.push(key);
  }
  return towns;
}

/** A town's name alone, no country, region, person or title: "Kelso", "Hoorn" */
function isTownName(doc: Doc, { start, end, allCaps, weakStart }: Candidate): boolean {
  if (end - start > MAX_TOKENS || allCaps || weakStart) return false;
  const flags = phraseFlags(doc, start, end);
  return (flags & FLAGS.city) !== 0 && !(flags & (FLAGS.country | FLAGS.region | NOT_COMPANY & ~FLAGS.city | FLAGS.common));
}

/** What only a listed firm has, even one named by an ordinary word: "Zenith's stock", "a stake in Zenith" */
const LISTED_POSSESSIONS = new Set(['stock', 'shares', 'shareholders', 'stockholders']);

/** Who speaks for a body, right after its name: "a Tarvel spokesman", "Summit officials" */
const BODY_VOICES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'officials', 'executives']);

/**
 * "a Summit spokesman said", "Pinnacle officials declined": one capitalized word inside the sentence
 * before who speaks for it is a body's name even where it is an ordinary word (not a frequent word
 * or one that opens listed names, an adjective or an institution's word: "Democratic officials",
 * "an Embassy spokesman", "Opposition officials")
 */
function spokenForAsBody(doc: Doc, start: number, end: number): boolean {
  if (end - start !== 1 || tokenFlags(doc.tokens[start]) & (FLAGS.frequent | FLAGS.prefix | FLAGS.orgHead | FLAGS.title)) return false;
  const next = tokenInSentence(doc, end, doc.tokens[start].sentence);
  return next !== undefined && next.shape === 'lower' && BODY_VOICES.has(next.lower);
}

/**
 * What only a firm has, never a town or a thing: "X's" and one of `possessions` ("Kelso's
 * shareholders"), "shares of X", and when `stake` is asked "a stake in X"
 */
function saysFirmOnly(doc: Doc, start: number, end: number, possessions: ReadonlySet<string>, stake: boolean): boolean {
  const sentence = doc.tokens[start].sentence;
  const next = tokenInSentence(doc, end, sentence);
  const after = tokenInSentence(doc, end + 1, sentence);
  // (the word in lower case: "Kelso's Chairman Street" is the town's)
  if (next?.lower === "'s" && after?.shape === 'lower' && possessions.has(after.lower)) return true;
  return tradedAs(doc, start, end, stake);
}

/** how often a founder's surname must be traded to be the firm's name */
const MIN_TRADED_MENTIONS = 2;
/** Nouns after a name that only a listed firm has: "Sorensen shareholders" */
const HOLDERS = new Set(['shareholders', 'stockholders']);

/** "Sorensen shares rose", "Sorensen shareholders": how often each of `keys` is said to be traded in the story */
function countTraded(doc: Doc, keys: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of nameCandidates(doc)) {
    const key = phraseKey(doc, c.start, c.end);
    if (keys.has(key) && isTraded(doc, c.start, c.end)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** "Sorensen shares rose", "shares of Sorensen", "Sorensen shareholders", "Sorensen's stock" (not "Sorensen, based in": a town's too) */
function isTraded(doc: Doc, start: number, end: number): boolean {
  const sentence = doc.tokens[start].sentence;
  const next = tokenInSentence(doc, end, sentence);
  if (next !== undefined && next.shape === 'lower' && HOLDERS.has(next.lower)) return true;
  const after = tokenInSentence(doc, end + 1, sentence);
  // "Sorensen's stock" (saysFirmOnly's possessive, without its tradedAs, asked here once)
  if (next?.lower === "'s" && after?.shape === 'lower' && LISTED_POSSESSIONS.has(after.lower)) return true;
  return tradedAs(doc, start, end, false) || sharesMove(doc, start, end);
}

/** Verbs of shares besides a price's move: "Kelso shares were suspended", "Kelso shares closed at 4" */
const SHARES_VERBS = new Set(['were', 'are', 'have', 'had', 'closed', 'ended', 'opened', 'traded', 'trade']);

/**
 * "Kelso shares rose 46%", "options on Kelso stock", "Kelso, which is based in Tarn": what a town
 * never is, said of a firm named after one
 */
function tradedOrBased(doc: Doc, start: number, end: number): boolean {
  if (sharesMove(doc, start, end)) return true;
  const sentence = doc.tokens[start].sentence;
  const next = tokenInSentence(doc, end, sentence);
  return basedIn(doc, end, sentence);
}

/** "Kelso, which is based in", "Kelso, based in": the name ending before token `end` is based somewhere */
function basedIn(doc: Doc, end: number, sentence: number): boolean {
  if (tokenInSentence(doc, end, sentence)?.text !== ',') return false;
  let i = end + 1;
  if (tokenInSentence(doc, i, sentence)?.lower === 'which' && tokenInSentence(doc, i + 1, sentence)?.lower === 'is') i += 2;
  return tokenInSentence(doc, i, sentence)?.lower === 'based' && tokenInSentence(doc, i + 1, sentence)?.lower === 'in';
}

/**
 * "Kelso shares rose", "Kelso shares, which trade ...", "options on Kelso stock.": a price's move, a
 * verb of the shares or the clause's end after them; not the verb "shares" ("Kelso shares top spot")
 * nor a noun the word only describes ("the Kelso stock exchange", "a Kelso stock trader")
 */
function sharesMove(doc: Doc, start: number, end: number): boolean {
  const sentence = doc.tokens[start].sentence;
  const next = tokenInSentence(doc, end, sentence);
  const after = tokenInSentence(doc, end + 1, sentence);
  return next !== undefined && (next.lower === 'shares' || next.lower === 'stock') && next.shape === 'lower' && after !== undefined && (after.shape === 'punct' || PRICE_MOVES.has(after.lower) || SHARES_VERBS.has(after.lower));
}

/** "shares of X", a price move ("X rose 3/4 to 22 1/8") and when `stake` is asked "a stake in X": X is traded, no person */
function tradedAs(doc: Doc, start: number, end: number, stake: boolean): boolean {
  const sentence = doc.tokens[start].sentence;
  const before = tokenInSentence(doc, start - 1, sentence);
  const twoBefore = tokenInSentence(doc, start - 2, sentence);
  return (before?.lower === 'of' && twoBefore?.lower === 'shares') || (stake && before?.lower === 'in' && twoBefore?.lower === 'stake') || movesInPrice(doc, start, end, sentence);
}

/** An ordinary word or its plural: "Inventories", "Exports" */
function isOrdinaryNoun(lower: string): boolean {
  if (lookup(lower) & FLAGS.common) return true;
  const singular = lower.endsWith('ies') ? lower.slice(0, -3) + 'y' : lower.endsWith('s') ? lower.slice(0, -1) : '';
  return singular !== '' && (lookup(singular) & FLAGS.common) !== 0;
}

/** Verbs of a share price's move: "X rose 3/4 to 22 1/8" */
const PRICE_MOVES = new Set([
  'rose', 'fell', 'gained', 'added', 'dropped', 'slipped', 'eased', 'climbed', 'jumped', 'lost', 'declined', 'advanced',
  'tumbled', 'plunged', 'surged', 'slid', 'shed', 'firmed', 'rallied', 'sank', 'soared', 'dipped', 'skidded', 'retreated',
]);
const PERCENT = new Set(['percent', '%', 'per', 'pct']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** A day's close: "X ended 18 higher at 652" */
const PRICE_CLOSES = new Set(['ended', 'closed', 'finished']);
/** Before "up" or "down": "X was up 11 at 418" */
const PRICE_STANDS = new Set(['was', 'is', 'were', 'are']);
/** What a price move's amount may hold between its number and "to": "4.50 cents", "1 3/4", "18 higher" */
const PRICE_AMOUNT_WORDS = new Set(['cents', 'cent', 'points', 'point', 'yen', 'pence', 'pesos', 'francs', 'marks', 'pfennigs', 'lire', 'lira', 'rupees', 'won', 'higher', 'lower']);

/** At token i: "to $3.17 from $3.41", "at $0.72 after $0.74" (a currency's sign before each price) */
function priceFromPrice(doc: Doc, i: number, sentence: number): boolean {
  const link = tokenInSentence(doc, i, sentence)?.lower;
  if (link !== 'to' && link !== 'at') return false;
  let j = i + 1;
  if (tokenInSentence(doc, j, sentence)?.lower === 'at') j++;
  const priceEnd = (at: number): number => (tokenInSentence(doc, at, sentence)?.text === '$' && tokenInSentence(doc, at + 1, sentence)?.shape === 'number' ? at + 2 : -1);
  const first = priceEnd(j);
  if (first < 0) return false;
  const before = tokenInSentence(doc, first, sentence)?.lower;
  return (before === 'from' || before === 'after') && priceEnd(first + 1) > 0;
}

/**
 * "X gained 35 to 1,410", "X fell 4.50 cents to 71.25 cents", "X rose 2.5 percent": a listed firm's share price moving,
 * a number to a number (not a town's indicator: "the Boston PMI rose 2.1 points to 55.0")
 */
function movesInPrice(doc: Doc, start: number, end: number, sentence: number): boolean {
  if (end - start > 1 && tokenFlags(doc.tokens[start]) & PLACE_FLAGS) return false;
  // "helped by X, which added three to 61": the move in a relative clause
  const verbAt = tokenInSentence(doc, end, sentence)?.text === ',' && tokenInSentence(doc, end + 1, sentence)?.lower === 'which' ? end + 2 : end;
  const verb = tokenInSentence(doc, verbAt, sentence);
  if (!verb) return false;
  // "X fell to $3.17 from $3.41", "X closed at $0.72 after $0.74": a price and the one before it
  if ((PRICE_MOVES.has(verb.lower) || PRICE_CLOSES.has(verb.lower)) && priceFromPrice(doc, verbAt + 1, sentence)) return true;
  // "X rose 12 to 880", "X ended 18 higher at 652", "X was up 11 at 418"
  let amount = verbAt + 1;
  const direction = tokenInSentence(doc, amount, sentence)?.lower;
  if (PRICE_STANDS.has(verb.lower) && (direction === 'up' || direction === 'down')) amount++;
  else if (!PRICE_MOVES.has(verb.lower) && !PRICE_CLOSES.has(verb.lower)) return false;
  const amountToken = tokenInSentence(doc, amount, sentence);
  // ("added three to 61": a small amount in words; not after "the", an index's: "The Velx was up six")
  if (!amountToken || (amountToken.shape !== 'number' && !(NUMBER_WORDS.has(amountToken.lower) && tokenInSentence(doc, start - 1, sentence)?.lower !== 'the'))) return false;
  // "X rose 2.5 percent": a share price's move in percent (a party's poll share is a body's too);
  // not after a preposition ("unemployment in Tarnley rose 2 percent"), nor an ordinary word
  // ("Inventories fell 0.3 percent")
  if (PRICE_MOVES.has(verb.lower) && PERCENT.has(tokenInSentence(doc, amount + 1, sentence)?.lower ?? '')) {
    const before = tokenInSentence(doc, start - 1, sentence);
    return !(before && before.shape === 'lower' && FUNCTION_WORDS.has(before.lower)) && !(end - start === 1 && isOrdinaryNoun(doc.tokens[start].lower));
  }
  for (let i = amount + 1; i < amount + 6; i++) {
    // "X rose 13/16, or 39%, to 2 7/8": the move in percent beside the amount
    i = afterPercentAside(doc, i, sentence);
    const token = tokenInSentence(doc, i, sentence);
    if (!token) return false;
    // (not a poll or a rate: "rose 2 points to 45 percent")
    if (token.lower === 'to' || token.lower === 'at') return tokenInSentence(doc, i + 1, sentence)?.shape === 'number' && !PERCENT.has(tokenInSentence(doc, i + 2, sentence)?.lower ?? '');
    if (token.shape !== 'number' && !PRICE_AMOUNT_WORDS.has(token.lower)) return false;
  }
  return false;
}

/** The token after ", or 39%," or ", or 39 percent," opening at token i (i itself when none opens there) */
function afterPercentAside(doc: Doc, i: number, sentence: number): number {
  if (tokenInSentence(doc, i, sentence)?.text !== ',' || tokenInSentence(doc, i + 1, sentence)?.lower !== 'or' || tokenInSentence(doc, i + 2, sentence)?.shape !== 'number') return i;
  if (!PERCENT.has(tokenInSentence(doc, i + 3, sentence)?.lower ?? '') || tokenInSentence(doc, i + 4, sentence)?.text !== ',') return i;
  return i + 5;
}

/**
 * Do the words around tokens [start, end) say it is a company? With `town`, of a town's name, only
 * what a town never does ("Kelso posted a net loss", "Kelso said it would", "Kelso, a maker of").
 * With `word`, of an ordinary word standing alone with its capital ("Summit"), not what a thing, a
 * department or a people has too: "Neptune and its moons", "director of Planning", "said it", "said its".
 */
function saysCompany(doc: Doc, start: number, end: number, town = false, word = false): boolean {
  const sentence = doc.tokens[start].sentence;
  const next = tokenInSentence(doc, end, sentence);
  const after = tokenInSentence(doc, end + 1, sentence);
  // a town's name that only describes ("a unit of Kelso-based Tarn") or ends a firm's ("Tarn
  // Options of Kelso, a unit of ...") is the town
  if (town && (next?.text === '-' || (tokenInSentence(doc, start - 1, sentence)?.lower === 'of' && tokenInSentence(doc, start - 2, sentence)?.shape === 'title'))) return false;
  // "Halvard's board", "Halvard's shares", "Halvard's chief executive" (a town has a board, debts and
  // employees too: saysFirmOnly asks it for what it never has)
  if (next?.lower === "'s" && after && COMPANY_POSSESSIONS.has(after.lower) && !town) return true;
  // "Halvard's Tarvo refinery", "Halvard's 450 kW Norra tidal plant": a works a few words on
  if (next?.lower === "'s" && worksAfter(doc, end + 1, sentence) && !town) return true;
  const third = tokenInSentence(doc, end + 2, sentence);
  if (next?.lower === "'s" && after?.lower === 'chief' && third && CHIEF_OFFICERS.has(third.lower)) return true;
  // (issue 13: "Halvard's managing director", "Halvard's president": officers no person has; a
  // country's or a town's president is a place's: "Zanzibar's president")
  if (next?.lower === "'s" && ((after?.lower === 'managing' && third?.lower === 'director') || after?.lower === 'president') && !town) return true;
  // "Halvard's Ms. Kresk": someone called by the firm she speaks for
  if (next?.lower === "'s" && after && HONORIFICS.has(after.text) && third?.text === '.') return true;
  // "Halvard posted a net loss", "Halvard reported net income of ..."
  if (next && RESULTS_VERBS.has(next.lower) && after && isResult(doc, after.lower === 'a' ? end + 2 : end + 1, sentence)) return true;
  // "Halvard employs 4,000 people", "Halvard has annual sales of", "Halvard filed for bankruptcy protection"
  if (next && after && saysBusiness(next.lower, after, tokenInSentence(doc, end + 2, sentence), tokenInSentence(doc, end + 3, sentence))) return true;
  // "Halvard and its creditors" (a town has them too)
  if (next?.lower === 'and' && after?.lower === 'its' && !town && !word) return true;
  // "Halvard said it will close the plant": a body speaks of itself as "it"; a person's "it" is a
  // thing, mostly judged ("Fazal-ur-Tahir said it was hard": a name a person rule took stays its),
  // and names seen as persons in the story are left out below
  // (also when the day or "that" comes between: "Halvard said on Tuesday it will close", "said that its profit rose")
  const told = next && REPORTING.has(next.lower) ? afterWhenAndThat(doc, end + 1, sentence) : end + 1;
  const pronoun = tokenInSentence(doc, told, sentence);
  // (after "that" only what a firm does: "said that it rains a lot there" is a person's way of speaking)
  const afterThat = tokenInSentence(doc, told - 1, sentence)?.lower === 'that';
  // (not of an ordinary word: "it" there is as often something the word names, a country's "Labour said it")
  if (!word && (next?.lower === 'said' || next?.lower === 'says') && pronoun?.lower === 'it' && (takenAsPerson(doc, start, end) || afterThat ? saysItActs(doc, told + 1, sentence) : !JUDGING_IT.has(tokenInSentence(doc, told + 1, sentence)?.lower ?? '') || saysItActs(doc, told + 1, sentence))) return true;
  // "Halvard said its profit rose", "Halvard reported its first loss"
  if (!word && next && REPORTING.has(next.lower) && pronoun?.lower === 'its') return true;
  // "the Harnow Ledger reported in its Friday edition": what a paper says, it says in an edition
  if (next && OUTLET_VERBS.has(next.lower) && inItsEdition(doc, end + 1, sentence)) return true;
  // (not of a town's name after "in": "a plant in Kelso, a joint venture with Tarn" speaks of the plant)
  if (next?.text === ',' && after && (after.lower === 'a' || after.lower === 'an' || after.lower === 'the') && !(town && afterPlacePreposition(doc, start)) && appositionSaysCompany(doc, end + 2, sentence)) return true;
  // "Halvard is a closed-end investment company", "Halvard was the first unit of Tarn to be sold": what the name is
  if (!town && isOrWas(next) && after && ARTICLES_OF_APPOSITION.has(after.lower) && appositionSaysCompany(doc, end + 2, sentence, COMPANY_APPOSITION_HEADS, true)) return true;
  // "Ostrel, which has 140 stores", "Ostrel, which also owns Tarn Foods": a relative clause of trade
  // (not a town's name after "in": "the yard of Tarn Fabricators in Kelso, which employs 180" speaks of the yard)
  if (!town && next?.text === ',' && after?.lower === 'which' && !afterPlacePreposition(doc, start) && whichTrades(doc, end + 2, sentence)) return true;
  // "Halyx Launch, based in Tarn Beach, said": a body is based somewhere, a town is not (its own town
  // case is tradedOrBased); so is a correspondent, whom a person rule or a pronoun gives away ("Vuko
  // Brandl, based in Belgrade, said he ...")
  if (!town && basedIn(doc, end, sentence) && !takenAsPerson(doc, start, end) && !personPronounAfter(doc, end, sentence) && !(end - start > 1 && standsAloneElsewhere(doc, start, end))) return true;
  // "X, Norway's biggest ferry operator": a country's or a town's possessive opens the apposition
  if (next?.text === ',' && after && tokenFlags(after) & (PLACE_FLAGS | FLAGS.organization) && tokenInSentence(doc, end + 2, sentence)?.lower === "'s" && appositionSaysCompany(doc, end + 3, sentence)) return true;
  const before = tokenInSentence(doc, start - 1, sentence);
  const twoBefore = tokenInSentence(doc, start - 2, sentence);
  if (before && twoBefore) {
    if (before.lower === 'of' && COMPANY_BEFORE_OF.has(twoBefore.lower)) return true;
    if (before.lower === 'in' && (twoBefore.lower === 'stake' || twoBefore.lower === 'shares')) return true;
  }
  if (!word && (workedAtBy(doc, start, end, sentence) || personOfPerson(doc, start, end, sentence))) return true;
  // "an analyst at broker Brannel Koskivo", "Ana Sole of property adviser Tarvik"
  if (!town && isFirmTradeBefore(doc, start)) return true;
  // "companies such as Korvane and Ostrand", "insurers, such as Korvane"
  if (listedAsCompanies(doc, start, end, sentence)) return true;
  if (namedByNoun(doc, start, end, sentence)) return true;
  if (!town && labelledByNounBefore(doc, start, end, sentence)) return true;
  // "Korvane sets $200 million bond", "Tarsel Q3 net rises": the subject of a business headline
  if (!town && headlineSaysCompany(doc, start, end)) return true;
  // a paper's or a magazine's: "Velgrave columnists", "a Velgrave editorial", "Velgrave readers",
  // "the March issue of Velgrave", "a columnist for Velgrave" (not a bond's issue: "a $40 million issue of")
  if (!town && UPPER_FIRST.test(doc.tokens[start].text)) {
    if (next && next.shape === 'lower' && PUBLICATION_AFTER.has(next.lower)) return true;
    if (before && twoBefore && ((before.lower === 'of' && EDITION_NOUNS.has(twoBefore.lower) && isEditionOfPaper(doc, start - 2, sentence)) || (WRITES_FOR.has(before.lower) && COLUMNISTS.has(twoBefore.lower)))) return true;
  }
  // "Korvane executives", "a Korvane spokesman" (a town's officials: the town is a place in the lists)
  // (a person's staff or board after a first name or a surname alone, "Harlan staff said the senator
  // was resting", unless an article makes it the body's: "the Harlan board")
  // (a school's or a creed's adjective before market watchers describes them: "Keynesian economists")
  // (of an ordinary word, as spokenForAsBody asks: no adjective or frequent word, "Democratic officials")
  if (next && next.shape === 'lower' && STAFF_AFTER.has(next.lower) && !town && !(word && tokenFlags(doc.tokens[start]) & (FLAGS.frequent | FLAGS.prefix | FLAGS.orgHead | FLAGS.title)) && !(PERSONS_TOO.has(next.lower) && end - start === 1 && tokenFlags(doc.tokens[start]) & (FLAGS.given | FLAGS.surname) && !ARTICLES.has(before?.lower ?? '')) && !(MARKET_WATCHERS.has(next.lower) && looksLikePeopleOrCreed(doc.tokens[end - 1].lower))) return true;
  // "Orvane Tessu president Kerrow Marrek": a president's name after him says whose (not "the board
  // named Ana Sole president of the bank", a person made president). body-context.ts's officer cue
  // reads the same shape for every officer and leaves a name this took; each keeps names the other
  // refuses (here one opening with a listed place, "Pampa Verde president"; there a first word this
  // refuses), and dropping either loses held-out mentions (twenty-sixth session)
  if (next?.lower === 'president' && !town && tokenInSentence(doc, end + 1, sentence)?.shape === 'title' && !(tokenFlags(doc.tokens[start]) & (FLAGS.frequent | FLAGS.prefix | FLAGS.orgHead | FLAGS.title))) return true;
  // "said its Pacific Vell unit": a firm's unit or subsidiary named before the noun
  if (before?.lower === 'its' && next && UNIT_NOUNS.has(next.lower)) return true;
  // "nine Velmar stores", "the Velmar ad agency": what a chain or an agency is called by
  // (not a name another rule already found as a body: "its 22 Edelmann stores" stays the descriptor's)
  if (!town && chainOrAgencyAfter(doc, end, sentence) && !takenAsOrganization(doc, start, end)) return true;
  // "Halvard Corp.'s Orvis unit", "Tarsel's Kenby division": a unit named after the firm's
  // possessive, and "the Orvis division of Halvard": a firm's part is a body of its own (not a
  // place's name: "Halvard's Lyon unit", "a Tarnby subsidiary of Halvard" say where the unit is)
  if (next && next.shape === 'lower' && UNIT_NOUNS.has(next.lower) && before && (isFirmPossessive(doc, start - 1, sentence) || (ARTICLES.has(before.lower) && after?.lower === 'of')) && !town && !(phraseFlags(doc, start, end) & PLACE_FLAGS)) return true;
  // "the offer values Halvard at $2 billion"
  if (before && VALUES.has(before.lower) && next?.lower === 'at') return true;
  return false;
}

/** Who writes and reads a paper, after its name: "Velgrave columnists", "Velgrave readers" */
const PUBLICATION_AFTER = new Set(['columnist', 'columnists', 'editorial', 'editorials', 'readers', 'subscribers']);
const COLUMNISTS = new Set(['columnist', 'columnists', 'editor', 'editors', 'correspondent']);
const WRITES_FOR = new Set(['for', 'at']);

const UPPER_FIRST = /^\p{Lu}/u;
/** Words before "issue" or "edition" that make it a paper's: "the latest issue", "the premiere issue" */
const EDITION_WORDS = new Set(['latest', 'current', 'premiere', 'first', 'last', 'next', 'new', 'special', 'recent', 'forthcoming', 'upcoming', 'inaugural', 'anniversary', 'weekend', 'online', 'international', 'overseas', 'early', 'late', 'morning', 'evening', 'final']);

/**
 * Is the "issue" or "edition" at token i a paper's: a month, a day, a people or an edition's word
 * before it ("the March issue of", "the Japanese edition of", "the latest issue of"; not "the issue
 * of taxes" nor "a $40 million issue of" bonds)?
 */
function isEditionOfPaper(doc: Doc, i: number, sentence: number): boolean {
  const word = tokenInSentence(doc, i - 1, sentence);
  if (!word) return false;
  if (EDITION_WORDS.has(word.lower)) return true;
  // (a month written in full: "the Mar issue" is no paper's)
  return word.shape === 'title' && ((MONTHS.has(word.lower) && !SHORT_MONTHS.has(word.lower)) || (tokenFlags(word) & (FLAGS.time | FLAGS.demonym)) !== 0);
}

/** What a paper does in an edition: "reported in its Friday edition", "said in its latest issue" */
const OUTLET_VERBS = new Set(['said', 'says', 'reported', 'reports', 'wrote', 'writes', 'published', 'quoted']);
const EDITION_NOUNS = new Set(['edition', 'editions', 'issue']);

/** Does "in its", at most two words and "edition" or "issue" follow token i: "in its Friday edition", "in its online edition"? */
function inItsEdition(doc: Doc, i: number, sentence: number): boolean {
  if (tokenInSentence(doc, i, sentence)?.lower !== 'in' || tokenInSentence(doc, i + 1, sentence)?.lower !== 'its') return false;
  for (let j = i + 2; j <= i + 4; j++) if (EDITION_NOUNS.has(tokenInSentence(doc, j, sentence)?.lower ?? '')) return true;
  return false;
}

/** days a firm's statement is dated by, between "said" and what it said: "said on Tuesday", "said yesterday" */
const STATEMENT_DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today']);

/** The token after a verb of saying at `i` once a day ("on Tuesday", "yesterday") and a "that" are passed over */
function afterWhenAndThat(doc: Doc, i: number, sentence: number): number {
  if (tokenInSentence(doc, i, sentence)?.lower === 'on' && STATEMENT_DAYS.has(tokenInSentence(doc, i + 1, sentence)?.lower ?? '')) i += 2;
  else if (STATEMENT_DAYS.has(tokenInSentence(doc, i, sentence)?.lower ?? '')) i++;
  if (tokenInSentence(doc, i, sentence)?.lower === 'that') i++;
  return i;
}

const QUOTES_AS_APOSTROPHE = new Set(["'", '’']);
/** "Halvard's", "Halvard Corp.'s": the possessive "'s" at token i after a capitalized name or a legal form's period */
function isFirmPossessive(doc: Doc, i: number, sentence: number): boolean {
  const clitic = tokenInSentence(doc, i, sentence);
  // (after a period the tokenizer splits the clitic: "Corp", ".", "'", "s")
  const split = clitic?.lower === 's' && QUOTES_AS_APOSTROPHE.has(tokenInSentence(doc, i - 1, sentence)?.text ?? '');
  if (clitic?.lower !== "'s" && clitic?.lower !== '’s' && !split) return false;
  const owner = tokenInSentence(doc, split ? i - 2 : i - 1, sentence);
  return !!owner && (owner.shape === 'title' || owner.shape === 'upper' || owner.shape === 'mixed' || (owner.text === '.' && tokenInSentence(doc, split ? i - 3 : i - 2, sentence)?.shape === 'title'));
}

/** Who works at the firm, right before its name: "an analyst with Harwood", "a vice president at Kelso Marle" */
function workedAtBy(doc: Doc, start: number, end: number, sentence: number): boolean {
  const before = tokenInSentence(doc, start - 1, sentence);
  const twoBefore = tokenInSentence(doc, start - 2, sentence);
  if (!before || !twoBefore) return false;
  if (before.lower === 'at' && COMPANY_BEFORE_AT.has(twoBefore.lower)) return true;
  // "an analyst with Harwood", "chief strategist for Harwood", "Analyst Priya Kolde of Harwood": who reads a market works for a firm
  if (watcherWithOrFor(doc, start, sentence)) return true;
  if (before.lower === 'of' && twoBefore.shape === 'title' && watcherNamed(doc, start - 2, sentence)) return true;
  // "vice president at Kelso Marle", "co-chairman of Kelso Marle": a firm's officer
  if ((before.lower === 'at' || before.lower === 'of') && FIRM_OFFICERS.has(twoBefore.lower)) return true;
  if (before.lower === 'at' && OFFICERS_AT.has(twoBefore.lower)) return true;
  // "director of research at Argo Vance", "head of trading at Argo Vance": an officer of a department, at the firm
  // (the department in up to three words: "manager of corporate bond trading at", "vice president for ferry safety at")
  if (before.lower === 'at' && twoBefore.shape === 'lower' && officerOfDepartment(doc, start - 2, sentence)) return true;
  // "a senior vice president of Ostvik Ferries", "editor of Harbour Rate Letter" (a name no
  // place list knows: "president of France" is not here)
  // (the officer in lower case: "Director of Ward Hygiene" is a title; not a place-shaped name, "Clay County")
  if (before.lower === 'of' && twoBefore.shape === 'lower' && OFFICERS_OF.has(twoBefore.lower) && !PLACE_HEADS.has(doc.tokens[end - 1].lower)) return true;
  return false;
}

/**
 * "an analyst with Orvald", "chief strategist for Orvald": a market watcher right before the
 * name, by "with" or "for" (a campaign's strategist works for a candidate: "chief strategist for
 * Tarvel in the mayoral race")
 */
function watcherWithOrFor(doc: Doc, start: number, sentence: number): boolean {
  const before = tokenInSentence(doc, start - 1, sentence);
  const watcher = tokenInSentence(doc, start - 2, sentence);
  if (!before || !watcher || (before.lower !== 'with' && before.lower !== 'for') || !MARKET_WATCHERS.has(watcher.lower)) return false;
  return !(before.lower === 'for' && watcher.lower.startsWith('strategist') && speaksOfCampaign(doc, start));
}

/**
 * "says Ivo Brenn of Dana Kerr Tarsel": a person's full name, then "of" and a name of two words or
 * more that a person rule took. No one is someone else's person; a firm named after its founders is
 * (not before a noun the name describes: "Ivo Brenn of Dana Kerr fame").
 */
function personOfPerson(doc: Doc, start: number, end: number, sentence: number): boolean {
  if (end - start < 2 || tokenInSentence(doc, start - 1, sentence)?.lower !== 'of' || tokenInSentence(doc, start - 2, sentence)?.shape !== 'title' || isNounAfter(doc, end, sentence)) return false;
  // (a hometown shaped like a person's name is the person's town: "Ivo Marsh of Fort Tarvo", "Dana Kerr of Warren Tolby", where the town's words open or close it)
  if (PLACE_PREFIXES.has(doc.tokens[start].lower) || PLACE_HEADS.has(doc.tokens[end - 1].lower) || tokenFlags(doc.tokens[start]) & FLAGS.town) return false;
  return personEndsAt(doc, start - 1) && takenAsPerson(doc, start, end);
}

/** Words of a department's name between an officer and "at": "of research", "for ferry safety" */
const MAX_DEPARTMENT_WORDS = 3;

/** Does an officer of a department end at token `last`: "director of research", "vice president for ferry safety"? */
function officerOfDepartment(doc: Doc, last: number, sentence: number): boolean {
  for (let i = last; i > last - MAX_DEPARTMENT_WORDS; i--) {
    const word = tokenInSentence(doc, i, sentence);
    if (!word || word.shape !== 'lower' || word.lower === 'of' || word.lower === 'for') return false;
    const preposition = tokenInSentence(doc, i - 1, sentence);
    if (preposition?.lower === 'of' || preposition?.lower === 'for') {
      const officer = tokenInSentence(doc, i - 2, sentence);
      // ("for" only after a title's noun: "vice president for sales at X", not "work for hire at X")
      return officer !== undefined && (OFFICERS_AT.has(officer.lower) || (preposition.lower === 'of' && officer.lower === 'head'));
    }
  }
  return false;
}

/** What a firm says it did, right after "it": "said it closed the plant", "said it sold its stake" */
const FIRM_ACTS = new Set([
  'closed', 'cut', 'sold', 'bought', 'acquired', 'hired', 'raised', 'laid', 'filed', 'invested', 'opened', 'appealed', 'expanded',
  'launched', 'recalled', 'merged', 'paid', 'issued', 'sued', 'settled', 'reduced', 'resumed', 'suspended', 'agreed', 'plans', 'expects', 'intends',
]);
/** Words between "said it" and what it will do: "said it will close", "said it would not comment", "said it plans to cut" */
const BEFORE_ACT = new Set(['will', 'would', 'had', 'has', 'could', 'may', 'might', 'plans', 'planned', 'intends', 'intended', 'expects', 'expected', 'not', 'to', 'also', 'soon', "can't", 'cannot', "won't", "wouldn't"]);
/** What a person says "it" will do: a thing that happens or is judged ("it would be hard", "it will rain", "it could take weeks") */
const HAPPENING_VERBS = new Set(['be', 'been', 'take', 'rain', 'snow', 'hurt', 'help', 'happen', 'make', 'mean', 'seem', 'feel', 'look', 'get', 'come', 'go', 'work', 'matter', 'change', 'cost', 'affect', 'kill', 'hit', 'end', 'last', 'pass', 'become']);
const ING = /^[a-z]{3,}ing$/;
const ADVERB = /^[a-z]{3,}ly$/;

/**
 * After "X said it": does it say what a firm does ("will close the plant", "would not comment", "had
 * sold", "is maintaining its forecast")? A person's "it" is a thing that happens or is judged ("said
 * it would be hard", "said it will rain", "said it was wonderful").
 */
function saysItActs(doc: Doc, i: number, sentence: number): boolean {
  let previous = '';
  for (let j = i; j < i + 5; j++) {
    const token = tokenInSentence(doc, j, sentence);
    // ('said it will "vigorously defend" itself': a quote mark and an adverb are passed over)
    if (token && token.shape === 'punct' && (token.norm === '"' || token.norm === "'")) continue;
    if (!token || token.shape !== 'lower') return false;
    const word = token.lower;
    if (previous !== '' && ADVERB.test(word)) continue;
    if (previous === '' && FIRM_ACTS.has(word)) return true;
    if (word === 'is' || word === 'was' || BEFORE_ACT.has(word)) {
      previous = word;
      continue;
    }
    // "is maintaining", "was reviewing" (not "was hard"); after a modal, any act but a happening
    if (previous === 'is' || previous === 'was') return ING.test(word);
    return previous !== '' && !HAPPENING_VERBS.has(word);
  }
  return false;
}

/** Does a person's name of two words or more, found with some evidence, end right before token `end`? */
function personEndsAt(doc: Doc, end: number): boolean {
  // (loops, not annotations.some: a closure over the arguments makes a context and a function at every call)
  for (const m of doc.annotations) if (m.type === 'person' && m.tokenEnd === end && m.tokenEnd - m.tokenStart > 1 && m.strength >= 0.6) return true;
  return false;
}

/** Did a person rule find a name over tokens [start, end)? (asked only where a cue fired: a scan is cheap there) */
/** Does a person's pronoun stand in the sentence after token `from`? */
function personPronounAfter(doc: Doc, from: number, sentence: number): boolean {
  for (let i = from; i < doc.tokens.length && doc.tokens[i].sentence === sentence; i++) if (PERSON_PRONOUNS.has(doc.tokens[i].lower)) return true;
  return false;
}

/** Did an organization rule find exactly tokens [start, end)? */
function takenAsOrganization(doc: Doc, start: number, end: number): boolean {
  for (const m of doc.annotations) if (m.type === 'organization' && m.tokenStart === start && m.tokenEnd === end) return true;
  return false;
}

function takenAsPerson(doc: Doc, start: number, end: number): boolean {
  for (const m of doc.annotations) if (m.type === 'person' && m.tokenStart <= start && m.tokenEnd >= end) return true;
  return false;
}

/** Apposition heads no person is called by ("a developer", "a publisher", "a broadcaster" may be persons) */
const FIRM_NOT_PERSON_HEADS = new Set([
  'company', 'firm', 'concern', 'unit', 'subsidiary', 'manufacturer', 'retailer', 'chain', 'airline', 'insurer', 'bank', 'brokerage',
  'conglomerate', 'affiliate', 'lender', 'utility', 'partnership', 'franchisor', 'automaker', 'agency', 'newspaper', 'magazine', 'publication', 'newsletter',
  // a band, a restaurant or a shop named like a person: "Tamsel Orrin, the Halifax folk-rock band"
  'band', 'duo', 'trio', 'quartet', 'restaurant', 'bistro', 'store', 'shop', 'label',
]);

/**
 * What no person is, said of a name shaped like one: "an analyst with Selmora Pinnet", "Selmora
 * Pinnet, a unit of Y", "Selmora Pinnet, an ad agency": the firm outweighs a first name's guess
 */
function firmByItsPeople(doc: Doc, start: number, end: number): boolean {
  const sentence = doc.tokens[start].sentence;
  const next = tokenInSentence(doc, end, sentence);
  const after = tokenInSentence(doc, end + 1, sentence);
  // "Ivo Brenn of Dana Kerr Tarsel": a person of a person is a firm
  if (personOfPerson(doc, start, end, sentence)) return true;
  // "an economist with Selmora Pinnet", "chief strategist for Selmora Pinnet": who reads a market works for
  // a firm, not for a person ("at" is left out: measured, it took a person-named firm the dev file
  // marks as a person)
  if (watcherWithOrFor(doc, start, sentence)) return true;
  // "Dana Kerr and its creditors", "Dana Kerr said it will close": a body speaks of itself as "it"
  if (next?.lower === 'and' && after?.lower === 'its') return true;
  if ((next?.lower === 'said' || next?.lower === 'says') && after?.lower === 'it' && saysItActs(doc, end + 2, sentence)) return true;
  // "nine Tamsel Orrin stores", "the Tamsel Orrin ad agency": a chain's or an agency's name
  if (chainOrAgencyAfter(doc, end, sentence)) return true;
  // "Tamsel Orrin is an auto parts maker"
  if (isOrWas(next) && after !== undefined && ARTICLES_OF_APPOSITION.has(after.lower) && appositionSaysCompany(doc, end + 2, sentence, FIRM_NOT_PERSON_HEADS, true)) return true;
  // ("Tamsel Orrin, the Halifax folk-rock band named after ...": "the" too)
  return next?.text === ',' && after !== undefined && (after.lower === 'a' || after.lower === 'an' || after.lower === 'the') && appositionSaysCompany(doc, end + 2, sentence, FIRM_NOT_PERSON_HEADS);
}

/** Adverbs between "which" and its verb: "which also owns", "which already runs" */
const WHICH_ADVERBS = new Set(['also', 'already', 'now', 'still', 'recently', 'currently', 'later']);
/**
 * What a firm does in a relative clause: "X, which operates ferries", "X, which publishes" (not
 * "made", which a work does as often: "the film X, which made $40 million"; "sold" stays, for a
 * shop's "which sold the model", though a book's "which sold a million copies" reads as a firm too)
 */
const TRADING_VERBS = new Set([
  'operates', 'operated', 'owns', 'owned', 'makes', 'manufactures', 'produces', 'sells', 'sold', 'publishes',
  'published', 'distributes', 'supplies', 'supplied', 'employs', 'markets', 'acquired', 'bought', 'runs', 'ran',
  'manages', 'managed', 'competes', 'insures', 'lends', 'designs', 'develops',
]);
/** Who and what a body counts: "which has 140 stores", "which has 11,000 members" (not hotels or mines, which a resort or a province counts) */
const COUNTED_HOLDINGS = new Set([
  'stores', 'shops', 'branches', 'outlets', 'restaurants', 'plants', 'factories', 'subscribers',
  'customers', 'clients', 'employees', 'workers', 'staff', 'members', 'users', 'readers', 'listeners', 'viewers',
]);
/** After "runs" or "ran", a course or a season, not a trade: "which runs through the valley", "which runs until May" (a play) */
const COURSE_WORDS = new Set(['through', 'along', 'across', 'from', 'into', 'down', 'past', 'between', 'for', 'to', 'out', 'on', 'away', 'parallel', 'until', 'till']);
/** Passives of a body's owners: "which is owned by", "which was backed by" */
const HELD_BY = new Set(['owned', 'backed', 'controlled', 'funded', 'financed']);

/**
 * From token `from` (right after ", which"): a verb of trade ("operates", "owns", "publishes"), "has"
 * with a count of stores, customers or members, or "is owned by": what a body does, never a person
 * (who takes "who") and seldom a place.
 */
function whichTrades(doc: Doc, from: number, sentence: number): boolean {
  let i = from;
  if (WHICH_ADVERBS.has(tokenInSentence(doc, i, sentence)?.lower ?? '')) i++;
  const verb = tokenInSentence(doc, i, sentence);
  if (!verb || verb.shape !== 'lower') return false;
  const next = tokenInSentence(doc, i + 1, sentence);
  if (TRADING_VERBS.has(verb.lower)) return next !== undefined && !((verb.lower === 'runs' || verb.lower === 'ran') && COURSE_WORDS.has(next.lower));
  if (verb.lower === 'has' || verb.lower === 'had') {
    let j = i + 1;
    const count = tokenInSentence(doc, j, sentence);
    if (count && (count.lower === 'about' || count.lower === 'some' || count.lower === 'more' || count.lower === 'nearly' || count.lower === 'over' || count.lower === 'an')) j++;
    if (tokenInSentence(doc, j, sentence)?.lower === 'than' || tokenInSentence(doc, j, sentence)?.lower === 'estimated') j++;
    if (tokenInSentence(doc, j, sentence)?.shape !== 'number') return false;
    // ("10,000" is three tokens: the number's groups glued by commas)
    while (tokenInSentence(doc, j + 1, sentence)?.text === ',' && !doc.tokens[j + 1].spaceBefore && tokenInSentence(doc, j + 2, sentence)?.shape === 'number' && !doc.tokens[j + 2].spaceBefore) j += 2;
    // ("which has 140 stores", "which has 11,400 paying subscribers": a word may describe them)
    const noun = tokenInSentence(doc, j + 1, sentence);
    return noun !== undefined && (COUNTED_HOLDINGS.has(noun.lower) || (noun.shape === 'lower' && COUNTED_HOLDINGS.has(tokenInSentence(doc, j + 2, sentence)?.lower ?? '')));
  }
  if (verb.lower === 'is' || verb.lower === 'was') return next !== undefined && HELD_BY.has(next.lower) && tokenInSentence(doc, i + 2, sentence)?.lower === 'by';
  return false;
}

/** The articles that open an apposition's noun phrase: "X, a maker of", "X is the unit" */
const ARTICLES_OF_APPOSITION = new Set(['a', 'an', 'the']);

/** Is the token "is" or "was": "Halvard is a maker of tools" */
function isOrWas(token: Token | undefined): boolean {
  return token !== undefined && (token.lower === 'is' || token.lower === 'was');
}

/** Nouns after a name that only a firm's name takes: "Velmar stores", "the Velmar agency" */
const CHAIN_OR_AGENCY = new Set(['stores', 'chains', 'agency']);
/** Trades an agency is named by before its noun: "the Velmar ad agency" */
const AGENCY_TRADES = new Set(['ad', 'advertising', 'talent', 'travel', 'modeling', 'modelling', 'collection', 'employment', 'marketing', 'public-relations']);

/** Right after the name ending before token `end`: "stores", "chains" or "agency", or a trade and "agency" ("ad agency") */
function chainOrAgencyAfter(doc: Doc, end: number, sentence: number): boolean {
  const next = tokenInSentence(doc, end, sentence);
  if (!next || next.shape !== 'lower') return false;
  if (CHAIN_OR_AGENCY.has(next.lower)) return true;
  return AGENCY_TRADES.has(next.lower) && tokenInSentence(doc, end + 1, sentence)?.lower === 'agency';
}

/** Words of an election campaign: a strategist "for" someone there works for a candidate */
const CAMPAIGN_WORDS = new Set(['race', 'campaign', 'election', 'candidate', 'mayoral', 'presidential', 'primary', 'vote', 'voters']);

/** Does the sentence of token i speak of an election campaign? */
const isCampaignWord = (token: Token): boolean => CAMPAIGN_WORDS.has(token.lower);

function speaksOfCampaign(doc: Doc, i: number): boolean {
  return sentenceHolds(doc, i, isCampaignWord);
}

/** "Analyst Priya Kolde of X": is the name ending at token `last` (up to three words) right after a market watcher's noun? */
function watcherNamed(doc: Doc, last: number, sentence: number): boolean {
  for (let i = last; i > last - 3; i--) {
    const token = tokenInSentence(doc, i, sentence);
    if (!token || token.shape !== 'title') return false;
    const before = tokenInSentence(doc, i - 1, sentence);
    if (before && MARKET_WATCHERS.has(before.lower)) return true;
  }
  return false;
}

/**
 * "X, a unit of Y", "X, the New York-based maker of Z": the apposition's head noun, in lower
 * case, comes before any preposition ("X, an economist with Y Bank" is no firm) and ends the noun
 * phrase ("X, the company commander" is a person, "the company's chairman" too).
 */
function appositionSaysCompany(doc: Doc, from: number, sentence: number, heads?: ReadonlySet<string>, copula = false): boolean {
  for (let i = from; i < from + MAX_APPOSITION_WORDS; i++) {
    const token = tokenInSentence(doc, i, sentence);
    // ("X, the country's biggest car insurer": a possessive inside the noun phrase)
    // ("X, a chemicals and textiles company": "and" or "or" between two words that describe the head)
    const joinsModifiers = token !== undefined && (token.lower === 'and' || token.lower === 'or') && i > from && tokenInSentence(doc, i - 1, sentence)?.shape === 'lower' && tokenInSentence(doc, i + 1, sentence)?.shape === 'lower';
    if (!token || (token.shape === 'punct' && token.text !== '-' && token.lower !== "'s" && !isPluralPossessive(doc, i, sentence)) || (APPOSITION_STOPS.has(token.lower) && !joinsModifiers)) return false;
    const body = BODY_APPOSITION_HEADS.has(token.lower);
    if (token.shape === 'lower' && (heads ? heads.has(token.lower) : body || COMPANY_APPOSITION_HEADS.has(token.lower))) {
      const next = tokenInSentence(doc, i + 1, sentence);
      if (body && next?.lower === 'of') return false;
      // (after "is a", not before a comma: "the apple was a firm, sweet fruit" says what it is like)
      if (copula && next?.text === ',') return false;
      if (!next || (next.shape === 'punct' && next.text !== '-' && next.lower !== "'s") || AFTER_APPOSITION_HEAD.has(next.lower) || isParticipleAfterHead(next)) return true;
      // a noun before the head: "a bank holding company", "a drug company"; go on to the head
      if (next.shape !== 'lower') return false;
    }
  }
  return false;
}

/** The apostrophe of a plural's possessive inside the noun phrase: "X, the municipal workers' union" */
function isPluralPossessive(doc: Doc, i: number, sentence: number): boolean {
  if (doc.tokens[i].lower !== "'") return false;
  const before = tokenInSentence(doc, i - 1, sentence);
  return before !== undefined && before.shape === 'lower' && before.end === doc.tokens[i].start && before.lower.endsWith('s');
}

/** Plural nouns of firms before "such as": "makers such as X" */
const COMPANY_PLURALS = new Set([
  'companies', 'firms', 'concerns', 'banks', 'makers', 'manufacturers', 'producers', 'retailers', 'chains', 'airlines', 'carriers',
  'insurers', 'brokerages', 'publishers', 'automakers', 'suppliers', 'conglomerates', 'lenders',
  'utilities', 'stocks', 'shares', 'brands', 'networks', 'newspapers', 'magazines', 'publications',
]);

/** "companies such as X", "makers such as X, Y and Z": X in a list a plural firm noun opens */
function listedAsCompanies(doc: Doc, start: number, end: number, sentence: number): boolean {
  // (not someone quoted inside the list: "such as Korvane and Ostrand, Kresk said,")
  const next = tokenInSentence(doc, end, sentence);
  if (next && (REPORTING.has(next.lower) || next.lower === 'told' || next.lower === 'added')) return false;
  return COMPANY_PLURALS.has(suchAsNounBefore(doc, start, sentence, true)?.lower ?? '');
}

/** A noun for a firm or another body: "company", "airline", "group", "consortium" */
export function isBodyNoun(word: string): boolean {
  return COMPANY_APPOSITION_HEADS.has(word) || BODY_APPOSITION_HEADS.has(word) || word === 'consortium' || word === 'venture';
}

/**
 * "a small trading firm called Korvane", "the venture, named Ostrand,": a body's noun labels the name.
 * Not the verb: "The company named Dorr its president", "The firm called Dorr a liar" (an article
 * "a"/"an" before the noun, or the commas of an apposition, and no object after the name).
 */
function namedByNoun(doc: Doc, start: number, end: number, sentence: number): boolean {
  const verb = tokenInSentence(doc, start - 1, sentence);
  if (!verb || (verb.lower !== 'called' && verb.lower !== 'named')) return false;
  const comma = tokenInSentence(doc, start - 2, sentence)?.text === ',';
  const nounAt = comma ? start - 3 : start - 2;
  const noun = tokenInSentence(doc, nounAt, sentence);
  if (!noun || noun.shape !== 'lower' || !isBodyNoun(noun.lower)) return false;
  const next = tokenInSentence(doc, end, sentence);
  if (next && !(next.shape === 'punct' || next.lower === 'that' || next.lower === 'which' || (next.shape === 'lower' && isFiniteVerb(next.lower)))) return false;
  if (comma) return next?.text === ',';
  // back over the noun's adjectives to "a"/"an": "a small family-run firm called X"
  for (let i = nounAt - 1; i >= nounAt - 3; i--) {
    const word = tokenInSentence(doc, i, sentence);
    // ("A charity named Velmar Hope said": the article may open the sentence)
    if (word?.lower === 'a' || word?.lower === 'an') return true;
    if (!word || word.shape !== 'lower') return false;
  }
  return false;
}

/** Determiners that open the noun phrase of a body's noun before its name: "the union", "another union", "its daily newspaper" */
const OPENING_DETERMINERS = new Set(['the', 'a', 'an', 'another', 'its', 'their', 'his', 'her', 'our']);
/** Nouns of bodies that name people too: "the Russian competitor Ivo Kell", "his rival Dana Vell" */
const NOUNS_OF_PEOPLE_TOO = new Set(['rival', 'competitor']);
/** Who organises an event is a body: "The organisers, Dunvel Race Promotion, said" */
const ORGANISER_NOUNS = new Set(['organisers', 'organizers']);
/** How many words may describe the noun between the determiner and it: "an outside collection agency" */
const MAX_NOUN_MODIFIERS = 3;

/**
 * "the conservative union TEK", "The regional operator, Kesmark, reported", "told the newspaper
 * Orvo Dagblad": a body's noun, opened by a determiner, labels the name right after it or in commas.
 * Not inside a phrase about someone ("the director of the leading group, X,": X is the director),
 * nor a relative clause's subject ("the party Ivo Kell founded in 2010").
 */
function labelledByNounBefore(doc: Doc, start: number, end: number, sentence: number): boolean {
  const comma = tokenInSentence(doc, start - 1, sentence)?.text === ',';
  const nounAt = comma ? start - 2 : start - 1;
  const noun = tokenInSentence(doc, nounAt, sentence);
  if (!noun || noun.shape !== 'lower' || !(isBodyNoun(noun.lower) || ORGANISER_NOUNS.has(noun.lower)) || NOUNS_OF_PEOPLE_TOO.has(noun.lower)) return false;
  // (a place's head ends a place's name: "renamed by the coalition Tarnby International Airport")
  if (PLACE_HEADS.has(doc.tokens[end - 1].lower)) return false;
  const next = tokenInSentence(doc, end, sentence);
  if (comma) {
    if (next && next.text !== ',' && next.text !== '(') return false;
  } else if (next && !(next.shape === 'punct' || next.lower === 'that' || next.lower === 'which' || (next.shape === 'lower' && isFiniteVerb(next.lower) && !opensClauseAfterName(doc, end, sentence)))) return false;
  for (let i = nounAt - 1; i >= nounAt - 1 - MAX_NOUN_MODIFIERS; i--) {
    const word = tokenInSentence(doc, i, sentence);
    if (!word) return false;
    if (OPENING_DETERMINERS.has(word.lower)) {
      const before = tokenInSentence(doc, i - 1, sentence)?.lower;
      return before !== 'of' && before !== 'for';
    }
    // (words that describe the noun: "outside collection", "Estonian", "drivers'", "anti-racket")
    if (word.shape !== 'lower' && !(tokenFlags(word) & FLAGS.demonym) && word.text !== "'" && word.text !== '-') return false;
  }
  return false;
}

/**
 * "the party Ivo Kell founded in 2010", "the team Ivo Kell coaches won": a verb after the name with
 * no object, a relative clause's (the sentence's own verb may follow it)
 */
function opensClauseAfterName(doc: Doc, verbAt: number, sentence: number): boolean {
  const verb = tokenInSentence(doc, verbAt, sentence);
  if (!verb || verb.lower === 'said' || verb.lower === 'says' || verb.lower === 'told') return false;
  const after = tokenInSentence(doc, verbAt + 1, sentence);
  if (after === undefined || after.shape === 'punct' || RELATIVE_CLAUSE_ENDS.has(after.lower)) return true;
  // (not an auxiliary's own verb: "the union Kesmara has warned")
  return after.shape === 'lower' && !AUXILIARIES.has(verb.lower) && isFiniteVerb(after.lower);
}

const RELATIVE_CLAUSE_ENDS = new Set(['in', 'for', 'at', 'on', 'with', 'from', 'during', 'until', 'since', 'before', 'after', 'last', 'this', 'two', 'three', 'years', 'decades', 'is', 'was', 'has', 'had', 'will']);

/** "X, a magazine run by Y", "X, a ferry operator sailing to Oslo": a participle after the head */
function isParticipleAfterHead(token: Token): boolean {
  return token.shape === 'lower' && ((token.lower.length > 5 && token.lower.endsWith('ing')) || PARTICIPLES_AFTER_HEAD.has(token.lower));
}
const PARTICIPLES_AFTER_HEAD = new Set(['published', 'named', 'founded', 'headed', 'run', 'led', 'created', 'formed', 'acquired', 'bought']);

/** "in Kelso", "from Kelso": the town, even in a story about the firm named after it */
function afterPlacePreposition(doc: Doc, start: number): boolean {
  const before = tokenInSentence(doc, start - 1, doc.tokens[start].sentence);
  return before !== undefined && PLACE_PREPOSITIONS.has(before.lower);
}
