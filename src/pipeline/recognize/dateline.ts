// Datelines: the place (and wire service) a story opens with, on one of its first lines:
//   "LONDON 1996-08-30", "ASTANA, February 27. /TASS/.", "BEIRUT (AP) -",
//   "WASHINGTON, Aug 30 (Reuters) -", "SPRINGFIELD, Ill. - ", and after an agency: "Velmora News Agency, Hallsk, October 9".
// The city is a place whether or not a gazetteer knows it; the agency credit is left to
// credits.ts. (The dates recognizer reads the date part for the reference date.)

import { Doc, Mention } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { longestPhraseAt, phraseFlags, tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';
import { DASHES } from './credits';
// the dates' own month names: "March" and "May" are verbs too, so the lexicon may not call them months
import { MONTHS } from '../../dates/words';

/** Datelines are looked for in this many opening sentences (a headline may come first). */
const OPENING_SENTENCES = 4;
const MAX_CITY_TOKENS = 4;
/** a dateline's date in figures: "1996-08-30", "30", "30/08/96" (not "48-HOUR" in a headline: "X CALLS 48-HOUR STRIKE") */
const DATE_NUMBER = /^\d{1,4}(?:[-/.]\d{1,2}(?:[-/.]\d{1,4})?)?$/;

/**
 * "STORM TARVI LEAVES 41 DEAD ...", "REGION TO INVEST 25 BLN ...": a number of one to three figures
 * after a headline's capitals, with no month, credit or dash after it, is a count, not a day
 */
function isHeadlineCount(doc: Doc, i: number): boolean {
  const number = doc.tokens[i];
  if (!/^\d{1,3}$/.test(number.text)) return false;
  const next = doc.tokens[i + 1];
  return !next || next.lineStart || !(MONTHS.has(next.lower) || next.text === '(' || next.text === '/' || DASHES.has(next.text));
}

export function recognizeDateline(doc: Doc): Mention[] {
  const found = newMentions();
  const tokens = doc.tokens;
  for (const sentence of doc.sentences.slice(0, OPENING_SENTENCES)) {
    const first = sentence.firstToken;
    if (!tokens[first]?.lineStart) continue;
    // the city: capital letters ("LONDON", "NEW YORK", "NUR-SULTAN")
    let end = first;
    while (end < sentence.endToken && end - first < MAX_CITY_TOKENS) {
      if (tokens[end].shape === 'upper') end++;
      // "ST. ALBANS 2003-11-04": an abbreviation's period inside the city name
      else if (tokens[end].text === '.' && end > first && tokens[end - 1].text.length <= 3 && !tokens[end].spaceBefore && end + 1 < sentence.endToken && tokens[end + 1].shape === 'upper') end += 2;
      else break;
    }
    if (end === first) continue;
    let after = end;
    let regionEnd = -1;
    // ", Region" / ", Ill." between the city and the rest
    if (tokens[after]?.text === ',' && tokens[after + 1] && /^(upper|title)$/.test(tokens[after + 1].shape)) {
      const region = longestPhraseAt(doc, after + 1, FLAGS.region | FLAGS.country | FLAGS.stateAbbreviation);
      if (region) {
        regionEnd = region.end;
        after = region.end;
        // "SPRINGFIELD, Ill. -": the abbreviation keeps its period
        if (tokens[after]?.text === '.' && !tokens[after].spaceBefore) {
          if (region.flags & FLAGS.stateAbbreviation) regionEnd = after + 1;
          after++;
        }
      } else {
        const unlisted = unlistedRegionEnd(doc, after + 1, sentence.endToken);
        if (unlisted > 0) regionEnd = after = unlisted;
      }
    }
    if (tokens[after]?.text === ',') after++;
    const next = tokens[after];
    if (!next) continue;
    const dateFollows = (next.shape === 'number' && DATE_NUMBER.test(next.text) && !isHeadlineCount(doc, after)) || (tokenFlags(next) & FLAGS.time) !== 0 || MONTHS.has(next.lower);
    const creditFollows = next.text === '(' || next.text === '/';
    const dashFollows = DASHES.has(next.text);
    if (!dateFollows && !creditFollows && !dashFollows) continue;
    // "RUGBY - HALLORAN KEEPS ...": a headline's topic before a dash is no dateline unless a place
    const listedPlace = longestPhraseAt(doc, first, PLACE_FLAGS, end)?.end === end;
    if (!dateFollows && !creditFollows && !listedPlace) continue;
    // "FARM BRIEFS" over a line "Monday, August 4, 2008": a headline in capitals alone on its
    // line, the story's date on the next, is no dateline unless the lists know it as a place (a
    // dateline's date stands on the city's own line: "LONDON 1996-08-30")
    if (dateFollows && next.lineStart && !listedPlace) continue;
    // "UNITED NATIONS 1996-08-28": a body the lists know, and no place, writes from its seat and
    // stays the body
    const flags = phraseFlags(doc, first, end);
    if (flags & FLAGS.organization && !(flags & PLACE_FLAGS)) {
      found.push(mentionFromTokens(doc, 'organization', first, end, 'organization.dateline', 0.95));
      continue;
    }
    found.push(mentionFromTokens(doc, 'place', first, end, 'place.dateline', 0.95));
    if (regionEnd > 0) found.push(mentionFromTokens(doc, 'place', end + 1, regionEnd, 'place.dateline', 0.9));
  }
  agencyDatelines(doc, found);
  return found;
}

/** Most words a region no list knows may have between a dateline's city and its date */
const MAX_REGION_TOKENS = 3;

/**
 * "KESSBY, Tarn, May 19 (...)", "ORVALE, NSW, Oct 16": the words between a dateline city's comma
 * and a second comma before a month are the city's region or island, whether or not a list knows
 * them (a month must follow: the shape is then a dateline's and nothing else's). Returns the
 * region's end, or -1. Not a body the lists know ("VELSK, Reuters, May 3").
 */
function unlistedRegionEnd(doc: Doc, from: number, sentenceEnd: number): number {
  const tokens = doc.tokens;
  let end = from;
  while (end < sentenceEnd && end - from < MAX_REGION_TOKENS && /^(upper|title)$/.test(tokens[end].shape) && !tokens[end].lineStart && !MONTHS.has(tokens[end].lower) && !(tokenFlags(tokens[end]) & FLAGS.time)) end++;
  if (end === from || tokens[end]?.text !== ',' || !MONTHS.has(tokens[end + 1]?.lower ?? '')) return -1;
  if (phraseFlags(doc, from, end) & FLAGS.organization) return -1;
  return end;
}

/** "Velmora News Agency, Hallsk, October 9": a news agency's dateline names the city after the agency */
function agencyDatelines(doc: Doc, found: Mention[]): void {
  const tokens = doc.tokens;
  for (const sentence of doc.sentences.slice(0, OPENING_SENTENCES)) {
    for (let i = sentence.firstToken + 1; i + 3 < sentence.endToken; i++) {
      if (tokens[i].text !== ',' || tokens[i - 1].lower !== 'agency' || tokens[i - 1].shape !== 'title') continue;
      let end = i + 1;
      while (end < sentence.endToken && end - i <= MAX_CITY_TOKENS && tokens[end].shape === 'title') end++;
      if (end === i + 1 || tokens[end]?.text !== ',' || !MONTHS.has(tokens[end + 1]?.lower ?? '')) continue;
      // (a body may stand there: "Velmora News Agency, United Nations, May 3")
      if (phraseFlags(doc, i + 1, end) & FLAGS.organization) continue;
      found.push(mentionFromTokens(doc, 'place', i + 1, end, 'place.dateline', 0.9));
    }
  }
}
