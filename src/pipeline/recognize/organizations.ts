// Organizations: known names (gazetteer), names ending in a head noun ("National Security
// Committee", "Justice Department"), head noun + of/for + name ("Ministry of Internal Affairs of
// Kazakhstan", "Committee for National Security", "Bank of America"), legal-form suffixes
// ("Acme Holdings Ltd"), "X & Y" and "A, B & C" firms ("Procter & Gamble", "Ardley, Vance & Co."),
// an owner's possessive opening the name ("Fisherman's Mutual Holdings"), "First Denver", a book
// citation's publisher ("(Marrow Press, 320 pages)") and unknown acronyms ("KNB").

import { Doc, Mention, Token } from '../../model';
import { FLAGS, PLACE_FLAGS, lookup } from '../../lexicon';
import { ARTICLES, Candidate, FUNCTION_WORDS, GENERATION_SUFFIXES, NAME_PARTICLES, ROMAN_NUMERAL, TRADE_NOUNS, commonSingular, isBrandShaped, isNameHeadAfterFirstName, isOrdinaryWord, isTimeRun, isPlainNounAt, isTradeNoun, looksLikePeopleOrCreed, nameCandidates, opensSentence, sentenceOf, sentenceHolds, tokenInSentence } from './candidates';
import { isCapitalized, isUnlisted, longestPhraseAt, phraseFlags, phraseKey, tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions, wordsOfPersons } from './mention';
import { titlesFrom } from './titles';
import { PLACE_HEADS, stateAbbreviationAfter } from './places';
import { isSportsStory } from './sports';
import { PAPER_HEADS } from '../refine/paper-titles';
import { isFiniteVerb, looksLikeVerb, wordTags } from '../../lexicon/word-tags';
import { FOREIGN_JOINERS } from './foreign-organizations';

const OF_WORDS = new Set(['of', 'for', 'on']);
/** A street's last word: after "on" it is where a body is ("on Kirk Street"), not its name's complement */
const STREET_ENDS = new Set(['street', 'road', 'lane', 'avenue', 'boulevard', 'square', 'place', 'parade', 'row', 'terrace', 'way', 'drive', 'hill', 'quay']);
/** Small words inside listed names, where a run of capitals breaks: "Save the Children", "Law and Justice" */
const LIST_NAME_JOINERS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'without', 'to', 'de', 'du', 'des', 'la', 'del', 'sans', 'y', 'a', 'is']);
/** ... and numbers and marks: "Eesti 200", "Canal+", "Europe Now!", "Janata Dal (Secular)" (not "&": the ampersand rule reads "X & Y") */
const LIST_NAME_MARKS = new Set(['+', '!', '(']);
/** Common nouns that introduce a company or group by name: "glass maker Vontera", "rival Velcom" */
const COMPANY_NOUNS = new Set(['giant', 'operator', 'firm', 'company', 'maker', 'manufacturer', 'carrier', 'airline', 'insurer', 'retailer', 'conglomerate', 'rival', 'subsidiary', 'affiliate', 'unit', 'group', 'lender', 'bank', 'broker', 'brokerage', 'automaker', 'carmaker', 'chipmaker', 'producer', 'supplier', 'distributor', 'developer', 'publisher', 'newspaper', 'daily', 'weekly', 'magazine', 'agency', 'network', 'broadcaster', 'channel', 'club', 'side', 'team', 'party', 'movement', 'organisation', 'organization', 'refiner', 'miner', 'exporter', 'importer', 'utility', 'telecoms', 'conglomerate', 'concern', 'publication', 'drugmaker', 'steelmaker', 'shipbuilder', 'chain', 'consultancy', 'startup', 'start-up', 'charity', 'nonprofit', 'non-profit', 'watchdog', 'regulator', 'pollster', 'tabloid', 'outlet', 'website', 'label', 'studio', 'union', 'cooperative', 'journal',
  // a trade in the plural before one firm: "brokers Tarvel Dunn confirmed", "U.S. bankers Velk Osmer"
  'brokers', 'bankers', 'banks', 'brokerages', 'insurers', 'lenders', 'underwriters',
  // bodies and groups named after their kind: "the farmers' association Velmar Dala", "the opposition coalition Tarn Ekk", "the band Kell Ovo"
  'association', 'coalition', 'alliance', 'federation', 'guild', 'band', 'brewer', 'store',
  // a broadcaster by its kind: "the radio station Radio Velk FM" (only after a broadcast's word: not "the space station Velk")
  'station']);
/** Words before "station" that make it a broadcaster: "radio station", "TV station" */
const BROADCAST_WORDS = new Set(['radio', 'television', 'tv', 'broadcast', 'broadcasting', 'fm', 'am']);

/** A party's politics before its name, after an article: "the centrist Velmar Union", "the green Zeld Varda" */
const POLITICAL_LEANINGS = new Set([
  'conservative', 'centrist', 'liberal', 'socialist', 'nationalist', 'environmentalist', 'green', 'populist', 'communist', 'ultranationalist',
  'far-right', 'far-left', 'left-wing', 'right-wing', 'centre-right', 'center-right', 'centre-left', 'center-left', 'leftist', 'rightist',
]);

/**
 * Trades named by what they make or build, whose firms these nouns introduce: "the glassmaker
 * Vetrerie Orvani", "the Italian builder Edilizia Tarvel", "stockbroker Kessby Marle" (any
 * "-maker" but a person's: a lawmaker, a filmmaker, a peacemaker)
 */
const TRADE_ENDINGS = /^[a-z]*(?:maker|builder|broker)s?$/;
const PERSONS_MAKERS = new Set(['lawmaker', 'filmmaker', 'moviemaker', 'policymaker', 'peacemaker', 'kingmaker', 'matchmaker', 'playmaker', 'homemaker', 'troublemaker', 'dressmaker', 'mischiefmaker', 'noisemaker', 'rainmaker', 'pacemaker', 'haymaker', 'merrymaker', 'holidaymaker', 'winemaker', 'cabinetmaker', 'dealmaker', 'speechmaker', 'bridgebuilder', 'bodybuilder', 'powerbroker']);
/** More trades that introduce a firm by name: "the pension fund Kessmar Pensjon", "the meat processor Tarvel Mięso" */
const MORE_TRADE_NOUNS = new Set(['fund', 'processor', 'wholesaler', 'meatpacker', 'packer', 'architects']);

/** Is the lower-case word a trade by what it makes or builds ("glassmaker", "housebuilder") or one of MORE_TRADE_NOUNS? */
function isMakerTrade(word: string): boolean {
  if (MORE_TRADE_NOUNS.has(word)) return true;
  if (!TRADE_ENDINGS.test(word)) return false;
  return !PERSONS_MAKERS.has(word.endsWith('s') ? word.slice(0, -1) : word);
}

/** Is the noun at token i a kind that introduces a company or group by name ("firm", "party"; "station" only a broadcaster's)? */
function isCompanyNounAt(doc: Doc, i: number): boolean {
  const noun = doc.tokens[i];
  if (!noun || noun.shape !== 'lower') return false;
  if (!COMPANY_NOUNS.has(noun.lower)) return isMakerTrade(noun.lower);
  return noun.lower !== 'station' || BROADCAST_WORDS.has(doc.tokens[i - 1]?.lower ?? '');
}

/**
 * "the centrist Renouveau Tarvo", "the green Zeld Varda": a party's politics after an article before
 * the name [start, end); not a name that describes a noun after it ("a liberal Velmar tradition",
 * "the green Kestrel jersey") nor one ordinary word ("the communist North")
 */
function isLeaningBefore(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const leaning = tokens[start - 1];
  const article = tokens[start - 2];
  if (!leaning || leaning.shape !== 'lower' || !POLITICAL_LEANINGS.has(leaning.lower) || !article || !ARTICLES.has(article.lower) || article.sentence !== leaning.sentence) return false;
  if (end - start === 1 && tokenFlags(tokens[start]) & FLAGS.common) return false;
  // (a verb after the name is the party's: "the centrist Renouveau Tarvo left the coalition")
  return !isPlainNounAt(doc, end, leaning.sentence);
}
/** below a person's cues (a verb of saying 0.6, a first name 0.8): "the nationalist Vuko Draskavic said he would run" stays a person */
const LEANING_STRENGTH = 0.55;
/** Company nouns no person is called by, before a name: "the luxury group Maison Orvelle" (not "jeweller", "publisher", "insurer", "giant"; nor "carrier", a ship's too) */
const FIRM_NOUNS = new Set(['company', 'firm', 'group', 'maker', 'manufacturer', 'airline', 'retailer', 'conglomerate', 'subsidiary', 'affiliate', 'lender', 'bank', 'brokerage', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'steelmaker', 'utility', 'chain', 'concern', 'label', 'brand', 'startup', 'start-up', 'consultancy', 'cooperative']);
/** Trades whose firms are called houses: "the fashion house Maison Orvelle", "the auction house Kessington" */
const HOUSE_TRADES = new Set(['fashion', 'auction', 'publishing', 'couture', 'trading', 'design', 'record']);

/** Is token i "house" after a trade that names its firms so ("the fashion house")? */
function isTradeHouse(doc: Doc, i: number): boolean {
  return doc.tokens[i]?.lower === 'house' && HOUSE_TRADES.has(doc.tokens[i - 1]?.lower ?? '');
}

/** Nouns after a company name: "Vontera shares", "Kelvor stock" */
const COMPANY_AFTER = new Set(['ceo', 'newspaper', 'newspapers', 'news', 'magazine', 'union', 'shares', 'stock', 'stocks', 'shareholders', 'stockholders', 'subsidiary', 'executives', 'employees', 'plant', 'plants', 'factory', 'headquarters', 'spokesperson', 'bonds', 'earnings', 'profit', 'profits', 'revenues', 'sales']);
/**
 * What a firm is after a place's or an owner's name and a hyphen: "Ohio-based", "Oslo-listed",
 * "state-run", "state-controlled" (not "-owned": "a family-owned" may be a shop called by its owner)
 */
const BASED_WORDS = new Set(['based', 'listed', 'controlled', 'run', 'funded', 'financed', 'sponsored']);
const BASED_ENDING = /-(?:based|listed|controlled|run|funded|financed|sponsored)$/;
/** What a donor pays for: a body, "the Norland-funded Kessa Trust", "state-funded Radio Teslo" (not a person, whom news calls "-backed") */
const FUNDED_WORDS = new Set(['funded', 'financed', 'sponsored']);
/**
 * Owners before "-run" and "-controlled" that make a firm ("state-run Kelvani"): after a force or
 * a people the name is the land it holds ("rebel-controlled Tarvesh", "Kurdish-controlled Velmara")
 */
const FIRM_OWNERS = new Set(['state', 'family', 'privately', 'publicly', 'employee']);
/** Markets a firm is listed on, besides a place's name: "Nasdaq-listed Velkor" */
const MARKETS = new Set(['nasdaq', 'nyse', 'amex', 'asx', 'tsx', 'aim', 'jse', 'sgx', 'otc']);

/**
 * Does the modifier before token `start` make the name a firm: "Ohio-based Kelvor" (any place),
 * "Oslo-listed Tarvane Holt" (a place or a market: not "heritage-listed", "Grade II-listed" nor a
 * verb, "the judges short-listed"), "state-run Kelvani" (an owner: FIRM_OWNERS)?
 */
function firmModifierBefore(doc: Doc, start: number): boolean {
  const tokens = doc.tokens;
  const modifier = tokens[start - 1];
  if (modifier === undefined) return false;
  let kind: string;
  let owner: Token | undefined;
  let ownerWord: string;
  if (BASED_WORDS.has(modifier.lower) && start >= 2 && tokens[start - 2].text === '-' && !modifier.spaceBefore) {
    // "Oslo-listed": the owner is a capitalized word the tokenizer split from the hyphen
    kind = modifier.lower;
    owner = start >= 3 ? tokens[start - 3] : undefined;
    ownerWord = owner?.lower ?? '';
  } else if (BASED_ENDING.test(modifier.lower)) {
    // "state-run": one lower-case token
    const hyphen = modifier.lower.lastIndexOf('-');
    kind = modifier.lower.slice(hyphen + 1);
    ownerWord = modifier.lower.slice(0, hyphen);
  } else return false;
  if (kind === 'based') return true;
  // (a donor by its capitalized name, "Swedish-funded", "Tarvos-funded", or an owner: "state-funded")
  if (FUNDED_WORDS.has(kind)) return FIRM_OWNERS.has(ownerWord) || ownerWord === 'government' || (owner !== undefined && isCapitalized(owner));
  if (kind === 'listed') return MARKETS.has(ownerWord) || (owner !== undefined && (tokenFlags(owner) & PLACE_FLAGS) !== 0);
  return FIRM_OWNERS.has(ownerWord);
}
/**
 * The end of "the Marigolds" in "Tarvell & the Marigolds": the article at `the` and a capitalized plural
 * of one or two words that is no place's or people's name; -1 when there is none
 */
function bandAfterAmpersand(doc: Doc, the: number, byStart: Map<number, { start: number; end: number }>): number {
  const article = doc.tokens[the];
  if (article?.lower !== 'the' || article.sentence !== doc.tokens[the - 1].sentence) return -1;
  const band = byStart.get(the + 1);
  if (!band || band.end - band.start > 2 || !doc.tokens[band.end - 1].lower.endsWith('s')) return -1;
  return phraseFlags(doc, band.start, band.end) & (PLACE_FLAGS | FLAGS.demonym | FLAGS.organization) ? -1 : band.end;
}

/** Nouns after the title of a paper or a channel: "Coast magazine" */
const MEDIA_NOUNS = new Set(['magazine', 'newspaper', 'newspapers', 'news']);
/**
 * Legal forms written before the name, in capitals: Swedish, Indonesian, Russian and Kazakh firms,
 * and Ukrainian ("TOV"), Latvian ("SIA"), Lithuanian ("UAB") and Estonian ("AS") ones
 */
const LEGAL_PREFIXES = new Set(['AB', 'PT', 'OAO', 'ZAO', 'PAO', 'OOO', 'JSC', 'AO', 'TOO', 'TOV', 'SIA', 'UAB', 'AS']);
/** ... of which these are a province's letters after a town too: "Calgary, AB Energy Corp." */
const PROVINCE_LIKE_PREFIXES = new Set(['AB']);
/** A country's missions abroad, named "X of Country" */
const MISSIONS = new Set(['embassy', 'consulate']);
/** Head nouns that open organization names in news: "Radio Liberty", "Air France", "Banco Santander" */
const OPENING_HEADS = new Set(['radio', 'air', 'banco', 'banca', 'banque', 'bank', 'club', 'hotel', 'university', 'institute', 'fund', 'groupe', 'grupo', 'editions', 'studio', 'studios', 'teatro', 'theatre', 'museum']);
/** Institutions named by one capitalized word after "the": "the Times", "the Fed" (the House: legislatures.ts) */
const SHORT_INSTITUTIONS = new Set([...PAPER_HEADS, 'economist', 'fed', 'pentagon', 'kremlin', 'vatican', 'bundesbank', 'treasury']);
const ACRONYM = /^[A-Z][A-Z0-9&]{1,5}$/;
/** "the KRAS gene", "ZIP code", "a VX31 virus": an acronym naming a thing, not a body */
const THING_AFTER_ACRONYM = new Set(['gene', 'genes', 'protein', 'proteins', 'virus', 'viruses', 'code', 'codes', 'gun', 'guns', 'rifle', 'rifles', 'chip', 'chips', 'file', 'files', 'format', 'drug', 'drugs', 'test', 'tests', 'cells', 'receptor', 'vaccine', 'strain', 'missile', 'missiles', 'aircraft', 'jet', 'jets', 'engine', 'engines']);
/** ... before an acronym: "the drug TPX", "the protein KRL" */
const THING_BEFORE_ACRONYM = new Set(['gene', 'protein', 'virus', 'drug', 'hormone', 'enzyme', 'compound', 'chemical', 'vaccine', 'molecule']);

/**
 * An acronym that names a thing or a unit by its neighbours: a number before two letters ("400 KV";
 * not "40 ZQN members"), a currency sign glued after it ("NZ$9"), or a noun of things right before
 * it ("the drug TPX", "a new drug, ZRV").
 */
function namesThingOrUnit(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const next = tokens[i + 1];
  if (next && next.text === '$' && !next.spaceBefore) return true;
  // "cut it to BB+ from BBB": a credit rating's grade (not the Better Business Bureau's letters)
  if (CREDIT_GRADE.test(tokens[i].text) && ((next !== undefined && (next.text === '+' || next.text === '-') && !next.spaceBefore) || speaksOfRatings(doc, i))) return true;
  const sentence = tokens[i].sentence;
  let before = tokenInSentence(doc, i - 1, sentence);
  if (before?.shape === 'number' && tokens[i].text.length <= 2) return true;
  if (before?.text === ',') before = tokenInSentence(doc, i - 2, sentence);
  return before !== undefined && before.shape === 'lower' && THING_BEFORE_ACRONYM.has(before.lower);
}

/** The grades of a credit rating, "AAA" to "C" (one letter is no acronym candidate) */
const CREDIT_GRADE = /^(?:AAA|AA|BBB|BB|CCC|CC)$/;
/** Words of a credit rating: where one stands in the sentence, a grade's letters are the grade */
const RATING_WORDS = new Set(['rating', 'ratings', 'rated', 'rates', 'downgrade', 'downgraded', 'upgrade', 'upgraded', 'notch', 'notches', 'grade', 'outlook', 'junk']);

const isRatingWord = (token: Token): boolean => token.shape === 'lower' && RATING_WORDS.has(token.lower);

