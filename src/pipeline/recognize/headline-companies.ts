// A business wire's headline opens with the firm it is about, in the headline's own shorthand:
// "Korvane sets $200 million bond", "Tarsel Q3 net rises", "Velmar ups 1998 output forecast",
// "Orvis in merger talks with Kessin". Its name is the headline's subject before a verb of the trade
// (or a results period), and the headline speaks of money, shares or results. A person opens such
// headlines too ("Tavrel sees no rate cut"): a name the lists know as a person's or a place is left
// out by the caller (a first name alone is not), and so is one a person rule reads elsewhere in the
// story ("President Tavrel said"); and the whole headline must speak of business.

import { Doc } from '../../model';
import { tokenInSentence } from './candidates';
import { PERSON_PRONOUNS } from './person-context';

/** The shorthand verbs of a business headline after its subject */
const HEADLINE_VERBS = new Set([
  'sets', 'posts', 'repeats', 'raises', 'ups', 'cuts', 'lowers', 'revises', 'trims', 'boosts', 'lifts', 'sees', 'eyes',
  'plans', 'opens', 'closes', 'buys', 'sells', 'acquires', 'completes', 'expects', 'forecasts', 'prices', 'files',
  'issues', 'launches', 'upgrades', 'downgrades', 'rates', 'names', 'appoints', 'reports', 'to', 'in',
]);
/** A results period or line after the subject: "Q2 net", "H1 results", "monthly $0.05/shr" */
const RESULTS_OPENERS = /^(?:[QH][1-4]|net|shr|monthly|quarterly)$/;
/** What a business headline speaks of */
const BUSINESS_WORDS = new Set([
  'net', 'profit', 'profits', 'loss', 'losses', 'shr', 'eps', 'results', 'revenue', 'revenues', 'revs', 'sales', 'earnings',
  'bond', 'bonds', 'frn', 'notes', 'stake', 'merger', 'takeover', 'purchase', 'buy', 'bid', 'forecast', 'dividend', 'div',
  'plant', 'shares', 'stock', 'pct', 'price', 'prices', 'rating', 'ipo', 'unit', 'deal', 'output', 'acquisition', 'offer',
  'debt', 'capital', 'view', 'target', 'orders', 'million', 'billion', 'mln', 'bln', 'market',
]);

/** Is the run start..end the subject of the story's business headline? */
export function headlineSaysCompany(doc: Doc, start: number, end: number): boolean {
  const headline = doc.sentences[0];
  // (the headline's first words only, on a line of its own over a story: a line alone is no
  // headline, and a story's first sentence run on into the next is a lead, not a headline)
  if (headline === undefined || start !== headline.firstToken || doc.tokens[headline.endToken]?.lineStart !== true) return false;
  // (a run that takes in the period, "Kelmarin Q3 net rises", would be a name cut wrong)
  if (RESULTS_OPENERS.test(doc.tokens[end - 1].text)) return false;
  const next = tokenInSentence(doc, end, headline.index);
  if (next === undefined) return false;
  if (!(next.shape === 'lower' && HEADLINE_VERBS.has(next.lower)) && !RESULTS_OPENERS.test(next.text)) return false;
  // (a person's pronoun says the subject is one: "Tavrel plans to sell his stake", a lead on a line
  // of its own)
  let business = false;
  for (let i = end; i < headline.endToken; i++) {
    const token = doc.tokens[i];
    if (PERSON_PRONOUNS.has(token.lower)) return false;
    if (BUSINESS_WORDS.has(token.lower) || token.text.endsWith('$')) business = true;
  }
  return business;
}
