// A trade's or a public service's body named by its trade and the place it serves: "Statistics
// Canada", "Cricket Tasmania", "Archives New Zealand", "Transport for Wales". In running text a
// capitalized trade right before a country's, a state's or a city's name is the body; an ordinary
// word opening the sentence is so only where the body acts after the place ("Water Kenya said").

import { Doc, Mention } from '../../model';
import { FLAGS } from '../../lexicon';
import { sentenceOf } from './candidates';
import { phraseFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';

/**
 * Capitalized trades and public services that name a body before the country, state or city it
 * serves (the nouns written by us from how such bodies are named)
 */
const TRADES_BEFORE_PLACE = new Set([
  'statistics', 'elections', 'archives', 'health', 'tourism', 'transport', 'heritage', 'fisheries', 'forestry', 'parks',
  'sport', 'cricket', 'rugby', 'netball', 'hockey', 'athletics', 'swimming', 'cycling', 'rowing', 'tennis', 'golf', 'football', 'basketball',
  'restaurants', 'universities', 'colleges', 'museums', 'libraries', 'water', 'housing', 'skills', 'screen', 'arts', 'engineers', 'standards',
  // (issue 13, written after study errors of local-news and us-wiki: "Employment Velmora", "Curling Tarnland")
  'employment', 'immigration', 'biosecurity', 'enterprise', 'curling', 'sailing', 'volleyball', 'softball', 'baseball', 'bowls', 'squash',
  'badminton', 'triathlon', 'gymnastics', 'judo', 'boxing', 'equestrian', 'surfing', 'canoe', 'archery', 'fencing', 'wrestling', 'weightlifting',
]);

/**
 * "Statistics Canada said", "a Cricket Tasmania official", "Transport for Wales": a capitalized trade
 * right before a country's, a state's or a city's name in running text is the body that serves it
 * (not a headline's words, "Floods Hit Kenya", nor the trade in lower case, "cricket Australia plays").
 */
export function recognizeTradeBodies(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const found = newMentions();
  for (const place of doc.annotations) {
    if (place.type !== 'place' || place.tokenStart < 1) continue;
    let trade = place.tokenStart - 1;
    // "Transport for Wales", "Transport for Greater Kelso"
    if (tokens[trade].lower === 'for' && trade >= 1 && tokens[trade - 1].text === 'Transport') trade--;
    const word = tokens[trade];
    if (word.shape !== 'title' || !TRADES_BEFORE_PLACE.has(word.lower) || word.sentence !== tokens[place.tokenStart].sentence) continue;
    if (!(phraseFlags(doc, place.tokenStart, place.tokenEnd) & (FLAGS.country | FLAGS.region | FLAGS.city))) continue;
    const sentence = sentenceOf(doc, trade);
    if (!sentence || sentence.allCaps || sentence.titleCase) continue;
    // (a capitalized word before the trade makes it part of something else: "the Kelso Rugby Canada Cup")
    const before = tokens[trade - 1];
    if (before && before.sentence === word.sentence && before.shape === 'title' && !before.sentenceInitial) continue;
    // ("Water Kenya is scarce": a trade that is a mass noun opening the sentence is the noun, unless
    // the body speaks or acts right after the place, "Water Kenya said", "Health Canada's officials")
    if (word.sentenceInitial && trade === place.tokenStart - 1 && MASS_NOUNS.has(word.lower) && !actsAfter(doc, place.tokenEnd)) continue;
    found.push(mentionFromTokens(doc, 'organization', trade, place.tokenEnd, 'organization.trade-body', TRADE_BODY_STRENGTH));
  }
  return found;
}

/** Trades that are also mass nouns opening a sentence: "Water Kenya is scarce", "Health Canada ..." */
const MASS_NOUNS = new Set(['water', 'health', 'housing', 'skills', 'screen', 'arts', 'parks', 'sport', 'heritage', 'transport', 'tourism', 'forestry', 'fisheries']);
/** Verbs and words of a body right after its name: "said", "says", "'s", "officials", "spokesman" */
const ACTS_AFTER = new Set(['said', 'says', 'announced', 'reported', "'s", 'officials', 'spokesman', 'spokeswoman', 'spokesperson']);

function actsAfter(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  return token !== undefined && ACTS_AFTER.has(token.lower);
}

/** above a gazetteer place's, so the body's name wins the overlap with its place */
const TRADE_BODY_STRENGTH = 0.9;