function speaksOfRatings(doc: Doc, i: number): boolean {
  return sentenceHolds(doc, i, isRatingWord);
}

/** A North American broadcaster's call sign and its band: "KVTR-TV", "WKDL-FM", "CJVL-AM" */
const CALL_SIGN = /^[KWC][A-Z]{2,3}-(?:TV|FM|AM|DT|LP|CD)$/;
/** letters then digits: a gene, a virus, a model or a quarter ("VX31", "RT90B", "Q1"); "G7" matches too, but its organization flag keeps it from this rule */
const MIXED_DIGITS = /^[A-Z]+\d+[A-Z]*\d*$|^[A-Z]+\d+[A-Z]+/;
// (a brand's shape, "TelVerde", "NordaBank": candidates.ts isBrandShaped, shared with the person rules)
// Roman numerals and other capitals that are not organizations
const NOT_ACRONYMS = new Set([
  'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'OK', 'TV', 'AM', 'PM', 'CEO', 'CFO', 'COO', 'GMT', 'ID', 'OT', 'CAPS',
  'GDP', 'GNP', 'CPI', 'PPI', 'CD', 'CDs', 'DVD', 'PC', 'PCs', 'PVC', 'DNA', 'HIV', 'AIDS', 'SARS', 'IPO', 'SUV', 'DJIA',
  'EST', 'PST', 'EDT', 'PDT', 'UTC', 'FM', 'AC', 'DC', 'USB', 'GPS', 'ATM', 'VAT', 'MP', 'MPs', 'RBI', 'ERA', 'NA',
]);

/** "Initially Harbour Board officials said": an adverb opening the sentence is no part of the name ("Supply Chain Ltd." keeps its word) */
const SENTENCE_ADVERBS = new Set([
  'originally', 'initially', 'currently', 'recently', 'previously', 'separately', 'similarly', 'finally', 'eventually',
  'ultimately', 'subsequently', 'additionally', 'traditionally', 'reportedly', 'apparently', 'officially', 'normally',
  'usually', 'typically', 'generally', 'frequently', 'occasionally', 'increasingly', 'meanwhile', 'later', 'earlier',
]);
function isSentenceAdverb(token: Token): boolean {
  return SENTENCE_ADVERBS.has(token.lower);
}

/** Word heads that ordinary words before them make a phrase, not a name: "the International Community", "Data Analytics", "Winter Sports" */
const HEADS_AFTER_A_NAME = new Set(['community', 'sports', 'platforms', 'solutions', 'properties', 'dynamics', 'therapeutics', 'biosciences', 'robotics', 'analytics', 'air', 'pharma', 'biotech', 'genomics', 'payments', 'renewables']);

/**
 * A head that is an ordinary word too (FLAGS.wordHead: "International", "Workers", "Platforms")
 * and does not close a name here: in capitals or a title-case headline ("VARGA WINS SQUAD RECALL
 * INTERNATIONAL", "Angry Teachers March On Tarnley") every word looks like a name, and after a
 * place or a people alone it names the town's airport or its people ("Tarnley International",
 * "Kazakh Teachers"). "Ilse Varga International" and "United Harbour Workers" are names; "Community"
 * and a trade's plural need a name's word before them ("the Velmoran Trade Community", "Dana Kerr
 * Platforms"; not "the Black Community", "Data Analytics").
 */
function isWordHeadAside(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const head = tokens[end - 1];
  if (!(tokenFlags(head) & FLAGS.wordHead)) return false;
  const sentence = doc.sentences[head.sentence - doc.sentences[0].index];
  // (a head written in capitals after a name in mixed case, "Kessu FM", is read as one in title
  // case; a run of capitals in a story is a section's head: "PRECIOUS METALS:", "SKILLED WORKERS")
  const capitalsAfterName = head.shape === 'upper' && tokens[start].shape !== 'upper';
  if ((head.shape !== 'title' && !capitalsAfterName) || sentence?.allCaps || sentence?.titleCase) return true;
  if (phraseFlags(doc, start, end - 1) & (PLACE_FLAGS | FLAGS.demonym)) return true;
  if (!HEADS_AFTER_A_NAME.has(head.lower)) return false;
  for (let i = start; i < end - 1; i++) if (!isOrdinaryWord(tokens[i])) return false;
  return true;
}

/** A state's own chambers and courts, named without the state's name: "the Peruvian Congress" */
const STATE_CHAMBERS = new Set(['senate', 'congress', 'duma']);
/** A party's adjective, which describes a chamber its members hold: "the Democratic Senate" (general knowledge) */
export const PARTY_ADJECTIVES = new Set(['democratic', 'republican']);

/**
 * "the Velmaran Interior Ministry", "the Tarnish Senate", "the Velmaran Supreme Court": a nationality
 * before a ministry named by its portfolio, or before a state's chamber or supreme court, says whose
 * body it is and is no part of its name (as a nationality before a person's name is not); not before
 * a body of more words ("the Velmaran National Congress", "the Velmaran Ministry of Trade").
 */
function isNationalBody(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const nationality = tokens[start];
  // "a Democratic Senate staff member", "our Republican Congress": the party that holds the chamber
  if (end - start === 2 && PARTY_ADJECTIVES.has(nationality.lower) && STATE_CHAMBERS.has(tokens[end - 1].lower)) return true;
  if (nationality.shape !== 'title' || (tokenFlags(nationality) & (FLAGS.demonym | PLACE_FLAGS | FLAGS.organization)) !== FLAGS.demonym) return false;
  const head = tokens[end - 1].lower;
  if (end - start === 2) return STATE_CHAMBERS.has(head);
  if (end - start !== 3) return false;
  const word = tokens[start + 1];
  if (word.shape !== 'title') return false;
  return (head === 'ministry' && (tokenFlags(word) & FLAGS.common) !== 0) || (head === 'court' && word.lower === 'supreme');
}

/** A government's departments, named by their portfolio after "of"/"for" */
const PORTFOLIO_HEADS = new Set(['ministry', 'department']);

/**
 * "the Velmaran Ministry of Trade", "the South Velmaran Department of Energy": a nationality right
 * before a ministry's head noun says whose ministry it is and is no part of its name, as with
 * "the Velmaran Interior Ministry" (isNationalBody); the start after it, or start. A place's own
 * name stays ("the Ontario Ministry of Education": a province names its ministry).
 */
function afterNationalityBeforeMinistry(doc: Doc, start: number, end: number): number {
  const tokens = doc.tokens;
  // (after "the" only: without it the nationality may open the name a modifier is made of, "a
  // Velmaran Ministry of Trade official")
  if (tokens[start - 1]?.lower !== 'the') return start;
  const nationality = longestPhraseAt(doc, start, FLAGS.demonym, end);
  if (!nationality || tokens[start].shape !== 'title' || nationality.flags & (PLACE_FLAGS | FLAGS.organization)) return start;
  const head = tokens[nationality.end];
  return head && head.shape === 'title' && PORTFOLIO_HEADS.has(head.lower) && nationality.end === end - 1 ? nationality.end : start;
}

/** Bodies a headline names by their place and a common noun, which prose writes in lower case: "a Cairo court", "Uganda's regulator" */
const HEADLINE_COMMON_BODIES = new Set(['court', 'council', 'cabinet', 'police', 'regulator', 'government', 'parliament', 'firm', 'group', 'university', 'museum', 'club', 'coalition', 'office', 'party']);
/** A common word a headline puts between the place and such a noun: "VARNA CITY COUNCIL", "OLOMOUC OPPOSITION PARTY" */
const HEADLINE_BODY_MODIFIERS = new Set(['city', 'opposition', 'ruling', 'regional', 'provincial', 'municipal', 'district']);

/**
 * "CAIRO COURT JAILS ...", "Winnipeg Council Approves ...", "ZIMBABWEAN POLICE SHUT ...",
 * "NIGERIA CENTRAL BANK RAISES ...": in a headline in capitals or title case, a place or a people's
 * word and one such noun ("central bank" too) are a place and a noun, no body's name; a listed
 * body stays ("Supreme Court" opens with no place).
 */
function isHeadlinePlaceAndNoun(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  // (the place may be of several words: "SOUTH AFRICA POLICE", "NEW YORK COURT")
  const place = longestPhraseAt(doc, start, PLACE_FLAGS | FLAGS.demonym, end);
  if (!place || place.flags & FLAGS.organization || phraseFlags(doc, start, end) & FLAGS.organization) return false;
  const noun = place.end;
  if (end - noun === 1) return HEADLINE_COMMON_BODIES.has(tokens[noun].lower);
  if (end - noun !== 2) return false;
  return (tokens[noun].lower === 'central' && tokens[noun + 1].lower === 'bank') || (HEADLINE_BODY_MODIFIERS.has(tokens[noun].lower) && HEADLINE_COMMON_BODIES.has(tokens[noun + 1].lower));
}

/** Parties called by their members in the plural after a word of politics: "the Social Democrats", "the Free Democrats" */
const PARTY_MEMBERS = new Set(['democrats', 'conservatives', 'liberals', 'socialists', 'nationalists', 'republicans', 'greens', 'unionists', 'progressives', 'radicals',
  // ... and a party's own word after a word of politics: "the National Rally", "the Democratic Rally"
  'rally']);
const POLITICAL_WORDS = new Set(['social', 'christian', 'liberal', 'free', 'radical', 'national', 'democratic', 'progressive', 'socialist', 'popular', 'republican', 'independent']);
/** A party's branch in a nation or region, its people's adjective before the party's word: "Scottish Labour", "Welsh Conservatives" (not its members of another party word: "Tarsian Socialists" are people) */
const BRANCH_PARTIES = new Set(['labour', 'labor', 'conservatives', 'greens']);

/**
 * Two capitalized words that name a party by their shape: a word of politics and the members'
 * plural ("Social Democrats", "Christian Democrats"); a people's adjective and a party's word that
 * is no people's ("Scottish Labour", "Welsh Greens"); "National Rally". Not in capitals or a
 * title-case headline, where every word is capitalized.
 */
function isPartyShaped(doc: Doc, start: number): boolean {
  const first = doc.tokens[start];
  const second = doc.tokens[start + 1];
  if (first.shape !== 'title' || second.shape !== 'title') return false;
  const sentence = doc.sentences[first.sentence - doc.sentences[0].index];
  if (sentence?.allCaps || sentence?.titleCase) return false;
  if (POLITICAL_WORDS.has(first.lower)) return PARTY_MEMBERS.has(second.lower);
  return BRANCH_PARTIES.has(second.lower) && (tokenFlags(first) & FLAGS.demonym) !== 0 && !(tokenFlags(first) & PLACE_FLAGS);
}

/** The most names a body's name named after its kind may run on over small words of another language: "Portos do Centro de Moçambique" */
const MAX_FOREIGN_PARTS = 3;
/** Articles of Gaelic names, ordinary English words too ("na", "nan"): "Cairde na Sráide", "Comhairle nan Eilean" */
const GAELIC_ARTICLES = new Set(['na', 'nan', 'nam']);

/** Is the token a small word inside a name of another language: "do", "de la", "na", or a lower-case word no English list knows ("ak", "léto")? */
function isForeignSmallWord(token: Token | undefined): boolean {
  if (!token || token.shape !== 'lower') return false;
  return FOREIGN_JOINERS.has(token.lower) || GAELIC_ARTICLES.has(token.lower) || isUnlisted(token);
}

/**
 * "the port operator Portos do Centro de Moçambique", "the newspaper Eco de la Costa", "the
 * coalition Tarra ak Dembel", "the association Spolek Velké léto": after its kind, a body's name in
 * another language goes on over that language's small words ("do", "de la", "na") before more
 * capitalized words, and over a last lower-case word no English list knows; the end of the name,
 * or `end`.
 */
function withForeignSmallWords(doc: Doc, end: number, byStart: Map<number, Candidate>): number {
  const tokens = doc.tokens;
  const sentence = tokens[end - 1].sentence;
  let at = end;
  for (let parts = 0; parts < MAX_FOREIGN_PARTS; parts++) {
    let next = at;
    while (next < at + 2 && isForeignSmallWord(tokens[next]) && tokens[next].sentence === sentence) next++;
    const more = next > at ? byStart.get(next) : undefined;
    if (!more || more.allCaps) break;
    at = more.end;
  }
  // (a last word of the language: "Spolek Velké léto", not an English one: "Velkor said")
  const last = tokens[at];
  if (last && last.sentence === sentence && last.shape === 'lower' && isUnlisted(last) && !FOREIGN_JOINERS.has(last.lower)) {
    const then = tokens[at + 1];
    if (!then || then.sentence !== sentence || then.shape === 'punct') at++;
  }
  return at;
}

/** The words of [start, end) but the small words of another language inside it: "El Centinela del Sur" has three */
function nameWords(doc: Doc, start: number, end: number): number {
  let words = 0;
  for (let i = start; i < end; i++) if (!(doc.tokens[i].shape === 'lower' && FOREIGN_JOINERS.has(doc.tokens[i].lower))) words++;
  return words;
}

/**
 * Where a name that "First" opens at token `first` starts: at the one or two capitalized words right
 * before "First" in the sentence ("the Community First Party", "Pacific First Financial Corp."),
 * but not a person's, a title or a word that opens the sentence; otherwise at "First".
 */
function nameBeforeFirst(doc: Doc, first: number, byEnd: Map<number, Candidate>): number {
  const left = byEnd.get(first);
  if (!left || left.end - left.start > 2 || left.weakStart || left.allCaps || doc.tokens[left.start].sentence !== doc.tokens[first].sentence) return first;
  if (phraseFlags(doc, left.start, left.end) & (FLAGS.person | FLAGS.title | FLAGS.time) || tokenFlags(doc.tokens[left.start]) & (FLAGS.given | FLAGS.title)) return first;
  return left.start;
}

/** Does the run ending at `end` close with "Limited Partnership", capitalized? */
function isLimitedPartnership(tokens: readonly Token[], end: number): boolean {
  const last = tokens[end - 1];
  const limited = tokens[end - 2];
  return last?.lower === 'partnership' && last.shape !== 'lower' && limited?.lower === 'limited' && limited.shape !== 'lower';
}

/**
 * Does the run ending at `end` close with "Bishops' Conference" or "Episcopal Conference", a national
 * church's standing body ("the Tarvian Bishops' Conference")? "Conference" alone names a meeting, an
 * event, as often as a body, so it is no head noun of org-heads.txt.
 */
function isBishopsConference(tokens: readonly Token[], end: number): boolean {
  const last = tokens[end - 1];
  if (last?.lower !== 'conference' || last.shape !== 'title') return false;
  let before = tokens[end - 2];
  if (before !== undefined && (before.norm === "'" || before.norm === "'s")) before = tokens[end - 3];
  return before !== undefined && CONFERENCE_OF.has(before.norm.toLowerCase());
}

/** Who a church's standing conference is of: "Bishops' Conference", "Episcopal Conference" */
const CONFERENCE_OF = new Set(['bishops', "bishops'", 'episcopal']);

/** What a legislature's chamber called "House of ..." is a house of */
const CHAMBER_MEMBERS_OF_HOUSE = new Set(['assembly', 'representatives', 'commons', 'lords', 'delegates', 'keys', 'deputies', 'councillors', 'councilors', 'chiefs', 'nationalities', 'peers', 'elders', 'senators']);

/** The end of "House of Assembly" after a run ending in "House" at `end` ("Osun State House"), or -1 */
function houseOfChamberEnd(doc: Doc, end: number): number {
  const tokens = doc.tokens;
  const house = tokens[end - 1];
  const of = tokens[end];
  const members = tokens[end + 1];
  if (house.text !== 'House' || of?.lower !== 'of' || !members || members.shape !== 'title' || !CHAMBER_MEMBERS_OF_HOUSE.has(members.lower)) return -1;
  return of.sentence === house.sentence && members.sentence === house.sentence ? end + 2 : -1;
}

/** What the per-rule functions below share for one document's candidates */
interface OrganizationScan {
  doc: Doc;
  tokens: readonly Token[];
  found: Mention[];
  byStart: Map<number, Candidate>;
  byEnd: Map<number, Candidate>;
  /** the story's words of a thing or a unit in capitals, made when a rule first asks */
  thingAcronyms: Set<string> | null;
  /** the story's words written in lower case, made when a rule first asks */
  lowerWords: Set<string> | null;
  /** the story's words written in title case, made when a rule first asks */
  titleWords: Set<string> | null;
}

// The rules for one candidate are split into functions of a few rules each, in the same order:
// V8 optimizes a small function sooner and compiles it faster than one loop holding every rule
// (that loop was about a sixth of the compiler's work on the first megabytes and ran unoptimized
// until about 2 MB of news).
export function recognizeOrganizations(doc: Doc): Mention[] {
  const found = newMentions();
  const candidates = nameCandidates(doc);
  const byStart = new Map<number, Candidate>();
  const byEnd = new Map<number, Candidate>();
  for (const c of candidates) {
    byStart.set(c.start, c);
    byEnd.set(c.end, c);
  }
  const scan: OrganizationScan = { doc, tokens: doc.tokens, found, byStart, byEnd, thingAcronyms: null, lowerWords: null, titleWords: null };
  for (const candidate of candidates) {
    const start = candidate.start;
    const end = withoutContactLabel(doc, start, withoutModel(doc, start, candidate.end));
    // "January-June profit": a period of months is no body's name
    if (isTimeRun(doc, start, end)) continue;
    pushListedNames(scan, candidate, start, end);
    if (byServedPlace(scan, candidate, start, end)) continue;
    if (byLegalPrefixOrCitation(scan, candidate, start, end)) continue;
    pushBodyBeforeTitle(scan, candidate, start, end);
    // ("Tarnwick Cable Limited Partnership": "Limited Partnership" is one legal form, as "Ltd." is)
    const lastFlags = tokenFlags(doc.tokens[end - 1]) | (isLimitedPartnership(doc.tokens, end) ? FLAGS.legalSuffix : 0) | (isBishopsConference(doc.tokens, end) ? FLAGS.orgHead : 0);
    const orgStart = nameStartOf(scan, candidate, start, end, lastFlags);
    if (byLegalFormOrChamber(scan, candidate, start, end, orgStart, lastFlags)) continue;
    if (byComplement(scan, candidate, start, end, orgStart, lastFlags)) continue;
    if (byHeadNoun(scan, candidate, start, end, orgStart, lastFlags)) continue;
    if (byOpeningHeadOrPartners(scan, candidate, end, orgStart)) continue;
    if (byDescriptor(scan, candidate, start, end)) continue;
    byShapeAlone(scan, candidate, start, end);
  }
  return withOpeningAll(doc, withGaelicArticles(doc, withSlashPartners(doc, withPossessiveOwners(doc, found))));
}

