// Firms and shops named with "'s": "Harlan's opened a store", "downgraded by Orvis's.", "Tenby's and
// Marle's". A possessive is followed by what it owns; when no noun follows the "'s" (a verb, a
// conjunction or a punctuation mark does), the "'s" is part of a name, and a one-word name that ends
// in "'s" is an auction house, a rating agency, a store or a restaurant: an organization.

import { Doc, Mention } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { FUNCTION_WORDS, sentenceOf } from './candidates';
import { isCapitalized, tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions, wordsOfPersons } from './mention';
import { isSportsStory } from './sports';

/** What may follow such a name: a verb of news about a firm, an auxiliary, "and" or "or" */
const AFTER_NAME = new Set([
  'said', 'says', 'is', 'was', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'and', 'or',
  'reported', 'posted', 'agreed', 'announced', 'declined', 'added', 'also', 'rose', 'fell', 'expects', 'sold',
  'bought', 'acquired', 'filed', 'opened', 'closed', 'pleaded', 'denied', 'confirmed', 'rated', 'downgraded',
  'upgraded', 'lowered', 'raised', 'cut',
]);
/** Punctuation that ends the name: "by Orvis's.", "Harlan's, the auction house," (not a quote: "Verdi's "Requiem"") */
const PUNCTUATION_AFTER = new Set([',', '.', ';', ':', ')', '--', '?', '!']);
/**
 * What the word before "'s" must not be: a place, a nationality, a title, a time, a frequent word
 * ("That's"), or a known organization ("larger than Velcom's.": the possessive of a firm's name)
 */
const NOT_FIRM = PLACE_FLAGS | FLAGS.demonym | FLAGS.title | FLAGS.time | FLAGS.frequent | FLAGS.notName | FLAGS.person | FLAGS.organization;
/** Diseases named after a physician: "Parkinson's is incurable", "a cure for Alzheimer's." */
const EPONYMOUS_DISEASES = new Set(['parkinson', 'alzheimer', 'crohn', 'huntington', 'hodgkin', 'down', 'asperger', 'tourette', 'gehrig', 'graves', 'addison', 'bell', 'raynaud']);
/** "The decision was Vell's.": after a copula the "'s" is a person's possessive */
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', "'s"]);

export function recognizePossessiveNames(doc: Doc): Mention[] {
  if (!hasPossessive(doc.text)) return [];
  // "the Lord's", "at Harlan's" in a match report are grounds
  if (isSportsStory(doc)) return [];
  const tokens = doc.tokens;
  const found = newMentions();
  let personWords: Set<string> | null = null;
  let standsAlone: Set<string> | null = null;
  for (let i = 1; i < tokens.length - 1; i++) {
    const clitic = tokens[i];
    if (clitic.lower !== "'s" || clitic.spaceBefore) continue;
    const word = tokens[i - 1];
    const next = tokens[i + 1];
    if (word.shape !== 'title' || !isCapitalized(word) || FUNCTION_WORDS.has(word.lower) || EPONYMOUS_DISEASES.has(word.lower) || tokenFlags(word) & NOT_FIRM) continue;
    const nameEnds = next.sentence !== clitic.sentence || PUNCTUATION_AFTER.has(next.text) || (next.shape === 'lower' && AFTER_NAME.has(next.lower));
    if (!nameEnds) continue;
    // one word only: not "John Harlan's," (a person's) or "St. Mark's" (a church); not after a
    // copula: "the choice was Vell's"
    const before = tokens[i - 2];
    if (before && before.sentence === word.sentence && ((isCapitalized(before) && !before.sentenceInitial) || before.text === '.' || COPULAS.has(before.lower))) continue;
    // a person of the story keeps the word
    personWords ??= wordsOfPersons(doc, doc.annotations.filter((m) => m.strength >= 0.6));
    if (personWords.has(word.lower) || (standsAlone ??= wordsWithoutClitic(doc)).has(word.lower)) continue;
    found.push(mentionFromTokens(doc, 'organization', i - 1, i + 1, 'organization.possessive-name', 0.7));
  }
  found.push(...shopNames(doc));
  return found;
}

/**
 * Last words of a shop's, a pub's or an eatery's name ("Market", "Butchers", "Kitchen"): after an
 * owner's "'s" and capitalized words they close the shop's name, "Velby's Corner Market"
 */
