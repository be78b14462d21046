// The two sides of a result are of one kind. In "Orvalia Stars beat Kessin Tavrel 88-79", a match's
// single score after the second name says both are sides: a club no list knows, written in two or
// three words, reads as well as a person's name, and the score tells them apart. A player beats a
// player too, but then the score is a tennis match's sets ("6-3 6-4": more than one score), or a
// first name or a title opens a side, or a side ends in a known surname or a person rule read it;
// either way this rule leaves both names alone.

import { Doc, Mention } from '../../model';
import { FLAGS } from '../../lexicon';
import { Candidate, nameCandidates } from './candidates';
import { phraseFlags, phraseKey, tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions, wordsOfPersons } from './mention';
import { isSportsStory, scoreAt } from './sports';

/** Verbs of a result between the winner and the loser */
const BEAT_VERBS = new Set(['beat', 'beats', 'defeated', 'edged', 'thrashed', 'routed', 'crushed', 'hammered', 'upstaged', 'downed', 'overpowered', 'outlasted']);
/** what no side's name is: a person's, a title, a country's or a people's, a time */
const NOT_A_SIDE = FLAGS.given | FLAGS.person | FLAGS.title | FLAGS.country | FLAGS.demonym | FLAGS.time;
/** a side's name in words */
const MAX_SIDE_WORDS = 3;

export function recognizeResultSides(doc: Doc): Mention[] {
  if (!isSportsStory(doc)) return [];
  const tokens = doc.tokens;
  let byEnd: Map<number, Candidate> | null = null;
  let personWords: Set<string> | null = null;
  const found = newMentions();
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i];
    if (verb.shape !== 'lower' || !BEAT_VERBS.has(verb.lower)) continue;
    byEnd ??= candidatesByEnd(doc);
    const winner = byEnd.get(i);
    if (winner === undefined) continue;
    // the loser: the candidate that starts right after the verb and ends right before one score
    const loser = candidateFrom(doc, byEnd, i + 1);
    if (loser === undefined) continue;
    const score = scoreAt(tokens, loser.end);
    if (score === null || tokens[loser.end].sentence !== verb.sentence) continue;
    // (a second score after the first is a match of sets or games, "6-3 6-4", "21-15, 21-18": players)
    if (scoreFollows(doc, loser.end + score.length)) continue;
    if (!mayNameSide(doc, winner) || !mayNameSide(doc, loser)) continue;
    // (a side an earlier rule read as a person makes both players: "Tavrel Oguns beat Brenvik Smith 5-2")
    if (readAsPerson(doc, winner) || readAsPerson(doc, loser)) continue;
    // (a player called by surname, "Ivo Brandt (Norway) ... Brandt beat Kess 2-0": the story's persons keep their words)
    personWords ??= wordsOfPersons(doc, doc.annotations);
    if (personWords.has(phraseKey(doc, winner.start, winner.end)) || personWords.has(phraseKey(doc, loser.start, loser.end))) continue;
    // (a side an earlier rule already read as a club keeps that rule's name)
    for (const side of [winner, loser]) {
      if (!doc.annotations.some((m) => m.type === 'organization' && m.tokenStart === side.start && m.tokenEnd === side.end)) found.push(mentionFromTokens(doc, 'organization', side.start, side.end, 'organization.result-sides', 0.75));
    }
  }
  return found;
}

/** how far after a score another may stand for a match of sets: "21-15, 21-18" */
const SETS_WINDOW = 3;

/** Does a set's score follow soon, not in a bracket ("88-79 (40-41 half-time)" is one match's half-time)? */
function scoreFollows(doc: Doc, from: number): boolean {
  for (let i = from; i < from + SETS_WINDOW && i < doc.tokens.length && doc.tokens[i].text !== '('; i++) if (scoreAt(doc.tokens, i) !== null) return true;
  return false;
}

function candidatesByEnd(doc: Doc): Map<number, Candidate> {
  const byEnd = new Map<number, Candidate>();
  for (const c of nameCandidates(doc)) byEnd.set(c.end, c);
  return byEnd;
}

/** The candidate that starts at token `start`, looked up among those ending a few tokens later */
function candidateFrom(doc: Doc, byEnd: Map<number, Candidate>, start: number): Candidate | undefined {
  for (let end = start + 1; end <= start + MAX_SIDE_WORDS; end++) {
    const c = byEnd.get(end);
    if (c !== undefined && c.start === start) return c;
  }
  return undefined;
}

/** A side's name: a few words in mixed case, its first no first name or title, none a person's or a country's */
function mayNameSide(doc: Doc, c: Candidate): boolean {
  if (c.end - c.start > MAX_SIDE_WORDS || c.allCaps || c.weakStart) return false;
  if (tokenFlags(doc.tokens[c.start]) & NOT_A_SIDE) return false;
  return !(phraseFlags(doc, c.start, c.end) & NOT_A_SIDE);
}

/** Did an earlier rule read the side's words, or its last word, as a person's? */
function readAsPerson(doc: Doc, c: Candidate): boolean {
  if (tokenFlags(doc.tokens[c.end - 1]) & FLAGS.surname) return true;
  // (a loop, not annotations.some: a closure over `c` makes a context at every call)
  for (const m of doc.annotations) if (m.type === 'person' && m.tokenStart < c.end && m.tokenEnd > c.start) return true;
  return false;
}