/**
 * "Labour Minister Ana Vell", "the Minister of Labour", "Labour inspectors", "the labour market": the
 * British and Australian parties' word names the portfolio, the work or the workers there, not the
 * party ("Labour MP", "Labour leader", "the Labour government" stay the party; "the Labor Department",
 * "the Ministry of Labour" are bodies of their own)
 */
function isPortfolioNotParty(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  if (!PARTY_AND_PORTFOLIO.has(tokens[i].lower)) return false;
  const next = tokens[i + 1];
  // (the office only capitalized, "Labour Minister X": "a Labour minister", "Labour ministers" are the party's)
  if (next && next.sentence === tokens[i].sentence && (PORTFOLIO_NOUNS.has(next.lower) || (PORTFOLIO_OFFICES.has(next.lower) && next.shape === 'title'))) return true;
  const of = tokens[i - 1];
  return of?.lower === 'of' && of.sentence === tokens[i].sentence && PORTFOLIO_HOLDERS.has(tokens[i - 2]?.lower ?? '');
}
const PARTY_AND_PORTFOLIO = new Set(['labour', 'labor']);
const PORTFOLIO_OFFICES = new Set(['minister', 'secretary']);
const PORTFOLIO_NOUNS = new Set(['inspector', 'inspectors', 'inspectorate', 'court', 'courts', 'code', 'law', 'laws', 'force', 'market', 'markets', 'costs', 'shortage', 'shortages', 'camp', 'camps', 'relations']);
const PORTFOLIO_HOLDERS = new Set(['minister', 'ministers', 'secretary', 'commissioner']);

/** Rule 1: known organizations inside the candidate (no rule after it is skipped) */
function pushListedNames(scan: OrganizationScan, candidate: Candidate, start: number, end: number): void {
  const { doc, tokens, found } = scan;
  // 1. known organizations anywhere inside the candidate, and one the candidate's lower-case
  // particle opens ("al Qaeda": a particle joins a candidate only between two name words)
  const particle = tokens[start - 1];
  const particleOpens = particle !== undefined && particle.shape === 'lower' && NAME_PARTICLES.has(particle.lower) && particle.sentence === tokens[start].sentence;
  // "the House of Commons", "Save the Children", "Centers for Disease Control and Prevention":
  // a known name may go on over a small lower-case word past the candidate, and "Moody's",
  // "Christie's": a listed name may hold the "'s" the candidate stops before, a number or a mark
  // (the same for every token of the candidate: decided once)
  const afterCandidate = tokens[end];
  const limit = afterCandidate && ((afterCandidate.shape === 'lower' && LIST_NAME_JOINERS.has(afterCandidate.lower)) || (afterCandidate.lower === "'s" && !afterCandidate.spaceBefore) || afterCandidate.shape === 'number' || LIST_NAME_MARKS.has(afterCandidate.text)) ? tokens.length : end;
  for (let i = particleOpens ? start - 1 : start; i < end; ) {
    const phrase = longestPhraseAt(doc, i, FLAGS.organization, limit);
    if (!phrase) {
      i++;
      continue;
    }
    // "Inc" alone is no organization: it belongs to the name before its comma ("Halvard, Inc."),
    // nor "Labour" where it is a ministry's portfolio, not the party
    if (phrase.end - i === 1 && (tokenFlags(tokens[i]) & FLAGS.legalSuffix || isPortfolioNotParty(doc, i))) {
      i = phrase.end;
      continue;
    }
    const whole = i === start && phrase.end === end;
    let strength = whole ? 0.85 : 0.6;
    if (candidate.weakStart && i === start && phrase.end - i === 1 && phrase.flags & FLAGS.common) strength -= 0.2;
    // "Moody's Investors Service Inc.": a legal form after a listed name is the name's
    const orgEnd = isLegalFormAt(doc, phrase.end, tokens[i].sentence) ? withAbbreviationPeriod(doc, phrase.end + 1) : phrase.end;
    // "The WHO said": a band's "The Who" is written in title case; "The" before an acronym in
    // capitals opens the sentence, not the name
    const from = phrase.end - i === 2 && tokens[i].lower === 'the' && tokens[i + 1].shape === 'upper' && tokens[i + 1].text.length > 1 ? i + 1 : i;
    found.push(mentionFromTokens(doc, 'organization', from, orgEnd, 'organization.gazetteer', strength));
    i = phrase.end;
  }
}

/** A body's head noun and the country or region it serves ("Arts Council Velmora"): true when found */
function byServedPlace(scan: OrganizationScan, candidate: Candidate, start: number, end: number): boolean {
  const { doc, found } = scan;
  // "Arts Council Velmora", "the Accident Investigation Board Tarnland": a body's head noun run on
  // into the country or region it serves is one name (none the lists already know whole)
  const servedPlace = servedPlaceAt(doc, candidate, start, end);
  if (servedPlace > 0 && !found.some(m => m.tokenStart <= start && m.tokenEnd >= end)) {
    found.push(mentionFromTokens(doc, 'organization', withDroppedFirstWord(doc, candidate, start), end, 'organization.head-place', 0.85));
    return true;
  }
  return false;
}

/** A legal form before the name ("AB Volvo") or a book citation's publisher: true when found */
function byLegalPrefixOrCitation(scan: OrganizationScan, candidate: Candidate, start: number, end: number): boolean {
  const { doc, tokens, found } = scan;
  // "AB Volvo", "PT Sinar Kelapa", "OAO Severnet": a legal form in capitals before the name
  const prefixAt = LEGAL_PREFIXES.has(tokens[start].text) ? start : LEGAL_PREFIXES.has(tokens[start - 1]?.text ?? '') && tokens[start - 1].sentence === tokens[start].sentence ? start - 1 : -1;
  // (it opens the name: not "LEUNG PAO WEEKLY", nor a province after a town: "Calgary, AB Energy Corp.")
  // (no prefix, -1, reads no tokens[-2]: a negative index is a slow look-up by name)
  const beforePrefix = prefixAt > 0 ? tokens[prefixAt - 1] : undefined;
  const afterTown = beforePrefix?.text === ',' && PROVINCE_LIKE_PREFIXES.has(tokens[prefixAt].text) && (tokenFlags(tokens[prefixAt - 2] ?? beforePrefix) & PLACE_FLAGS) !== 0;
  const opensName = prefixAt >= 0 && !afterTown && !(beforePrefix && beforePrefix.sentence === tokens[prefixAt].sentence && isCapitalized(beforePrefix));
  if (opensName && !candidate.allCaps && end - prefixAt >= 2 && end - prefixAt <= 4) {
    // "AB Velmor Inc.": a legal form after the name keeps its period too
    const nameEnd = tokenFlags(tokens[end - 1]) & FLAGS.legalSuffix ? withAbbreviationPeriod(doc, end) : end;
    found.push(mentionFromTokens(doc, 'organization', prefixAt, nameEnd, 'organization.legal-prefix', 0.9));
    return true;
  }
  // "(Marrow Press, 320 pages, $18.95)": the publisher in a book review's citation
  if (tokens[start - 1]?.text === '(' && tokens[end]?.text === ',' && tokens[end + 1]?.shape === 'number' && tokens[end + 2]?.lower === 'pages') {
    found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.publisher', 0.85));
    return true;
  }
  return false;
}

/** The body before an officer's title inside the run (no rule after it is skipped) */
function pushBodyBeforeTitle(scan: OrganizationScan, candidate: Candidate, start: number, end: number): void {
  const { doc, tokens, found, byEnd } = scan;
  // "Harbor Authority President Jane Roe", "Acme Corp Chairman John Roe": the organization
  // before a title inside the run
  // (the title may close the run where a second title follows it: "Brisk Fabrics Ltd Chairman and Managing
  // Director Dana Vell")
  const lastTitle = TITLE_JOINERS.has(tokens[end]?.lower ?? '') && tokens[end + 1]?.sentence === tokens[end].sentence && ((tokenFlags(tokens[end + 1]) & FLAGS.title) !== 0 || longestPhraseAt(doc, end + 1, FLAGS.title) !== null) ? end : end - 1;
  for (let i = start + 1; i < lastTitle; i++) {
    if (!(tokenFlags(tokens[i]) & FLAGS.title) || !titlesFrom(doc, i)) continue;
    // "Velk Chairman Ivo Rask", "TKV Secretary Ana Kress": a body's initials alone before its
    // officer's title and name (no place's: "US Secretary", "UK Minister" are the country's)
    if (i === start + 1 && isBodyInitials(tokens[start]) && !candidate.allCaps) {
      found.push(mentionFromTokens(doc, 'organization', start, i, 'organization.before-title', 0.8));
      break;
    }
    // (not a portfolio that opens the title itself: "Tarnland Finance Minister Ivo Brandt", "Velmar Press
    // Secretary Ana Kress" name a place or a body before the title "Finance Minister", "Press Secretary")
    if (i - start >= 2 && tokenFlags(tokens[i - 1]) & (FLAGS.orgHead | FLAGS.legalSuffix) && !((longestPhraseAt(doc, i - 1, FLAGS.title)?.end ?? 0) > i)) {
      // (with a capitalized first word the candidate dropped as sentence-initial, as below:
      // "Brisk Fabrics Ltd Chairman Dana Vell said")
      found.push(mentionFromTokens(doc, 'organization', andExtension(doc, withDroppedFirstWord(doc, candidate, start), i, byEnd), i, 'organization.before-title', 0.8));
    }
    break;
  }
}

/** Where a body's name ending at `end` starts: dropped first words, "and", "First", a leading person */
function nameStartOf(scan: OrganizationScan, candidate: Candidate, start: number, end: number, lastFlags: number): number {
  const { doc, tokens, byEnd } = scan;
  // a name that ends in a head noun or legal form keeps a capitalized first word that was dropped
  // as sentence-initial ("Summit Group Ltd. said"), but not "The" or "Yesterday"
  let orgStart = start;
  if (lastFlags & (FLAGS.orgHead | FLAGS.legalSuffix)) orgStart = withDroppedFirstWord(doc, candidate, start);
  // "Farm and Trade Bank", "Roads and Harbors Committee"
  orgStart = andExtension(doc, orgStart, end, byEnd);
  // "First Prairie Bank", "First Union Corp.": "First" opens many bank names
  if (lastFlags & (FLAGS.orgHead | FLAGS.legalSuffix) && tokens[orgStart - 1]?.text === 'First') {
    orgStart--;
    // "the Community First Party", "Pacific First Financial Corp.": a name's word before "First" opens it
    orgStart = nameBeforeFirst(doc, orgStart, byEnd);
  }
  // "Dana Kresk VOA News", "Ann Vell President Harbor Relief Society": a person's name (and a
  // title) run on into the body's name; the body starts after them
  if (lastFlags & (FLAGS.orgHead | FLAGS.legalSuffix)) orgStart = afterLeadingPerson(doc, orgStart, end);
  return orgStart;
}

/** Rules "First" + place, 1b, 1c and 2-2d: a chamber, a college, a legal form; true when found */
function byLegalFormOrChamber(scan: OrganizationScan, candidate: Candidate, start: number, end: number, orgStart: number, lastFlags: number): boolean {
  const { doc, tokens, found, byStart, byEnd } = scan;
  // "First Denver", "First Tulsa": a capitalized "First" inside a sentence before a city or
  // state alone is a bank's name (the ordinal would be lower-case there)
  const first = tokens[start - 1];
  if (first?.text === 'First' && !first.sentenceInitial && orgStart === start && end - start <= 2 && !isOpenedByMark(doc, start - 1)) {
    const place = longestPhraseAt(doc, start, FLAGS.city | FLAGS.region, end);
    if (place && place.end === end && !(place.flags & FLAGS.country)) {
      found.push(mentionFromTokens(doc, 'organization', start - 1, end, 'organization.first-place', 0.8));
      return true;
    }
  }

  // 1b. "the Osun State House of Assembly", "the Tarnland House of Keys": a chamber named "House of
  // ..." with the words of its state or country before it
  // (a listed one alone is the gazetteer's: "the House of Lords")
  const chamberEnd = houseOfChamberEnd(doc, end);
  if (chamberEnd > 0 && !(orgStart === end - 1 && phraseFlags(doc, orgStart, chamberEnd) & FLAGS.organization)) {
    found.push(mentionFromTokens(doc, 'organization', orgStart, chamberEnd, 'organization.head-of', 0.85));
    return true;
  }
  // 1c. "Imperial College London", "Trinity College Dublin": a college with its city's name last,
  // in one capitalized run (not a university, whose town after it is where a letter's writer
  // signs from: "Ivo Dell, Tarvo State University Kessel, Ohio"), nor the name of a person
  // before it ("Ivo Dell Tarvo College Kessel")
  if (end - orgStart >= 3 && end - orgStart <= 4 && tokens[end - 2].lower === 'college' && tokens[end - 2].shape === 'title' && !candidate.allCaps && (tokenFlags(tokens[end - 1]) & FLAGS.city) !== 0 && !hasPersonNameWord(doc, orgStart, end - 2)) {
    found.push(mentionFromTokens(doc, 'organization', orgStart, end, 'organization.head-noun', 0.85));
    return true;
  }
  // 2d. "Tarvo a.s.", "Velmo s.r.o.", "Orvik d.o.o.": a Czech, Slovak or Balkan form, written in
  // lower case with its periods, right after the name; and the British "plc" as London's papers
  // and wires write it in lower case ("Varrow Glass plc")
  const lowerForm = tokens[end];
  if (lowerForm && lowerForm.sentence === tokens[end - 1].sentence && (lowerForm.text.includes('.') || lowerForm.text === 'plc') && LOWER_FIRST.test(lowerForm.text) && tokenFlags(lowerForm) & FLAGS.legalSuffix && !(phraseFlags(doc, orgStart, end) & (PLACE_FLAGS | FLAGS.person))) {
    found.push(mentionFromTokens(doc, 'organization', orgStart, withAbbreviationPeriod(doc, end + 1), 'organization.legal-suffix', 0.9));
    return true;
  }
  // 2a. "Halvard, Inc.", "Torvane, Ltd.": the legal form after a comma
  const suffix = tokens[end + 1];
  if (tokens[end]?.text === ',' && suffix && byStart.get(end + 1)?.end === end + 2 && tokenFlags(suffix) & FLAGS.legalSuffix && !(lastFlags & FLAGS.legalSuffix)) {
    const orgEnd = withAbbreviationPeriod(doc, end + 2);
    // "Tarnley, Co. Kerry" is an address: a county's name follows the abbreviation
    const followedByName = tokens[end + 3]?.sentence === suffix.sentence && isCapitalized(tokens[end + 3]) && tokens[end + 2]?.text === '.';
    if (!(phraseFlags(doc, orgStart, end) & (PLACE_FLAGS | FLAGS.person)) && !followedByName) {
      found.push(mentionFromTokens(doc, 'organization', orgStart, orgEnd, 'organization.legal-suffix', 0.9));
      return true;
    }
  }
  // 2c. "Korlund Tessary (Canada) Inc.", "Torvik Holdings (Asia) Ltd.": a firm's unit with its
  // country or region in brackets before the legal form
  const bracketed = bracketedPlaceBeforeLegalForm(doc, end);
  if (bracketed > 0) {
    found.push(mentionFromTokens(doc, 'organization', orgStart, withSecondLegalForm(doc, withAbbreviationPeriod(doc, bracketed)), 'organization.legal-suffix', 0.9));
    return true;
  }
  // 2b. "Harlan's Inc.": a firm whose name holds the "'s" the candidate stops before
  if (hasCliticAndLegalForm(doc, end) && byStart.get(end + 1)?.end === end + 2) {
    found.push(mentionFromTokens(doc, 'organization', orgStart, withAbbreviationPeriod(doc, end + 2), 'organization.legal-suffix', 0.9));
    return true;
  }
  // 2. "Acme Holdings Ltd", "Acme Corp." (the period of the abbreviation is part of the name)
  if (lastFlags & FLAGS.legalSuffix && end - orgStart >= 2) {
    const formEnd = withSecondLegalForm(doc, withAbbreviationPeriod(doc, end));
    const orgEnd = ofCountryEnd(doc, byStart, formEnd, formEnd === end && isTradeNamedCorporation(doc, orgStart, end));
    // (a second partner's one word and the form: "Ardell, Voss Inc."; "Velkor, Tarsel Financial Corp." lists two firms)
    // ("Velquist of America Inc.": a place and the form after "of" close the name before it)
    const firmStart = nameBeforeOfPlace(doc, end - orgStart === 2 ? partnerBefore(doc, orgStart, byEnd) : orgStart, end, byEnd);
    found.push(mentionFromTokens(doc, 'organization', firmStart, orgEnd, 'organization.legal-suffix', 0.9));
    return true;
  }
  return false;
}

