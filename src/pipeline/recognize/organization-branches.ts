// A body's branch or subsidiary named by the body and the country or region it serves: "Halvard
// China", "Greenpeace Southeast Asia", "Velmor Australia". In running text a known organization
// right before a country's or a region's name, with nothing between them, is one name: prose puts a
// preposition or a comma between a body and a place it only mentions ("Halvard in China"). Not in a
// headline in capitals or title case, where words run on without their small words, and not before a
// noun the two only describe ("the Halvard China mission").
// Also a trade's body named by its trade and the place it serves: "Statistics Canada", "Cricket
// Tasmania", "Archives New Zealand", "Transport for Wales".

import { Doc, Mention } from '../../model';
import { FLAGS } from '../../lexicon';
import { isNounAfter, sentenceOf } from './candidates';
import { phraseFlags } from './gazetteer';
import { mentionFromTokens } from './mention';

/** the organization must be known by its own words: a list, a head noun, a legal form; not a guess from context */
const BODY_RULES = new Set(['organization.gazetteer', 'organization.head-noun', 'organization.legal-suffix', 'organization.ampersand']);
/** nouns after a branch's name that are the branch: "Halvard China division" */
const BRANCH_NOUNS = new Set(['division', 'unit', 'subsidiary', 'arm', 'affiliate', 'branch', 'operations']);
/** above either part's, so the branch's name wins the overlap */
const BRANCH_STRENGTH = 0.9;

export function recognizeOrganizationBranches(doc: Doc): Mention[] {
  const placesByStart = new Map<number, Mention>();
  for (const m of doc.annotations) if (m.type === 'place') placesByStart.set(m.tokenStart, m);
  if (placesByStart.size === 0) return [];
  const tokens = doc.tokens;
  const found: Mention[] = [];
  for (const body of doc.annotations) {
    if (body.type !== 'organization' || !BODY_RULES.has(body.rule)) continue;
    const place = placesByStart.get(body.tokenEnd);
    if (!place) continue;
    const first = tokens[place.tokenStart];
    // one space between them, on one line, in one sentence of running text
    if (first.start !== tokens[body.tokenEnd - 1].end + 1 || first.lineStart || first.sentence !== tokens[body.tokenStart].sentence) continue;
    const sentence = sentenceOf(doc, body.tokenStart);
    if (!sentence || sentence.allCaps || sentence.titleCase) continue;
    if (!(phraseFlags(doc, place.tokenStart, place.tokenEnd) & (FLAGS.country | FLAGS.region))) continue;
    // ("the Halvard Chechnya mission", "the Velmor U.K. firm": both describe the noun after them;
    // but "Halvard's North America division" is the branch's)
    const after = tokens[place.tokenEnd];
    if (isNounAfter(doc, place.tokenEnd, first.sentence) && !BRANCH_NOUNS.has(after.lower)) continue;
    found.push(mentionFromTokens(doc, 'organization', body.tokenStart, place.tokenEnd, 'organization.branch', BRANCH_STRENGTH));
  }
  return found;
}

/**
 * Capitalized trades and public services that name a body before the country, state or city it
 * serves (the nouns written by us from how such bodies are named)
 */
const TRADES_BEFORE_PLACE = new Set([
  'statistics', 'elections', 'archives', 'health', 'tourism', 'transport', 'heritage', 'fisheries', 'forestry', 'parks',
  'sport', 'cricket', 'rugby', 'netball', 'hockey', 'athletics', 'swimming', 'cycling', 'rowing', 'tennis', 'golf', 'football', 'basketball',
  'restaurants', 'universities', 'museums', 'libraries', 'water', 'housing', 'skills', 'screen', 'arts', 'engineers', 'standards',
]);

/**
 * "Statistics Canada said", "a Cricket Tasmania official", "Transport for Wales": a capitalized trade
 * right before a country's, a state's or a city's name in running text is the body that serves it
 * (not a headline's words, "Floods Hit Kenya", nor the trade in lower case, "cricket Australia plays").
 */
export function recognizeTradeBodies(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const found: Mention[] = [];
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
    found.push(mentionFromTokens(doc, 'organization', trade, place.tokenEnd, 'organization.trade-body', BRANCH_STRENGTH));
  }
  return found;
}
