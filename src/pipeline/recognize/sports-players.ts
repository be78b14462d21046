// Players in results lines. In a sports story the shape of a results line says who is a person,
// whatever a name list says of the word:
// - a scorer and the minute of the goal: "Tarnley 3 (Okoro 12th, Brandt 54th 80th)"; in
//   "Scorers: Tarnley - Okoro (12th)" the name before the dash is the club;
// - a bowler's figures or a dismissal in a cricket scorecard: "Vane c Holt b Marsh 41",
//   "Marsh 21-4-63-2";
// - a competitor and a country in brackets, in a ranked list or a draw: "4. Lena Varga (Hungary)
//   10.31", "Ana Pardo (Spain) beat Mira Holm (Sweden) 6-3 6-4".
// A club also stands before a country in brackets ("Dinamo (Russia) 2 Halden (Norway) 1"): a single
// small score after the bracket is a club's, left to sports.ts.

import { Doc, Mention } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { Candidate, nameCandidates } from './candidates';
import { phraseFlags, tokenFlags } from './gazetteer';
import { mentionFromTokens } from './mention';
import { PLACE_HEADS } from './places';
import { isSportsStory } from './sports';

/** "12th", "90th": the minute of a goal (extra time runs to 120) */
const MINUTE = /^(\d{1,3})(?:st|nd|rd|th)$/;
/** "21-4-63-2", "9.3-1-40-3": overs, maidens, runs and wickets */
const BOWLING_FIGURES = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;
/** the word before a player in a scorecard: caught, bowled, stumped, leg before */
const DISMISSALS = new Set(['c', 'b', 'st', 'lbw']);
/** what follows a competitor's bracket in a draw: "X (Spain) beat Y (Sweden)" */
const DRAW_VERBS = new Set(['beat', 'bt', 'beats', 'def', 'defeated']);
/** "v" and "vs" pair clubs as often as players */
const PAIRING = new Set(['v', 'vs']);
/** a competitor is not a known place, organization or group */
const NOT_PLAYER = PLACE_FLAGS | FLAGS.organization | FLAGS.demonym | FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.time | FLAGS.title | FLAGS.notName;
const MAX_MINUTE = 130;

export function recognizeSportsPlayers(doc: Doc): Mention[] {
  if (!isSportsStory(doc)) return [];
  const tokens = doc.tokens;
  const found: Mention[] = [];
  const candidateEndingAt = new Map<number, Candidate>();
  for (const candidate of nameCandidates(doc)) candidateEndingAt.set(candidate.end, candidate);
  for (const { start, end } of nameCandidates(doc)) {
    if (end - start > 3 || tokenFlags(tokens[end - 1]) & (FLAGS.orgHead | FLAGS.legalSuffix)) continue;
    const flags = phraseFlags(doc, start, end);
    // a goal's minute and a scorecard say "player" louder than a town list ("c Cork b Salisbury");
    // only a country, a people or a known body is never one
    if (flags & (FLAGS.country | FLAGS.demonym | FLAGS.organization | FLAGS.time | FLAGS.notName)) continue;
    const listed = (flags & NOT_PLAYER) !== 0;
    const next = tokens[end];
    const before = tokens[start - 1];
    if (!next) continue;
    const sameLine = (t: typeof next | undefined) => t !== undefined && t.sentence === tokens[start].sentence;
    // "Okoro 12th", "(Okoro 12th, ...", "Brandt (54th)"
    const minuteToken = next.text === '(' ? tokens[end + 1] : next;
    const minute = minuteToken && sameLine(minuteToken) ? MINUTE.exec(minuteToken.text) : null;
    if (minute && Number(minute[1]) <= MAX_MINUTE && (next.text !== '(' || tokens[end + 2]?.text === ')' || tokens[end + 2]?.lower === 'minute')) {
      found.push(mentionFromTokens(doc, 'person', start, end, 'person.scorer', 0.8));
      // "Scorers: Tarnley - Ivo Brandt (44th)": the club before the dash that opens its scorers
      const club = before?.text === '-' ? candidateEndingAt.get(start - 1) : undefined;
      if (club && club.end - club.start <= 3 && !(phraseFlags(doc, club.start, club.end) & (FLAGS.country | FLAGS.demonym))) {
        found.push(mentionFromTokens(doc, 'organization', club.start, club.end, 'organization.scorers-club', 0.8));
      }
      continue;
    }
    if (sameLine(next) && BOWLING_FIGURES.test(next.text)) {
      found.push(mentionFromTokens(doc, 'person', start, end, 'person.scorecard', 0.8));
      continue;
    }
    if (before && sameLine(before) && before.shape === 'lower' && DISMISSALS.has(before.lower) && before.spaceBefore) {
      found.push(mentionFromTokens(doc, 'person', start, end, 'person.scorecard', 0.8));
      continue;
    }
    if (listed) continue;
    if (next.text === '(' && countryBracketEnd(doc, end) > 0) {
      const after = tokens[countryBracketEnd(doc, end)];
      const clubScore = after !== undefined && sameLine(after) && /^\d{1,2}$/.test(after.text) && Number(after.text) <= 20;
      if (clubScore || !looksLikePlayer(doc, start, end)) continue;
      // "Legia Warsaw (Poland) v Brann Bergen (Norway)": a cup draw pairs clubs; players in a draw have first names
      const paired = (before !== undefined && sameLine(before) && PAIRING.has(before.lower)) || (after !== undefined && sameLine(after) && PAIRING.has(after.lower));
      if (paired && !(tokenFlags(tokens[start]) & FLAGS.given)) continue;
      const ranked = before !== undefined && (before.text === '.' || before.text === '-') && tokens[start - 2]?.shape === 'number';
      const drawn = after !== undefined && sameLine(after) && DRAW_VERBS.has(after.lower);
      const drawnBy = before !== undefined && sameLine(before) && DRAW_VERBS.has(before.lower);
      if (end - start >= 2 || ranked || drawn || drawnBy) {
        found.push(mentionFromTokens(doc, 'person', start, end, 'person.competitor', 0.75));
      }
    }
  }
  return found;
}

/**
 * A competitor's name holds no town or ground ("Brann Bergen", "Trent Bridge") and is no seeded
 * club ("x-Anderlecht").
 */
function looksLikePlayer(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  if (tokens[start].text.startsWith('x-') || PLACE_HEADS.has(tokens[end - 1].lower)) return false;
  for (let i = start; i < end; i++) {
    const flags = tokenFlags(tokens[i]);
    if (flags & PLACE_FLAGS && !(flags & (FLAGS.given | FLAGS.surname))) return false;
  }
  return true;
}

/** The token after "(Country)" at token i, or 0 when no country in brackets is there. */
function countryBracketEnd(doc: Doc, i: number): number {
  const tokens = doc.tokens;
  let j = i + 1;
  while (j < tokens.length && j < i + 5 && tokens[j].text !== ')') j++;
  if (tokens[j]?.text !== ')' || j === i + 1) return 0;
  return phraseFlags(doc, i + 1, j) & (FLAGS.country | FLAGS.region) ? j + 1 : 0;
}