/** Rule 3: a head noun + of/for + name; true when found */
function byComplement(scan: OrganizationScan, candidate: Candidate, start: number, end: number, orgStart: number, lastFlags: number): boolean {
  const { doc, tokens, found, byStart, byEnd } = scan;
  // 3. head noun + of/for + name, repeated: "Ministry of Internal Affairs of Kazakhstan"
  let orgEnd = end;
  let extended = false;
  // ("the Embassy of Argentina": a mission is a body before "of"; "the U.S. Embassy" is left alone,
  // CoNLL keeps the country a place there)
  const missionOf = end - orgStart === 1 && MISSIONS.has(tokens[orgStart].lower) && tokens[end]?.lower === 'of';
  // (a head that is an ordinary word too opens no "X for Y" in capitals: "TARNLAND SQUAD FOR KESSMOOR QUALIFIER")
  const wordHeadInCapitals = candidate.allCaps && (lastFlags & FLAGS.wordHead) !== 0;
  if ((lastFlags & FLAGS.orgHead && !wordHeadInCapitals) || missionOf) {
    for (let hops = 0; hops < 3; hops++) {
      const of = tokens[orgEnd];
      // ("Against" capitalized inside the name: "the Velmar Commission Against Corruption", not
      // "the Justice Department against Tarvex")
      // ("to" and a verb of purpose: "the Committee to Protect Journalists"; not in a headline, where
      // every verb has its capital: "Senate to Approve Budget")
      const purpose = of?.lower === 'to' && !candidate.allCaps && isPurposeVerb(tokens[orgEnd + 1]);
      if (!of || !(OF_WORDS.has(of.lower) || of.text === 'Against' || purpose) || of.sentence !== tokens[start].sentence) break;
      let next = orgEnd + 1;
      if (tokens[next]?.lower === 'the') next++;
      const following = byStart.get(next);
      // (the verb of purpose with its object: "to Protect Journalists", not "the Senate to Approve the plan")
      if (!following || (purpose && following.end - following.start < 2)) break;
      // ("Against" only before an ordinary word, outside a headline in capitals or title case:
      // not "Dockers Union Against Korvane Takeover")
      if (of.text === 'Against' && (candidate.allCaps || !(tokenFlags(tokens[next]) & FLAGS.common) || tokenFlags(tokens[next]) & (FLAGS.given | FLAGS.surname | PLACE_FLAGS | FLAGS.organization))) break;
      // "the Harbour League of Prime Minister Dana Kress": a title and a name after "of" are the
      // leader's, no part of the body's name
      if (isTitledNameAt(doc, next)) break;
      // "Hanvel's Foodstore on Kirk Street": "on" and a street say where a shop is, no part of its name
      if (of.lower === 'on' && STREET_ENDS.has(tokens[following.end - 1].lower)) break;
      // "Daesong Electronics of South Korea", "Morvik Institute of Technology of Norway": after a
      // body whose name opens with a coined word, "of" and a country say where it is
      // ("Agrarian Bank of Norway", "Bavaria Farmers Party of Germany" open with a word or a place;
      // banks are named so, "Tarnsheng Bank of China"; "of America" is a firm's arm, as in rule 2)
      if (opensWithCoinedWord(doc, orgStart) && tokens[orgEnd - 1].lower !== 'bank' && isCountryOrContinent(doc, following.start, following.end) && !NATIONAL_ARMS.has(phraseKey(doc, following.start, following.end))) break;
      // ("Orlu Aviation Leasing of Dublin": a firm named by its trade is "of" the town it works from)
      if (orgEnd - orgStart >= 2 && TRADE_HEADS.has(tokens[orgEnd - 1].lower) && phraseFlags(doc, following.start, following.end) & FLAGS.city) break;
      // ("Velmoor Marine Services of Dubai", "the Tarnsby Group of France": a firm named by a
      // group's or a firm's plural kind is "of" the town or the country it is based in; "of America"
      // is a firm's arm, as above)
      if (orgEnd - orgStart >= 2 && FIRM_KINDS.has(tokens[orgEnd - 1].lower) && isBaseOf(doc, following.start, following.end)) break;
      // ("Brelling Capital Partners of Oakvale, Ore.": a named firm "of" a town and its state is
      // an address, no part of the name; a bank or an institution keeps its town, "the Farmers
      // Bank of Oakvale", "the Art Institute of Chicago, Illinois")
      if (hops === 0 && orgEnd - orgStart >= 2 && !HEADS_NAMED_FOR_TOWN.has(tokens[orgEnd - 1].lower) && isTownBeforeState(doc, following.end)) break;
      orgEnd = complementEnd(doc, following.start, following.end);
      if (orgEnd < following.end) {
        extended = true;
        break;
      }
      extended = true;
      // "of the Velmar People's Congress": a plural's "'s" and a body's head noun go on the name
      // (not a regular plural's apostrophe: "the Board of Ferry Pilots' Training Office" is the
      // board's office)
      const clitic = tokens[orgEnd]?.lower;
      const owned = (clitic === "'s" || clitic === '’s') && isPluralPossessiveBefore(doc, orgEnd + 1) ? byStart.get(orgEnd + 1) : undefined;
      if (owned && (tokenFlags(tokens[owned.end - 1]) & FLAGS.orgHead || phraseFlags(doc, owned.start, owned.end) & FLAGS.organization)) orgEnd = owned.end;
      // "Ministry of Fisheries, Forests and Water": ordinary capitalized words after commas,
      // when "and" and one more such word close the list
      orgEnd = commaListEnd(doc, orgEnd, byStart);
      // "Ministry of Trade and Industry", "Department of Health and Human Services": and + up to
      // three more ordinary capitalized words
      const and = tokens[orgEnd];
      if (and?.lower === 'and') {
        const more = byStart.get(orgEnd + 1);
        // (or a place whose listed name holds "and": "the Football Association of Trinidad and Tobago")
        // (or a field of study or work closing the list after a place's or a people's word: "the
        // Institute of Tarvian and Caspian Studies", "the School of Oriental and African Studies")
        const field = FIELD_ENDS.has(tokens[more?.end ? more.end - 1 : 0]?.lower ?? '') && more !== undefined && !(phraseFlags(doc, more.start, more.end) & FLAGS.person);
        if (more && more.end - more.start <= 3 && (allOrdinaryWords(doc, more.start, more.end) || phraseFlags(doc, following.start, more.end) & PLACE_FLAGS || field)) orgEnd = more.end;
      }
    }
  }
  if (extended) {
    // "the University of Tarvia at Kessel": a state university's campus, named after "at"
    if (tokens[orgEnd]?.lower === 'at' && tokens[end - 1].lower === 'university' && tokens[orgEnd].sentence === tokens[start].sentence) {
      const campus = byStart.get(orgEnd + 1);
      if (campus && phraseFlags(doc, campus.start, campus.end) & PLACE_FLAGS) orgEnd = campus.end;
    }
    // "Organisation for Security and Cooperation in Europe", "the Council for Coastal Research in
    // Africa": a body "for" something, in a country or continent, has it in its name
    if (tokens[orgEnd]?.lower === 'in' && hasFor(doc, orgStart, orgEnd)) {
      const place = byStart.get(orgEnd + 1);
      // (not a city or a state: "the Centre for Coastal Studies in Leeds" is where it is)
      // (nor the first of places it works in: "the Office for Migration in Tarvia and Orvenia")
      // (no candidate after "in": nothing joined, whatever the story's first word is, "And ...")
      const joined = place ? tokens[place.end] : undefined;
      const morePlaces = place !== undefined && joined !== undefined && (joined.lower === 'and' || joined.lower === 'or') && tokens[place.end + 1]?.shape === 'title';
      if (place && tokens[orgEnd].sentence === tokens[start].sentence && isCountryOrContinent(doc, place.start, place.end) && !morePlaces) orgEnd = place.end;
    }
    // "Harbour Growers of Velmar Inc.": a legal form at the end keeps its period, as in rule 2
    if (tokenFlags(tokens[orgEnd - 1]) & FLAGS.legalSuffix) orgEnd = withAbbreviationPeriod(doc, orgEnd);
    // "Velmar People's Network for the Environment": a plural possessive opens the name, as in rule 4a
    const owners = orgStart === start && isPluralPossessiveBefore(doc, start) ? byEnd.get(start - 1) : undefined;
    if (owners && !OF_WORDS.has(tokens[owners.start - 1]?.lower ?? '')) orgStart = owners.start;
    orgStart = afterNationalityBeforeMinistry(doc, orgStart, end);
    found.push(mentionFromTokens(doc, 'organization', orgStart, orgEnd, 'organization.head-of', 0.85));
    return true;
  }
  return false;
}

/** Rules 4-4c: a party's shape, a possessive before a head noun, a head noun; true when found */
function byHeadNoun(scan: OrganizationScan, candidate: Candidate, start: number, end: number, orgStart: number, lastFlags: number): boolean {
  const { doc, tokens, found, byEnd } = scan;
  // 4b. "the Social Democrats", "Free Democrats", "Scottish Labour": a party by its shape
  if (end - orgStart === 2 && isPartyShaped(doc, orgStart)) {
    found.push(mentionFromTokens(doc, 'organization', orgStart, end, 'organization.party-shape', 0.8));
    return true;
  }
  // 4a. "the Dockworkers' Alliance", "Teachers' Union": a plural possessive opens the name
  if (lastFlags & FLAGS.orgHead && orgStart === start && isPluralPossessiveBefore(doc, start)) {
    const owners = byEnd.get(start - 1);
    // not the end of a bigger name: "Ministry of Home Affairs' Press Office"
    if (owners && !OF_WORDS.has(tokens[owners.start - 1]?.lower ?? '')) {
      // ("the Road and Rail Workers' Union": ordinary words joined by "and" open it too)
      found.push(mentionFromTokens(doc, 'organization', andExtension(doc, owners.start, owners.end, byEnd), end, 'organization.head-noun', 0.8));
      return true;
    }
  }
  // 4c. "St. Brendan's Hospital", "St Mary's College", "King's College": a saint's or a
  // monarch's possessive opens the body's name
  if (lastFlags & FLAGS.orgHead && orgStart === start && isPatronPossessiveBefore(doc, start)) {
    const patron = byEnd.get(start - 1);
    // (the candidate is the saint's or the monarch's alone: not "Dana King's Hospital Fund"; nor a listed
    // town named in Spanish or Portuguese after a saint: "San Diego's Police Department" is the town's body,
    // where English bodies are named after "St." ones: "St. Paul's School")
    const opener = patron ? tokens[patron.start].lower : '';
    const town = TOWN_SAINTS.has(opener) && (phraseFlags(doc, patron!.start, patron!.end) & PLACE_FLAGS) !== 0;
    const saint = SAINTS.has(opener) && !town;
    if (patron && (saint || patron.end - patron.start === 1)) {
      found.push(mentionFromTokens(doc, 'organization', patron.start, end, 'organization.head-noun', 0.8));
      return true;
    }
  }
  // 4. "National Security Committee", "Justice Department"; in a sports story "French League"
  // is a competition, not a body (the "Arab League" of a news story is one)
  // (not before "&": "Kestrel Management & Trading Ltd." is one firm, rule 5)
  if (lastFlags & FLAGS.orgHead && end - orgStart >= 2 && !(phraseFlags(doc, orgStart, end) & PLACE_FLAGS) && !isCompetition(doc, orgStart, end) && tokens[end]?.text !== '&' && !isWordHeadAside(doc, orgStart, end) && !isNameHeadAfterFirstName(doc, orgStart, end) && !(candidate.allCaps && isHeadlinePlaceAndNoun(doc, orgStart, end)) && !isBlocOfCountries(doc, orgStart, end)) {
    found.push(mentionFromTokens(doc, 'organization', isNationalBody(doc, orgStart, end) ? orgStart + 1 : orgStart, nationalChurchEnd(scan, orgStart, end), 'organization.head-noun', 0.8));
    return true;
  }
  return false;
}

/** Protestant denominations whose national churches are named "... Church in" the country */
const NATIONAL_CHURCH_CREEDS = new Set(['methodist', 'lutheran', 'evangelical', 'presbyterian', 'anglican', 'baptist', 'reformed', 'uniting', 'united', 'episcopal', 'congregational', 'wesleyan', 'moravian', 'pentecostal']);

/**
 * "the Methodist Church in Tarvonia", "the Evangelical Lutheran Church in America": a Protestant
 * denomination's church in a country is named with it (not "the Catholic Church in Peru", the
 * church of Rome in a country; nor a town, "the Methodist Church in Kessby" is where it stands)
 */
function nationalChurchEnd(scan: OrganizationScan, start: number, end: number): number {
  const { doc, tokens, byStart } = scan;
  if (tokens[end - 1].lower !== 'church' || tokens[end]?.lower !== 'in' || !NATIONAL_CHURCH_CREEDS.has(tokens[start].lower)) return end;
  return countryNameAfter(doc, byStart, end) ?? end;
}

/**
 * The end of a country's name after the "in" or "of" at `joiner` (and "the"), where that country
 * closes a body's name: not before "'s" ("the Methodist Church in Fiji's capital") nor as the first
 * of a list of places ("in Fiji and Tonga"); undefined otherwise
 */
function countryNameAfter(doc: Doc, byStart: Map<number, Candidate>, joiner: number): number | undefined {
  const tokens = doc.tokens;
  const opensCountry = tokens[joiner + 1]?.lower === 'the' ? joiner + 2 : joiner + 1;
  const country = byStart.get(opensCountry);
  if (!country || country.allCaps || tokens[opensCountry].sentence !== tokens[joiner].sentence || !isCountryOrContinent(doc, country.start, country.end)) return undefined;
  const after = tokens[country.end];
  if (after && after.sentence === tokens[joiner].sentence && (after.lower === "'s" || after.lower === '’s' || ((after.lower === 'and' || after.lower === 'or') && longestPhraseAt(doc, country.end + 1, PLACE_FLAGS)))) return undefined;
  return country.end;
}

/** Rules 5-5b: a head noun that opens the name, "X & Y", a band; true when found */
function byOpeningHeadOrPartners(scan: OrganizationScan, candidate: Candidate, end: number, orgStart: number): boolean {
  const { doc, tokens, found, byStart, byEnd } = scan;
  // 5a. "Radio Free Europe", "Air France", "Banco Santander": a head noun that opens the name
  // (also where it opens the sentence and the candidate dropped it as an ordinary word)
  if (candidate.rawStart === orgStart - 1 && OPENING_HEADS.has(tokens[candidate.rawStart].lower)) orgStart = candidate.rawStart;
  if (end - orgStart >= 2 && end - orgStart <= 4 && OPENING_HEADS.has(tokens[orgStart].lower) && !PLACE_HEADS.has(tokens[end - 1].lower)) {
    found.push(mentionFromTokens(doc, 'organization', orgStart, end, 'organization.opening-head', 0.75));
    return true;
  }
  // 5. "Procter & Gamble", "Marks & Spencer"
  const amp = tokens[end];
  if (amp?.text === '&' && byStart.has(end + 1)) {
    const right = byStart.get(end + 1)!;
    let ampEnd = right.end;
    // "Marle & Tenby's Corp.": the "'s" and the legal form after the second name
    if (hasCliticAndLegalForm(doc, ampEnd)) ampEnd += 2;
    // "Dunmore & Co. to ...": the abbreviation's period, as for "Acme Corp."
    if (tokenFlags(tokens[ampEnd - 1]) & FLAGS.legalSuffix) ampEnd = withSecondLegalForm(doc, withAbbreviationPeriod(doc, ampEnd));
    // "Dorran & Pelk, Inc.": the legal form after a comma
    else if (tokens[ampEnd]?.text === ',' && !tokens[ampEnd].spaceBefore) ampEnd = withSecondLegalForm(doc, ampEnd);
    found.push(mentionFromTokens(doc, 'organization', firmNameStart(doc, orgStart, byEnd), ampEnd, 'organization.ampersand', 0.75));
    return true;
  }
  // 5b. "Tarvell & the Marigolds", "MARA & THE KITES": a band, a singer and the players named in the plural
  const bandEnd = amp?.text === '&' ? bandAfterAmpersand(doc, end + 1, byStart) : -1;
  if (bandEnd > 0) {
    found.push(mentionFromTokens(doc, 'organization', orgStart, bandEnd, 'organization.band', 0.75));
    return true;
  }
  return false;
}