const SHOP_HEADS = new Set([
  'market', 'markets', 'supermarket', 'minimarket', 'minimart', 'butchers', 'butcher', 'bakery', 'bakers', 'foodstore',
  'foods', 'takeaway', 'takeaways', 'lounge', 'bread', 'kitchen', 'cafe', 'café', 'restaurant', 'diner', 'grill',
  'pub', 'tavern', 'garage', 'store', 'stores', 'shop', 'deli', 'delicatessen',
  'pizzeria', 'bistro', 'florist', 'florists', 'grocery', 'grocers', 'salon', 'barbers', 'newsagent', 'newsagents',
  'hardware', 'emporium', 'bookshop', 'bookstore', 'drapers', 'outfitters', 'dairy', 'brasserie', 'steakhouse', 'cafeteria',
]);
/** What the owner's word must not be: a place, a people, a title, a time, a known body or a famous person ("Friday's Market") */
const NOT_OWNER = PLACE_FLAGS | FLAGS.demonym | FLAGS.title | FLAGS.time | FLAGS.notName | FLAGS.person | FLAGS.organization;

/**
 * "Velby's Corner Market", "Orrin's Fine Foods": one capitalized word and its "'s", then up to
 * three capitalized words ending in a shop's word, are the shop's name whole (the owner is no
 * person there). Not after another capitalized word ("Ana Velby's Kitchen" is a person's), nor an
 * owner that is an ordinary word ("Farmer's Market", "Children's Store"), nor in a headline.
 */
function shopNames(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const found = newMentions();
  for (let i = 1; i < tokens.length - 1; i++) {
    const clitic = tokens[i];
    if (clitic.lower !== "'s" || clitic.spaceBefore) continue;
    const owner = tokens[i - 1];
    const sentence = sentenceOf(doc, i);
    if (!sentence || sentence.allCaps || sentence.titleCase) continue;
    const flags = tokenFlags(owner);
    if (owner.shape !== 'title' || !isCapitalized(owner) || FUNCTION_WORDS.has(owner.lower) || flags & NOT_OWNER) continue;
    // (an ordinary word names a kind of shop, not its owner: "Children's Store"; so does a trade's
    // noun in -er or -or, "Farmer's Market", "Sailor's Rest")
    if (flags & (FLAGS.frequent | FLAGS.common) && !(flags & (FLAGS.given | FLAGS.surname)) && (flags & FLAGS.frequent || /(?:er|or)$/.test(owner.lower))) continue;
    const before = tokens[i - 2];
    if (before && before.sentence === owner.sentence && isCapitalized(before) && !before.sentenceInitial) continue;
    if (insideQuotes(doc, i - 1)) continue;
    let end = i + 1;
    while (end < tokens.length && end - i <= 3 && tokens[end].sentence === clitic.sentence && tokens[end].shape === 'title' && !FUNCTION_WORDS.has(tokens[end].lower)) end++;
    // the shop's word closes the run of capitals: "Velby's Corner Market", not "Velby's Market Street"
    while (end > i + 1 && !SHOP_HEADS.has(tokens[end - 1].lower)) end--;
    if (end === i + 1 || isCapitalized(tokens[end] ?? clitic) && tokens[end]?.sentence === clitic.sentence) continue;
    found.push(mentionFromTokens(doc, 'organization', i - 1, end, 'organization.shop-name', 0.8));
  }
  return found;
}

/**
 * Capitalized words that the story also writes without "'s" ("Velcom said ... better than
 * Velcom's."): there the "'s" is a plain possessive of a name that stands alone.
 */
function wordsWithoutClitic(doc: Doc): Set<string> {
  const words = new Set<string>();
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // a sentence's first word counts when it is no ordinary word ("Velcom said", not "Then")
    const name = !token.sentenceInitial || !(tokenFlags(token) & FLAGS.common);
    if (token.shape === 'title' && name && tokens[i + 1]?.lower !== "'s") words.add(token.lower);
  }
  return words;
}

/** "'s" or "’s" anywhere in the text: a story without one needs no token loop */
export function hasPossessive(text: string): boolean {
  return text.includes("'s") || text.includes('’s');
}

/** Is token i inside a quotation its sentence opened (a title of a work: "'Velby's Corner Store' opens")? */
function insideQuotes(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  let quotes = 0;
  for (let j = sentenceOf(doc, i)?.firstToken ?? i; j < i; j++) if (tokens[j].text === '"' || tokens[j].text === '“' || tokens[j].text === '”') quotes++;
  return quotes % 2 === 1;
}