/** Rules 6-7: "-based", a firm's kind, a trade, a leaning, a noun after the name; true when found */
function byDescriptor(scan: OrganizationScan, candidate: Candidate, start: number, end: number): boolean {
  const { doc, tokens, found, byStart } = scan;
  // 6. "Ohio-based Kelvor", "Lyon-based Marcelle": what is based somewhere is an organization
  // (not an initialism of a common noun: "a London-based AI startup")
  if (firmModifierBefore(doc, start) && end - start <= 4 && !(phraseFlags(doc, start, end) & (FLAGS.person | FLAGS.initialism | FLAGS.demonym))) {
    found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.based', 0.7));
    return true;
  }
  // 7. "steel and glass maker Vontera", "telecoms operator Velcom", "Vontera shares rose"
  const descriptor = tokens[start - 1];
  const after = tokens[end];
  // (not an initialism or a title: "TV sales", "the club Chairman", "central bank Governor Ann
  // Vell"; but a paper may be called so: "the magazine Private Eye")
  const titleOpens = (tokenFlags(tokens[start]) & FLAGS.title) !== 0 && !MEDIA_NOUNS.has(descriptor?.lower ?? '');
  // "the luxury group Maison Orvelle", "the leather goods maker Lise Vantrel": a noun no person is
  // called by, with its kind before it, makes even a name shaped like a person's the firm's (not
  // a famous person, nor a clause's subject: "the company Dana Vell founded in 2010")
  if (end - start >= 2 && end - start <= 3 && descriptor?.shape === 'lower' && descriptor.sentence === tokens[start].sentence && (FIRM_NOUNS.has(descriptor.lower) || isTradeHouse(doc, start - 1)) &&
      isKindBefore(doc, start - 2, descriptor.sentence) && !(phraseFlags(doc, start, end) & (PLACE_FLAGS | FLAGS.demonym | FLAGS.notName | FLAGS.organization | FLAGS.person)) && !titleOpens && !opensRelativeClause(doc, end)) {
    found.push(mentionFromTokens(doc, 'organization', start, withForeignSmallWords(doc, end, byStart), 'organization.descriptor', 0.85));
    return true;
  }
  // "a local start-up, Hexa Velbotics, which makes ...": the same noun with the name in apposition
  if (end - start >= 2 && end - start <= 3 && isFirmNounApposition(doc, start, end) && !(phraseFlags(doc, start, end) & (PLACE_FLAGS | FLAGS.demonym | FLAGS.notName | FLAGS.organization | FLAGS.person)) && !titleOpens) {
    found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.descriptor', 0.8));
    return true;
  }
  if (nameWords(doc, start, end) <= 3 && !(phraseFlags(doc, start, end) & (FLAGS.person | PLACE_FLAGS | FLAGS.demonym | FLAGS.notName | FLAGS.title)) && !(tokenFlags(tokens[start]) & FLAGS.given) && !titleOpens) {
    // (also a trade noun that opens the sentence: "Insurer Vantis said")
    // (not a place's name a kind ends: "renamed by the coalition Tarnby International Airport")
    if (((isCompanyNounAt(doc, start - 1) && !opensRelativeClause(doc, end)) || (descriptor?.shape === 'title' && !candidate.allCaps && candidate.rawStart === start - 1 && TRADE_NOUNS.has(descriptor.lower) && !anyOrdinaryWord(doc, start, end) && !(phraseFlags(doc, start, end) & FLAGS.surname))) && !PLACE_HEADS.has(tokens[end - 1].lower)) {
      // (a maker's trade a little below the company nouns: where the story's context types the name
      // too, that rule names it, "the state fund Pelvaro owns")
      const makerTrade = descriptor?.shape === 'lower' && !COMPANY_NOUNS.has(descriptor.lower);
      found.push(mentionFromTokens(doc, 'organization', start, withForeignSmallWords(doc, end, byStart), 'organization.descriptor', makerTrade ? 0.68 : 0.7));
      return true;
    }
    if (isLeaningBefore(doc, start, end) && !PLACE_HEADS.has(tokens[end - 1].lower)) {
      found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.leaning', LEANING_STRENGTH));
      return true;
    }
    // "Coast employees": one frequent word before the noun is a description, not a name (but
    // "Coast magazine", "Morning newspaper" are titles of papers)
    const firstFlags = tokenFlags(tokens[start]);
    const frequentWord = end - start === 1 && (firstFlags & FLAGS.frequent) !== 0 && !(firstFlags & FLAGS.surname) && !MEDIA_NOUNS.has(after?.lower ?? '');
    // (not "Aftertax profit rose" after "aftertax income": a word opening the sentence that the
    // story writes in lower case elsewhere is the ordinary word; the story's words are listed
    // only when a rule asks)
    if (after?.shape === 'lower' && COMPANY_AFTER.has(after.lower) && !frequentWord && !(end - start === 1 && opensSentence(tokens[start], tokens[start - 1]) && (scan.lowerWords ??= lowerCaseWords(doc)).has(tokens[start].lower))) {
      found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.descriptor', 0.65));
      return true;
    }
    // "the Velkor studio", "the K12 rebel group", "the Tarvex hotel chain": a name no list knows between
    // "the" and a body's noun (not a family's, "the Moretti group", nor a creed's, "the Velkanist
    // faction": words the lists know)
    // (also after a word that describes it, or an owner: "the religious Velkanda party", "Arvo's Tesk faction")
    const bodyNoun = end - start <= 2 && isArticleOrOwnerBefore(doc, start) && !candidate.allCaps ? bodyNounAt(doc, end) : 0;
    // (a single capital needs its kind: "the K12 rebel group", not "the B group")
    if (bodyNoun > 0 && unknownWords(doc, start, end) && (bodyNoun === 2 || tokens[start].text.length > 1)) {
      found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.descriptor', 0.65));
      return true;
    }
  }
  return false;
}

/** Rules 8-10: a brand's camel case, "the" + head noun, an unknown acronym; true when found */
function byShapeAlone(scan: OrganizationScan, candidate: Candidate, start: number, end: number): boolean {
  const { doc, tokens, found } = scan;
  // 8. "TelVerde", "NordaBank", "BioGenix": a capital inside one word is a brand
  if (end - start === 1 && isBrandShaped(tokens[start].text) && !candidate.allCaps && !(tokenFlags(tokens[start]) & FLAGS.notName)) {
    found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.camel-case', 0.5));
    return true;
  }
  // 9. "the Commission said", "the Times editorial", "the Senate voted": a capitalized head noun
  // after "the" is the short name of an institution named earlier or well known ("The" only where
  // it opens the sentence: "The House voted", not "The Times" inside a sentence)
  const article = tokens[start - 1];
  const theBefore = article?.text === 'the' || (article?.text === 'The' && opensSentence(article, tokens[start - 2]));
  if (end - start === 1 && theBefore && !candidate.allCaps) {
    const token = tokens[start];
    if (token.shape === 'title' && (tokenFlags(token) & FLAGS.orgHead || SHORT_INSTITUTIONS.has(token.lower))) {
      found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.the-head', 0.55));
      return true;
    }
  }
  // 10. an unknown acronym in ordinary text: "KNB", "ICI"
  if (end - start === 1 && !candidate.allCaps) {
    const token = tokens[start];
    // "KVTR-TV", "WKDL-FM": a broadcaster's call sign with its band
    if (CALL_SIGN.test(token.text)) {
      found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.call-sign', 0.8));
      return true;
    }
    const flags = tokenFlags(token);
    const capsRun = tokens[start - 1]?.shape === 'upper' || tokens[end]?.shape === 'upper';
    // (a first name's letters after "the" are a body's, as no person's name takes an article: "The
    // AMA said", though "Ama" is a first name; not where the story writes the name, "Esi Tavrel")
    const givenName = (flags & FLAGS.given) !== 0 && (tokens[start - 1]?.lower !== 'the' || (scan.titleWords ??= titleCaseWords(doc)).has(token.lower));
    if (ACRONYM.test(token.text) && !NOT_ACRONYMS.has(token.text) && !capsRun && !givenName && !(flags & (PLACE_FLAGS | FLAGS.demonym | FLAGS.organization | FLAGS.title | FLAGS.frequent | FLAGS.notName))) {
      // (a thing's or a unit's letters asked only of a word shaped like an acronym: most one-word
      // candidates are none, and the story's list of them is made only when one is)
      const thing = THING_AFTER_ACRONYM.has(tokens[end]?.lower ?? '') || MIXED_DIGITS.test(token.text) || namesThingOrUnit(doc, start) || (scan.thingAcronyms ??= acronymsOfLowerWords(doc)).has(token.text);
      if (!thing) found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.acronym', 0.45));
    }
  }
  return false;
}

/** What a partner across " / " must not be: a place, people, a person or a title */
const NOT_SLASH_PARTNER = PLACE_FLAGS | FLAGS.demonym | FLAGS.person | FLAGS.given | FLAGS.title | FLAGS.time | FLAGS.initialism;

/** One capitalized word at token i that may be a partner's name in "X / Y" */
function isSlashPartner(doc: Doc, i: number, sentence: number): boolean {
  const token = doc.tokens[i];
  return token !== undefined && token.sentence === sentence && (token.shape === 'title' || token.shape === 'upper') && !/\d/.test(token.text) && !(tokenFlags(token) & NOT_SLASH_PARTNER);
}

/**
 * "Radio Velk nan Gàidheal", "Comhairle nan Eilean": a Gaelic article ("na", "nan") and capitalized
 * words after a body's name go on with the name (the article is an ordinary English word too, so
 * the candidates stop before it).
 */
function withGaelicArticles(doc: Doc, found: Mention[]): Mention[] {
  const tokens = doc.tokens;
  for (const m of found) {
    const article = tokens[m.tokenEnd];
    if (!article || !GAELIC_ARTICLES.has(article.text) || article.sentence !== tokens[m.tokenEnd - 1].sentence) continue;
    let end = m.tokenEnd + 1;
    while (end < tokens.length && end - m.tokenEnd <= 3 && tokens[end].shape === 'title' && tokens[end].sentence === article.sentence) end++;
    if (end === m.tokenEnd + 1) continue;
    m.tokenEnd = end;
    m.end = tokens[end - 1].end;
  }
  return found;
}

/**
 * "Kessel / Brandauer Co.", "Kerr / Halden Inc.", "CDU / CSU": two partners' names joined by a
 * slash are one organization, where one side is found as one. A one-word partner only, and not a
 * place or a person ("Bergen / Stavanger", "Vell / Ostrow" are two).
 */
function withSlashPartners(doc: Doc, found: Mention[]): Mention[] {
  const tokens = doc.tokens;
  const joined = newMentions();
  // (a person the story names is no partner: "VELL / KORN" after "Ann Vell")
  let personWords: Set<string> | null = null;
  const isPersonWord = (i: number) => (personWords ??= wordsOfPersons(doc, doc.annotations)).has(tokens[i].lower);
  for (const m of found) {
    if (m.tokenEnd - m.tokenStart === 1 && isPersonWord(m.tokenStart)) continue;
    const sentence = tokens[m.tokenStart].sentence;
    const before = tokens[m.tokenStart - 1];
    // "X / <organization>": the partner before, a single word ("Harbor Kessel / KTV" is not one)
    if (before?.text === '/' && isSlashPartner(doc, m.tokenStart - 2, sentence) && !isSlashPartner(doc, m.tokenStart - 3, sentence) && !isPersonWord(m.tokenStart - 2)) {
      joined.push(mentionFromTokens(doc, 'organization', m.tokenStart - 2, m.tokenEnd, 'organization.slash-partners', 0.85));
    }
    // ("Tarvel Kesson / Brandau Group": a partner of two words before a firm closed by its kind or its legal form)
    else if (before?.text === '/' && m.tokenEnd - m.tokenStart >= 2 && tokenFlags(tokens[m.tokenEnd - (tokens[m.tokenEnd - 1].text === '.' ? 2 : 1)]) & (FLAGS.orgHead | FLAGS.legalSuffix) && isSlashPartner(doc, m.tokenStart - 2, sentence) && isSlashPartner(doc, m.tokenStart - 3, sentence) && !FUNCTION_WORDS.has(tokens[m.tokenStart - 3].lower) && !isSlashPartner(doc, m.tokenStart - 4, sentence) && !isPersonWord(m.tokenStart - 2) && !isPersonWord(m.tokenStart - 3)) {
      joined.push(mentionFromTokens(doc, 'organization', m.tokenStart - 3, m.tokenEnd, 'organization.slash-partners', 0.85));
    }
    // "<one-word organization> / X"
    const after = tokens[m.tokenEnd];
    if (m.tokenEnd - m.tokenStart === 1 && after?.text === '/' && isSlashPartner(doc, m.tokenEnd + 1, sentence) && !isSlashPartner(doc, m.tokenEnd + 2, sentence) && tokens[m.tokenStart - 1]?.text !== '/' && !isPersonWord(m.tokenEnd + 1)) {
      joined.push(mentionFromTokens(doc, 'organization', m.tokenStart, m.tokenEnd + 2, 'organization.slash-partners', 0.85));
    }
  }
  return joined.length ? found.concat(joined) : found;
}

/** Last words of a competition's name among the head nouns: "Norwegian Premier League" */
const COMPETITION_HEADS = new Set(['league']);

/** "NORWEGIAN LEAGUE" in a sports story: a nationality and a competition's head. */
function isCompetition(doc: Doc, start: number, end: number): boolean {
  return COMPETITION_HEADS.has(doc.tokens[end - 1].lower) && (tokenFlags(doc.tokens[start]) & FLAGS.demonym) !== 0 && isSportsStory(doc);
}

/**
 * "the All Farmers Association", "All Fishermen's Association secretary X", "the All Velmar Peoples
 * Party": a capitalized "All" before a body's name that opens with a plural of people or with a
 * country is the name's first word (the candidates leave it out as a function word).
 */
function withOpeningAll(doc: Doc, found: Mention[]): Mention[] {
  const tokens = doc.tokens;
  for (const m of found) {
    if (!OWNED_NAME_RULES.has(m.rule) || m.tokenStart < 1 || m.tokenEnd - m.tokenStart < 2) continue;
    const all = tokens[m.tokenStart - 1];
    const first = tokens[m.tokenStart];
    if (all.text !== 'All' || all.sentence !== first.sentence || first.shape !== 'title') continue;
    const plural = /[a-z]s$/.test(first.text) || MEN_PLURAL.test(first.lower) || IRREGULAR_PLURALS.has(first.lower);
    if (!plural && !(tokenFlags(first) & FLAGS.country)) continue;
    m.tokenStart -= 1;
    m.start = all.start;
  }
  return found;
}

/** Rules whose names may open with an owner's possessive: "Fisherman's Mutual Holdings Inc." */
const OWNED_NAME_RULES = new Set(['organization.legal-suffix', 'organization.head-noun', 'organization.head-of', 'organization.gazetteer']);
/** What the word before "'s" must not be: a place, people, a known organization or person. */
const NOT_OWNER = PLACE_FLAGS | FLAGS.demonym | FLAGS.organization | FLAGS.person | FLAGS.title | FLAGS.time;

/**
 * "Fisherman's Mutual Holdings Inc.", "Miller's Savings Bank", "People's Congress": a single
 * capitalized word with "'s" before a company or institution name opens that name, unless it is a
 * place ("Norway's Labour Party"), a known organization, or a person the story names
 * ("Mr. Tormey's Harbor Media Group").
 */
function withPossessiveOwners(doc: Doc, found: Mention[]): Mention[] {
  const tokens = doc.tokens;
  let personWords: Set<string> | null = null;
  for (const m of found) {
    if (!OWNED_NAME_RULES.has(m.rule) || m.tokenStart < 2) continue;
    const clitic = tokens[m.tokenStart - 1];
    const owner = tokens[m.tokenStart - 2];
    if (clitic.lower !== "'s" || owner.shape !== 'title' || owner.sentence !== tokens[m.tokenStart].sentence) continue;
    const before = tokens[m.tokenStart - 3];
    if (before && (before.shape === 'title' || before.shape === 'upper' || before.shape === 'initial' || before.text === '.')) continue;
    if (tokenFlags(owner) & NOT_OWNER || FUNCTION_WORDS.has(owner.lower)) continue;
    personWords ??= wordsOfPersons(doc, doc.annotations);
    if (personWords.has(owner.lower)) continue;
    m.tokenStart -= 2;
    m.start = owner.start;
  }
  return found;
}

/** "Dockworkers' " before token i: a capitalized plural glued to an apostrophe. */
function isPluralPossessiveBefore(doc: Doc, i: number): boolean {
  const apostrophe = doc.tokens[i - 1];
  const plural = doc.tokens[i - 2];
  // (token i may be past the end: "... the Art Institute of Tarnby's" closing the text)
  const after = doc.tokens[i];
  if (!after || !apostrophe || !plural || apostrophe.spaceBefore || !after.spaceBefore || plural.shape !== 'title' || plural.sentence !== after.sentence) return false;
  // "the Velmar People's Party", "the Tarvic Women's League": a plural without its "s" takes "'s"
  // ("the Pelagic Fishermen's Association", "the Velmar Seamen's Union": a trade's men, no one's first name)
  if (apostrophe.lower === "'s" || apostrophe.lower === '’s') return IRREGULAR_PLURALS.has(plural.lower) || (MEN_PLURAL.test(plural.lower) && !(tokenFlags(plural) & (FLAGS.given | FLAGS.surname | PLACE_FLAGS)));
  return apostrophe.norm === "'" && plural.lower.endsWith('s') && !(tokenFlags(plural) & (PLACE_FLAGS | FLAGS.demonym));
}
/** Words a body may be named after with "'s": a saint ("St. Brendan's"), a monarch ("King's", "Queen's") */
const SAINTS = new Set(['st', 'saint', 'ste', 'sainte', 'san', 'santa', 'sao']);
/** The saints' words that open more towns' names in English news than bodies' ("San Diego", "Santa Clara", "Sao Paulo") */
const TOWN_SAINTS = new Set(['san', 'santa', 'sao']);
const MONARCHS = new Set(['king', 'queen', 'prince', 'princess']);

/**
 * Does the candidate at token i follow a saint's or a monarch's "'s": "St. Brendan's Hospital",
 * "Saint Mary's College", "King's College" (the candidate before it opens with "St" or is "King")?
 */
function isPatronPossessiveBefore(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const clitic = tokens[i - 1];
  if (!clitic || clitic.spaceBefore || (clitic.lower !== "'s" && clitic.lower !== '’s') || !tokens[i].spaceBefore) return false;
  const owner = tokens[i - 2];
  if (!owner || owner.shape !== 'title' || owner.sentence !== tokens[i].sentence) return false;
  if (MONARCHS.has(owner.lower)) return true;
  // the saint's name is one or two words after "St", "St." or "Saint"
  for (let j = i - 3; j >= i - 5 && j >= 0; j--) {
    if (tokens[j].text === '.') continue;
    if (SAINTS.has(tokens[j].lower)) return tokens[j].shape === 'title';
    if (tokens[j].shape !== 'title') return false;
  }
  return false;
}

/** Plurals that end in no "s", so their possessive is "'s" */
const IRREGULAR_PLURALS = new Set(['people', 'women', 'men', 'children']);
/** Fields of study or work that close a body's "of ... and ..." list ("of Tarvian and Caspian Studies") */
const FIELD_ENDS = new Set(['studies', 'affairs', 'research', 'sciences', 'science', 'technology', 'development', 'relations', 'economics', 'languages', 'literature', 'culture', 'history', 'cooperation', 'security', 'medicine', 'engineering']);
/** A trade's or a craft's men: "fishermen", "seamen", "servicemen", "craftsmen" */
const MEN_PLURAL = /^[a-z]{3,}men$/;

/** Is token i capitalized by the mark before it (a quote, a colon, a dash)? */
function isOpenedByMark(doc: Doc, i: number): boolean {
  return opensSentence(doc.tokens[i], doc.tokens[i - 1]);
}

/** The name's end, past the period glued to it when that period is the abbreviation's ("Acme Corp.") */
/** Is token i a legal form, capitalized, in the given sentence ("Inc", "AG"; not "co" in "co-owner")? */
function isLegalFormAt(doc: Doc, i: number, sentence: number): boolean {
  const token = doc.tokens[i];
  return token !== undefined && token.sentence === sentence && token.shape !== 'lower' && (tokenFlags(token) & FLAGS.legalSuffix) !== 0;
}

/** A model's designation after its maker: "737", "72", "A320" */
const MODEL_NUMBER = /^[A-Z]?\d{2,3}[A-Za-z]{0,3}$/;

/**
 * "a Yeti Airlines ATR 72", "a Tarvik Air Boeing 737": the aircraft's maker after a firm's head
 * noun, before the model's number, is no part of the firm's name: the candidate ends at the head.
 */
function withoutModel(doc: Doc, start: number, end: number): number {
  const tokens = doc.tokens;
  // the maker is the last word of the candidate or the one before the model's number inside it ("Airbus A320")
  for (const maker of [end - 1, end - 2]) {
    if (maker - start < 2 || !(tokenFlags(tokens[maker - 1]) & FLAGS.orgHead)) continue;
    const model = maker + 1 < tokens.length ? tokens[maker + 1] : undefined;
    if (model !== undefined && model.spaceBefore && MODEL_NUMBER.test(model.text) && model.sentence === tokens[maker].sentence) return maker;
  }
  return end;
}

/**
 * The start of a body's name with the capitalized words the candidate dropped as sentence-initial
 * ("Summit Group Ltd. said"), not "The" or "Yesterday", nor a title's modifier, which belongs
 * to a title after the body ("Former Velmar Athletic chief executive ...", "Retired Velmar Navy
 * Admiral Ivo Brandt")
 */
function withDroppedFirstWord(doc: Doc, candidate: Candidate, start: number): number {
  const tokens = doc.tokens;
  let s = start;
  while (s > candidate.rawStart && !FUNCTION_WORDS.has(tokens[s - 1].lower) && !(tokenFlags(tokens[s - 1]) & (FLAGS.time | FLAGS.titleModifier)) && !isSentenceAdverb(tokens[s - 1]) && !isTradeNoun(tokens[s - 1].lower)) s--;
  return s;
}

/** What joins two titles of one person: "Chairman and Chief Executive" */
const TITLE_JOINERS = new Set(['and', '&']);

/** Labels of a telephone or fax number, written before it in a sign-off or a press release's contacts */
const CONTACT_LABELS = new Set(['tel', 'tel.', 'telephone', 'phone', 'fax', 'telex', 'tlx', 'mob', 'mobile']);

/** "Tarnby Newsroom Tel+44 171 ...": a contact label before a number ends the name before it */
function withoutContactLabel(doc: Doc, start: number, end: number): number {
  const tokens = doc.tokens;
  const label = tokens[end - 1];
  if (end - start < 2 || !CONTACT_LABELS.has(label.lower)) return end;
  const next = tokens[end];
  return next !== undefined && (next.text === '+' || next.text === '(' || next.shape === 'number' || /^\+?\d/.test(next.text)) ? end - 1 : end;
}

/** "Harlan's Inc.": an "'s" at token i, then a legal form */
function hasCliticAndLegalForm(doc: Doc, i: number): boolean {
  const clitic = doc.tokens[i];
  return clitic?.lower === "'s" && !clitic.spaceBefore && isLegalFormAt(doc, i + 1, clitic.sentence) && !CLOSING_FORMS.has(doc.tokens[i + 1].lower);
}
/**
 * Where the country or region starts that closes a run after a body's head noun ("Arts Council
 * Velmora": token of "Velmora"), or -1. Not a city, which a college's name holds in its own step
 * ("Trinity College Dublin") and a reporter's sign-off puts after the outlet ("VOA News Jakarta"),
 * and not in a headline in capitals or title case, where words run on without their small words.
 */
function servedPlaceAt(doc: Doc, candidate: Candidate, start: number, end: number): number {
  const tokens = doc.tokens;
  if (candidate.allCaps) return -1;
  for (let p = start + 2; p < end; p++) {
    if (!(tokenFlags(tokens[p - 1]) & FLAGS.orgHead) || tokens[p - 1].shape !== 'title') continue;
    const place = longestPhraseAt(doc, p, FLAGS.country | FLAGS.region, end);
    if (!place || place.end !== end || place.flags & FLAGS.city) continue;
    const sentence = sentenceOf(doc, p);
    return sentence?.allCaps || sentence?.titleCase ? -1 : p;
  }
  return -1;
}

/**
 * Forms that only close a Mexican one after "de" ("S.A. de C.V.", "SAB de CV"), never right after a
 * name's "'s": "Dana Kell's CV" is her curriculum vitae
 */
const CLOSING_FORMS = new Set(['cv', 'c.v.', 'r.l.']);

/**
 * "Velmor Corp. of America", "Tarsel Co. of Europe": a firm's arm there, part of its name (a city or
 * another country after it says where the firm is: "Velmor Corp. of Chicago", "AG of Austria"); not
 * in a list of places ("Tarsel Corp. of Europe and Asia").
 */
const NATIONAL_ARMS = new Set(['america', 'north america', 'europe']);

function ofCountryEnd(doc: Doc, byStart: Map<number, Candidate>, end: number, stateCorporation = false): number {
  const tokens = doc.tokens;
  if (tokens[end]?.lower !== 'of' || tokens[end].sentence !== tokens[end - 1].sentence) return end;
  // "the Dredging Corporation of India", "the National Grid Corporation of the Philippines": a
  // corporation named by its trade alone (ordinary words, no coined word, no person's) is the state's
  // own, and the country after "of" (and "the") is its name's ("Tarvex Corp. of Brazil" is a firm's arm)
  if (stateCorporation) {
    const country = countryNameAfter(doc, byStart, end);
    if (country !== undefined) return country;
  }
  const place = byStart.get(end + 1);
  if (!place || place.allCaps) return end;
  // "Korvel Mining Corp. of Tarnland Ltd.", "Marine Insurance Co. of KSEL, Ltd.": a second legal
  // form closes one firm's name, "of" and all
  if (place.end - place.start >= 2 && tokenFlags(tokens[place.end - 1]) & FLAGS.legalSuffix) return withAbbreviationPeriod(doc, place.end);
  const secondForm = withSecondLegalForm(doc, place.end);
  if (secondForm > place.end) return secondForm;
  if (!NATIONAL_ARMS.has(phraseKey(doc, place.start, place.end))) return end;
  const after = tokens[place.end];
  if (after && after.sentence === tokens[end].sentence && (after.lower === 'and' || after.lower === 'or') && longestPhraseAt(doc, place.end + 1, PLACE_FLAGS)) return end;
  return place.end;
}
/**
 * "a local start-up, X,", "the airline, X.": a firm's noun, a comma, the name and the apposition's
 * end (not the firm's person: "the owner of the company, Dana Marsh,", nor a name a first name opens)
 */
function isFirmNounApposition(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[start].sentence;
  const noun = tokenInSentence(doc, start - 2, sentence);
  const closing = tokens[end];
  if (tokenInSentence(doc, start - 1, sentence)?.text !== ',' || noun === undefined || noun.shape !== 'lower' || !FIRM_NOUNS.has(noun.lower)) return false;
  if (closing === undefined || (closing.text !== ',' && closing.text !== '.' && closing.sentence === sentence)) return false;
  // (the noun phrase's words before the noun, back to "of" or "for": "the director of the leading
  // group, X,", "a spokeswoman for the company, Ann Marie Vell,")
  for (let i = start - 3; i >= start - 6; i--) {
    const word = tokenInSentence(doc, i, sentence);
    if (word === undefined || word.shape !== 'lower') break;
    if (word.lower === 'of' || word.lower === 'for') return false;
  }
  return !(tokenFlags(tokens[start]) & FLAGS.given);
}

/** Is token i, in `sentence`, a word that says the kind of firm: "luxury" of "the luxury group", "goods" of "leather goods maker" (no function word: not "the") */
function isKindBefore(doc: Doc, i: number, sentence: number): boolean {
  const token = tokenInSentence(doc, i, sentence);
  return token !== undefined && (token.shape === 'lower' || token.shape === 'title') && !FUNCTION_WORDS.has(token.lower);
}

/** Words that make a bloc a group of countries, no party: "the East Bloc", "the Soviet bloc" */
const COUNTRY_BLOC_WORDS = new Set(['east', 'eastern', 'west', 'western', 'soviet', 'communist', 'northern', 'southern']);

/** "the East Bloc", "Soviet Bloc countries": a bloc of countries, where "the Liberty Bloc" is a party */
function isBlocOfCountries(doc: Doc, start: number, end: number): boolean {
  return end - start === 2 && doc.tokens[end - 1].lower === 'bloc' && COUNTRY_BLOC_WORDS.has(doc.tokens[start].lower);
}

/** Verbs of a body's purpose after "to" in its name, those the word tags miss as verbs ("Stop", "End", "Fight") */
const PURPOSE_VERBS = new Set(['stop', 'end', 'fight', 'defend', 'ban', 'free', 'keep', 'help', 'support', 'reform', 'prevent', 'combat']);

/** Is the token a capitalized verb of purpose ("Protect", "Save", "Stop") opening the rest of a body's name? */
function isPurposeVerb(token: Token | undefined): boolean {
  if (token === undefined || token.shape !== 'title') return false;
  if (PURPOSE_VERBS.has(token.lower)) return true;
  const tags = wordTags(token.lower);
  return tags === 'Infinitive' || (Array.isArray(tags) && tags.includes('Infinitive'));
}

/** Words after a clause's verb that show it has no object: "the company Dana Vell founded in 2010", "the bank Ivo Brandt ran collapsed" */
const AFTER_CLAUSE_VERB = new Set(['in', 'for', 'at', 'on', 'with', 'from', 'during', 'until', 'since', 'before', 'after', 'two', 'three', 'years', 'decades']);

/**
 * Is the name ending before token i the subject of a relative clause ("the company Dana Vell
 * founded in 2010", "the bank Ivo Brandt ran collapsed")? A verb of the clause with no object
 * after it; a verb of saying or one with its object is the sentence's own ("the group Maison Orvelle
 * bought the maker").
 */
function opensRelativeClause(doc: Doc, i: number): boolean {
  const verb = tokenInSentence(doc, i, doc.tokens[i - 1].sentence);
  if (!verb || verb.shape !== 'lower' || SAYING_VERBS.has(verb.lower) || AUXILIARIES.has(verb.lower) || !looksLikeVerb(verb.lower)) return false;
  const after = tokenInSentence(doc, i + 1, verb.sentence);
  // (a verb that ends the sentence is its own: "the daily Velmar-Soir lamented.")
  return after !== undefined && (AFTER_CLAUSE_VERB.has(after.lower) || (after.shape === 'lower' && looksLikeVerb(after.lower)));
}
const SAYING_VERBS = new Set(['said', 'says', 'told', 'announced', 'added', 'reported', 'stated']);
/** the sentence's own verbs, never a relative clause's last word: "retailer Velmar is in talks" */
export const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'does', 'did']);

/** Is any word of [start, end) an ordinary word ("Insurer Cuts Jobs": a headline's verb and noun, no firm's name)? */
function anyOrdinaryWord(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isOrdinaryWord(doc.tokens[i])) return true;
  return false;
}

/**
 * Nouns of a body after its name and "the": "the Velkor studio", "the Tarvex rebels" (a "chain" only
 * after its kind, "the Velkor hotel chain": alone it is an island's or a lake's)
 */
const BODY_NOUNS_AFTER_THE = new Set(['group', 'firm', 'company', 'concern', 'faction', 'movement', 'militia', 'studio', 'studios', 'label', 'cartel', 'rebels', 'guerrillas', 'consortium', 'conglomerate', 'division', 'divisions', 'unit', 'units', 'agency', 'stores', 'party']);
/** "rebel group", "armed group", "militant group": the noun after a word of the kind */
const GROUP_KINDS = new Set(['rebel', 'armed', 'militant', 'separatist', 'insurgent', 'guerrilla', 'paramilitary', 'record', 'film', 'media', 'retail', 'hotel', 'supermarket', 'restaurant']);

/**
 * A body's noun at token i, alone or after its kind ("rebel group", "film studio"), in lower case,
 * with no "of" and a lower-case word after it ("the Tarnley group of villages", "the H5N1 group of
 * viruses"): 0 when none, 1 alone, 2 after its kind
 */
function bodyNounAt(doc: Doc, i: number): number {
  const tokens = doc.tokens;
  const noun = tokens[i];
  if (!noun || noun.shape !== 'lower') return 0;
  const next = tokens[i + 1];
  if (BODY_NOUNS_AFTER_THE.has(noun.lower)) return ofThingsAt(doc, i + 1) ? 0 : 1;
  return GROUP_KINDS.has(noun.lower) && next !== undefined && next.shape === 'lower' && next.sentence === noun.sentence && (BODY_NOUNS_AFTER_THE.has(next.lower) || next.lower === 'chain') && !ofThingsAt(doc, i + 2) ? 2 : 0;
}

/** A body's parts in the plural, counted before its name: "its 22 Velkor stores" */
const PLURAL_PARTS = new Set(['stores', 'divisions', 'units']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'both', 'all']);
/** Articles before a body's name and the word that describes it: "the religious Velkanda party", "a small Tesk faction" */
const ARTICLES_BEFORE_BODY = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

/**
 * Does "the" or an owner's "'s" stand right before token `start`, or before one lower-case word
 * there that describes the body ("the religious", "Arvo's powerful"; no verb, no small word)? ("a"
 * right before the name is not asked: "a Moretti group" is as often a family's or a kind's.)
 */
function isArticleOrOwnerBefore(doc: Doc, start: number): boolean {
  const sentence = doc.tokens[start].sentence;
  const before = tokenInSentence(doc, start - 1, sentence);
  if (!before) return false;
  // (a token's lower-case form folds the typographic apostrophe: "’s" reads "'s")
  if (before.lower === 'the' || before.lower === "'s") return true;
  // (a count of the body's parts: "its 22 Velkor stores", "three Tesk divisions")
  if ((before.shape === 'number' || NUMBER_WORDS.has(before.lower)) && PLURAL_PARTS.has(doc.tokens[start + 1]?.lower ?? '')) return true;
  if (before.shape !== 'lower' || FUNCTION_WORDS.has(before.lower) || isFiniteVerb(before.lower)) return false;
  const article = tokenInSentence(doc, start - 2, sentence);
  return article !== undefined && (ARTICLES_BEFORE_BODY.has(article.lower) || article.lower === "'s");
}

/** "of" at token j before no capital ("group of viruses"; "the Velkor group of Norway" is still the group's) */
function ofThingsAt(doc: Doc, j: number): boolean {
  return doc.tokens[j]?.lower === 'of' && doc.tokens[j + 1]?.shape !== 'title';
}

/**
 * No word of [start, end) is known to the lists (but as a town's, which so many words are), each is
 * a capitalized word of letters, figures and hyphens ("K12", "Tarn-Velk"; not "U.S.backed"), and a
 * single word does not end as a people's or a creed's adjective ("the Velkanist faction")
 */
function unknownWords(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const token = doc.tokens[i];
    if (tokenFlags(token) & ~(FLAGS.prefix | FLAGS.town) || !PLAIN_NAME_WORD.test(token.text)) return false;
  }
  return end - start > 1 || !looksLikePeopleOrCreed(doc.tokens[start].lower);
}
const PLAIN_NAME_WORD = /^\p{Lu}[\p{L}\d-]*$/u;

/**
 * "Siam Velport Co. Ltd.", "Orvel Denki Co Ltd", "Siam Velport Co., Ltd.": a second legal form right
 * after the first, or after a comma, with its period; also a firm's one legal form after a comma
 * ("Dorran & Pelk, Inc.")
 */
function withSecondLegalForm(doc: Doc, end: number): number {
  const tokens = doc.tokens;
  // "Orvo GmbH & Co. KG": a German partnership whose partner is the firm, one name
  if (tokens[end]?.text === '&' && tokens[end + 1]?.lower === 'co') {
    const form = tokens[end + 2]?.text === '.' ? end + 3 : end + 2;
    if (tokens[form]?.sentence === tokens[end - 1].sentence && tokens[form].shape === 'upper' && tokenFlags(tokens[form]) & FLAGS.legalSuffix) return form + 1;
  }
  // (a comma written against the name, as in running text: not the tokenized "Velport Co. , Inc.")
  const at = tokens[end]?.text === ',' && !tokens[end].spaceBefore ? end + 1 : end;
  const form = tokens[at];
  if (!form || form.sentence !== tokens[end - 1].sentence || (form.shape !== 'title' && form.shape !== 'upper') || !(tokenFlags(form) & FLAGS.legalSuffix)) return end;
  // (not a form that opens the next name: "Velmar Holdings Ltd. SA Brewing", nor a county after a
  // comma: "Tarnley Ltd., Co. Kerry")
  const formEnd = withAbbreviationPeriod(doc, at + 1);
  const after = tokens[at > end && tokens[at + 1]?.text === '.' ? at + 2 : formEnd];
  return after && after.sentence === form.sentence && isCapitalized(after) ? end : formEnd;
}

/** A private company's mark written in brackets before its legal form: "(Pvt) Ltd", "(Pty) Ltd", "(Private) Limited" */
const BRACKETED_PRIVATE_MARKS = new Set(['pvt', 'pty', 'private', 'proprietary']);

/** Where a legal form ends that follows a listed place in brackets at token i ("(Japan) Ltd"), or -1 */
function bracketedPlaceBeforeLegalForm(doc: Doc, i: number): number {
  const tokens = doc.tokens;
  if (tokens[i]?.text !== '(') return -1;
  // ("Tarnesk Ventures (Pvt) Ltd", "Korvane Mining (Pty) Ltd", "(Private) Limited": the private
  // company's mark in brackets before the legal form, in South Asia and southern Africa)
  const mark = tokens[i + 1];
  if (mark && BRACKETED_PRIVATE_MARKS.has(mark.lower) && mark.shape === 'title' && tokens[i + 2]?.text === ')' && tokens[i + 3]?.sentence === mark.sentence && tokenFlags(tokens[i + 3]) & FLAGS.legalSuffix && tokens[i + 3].shape !== 'lower') return tokens[i + 3].sentence === tokens[i].sentence ? i + 4 : -1;
  const place = longestPhraseAt(doc, i + 1, PLACE_FLAGS);
  if (!place || tokens[place.end]?.text !== ')') return -1;
  const form = tokens[place.end + 1];
  if (!form || form.sentence !== tokens[i].sentence || form.shape === 'lower') return -1;
  // ("(Ghana) Limited Company": a head noun after the form closes the name)
  if (tokenFlags(form) & FLAGS.legalSuffix) return tokens[place.end + 2]?.shape === 'title' && tokens[place.end + 2].sentence === form.sentence && tokenFlags(tokens[place.end + 2]) & FLAGS.orgHead && !(tokens[place.end + 3]?.shape === 'title' && tokens[place.end + 3].sentence === form.sentence) ? place.end + 3 : place.end + 2;
  // "Velmora (Dalian) Company, Ltd.", "Tarsel (Shanghai) Pharmaceutical Company, Ltd.", "Korvane
  // Fittings (Ghana) Limited Company": up to three capitalized words of the firm after the bracket,
  // ending in a head noun or a legal form, with a legal form among them or after a comma
  let runEnd = place.end + 1;
  let legal = false;
  while (runEnd < place.end + 4 && tokens[runEnd]?.sentence === tokens[i].sentence && tokens[runEnd].shape === 'title') {
    if (tokenFlags(tokens[runEnd]) & FLAGS.legalSuffix) legal = true;
    runEnd++;
  }
  if (!(tokenFlags(tokens[runEnd - 1]) & (FLAGS.orgHead | FLAGS.legalSuffix))) return -1;
  return legal || withSecondLegalForm(doc, runEnd) > runEnd ? runEnd : -1;
}

function withAbbreviationPeriod(doc: Doc, end: number): number {
  const period = doc.tokens[end];
  return period?.text === '.' && !period.spaceBefore && periodBelongsToName(doc, end) ? end + 1 : end;
}

/** Longest person's name taken off the front of an organization's run ("Dana Kresk VOA News") */
const MAX_LEADING_PERSON_WORDS = 4;

/**
 * Where the body starts in a run that opens with a person's name: after a title that follows the
 * name ("Ann Vell President Harbor Relief Society"), or at a body's initials ("Dana Kresk VOA News").
 * The name must open with a first name and hold two to four words; else the run starts at `start`.
 */
function afterLeadingPerson(doc: Doc, start: number, end: number): number {
  const tokens = doc.tokens;
  const firstFlags = tokenFlags(tokens[start]);
  if (!(firstFlags & FLAGS.given) || firstFlags & (FLAGS.organization | PLACE_FLAGS | FLAGS.orgHead)) return start;
  // (a body named after a person has an article or a possessive before it: "the Ann Vell Memorial
  // Fund", "the Tomas Brandt KTV Center"; a signature does not)
  const before = tokens[start - 1];
  if (before && before.sentence === tokens[start].sentence && NAMED_BODY_OPENERS.has(before.lower)) return start;
  for (let i = start + 2; i < end - 1 && i <= start + MAX_LEADING_PERSON_WORDS; i++) {
    if (!isCapitalized(tokens[i])) continue;
    const title = tokenFlags(tokens[i]) & FLAGS.title ? titlesFrom(doc, i) : null;
    if (title && title.end < end) return title.end;
    // (a body's initials after a name in title case: "Dana Kresk VOA News"; not a listed body in
    // title case, which may be part of a name given after a person: "Tomas Brandt Navy Institute";
    // nor a regnal number or a generation: "Pius XII", "Ann Vell Jr")
    if (tokens[i].shape === 'upper' && tokens[i - 1].shape === 'title' && !ROMAN_NUMERAL.test(tokens[i].text) && !GENERATION_SUFFIXES.has(tokens[i].lower)) return i;
  }
  return start;
}

/** Words before a body named after a person: "the", "a", "its", "our" */
const NAMED_BODY_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', "'s"]);

/** Marks no sentence opens with, so the period before them is the abbreviation's ("Acme Corp.: 8.5%", "Acme Corp. (Sweden)") */
const PUNCTUATION_AFTER_ABBREVIATION = new Set([',', ';', ':', '(', ')', '--']);

/**
 * Is the period at token i the abbreviation's ("Acme Corp. and ...", "Acme Corp.'s") rather than
 * the full stop ("... shares of Acme Corp. Analysts said ...")? Before a capital, a quote or the end,
 * it is taken as the full stop.
 */
function periodBelongsToName(doc: Doc, i: number): boolean {
  const next = doc.tokens[i + 1];
  // "Acme Corp.'s": the tokens are "Corp", ".", "'", "s" (a possessive after a period is not split off)
  if (next && next.norm === "'" && !next.spaceBefore && doc.tokens[i + 2]?.lower === 's' && !doc.tokens[i + 2].spaceBefore) return true;
  if (!next || next.sentence !== doc.tokens[i].sentence) return false;
  // ("Co. Ltd.": a second legal form follows; "Velmar Corp. Chairman Dana Kress said": the firm's
  // officer's title goes on with the sentence)
  return next.shape === 'lower' || next.shape === 'number' || PUNCTUATION_AFTER_ABBREVIATION.has(next.text) || next.lower === "'s" || withSecondLegalForm(doc, i + 1) > i + 1 || officerTitleAt(doc, i + 1);
}

/** "TKV": two to five capitals that no list knows (a listed body is the gazetteer's, a place the place rules') */
function isBodyInitials(token: Token): boolean {
  return token.shape === 'upper' && token.text.length >= 2 && token.text.length <= 5 && !(tokenFlags(token) & (PLACE_FLAGS | FLAGS.organization | FLAGS.title | FLAGS.demonym | FLAGS.time | FLAGS.person));
}

/** Does an officer's title in title case ("Chairman", "Chief Executive") start at token i, before a capitalized name? */
function officerTitleAt(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  // (not an honorific's abbreviation: "... acquired by Velmar Corp. Mr. Kress resigned" ends the sentence)
  if (token.shape !== 'title' || !(tokenFlags(token) & FLAGS.title) || doc.tokens[i + 1]?.text === '.') return false;
  const title = titlesFrom(doc, i);
  const name = title ? doc.tokens[title.end] : undefined;
  return name !== undefined && name.sentence === token.sentence && name.shape === 'title';
}

/**
 * "Velquist of America Inc.", "Brandauer Kell of Canada Ltd.": where the run [start, end) is a listed
 * place and a legal form, after "of" and a capitalized name in the same sentence, the firm starts at
 * that name (a place with a legal form is no firm's whole name after "of"); else `start`.
 */
function nameBeforeOfPlace(doc: Doc, start: number, end: number, byEnd: Map<number, Candidate>): number {
  const tokens = doc.tokens;
  if (tokens[start - 1]?.lower !== 'of' || tokens[start - 1].shape !== 'lower') return start;
  const place = longestPhraseAt(doc, start, PLACE_FLAGS, end);
  if (!place || place.end !== end - 1) return start;
  const left = byEnd.get(start - 1);
  // (a name ending in a head noun is rule 3's already: "Harbour Growers of Canada Inc.")
  if (!left || left.allCaps || tokens[left.start].sentence !== tokens[start].sentence || tokenFlags(tokens[left.end - 1]) & FLAGS.orgHead) return start;
  return left.start;
}

/**
 * "advised by Ardell, Voss Inc.": one partner's name before a comma opens the firm's name of
 * partners and a legal form, where no list knows it as anything and it is no item of a longer list
 * ("Exxon, Velmar Corp. and ...": a listed firm is a name of its own)
 */
function partnerBefore(doc: Doc, start: number, byEnd: Map<number, Candidate>): number {
  const tokens = doc.tokens;
  if (tokens[start - 1]?.text !== ',') return start;
  const left = byEnd.get(start - 1);
  if (!left || left.end - left.start !== 1 || left.weakStart || left.allCaps) return start;
  const partner = tokens[left.start];
  if (partner.shape !== 'title' || tokenFlags(partner) & (PLACE_FLAGS | FLAGS.demonym | FLAGS.time | FLAGS.notName | FLAGS.organization | FLAGS.given | FLAGS.title | FLAGS.common)) return start;
  const before = tokens[left.start - 1];
  if (before && before.sentence === partner.sentence && (before.text === ',' || before.shape !== 'lower')) return start;
  return left.start;
}

/**
 * "Ardley, Vance & Co.", "Mertz, Halloran & Pike": the partners' names of a firm run "A, B & C"; a
 * single capitalized word before the comma is the first partner, also one the list knows as a firm
 * ("Deloitte, Harwell & Pike"). Not a place ("in London, Smith & Nephew"), and not the middle of a
 * longer comma list.
 */
function firmNameStart(doc: Doc, start: number, byEnd: Map<number, Candidate>): number {
  const tokens = doc.tokens;
  // up to three partners: "Ardley, Vance, Mertz & Pike"
  let from = start;
  for (let partners = 0; partners < 3 && tokens[from - 1]?.text === ','; partners++) {
    const left = byEnd.get(from - 1);
    // ("Ardley Vance, Mertz & Pike": the first partner may be a firm of two names, no first name)
    // (not a body of its own: "the Big Board, Kessel & Co.", "Marlow Advertising, Kessel & Pike")
    const twoNames = partners === 0 && left !== undefined && left.end - left.start === 2 && !(tokenFlags(tokens[left.start]) & FLAGS.given) && !((phraseFlags(doc, left.start, left.end) | tokenFlags(tokens[left.start]) | tokenFlags(tokens[left.start + 1])) & (FLAGS.organization | FLAGS.orgHead | FLAGS.legalSuffix));
    // (a first partner that opens the sentence only where it is no ordinary word: "Fowler, Dask & Quorn,
    // a law firm", not "Meanwhile, Dask & Quorn")
    if (!left || (left.end - left.start !== 1 && !twoNames) || (left.weakStart && (left.end - left.start !== 1 || isOrdinaryWord(tokens[left.start])))) break;
    for (let i = left.start; i < left.end; i++) {
      const partner = tokens[i];
      if (partner.shape !== 'title' || tokenFlags(partner) & (FLAGS.demonym | FLAGS.time | FLAGS.notName)) return from;
      if (tokenFlags(partner) & PLACE_FLAGS && !isTownPartner(doc, left, partners)) return from;
    }
    from = left.start;
    if (twoNames) break;
  }
  return from;
}

/** Words before a town that say it is the town: "in London, Smith & Nephew" */
const BEFORE_TOWN = new Set(['in', 'at', 'near', 'outside', 'from', 'to', 'into', 'across', 'throughout', 'of', 'and']);

/**
 * "the law firm Tarnby, Dask & Quorn", "analysts at Danbury, Varle & Co.": a town's one-word name
 * as the first partner of "A, B & C", where no preposition before it makes it the town and it is
 * no country or region
 */
function isTownPartner(doc: Doc, left: Candidate, partners: number): boolean {
  const partner = doc.tokens[left.start];
  const before = doc.tokens[left.start - 1];
  if (partners !== 0 || left.end - left.start !== 1 || tokenFlags(partner) & (FLAGS.country | FLAGS.region)) return false;
  return before !== undefined && before.sentence === partner.sentence && before.shape === 'lower' && !BEFORE_TOWN.has(before.lower);
}

/** The words the story writes in title case, lower-cased: "Ama" (made only where a rule asks, once a story) */
function titleCaseWords(doc: Doc): Set<string> {
  const words = new Set<string>();
  for (const token of doc.tokens) if (token.shape === 'title') words.add(token.lower);
  return words;
}

/** The words the story writes in lower case (made only where a rule asks, once a story) */
function lowerCaseWords(doc: Doc): Set<string> {
  const words = new Set<string>();
  for (const token of doc.tokens) if (token.shape === 'lower') words.add(token.text);
  return words;
}

/**
 * "the harbour levy rate (HLR)", "soft white barley (SWB) prices": an acronym in brackets after
 * lower-case words whose initials it spells abbreviates those words, a thing and not a body, here
 * and wherever else the story uses it.
 */
function acronymsOfLowerWords(doc: Doc): Set<string> {
  const found = new Set<string>();
  const tokens = doc.tokens;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i].shape !== 'upper') continue;
    if ((tokens[i + 1].text === ')' && tokens[i - 1].text === '(' && spellsLowerWordsBefore(doc, i, i - 2)) || definedAsLowerWords(doc, i)) found.add(tokens[i].text);
  }
  return found;
}

/**
 * "the ground sensor unit, or GSU", "GSU, or ground sensor unit", "TVQ, or tevoquine": an acronym
 * that the story spells out in lower-case words across ", or" is a thing's
 * (after it: the words' initials spell it, or one word holds its letters in order, "the KLP, or at
 * least its leaders" and "the PLF, or possibly the army" saying nothing: spelledAfter)
 */
function definedAsLowerWords(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[i].sentence;
  // (a quote may open the acronym: 'the unit, or "GSU."')
  const before = tokens[i - 1]?.text === '"' ? i - 2 : i - 1;
  if (tokens[before]?.lower === 'or' && tokens[before - 1]?.text === ',' && tokens[before - 1].sentence === sentence && spellsLowerWordsBefore(doc, i, before - 2)) return true;
  return tokens[i + 1].text === ',' && tokens[i + 2]?.lower === 'or' && spelledAfter(doc, i, i + 3);
}

/**
 * Do the lower-case words from token `first` spell the acronym at i, one initial a word ("GSU, or
 * ground sensor unit"), or does the first word hold its letters in order, opening with the first
 * ("TVQ, or tevoquine")? An adverb or a word that only opens with its letter does not ("or possibly").
 */
function spelledAfter(doc: Doc, i: number, first: number): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[i].sentence;
  const letters = tokens[i].lower;
  const word = tokens[first];
  if (word === undefined || word.sentence !== sentence || word.shape !== 'lower' || word.lower[0] !== letters[0]) return false;
  let initials = 0;
  while (initials < letters.length && tokens[first + initials]?.shape === 'lower' && tokens[first + initials].sentence === sentence && tokens[first + initials].lower[0] === letters[initials]) initials++;
  if (initials === letters.length && letters.length >= 2) return true;
  if (word.text.length <= 3) return false;
  let at = 0;
  for (let k = 0; k < word.lower.length && at < letters.length; k++) if (word.lower[k] === letters[at]) at++;
  return at === letters.length;
}

/** Do the lower-case words ending at token `last` spell the acronym at i, one initial a word? */
function spellsLowerWordsBefore(doc: Doc, i: number, last: number): boolean {
  const tokens = doc.tokens;
  const letters = tokens[i].text.toLowerCase();
  if (letters.length < 2) return false;
  let at = last;
  for (let k = letters.length - 1; k >= 0; k--, at--) {
    const word = tokens[at];
    if (!word || word.shape !== 'lower' || word.lower[0] !== letters[k]) return false;
  }
  return true;
}

/** Does a title run open at token i with a name after it ("Prime Minister Dana Kress", "General Ivo Marsh")? */
function isTitledNameAt(doc: Doc, i: number): boolean {
  // (not a run a place or a nationality opens: "of Velmar Governor Ann Rask" is the country's bank's governor)
  if (tokenFlags(doc.tokens[i]) & (FLAGS.demonym | FLAGS.country | PLACE_FLAGS)) return false;
  // (nor a listed place or body that opens with a title's word: "of Prince Edward Island")
  const listed = longestPhraseAt(doc, i, PLACE_FLAGS | FLAGS.organization);
  if (listed && listed.end - i > 1) return false;
  const run = titlesFrom(doc, i);
  if (!run) return false;
  const name = doc.tokens[run.end];
  return name !== undefined && name.sentence === doc.tokens[i].sentence && name.shape === 'title' && !(tokenFlags(name) & (FLAGS.title | FLAGS.orgHead | FLAGS.common | PLACE_FLAGS | FLAGS.organization));
}

/**
 * Where the "of" part of "Ministry of X" ends: it stops before a word that is neither an ordinary
 * word nor a known name, so "Department of Energy Tomas Wirtle" keeps "Department of Energy".
 */
function complementEnd(doc: Doc, start: number, end: number): number {
  // ("Bank of New Zealand": a listed place or body is whole, whatever its words are alone)
  const listed = longestPhraseAt(doc, start, PLACE_FLAGS | FLAGS.organization, end);
  for (let i = listed ? listed.end : start + 1; i < end; i++) {
    const flags = tokenFlags(doc.tokens[i]);
    if (!(flags & (FLAGS.common | PLACE_FLAGS | FLAGS.organization | FLAGS.orgHead | FLAGS.demonym | FLAGS.prefix))) {
      // ("Institute for Applied Geomatics": a field's last word no list knows, after an ordinary
      // word of the name, neither a person's)
      if (i === end - 1 && isFieldWordAfter(doc.tokens[i - 1], doc.tokens[i], flags)) continue;
      return i;
    }
    // "Bank of Velmar Governor Ann Rask": a title before a name ends the body's name (not one
    // before another title: "Office of the Velmoran Prosecutor General")
    if (flags & FLAGS.title && !(flags & FLAGS.orgHead) && i + 1 < end && isCapitalized(doc.tokens[i + 1]) && !(tokenFlags(doc.tokens[i + 1]) & (FLAGS.title | FLAGS.orgHead))) return i;
  }
  return end;
}

/** Does a word of [start, end) stand as a person's name word only: a first name or a surname that is no ordinary word? */
function hasPersonNameWord(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const flags = tokenFlags(doc.tokens[i]);
    if (flags & (FLAGS.given | FLAGS.surname) && !(flags & FLAGS.common)) return true;
  }
  return false;
}

/** A lower-case first letter: "a.s.", "s.r.o." */
const LOWER_FIRST = /^\p{Ll}/u;

/** Endings of a field's or a trade's plural: "Geomatics", "Hydrology", "Agronomy", "Surveyors" */
const FIELD_ENDING = /(?:ics|logy|nomy|ers)$/;

/**
 * Is an unknown last word of an "of" or "for" part a field's or a trade's, after an ordinary word
 * that is no name ("Applied Geomatics", "Marine Surveyors"; not "Defense Varnek", a surname)?
 */
function isFieldWordAfter(before: Token, word: Token, flags: number): boolean {
  const beforeFlags = tokenFlags(before);
  return FIELD_ENDING.test(word.lower) && (beforeFlags & FLAGS.common) !== 0 && !(beforeFlags & (FLAGS.given | FLAGS.surname | PLACE_FLAGS)) && !(flags & (FLAGS.given | FLAGS.surname));
}

/** The most words a comma list of portfolios may add: "Culture, Sports and Tourism" */
const MAX_COMMA_LIST_ITEMS = 4;

/**
 * After the complement ending at `end`: ", Forestry and Fisheries", ", Education and Welfare" (one
 * ordinary capitalized word after each comma, the last after "and"), the end of that list;
 * otherwise `end` ("the Ministry of Defence, Britain and France": places are no portfolios).
 */
function commaListEnd(doc: Doc, end: number, byStart: Map<number, Candidate>): number {
  const tokens = doc.tokens;
  let at = end;
  for (let items = 0; items < MAX_COMMA_LIST_ITEMS && tokens[at]?.text === ','; items++) {
    const item = byStart.get(at + 1);
    if (!item || item.end - item.start !== 1 || !allOrdinaryWords(doc, item.start, item.end)) return end;
    at = item.end;
  }
  if (at === end || tokens[at]?.lower !== 'and') return end;
  const last = byStart.get(at + 1);
  // (the list is closed by the "and" rule after it, which takes up to three words: "Ministry of
  // Fisheries, Ports and Coastal Management"; here only that they are ordinary words)
  return last && last.end - last.start <= 3 && allOrdinaryWords(doc, last.start, last.end) ? at : end;
}

/** Are tokens [start, end) all ordinary words, none a place ("Trade", "Human Services", not "France")? */
function allOrdinaryWords(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const flags = tokenFlags(doc.tokens[i]);
    if (flags & PLACE_FLAGS || !(flags & FLAGS.common || isDerivedWord(doc.tokens[i], flags))) return false;
  }
  return true;
}

/** Endings of English nouns and adjectives made from other words, which no name has */
const DERIVED_ENDING = /[a-z](?:ation|ology|ography|ical|ics|ment|ness|ity|ance|ence|ism)$/;
const NAME_FLAGS = FLAGS.given | FLAGS.surname | FLAGS.person | FLAGS.organization | FLAGS.club;

/**
 * A word of a body's trade the common-word list lacks: a derived noun or adjective ("Urbanisation",
 * "Hydrography", "Astronautical") or the plural of a common word ("Dockyards").
 */
function isDerivedWord(token: Token, flags: number): boolean {
  if (token.shape !== 'title' || flags & NAME_FLAGS) return false;
  if (DERIVED_ENDING.test(token.lower)) return true;
  const singular = commonSingular(token.lower);
  return singular !== null && (lookup(singular) & (NAME_FLAGS | PLACE_FLAGS)) === 0;
}

/** "Farm and Trade Bank": a run of ordinary capitalized words joined by "and" before the name. */
/** Businesses named by two words around "and", the first an organization head noun on its own */
const PAIRED_BUSINESSES = new Set(['savings loan', 'gas electric', 'light power', 'power light', 'gas power', 'iron steel']);

function andExtension(doc: Doc, start: number, end: number, byEnd: Map<number, Candidate>): number {
  const tokens = doc.tokens;
  const and = tokens[start - 1];
  if (!and || (and.lower !== 'and' && and.text !== '&') || and.shape === 'title') return start;
  const left = byEnd.get(start - 1);
  // "Stone & Fielding Partners Inc. said": the sentence's first word, dropped as ordinary, before "&"
  const opener = tokens[start - 2];
  if (!left && and.text === '&' && opener?.sentenceInitial && opener.shape === 'title' && !FUNCTION_WORDS.has(opener.lower)) return start - 2;
  // "Harbours and Pilotage Board said": an ordinary word that opens the sentence, dropped there,
  // before "and" and a trade's words closed by a head noun
  if (!left && and.lower === 'and' && opener?.sentenceInitial && opener.shape === 'title' && isOrdinaryWord(opener) && !FUNCTION_WORDS.has(opener.lower) && isTradeRun(doc, start, end)) return start - 2;
  if (!left || left.end - left.start > 3) return start;
  // "Harlow Savings & Loan and Tessik Insurance Co.": a left part after "&" is the last partner of
  // a name of its own, never the opening of this one
  if (tokens[left.start - 1]?.text === '&' && tokens[left.start - 1].sentence === and.sentence) return start;
  if (isTwoPlacesBody(doc, left, start, end)) return left.start;
  // "House and Senate", "Pentagon and Congress": an institution alone on the left is a name already
  const word = tokens[left.start];
  if (left.end - left.start === 1 && (SHORT_INSTITUTIONS.has(word.lower) || word.lower === 'house')) return start;
  // "the White House and Harbor Department": a listed body on the left is a name of its own
  if (phraseFlags(doc, left.start, left.end) & FLAGS.organization) return start;
  // "Tarn Electronics and Kestrel Software": a left part with its own head noun is a name already,
  // but one word alone is not ("Securities and Exchange Commission")
  // (unless the two words around "and" are one business: "Tarnley Federal Savings and Loan Association",
  // or the right part is a trade word and its head, no name of its own: "the Velmar Securities
  // and Exchange Board", "the Tarnby Energy and Harbours Council")
  if (left.end - left.start > 1 && tokenFlags(tokens[left.end - 1]) & FLAGS.orgHead && !PAIRED_BUSINESSES.has(`${tokens[left.end - 1].lower} ${tokens[start].lower}`) && !isTradeWordAndHead(doc, start, end, tokens[left.end - 1])) return start;
  // "the Velmar Board of Pilots and Leeds Ferry Office": a right part opened by a place's name or a
  // person's (not an ordinary word too) is a name of its own; joined ones go on with the words of a
  // trade ("Securities and Exchange Commission", "Harbour and Pilotage Service")
  if (!isOrdinaryWord(tokens[start]) && tokenFlags(tokens[start]) & (PLACE_FLAGS | FLAGS.given | FLAGS.surname)) return start;
  // "labels such as Domino and XK Recordings": a right part opened by letters in capitals is a brand's own name
  if (tokens[start].shape === 'upper' && tokens[start].text.length >= 2 && end - start >= 2) return start;
  // "U.S. Harbour and Pilotage Service", "Tarnley Federal Savings and Loan Association": a place or
  // a name word may open a left part of ordinary words (not a first name or a title: "Lena Marsh and
  // Harbor Authority")
  let from = left.start;
  // ("West Yorkshire Fire and Rescue Service": a listed place of two words or more opens the left part too)
  const leftPlace = left.end - from > 2 ? longestPhraseAt(doc, from, PLACE_FLAGS, left.end - 1) : null;
  if (leftPlace && leftPlace.end - from > 1 && isOrdinaryWord(tokens[start])) from = leftPlace.end;
  else if (left.end - from > 1 && tokenFlags(tokens[from]) & FLAGS.country) from++;
  else if (left.end - from > 1 && !(tokenFlags(tokens[from]) & (FLAGS.given | FLAGS.title | FLAGS.organization | FLAGS.orgHead)) && !isOrdinaryWord(tokens[from])) {
    // (two names joined: "the Tarnley Strip and Harbor Bank", "Kelso Air and Kelso International Airlines")
    if (!isOrdinaryWord(tokens[start]) || PLACE_HEADS.has(tokens[left.end - 1].lower)) return start;
    from++;
  }
  for (let i = from; i < left.end; i++) {
    const flags = tokenFlags(tokens[i]);
    // ("US President Marsh and Congress": a title makes the left part a person's)
    if (!(flags & FLAGS.common) || flags & (PLACE_FLAGS | FLAGS.given | FLAGS.surname | FLAGS.organization | FLAGS.title)) return start;
  }
  return left.start;
}

/** Is [start, end) ordinary words (or a trade's derived words) closed by a head noun, no listed body? */
function isTradeRun(doc: Doc, start: number, end: number): boolean {
  if (end - start < 2 || !(tokenFlags(doc.tokens[end - 1]) & FLAGS.orgHead)) return false;
  for (let i = start; i < end - 1; i++) {
    const word = doc.tokens[i];
    if (word.shape !== 'title' || !(isOrdinaryWord(word) || isDerivedWord(word, tokenFlags(word))) || FUNCTION_WORDS.has(word.lower)) return false;
  }
  return !(phraseFlags(doc, start, end) & FLAGS.organization);
}

/**
 * What the left word of two places joined before a body must not be: a person's name (a first name,
 * or a known person's surname: "the Obama and Biden Administration" is no one body), a title, a
 * body, a people
 */
const NOT_JOINED_PLACE = FLAGS.given | FLAGS.person | FLAGS.title | FLAGS.organization | FLAGS.orgHead | FLAGS.demonym | FLAGS.notName;

/**
 * "the Orvick and Dunsby Hospitals Trust", "the Tarnmoor and Kessby Community Trust": one body of
 * two places, the article before the first ("the") and a name of two or more words ending in a
 * head noun after "and", opened by a place, a word no list knows or an ordinary word ("the Dunsby and
 * District Chamber of Trade"). (Without the article, "Leeds and Tarnby Council" may be two.)
 */
function isTwoPlacesBody(doc: Doc, left: Candidate, start: number, end: number): boolean {
  const tokens = doc.tokens;
  if (left.end - left.start !== 1 || left.weakStart || end - start < 2 || tokens[start - 1].lower !== 'and') return false;
  if (!ARTICLES.has(tokens[left.start - 1]?.lower ?? '') || !(tokenFlags(tokens[end - 1]) & FLAGS.orgHead)) return false;
  const place = tokens[left.start];
  const right = tokens[start];
  if (place.shape !== 'title' || tokenFlags(place) & NOT_JOINED_PLACE || isOrdinaryWord(place)) return false;
  if (right.shape !== 'title' || tokenFlags(right) & NOT_JOINED_PLACE || phraseFlags(doc, start, end) & FLAGS.organization) return false;
  // ("the Tarnwick and Urban Institute authors": a left word the story gives a head noun of its own
  // elsewhere, "the Tarnwick Institution", names a second body)
  return !headsBodyElsewhere(doc, left.start);
}

/** Does the word at i stand elsewhere in the story before a head noun in title case ("Tarnwick Institution")? */
function headsBodyElsewhere(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const word = tokens[i].text;
  for (let j = 0; j < tokens.length - 1; j++) {
    if (j === i || tokens[j].text !== word) continue;
    const next = tokens[j + 1];
    if (next.shape === 'title' && next.sentence === tokens[j].sentence && tokenFlags(next) & FLAGS.orgHead) return true;
  }
  return false;
}

/**
 * "Exchange Commission", "Commerce Committee", "Decorators Ltd.": one ordinary word and a head
 * noun or a legal form, no listed body ("Justice Department") and not a second name of the same
 * kind ("Tarn Gas and Velmar Gas").
 */
function isTradeWordAndHead(doc: Doc, start: number, end: number, leftHead: Token): boolean {
  const head = doc.tokens[end - 1];
  // (a legal form after "and" only: "A & B Ltd." is the ampersand rule's)
  const legalForm = doc.tokens[start - 1]?.lower === 'and' ? FLAGS.legalSuffix : 0;
  if (end - start !== 2 || !(tokenFlags(head) & (FLAGS.orgHead | legalForm)) || head.lower === leftHead.lower) return false;
  for (let i = start; i < end - 1; i++) {
    const word = doc.tokens[i];
    if (word.shape !== 'title' || FUNCTION_WORDS.has(word.lower) || !(isOrdinaryWord(word) || isDerivedWord(word, tokenFlags(word)))) return false;
  }
  return !(phraseFlags(doc, start, end) & FLAGS.organization);
}

const CONTINENTS = new Set(['europe', 'asia', 'africa', 'america', 'latin america', 'north america', 'south america', 'the americas', 'oceania', 'the middle east', 'middle east']);

/**
 * A firm's kind as the last word of its name, a group or a plural of firms' work ("Velmoor Marine
 * Services", "Tarnsby Holdings"): what follows "of" is where it is based, no part of the name
 */
// (and shipping firms named by their trade: "Orlan Navigation of Cebu", "Harlen Gas Carriers of Greece")
const FIRM_KINDS = new Set(['group', 'holding', 'holdings', 'industries', 'ventures', 'services', 'shipyards', 'partners', 'enterprises', 'investments', 'shipping', 'tankers', 'navigation', 'maritime', 'carriers', 'shipbrokers', 'marine']);

/** Is [start, end) a town, or a country or continent other than a firm's arm ("of America")? */
function isBaseOf(doc: Doc, start: number, end: number): boolean {
  if (NATIONAL_ARMS.has(phraseKey(doc, start, end))) return false;
  return (phraseFlags(doc, start, end) & FLAGS.city) !== 0 || isCountryOrContinent(doc, start, end);
}

/** Trades a firm is named after, whose "of" and a town say where it works ("Kessaro Trading of Hamburg") */
const TRADE_HEADS = new Set(['trading', 'leasing', 'logistics', 'shipping', 'electronics', 'software', 'foods', 'construction', 'textiles', 'properties', 'brewery', 'engineering', 'contracting']);

/**
 * "Nuclear Energy Corporation", "Dredging Corporation": the spelled-out "Corporation" after ordinary
 * words alone, a trade's name and no brand's ("Tarvex Corporation", "Tarvex Group Corporation" are firms')
 */
function isTradeNamedCorporation(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  if (end - start < 2 || tokens[end - 1].text !== 'Corporation') return false;
  for (let i = start; i < end - 1; i++) if (tokens[i].shape !== 'title' || !isOrdinaryWord(tokens[i])) return false;
  return true;
}

/** Does the body's name at `start` open with a word no list knows (not an ordinary word, a place, a name or a title)? */
function opensWithCoinedWord(doc: Doc, start: number): boolean {
  const token = doc.tokens[start];
  return token.shape === 'title' && tokenFlags(token) === 0;
}

function isCountryOrContinent(doc: Doc, start: number, end: number): boolean {
  const flags = phraseFlags(doc, start, end);
  // (a city-state, "Singapore", or a country that is also a state, "Georgia", is where the body sits)
  return ((flags & FLAGS.country) !== 0 && (flags & (FLAGS.city | FLAGS.region)) === 0) || CONTINENTS.has(phraseKey(doc, start, end));
}

/** Is "for" one of the words of [start, end)? */
function hasFor(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (doc.tokens[i].lower === 'for') return true;
  return false;
}

/** Heads of banks and institutions whose name holds the town they serve ("the Children's Hospital of Oakvale") */
const HEADS_NAMED_FOR_TOWN = new Set(['bank', 'hospital', 'institute', 'diocese', 'archdiocese', 'university', 'college', 'school', 'museum', 'library', 'society', 'church', 'cathedral', 'seminary', 'academy', 'clinic', 'symphony', 'orchestra', 'zoo', 'council', 'chamber']);

/** Is ", Ore." or ", Texas" after token `end - 1`: a town's state, US style? */
function isTownBeforeState(doc: Doc, end: number): boolean {
  if (stateAbbreviationAfter(doc, end)) return true;
  const comma = doc.tokens[end];
  const state = comma?.text === ',' && doc.tokens[end + 1]?.sentence === comma.sentence ? longestPhraseAt(doc, end + 1, FLAGS.region) : null;
  return state !== null && (state.flags & FLAGS.country) === 0;
}
