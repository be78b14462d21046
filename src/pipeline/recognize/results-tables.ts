// Results tables in sports stories: a line that is a name and then only numbers is a standings row
// ("Tarnley 3 2 1 0 7 2 7"); two names each with a score are a match result ("Ashcombe Rovers 2
// Kvarstad 1"), and two names paired by "v" a fixture ("Leeds v Ashcombe"). The names there are clubs, whatever a name list says of their words
// ("Gloria" is a first name, "Tarnley" may be a town); a joined score between two names is a result too ("Velmar 2–1 Tarnley"); countries stay places, as national sides
// are named after the country, except beside a club in a score ("Tarnley 0 Monaco 2"). Rows with an average ("79.20") or several decimals are players'.
// A side found by one word with a slash and another word before or after it is a club of two names ("Velmorda / Kessin 2").

import { Doc, Mention, Token } from '../../model';
import { FLAGS } from '../../lexicon';
import { Candidate, nameCandidates } from './candidates';
import { phraseFlags, tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';
import { isSportsStory, scoreAt } from './sports';

const MIN_STANDINGS_NUMBERS = 5;
/** marks that join numbers in a table: "1/2", ".461", "2-1", "0*" */
const NUMBER_MARKS = new Set(['.', '/', '-', '*', '+']);
const SCORE = /^\d{1,3}$/;
const AVERAGE = /^\d+\.\d\d$/;
const DECIMAL = /\d\.\d/;
const NOT_CLUB = FLAGS.country | FLAGS.demonym | FLAGS.time | FLAGS.notName;

export function recognizeResultsTables(doc: Doc): Mention[] {
  if (!isSportsStory(doc)) return [];
  const tokens = doc.tokens;
  const byStart = new Map<number, Candidate>();
  for (const c of nameCandidates(doc)) if (!c.allCaps) byStart.set(c.rawStart, c);
  addLineOpeningWords(doc, byStart);
  const found = newMentions();
  const table: StandingsRow[] = [];
  let lineStart = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !tokens[i].lineStart) continue;
    const row = readLine(doc, lineStart, i, byStart, found);
    if (row) table.push(row);
    else endTable(doc, table, found);
    lineStart = i;
  }
  endTable(doc, table, found);
  pairedClubs(doc, byStart, found);
  slashedClubs(doc, found);
  return found;
}

/** Rules of the sports recognizers whose clubs a slash may join to a partner's word */
const SIDE_RULES = new Set(['organization.sports-team', 'organization.results-table', 'organization.sports-club', 'organization.club']);
/** what a slash's partner may not be: a person's word, a country, a people, a month */
const NOT_PARTNER = FLAGS.given | FLAGS.person | FLAGS.country | FLAGS.demonym | FLAGS.time | FLAGS.notName;

/**
 * "Velmorda / Kessin 3 1 0 2 ...", "Tarnley 1 Velmorda / Kessin 2": a club named by two words
 * joined by a slash, as clubs merged from two are (a side found by one word, then the score or the
 * row's numbers): the slash and the other word are the club's. One title-case word on the other side
 * only, where the side opens (not "Ivo Brandt / Ed Mero", a pair of players).
 */
function slashedClubs(doc: Doc, found: Mention[]): void {
  const tokens = doc.tokens;
  const partner = (i: number, sentence: number): boolean => {
    const token = tokens[i];
    return token !== undefined && token.shape === 'title' && token.sentence === sentence && !(tokenFlags(token) & NOT_PARTNER);
  };
  const opens = (i: number): boolean => i < 0 || tokens[i].lineStart || (tokens[i].shape !== 'title' && tokens[i].shape !== 'upper' && tokens[i].shape !== 'initial' && tokens[i].text !== '.');
  const sides = doc.annotations.filter((m) => m.type === 'organization' && SIDE_RULES.has(m.rule)).concat(found);
  const added = newMentions();
  for (const m of sides) {
    if (m.tokenEnd - m.tokenStart > 2) continue;
    const sentence = tokens[m.tokenStart].sentence;
    // "Velmorda / Kessin 2": the partner before the slash, the score after the club
    if (tokens[m.tokenStart - 1]?.text === '/' && partner(m.tokenStart - 2, sentence) && opens(m.tokenStart - 3) && tokens[m.tokenEnd]?.shape === 'number' && !tokens[m.tokenEnd].lineStart) {
      added.push(clubMention(doc, m.tokenStart - 2, m.tokenEnd));
    }
    // "Velmorda / Kessin 2" where the club found is the first word
    if (tokens[m.tokenEnd]?.text === '/' && partner(m.tokenEnd + 1, sentence) && opens(m.tokenStart - 1) && tokens[m.tokenEnd + 2]?.shape === 'number' && !tokens[m.tokenEnd + 2].lineStart) {
      added.push(clubMention(doc, m.tokenStart, m.tokenEnd + 2));
    }
  }
  for (const m of added) found.push(m);
}

const MAX_CLUB_WORDS = 3;

/**
 * A line of a table opens with the club's name, and the candidates drop a sentence's first word
 * when it is an ordinary word ("Reading 3 2 1 0 8 3 7", "Sale 2 Tarnley 1"): a line's opening run of
 * title-case words is read as a name too, and so is one after a colon or a semicolon ("Results:
 * Lens 2 Tarnley 0; Sale 1 Kvarstad 1"); only the table shapes below accept it.
 */
function addLineOpeningWords(doc: Doc, byStart: Map<number, Candidate>): void {
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    // (also a sentence after a result's last number: "... 1-0. 14,000. Lens 3 (Vorel 8th) Tarnley 2")
    const opens = i === 0 || tokens[i].lineStart || tokens[i - 1].text === ':' || tokens[i - 1].text === ';' || (tokens[i - 1].text === '.' && tokens[i - 2]?.shape === 'number');
    if (!opens || byStart.has(i) || tokens[i].shape !== 'title') continue;
    let end = i + 1;
    while (end < tokens.length && end - i < MAX_CLUB_WORDS && !tokens[end].lineStart && tokens[end].shape === 'title') end++;
    byStart.set(i, { start: i, end, rawStart: i, weakStart: true, allCaps: false });
  }
}

/** A standings row's name: a club, or a country that may be a national side or a club. */
interface StandingsRow {
  from: number;
  to: number;
  country: boolean;
}

/** at least this many club rows, and twice as many as country rows, make a league table */
const MIN_LEAGUE_CLUBS = 3;

/**
 * The end of a run of standings rows: a country's row in a league table, where the other rows are
 * clubs ("Tarnley 6 5 0 1 ..." / "Monaco 6 2 3 1 ..." / "Velmar 6 3 1 2 ..."), is a club named as
 * a country; in a table of national sides, where most rows are countries, it stays a place.
 */
function endTable(doc: Doc, table: StandingsRow[], found: Mention[]): void {
  let clubs = 0;
  for (const row of table) if (!row.country) clubs++;
  const countries = table.length - clubs;
  if (countries > 0 && clubs >= MIN_LEAGUE_CLUBS && clubs >= 2 * countries) {
    for (const row of table) if (row.country) found.push(clubMention(doc, row.from, row.to));
  }
  table.length = 0;
}

/**
 * The clubs in the line of tokens [start, end), if it is a standings row or a result; a standings
 * row's name is returned, whether a club's (pushed to `found` here) or a country's (left to endTable).
 */
function readLine(doc: Doc, start: number, end: number, byStart: Map<number, Candidate>, found: Mention[]): StandingsRow | null {
  const tokens = doc.tokens;
  // ("1860 Tarnstadt 6 2 1 3 8 11 7": a club's founding year may open the line)
  const first = nameAt(doc, byStart, start);
  if (!first) return null;
  // "Tarnley 3 2 1 0 7 2 7": a name and only numbers after it
  let numbers = 0;
  let decimals = 0;
  let onlyNumbers = true;
  for (let i = first.end; i < end && onlyNumbers; i++) {
    const token = tokens[i];
    if (token.shape === 'number') {
      numbers++;
      if (DECIMAL.test(token.text)) decimals++;
      // "79.20": a batting or points average is a player's
      if (AVERAGE.test(token.text)) return null;
    } else if (!NUMBER_MARKS.has(token.text)) onlyNumbers = false;
  }
  if (onlyNumbers && numbers >= MIN_STANDINGS_NUMBERS && decimals < 2) {
    if (isClubSide(doc, start, first.end, false)) {
      found.push(clubMention(doc, start, first.end));
      return { from: start, to: first.end, country: false };
    }
    return isClubSide(doc, start, first.end, true) ? { from: start, to: first.end, country: true } : null;
  }
  // "Willem Roda 2 Kvarstad 1": a whole line of name, score, name, score is a result, whatever
  // first names the clubs' names hold
  const second = byStart.get(first.end + 1);
  if (!second || !SCORE.test(tokens[first.end].text) || second.end + 1 !== end || !SCORE.test(tokens[second.end].text)) return null;
  const firstIsClub = isClubSide(doc, start, first.end, false);
  const secondIsClub = isClubSide(doc, first.end + 1, second.end, false);
  if (isClubSide(doc, start, first.end, secondIsClub)) found.push(clubMention(doc, start, first.end));
  if (isClubSide(doc, first.end + 1, second.end, firstIsClub)) found.push(clubMention(doc, first.end + 1, second.end));
  return null;
}

/**
 * Is [from, to) a club's name in a results line? Not a country, a people, a month or a word that
 * is never a name; a country is a national side, a place, unless the other side of a score is a
 * club (`otherIsClub`): then it is a club named as a country ("Tarnley 0 Monaco 2").
 */
function isClubSide(doc: Doc, from: number, to: number, otherIsClub: boolean): boolean {
  const flags = phraseFlags(doc, from, to) & NOT_CLUB;
  return flags === 0 || (otherIsClub && to - from === 1 && flags === FLAGS.country);
}

function clubMention(doc: Doc, from: number, to: number): Mention {
  const tokens = doc.tokens;
  // "1860 Tarnstadt 1 (Mero 38th)", "Tarnstadt 1860 6 2 1 3 8 11 7": a club's founding year is part of
  // its name, on the same line before it, or after it where the row's numbers follow (no score or
  // total is a year)
  if (isFoundingYearAt(doc, from - 1) && !tokens[from].lineStart) from--;
  else if (isFoundingYear(tokens[to]) && !tokens[to].lineStart && tokens[to + 1]?.shape === 'number' && !tokens[to + 1].lineStart) to++;
  return mentionFromTokens(doc, 'organization', from, to, 'organization.results-table', 0.9);
}

/** The name at token i, or after a club's founding year there ("1860 Tarnstadt") */
function nameAt(doc: Doc, byStart: Map<number, Candidate>, i: number): Candidate | undefined {
  return byStart.get(i) ?? (isFoundingYearAt(doc, i) ? byStart.get(i + 1) : undefined);
}

/** A club's founding year: four figures from 1850 to 1949, no story's season */
function isFoundingYear(token: Token | undefined): boolean {
  return token !== undefined && /^1(?:8[5-9]|9[0-4])\d$/.test(token.text);
}

/** Lines that open with such a year, then a name, in a roll of past winners ("1923 Tarnley Rovers 2 Velmar United 0") */
const MIN_YEAR_ROWS = 3;
/** Per document's tokens: do that many lines open with a year and a name? */
const yearRowsOf = new WeakMap<readonly Token[], boolean>();

/**
 * Is token i a club's founding year ("1860 Tarnstadt")? Not one that opens a line where several lines
 * open so: there the year is the row's, a roll of past finals or champions.
 */
function isFoundingYearAt(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  if (!isFoundingYear(token)) return false;
  if (!(i === 0 || token.lineStart)) return true;
  let rows = yearRowsOf.get(doc.tokens);
  if (rows === undefined) {
    let count = 0;
    for (let j = 0; j < doc.tokens.length; j++) {
      if ((j === 0 || doc.tokens[j].lineStart) && isFoundingYear(doc.tokens[j]) && doc.tokens[j + 1]?.shape === 'title') count++;
    }
    rows = count >= MIN_YEAR_ROWS;
    yearRowsOf.set(doc.tokens, rows);
  }
  return !rows;
}

/**
 * "Played Saturday: Ashcombe 14 Tarnley Rovers 26", "Leeds v Ashcombe": two names, each with its
 * score, or paired by "v", anywhere in a line. Players are paired too ("Anna Roe v Eva Lind"), so
 * a name of two or more words that opens with a first name is left alone, unless it ends in a
 * town's name no person bears ("Willem Roda Kerkrade 1 (...) Tarnley 2"); one word alone ("Marsh v
 * Holt" in snooker) is taken for a club, as in football far more often.
 */
function pairedClubs(doc: Doc, byStart: Map<number, Candidate>, found: Mention[]): void {
  const tokens = doc.tokens;
  const typed = new Set(found.map((m) => m.tokenStart));
  for (const first of byStart.values()) {
    const between = tokens[first.end];
    // "Velmar 2–1 Tarnley": a joined score between the two sides
    const joined = scoreAt(tokens, first.end);
    // "Lens 3 (Vorel 8th, Okafor 85th) Tarnley 2": the first side's scorers in brackets between the two sides
    const scorersEnd = joined ? -1 : scorersBracketEnd(doc, first.end);
    const secondAt = scorersEnd >= 0 ? scorersEnd : first.end + (joined ? joined.length : 1);
    // ("Kelsdorf 0 1860 Orsberg 0": the second side's founding year before it)
    const second = nameAt(doc, byStart, secondAt);
    if (!between || !second || second.end - second.start > 3 || first.end - first.rawStart > 3) continue;
    // a fixture list may wrap between its two sides ("Tarnley v\nAshcombe"), a score line not
    const sameLine = between.sentence === tokens[second.rawStart].sentence || scorersEnd >= 0;
    const scored = sameLine && (joined !== null || (SCORE.test(between.text) && SCORE.test(tokens[second.end]?.text ?? '') && (tokens[second.end].sentence === between.sentence || scorersEnd >= 0)));
    const fixture = between.text === 'v' && !tokens[second.end]?.text.startsWith('(');
    if (!scored && !fixture) continue;
    // ("Ashcombe 2 Monaco 1": a country beside a club in a score is a club named as a country)
    const firstIsClub = isClubSide(doc, first.rawStart, first.end, false);
    const secondIsClub = isClubSide(doc, second.rawStart, second.end, false);
    // (a joined score between two clubs only: "July 24-28 Fourth test" is a date's range)
    if (joined !== null && !(firstIsClub && secondIsClub)) continue;
    for (const { from, to, otherIsClub } of [{ from: first.rawStart, to: first.end, otherIsClub: scored && secondIsClub }, { from: second.rawStart, to: second.end, otherIsClub: scored && firstIsClub }]) {
      if (typed.has(from) || !isClubSide(doc, from, to, otherIsClub) || (tokenFlags(tokens[from]) & FLAGS.given && to - from > 1 && !endsInTown(doc, to))) continue;
      typed.add(from);
      found.push(clubMention(doc, from, to));
    }
  }
}

/**
 * Does the name ending before token `to` end in a town's name that is no person's ("Willem Roda
 * Kerkrade", a club named after someone and its town; not "Ann Preston", whose surname is a town too)?
 */
function endsInTown(doc: Doc, to: number): boolean {
  const flags = tokenFlags(doc.tokens[to - 1]);
  return (flags & FLAGS.city) !== 0 && !(flags & (FLAGS.given | FLAGS.surname));
}

/** most tokens a bracket of scorers holds: "(Vorel 8th, Okafor 85th, Mero 90th)" and more */
const MAX_SCORERS_TOKENS = 30;
/** a goal's minute: "39th", "85"; "59th-pen" too, as the tokenizer splits it at the hyphen */
const MINUTE = /^\d{1,3}(?:st|nd|rd|th)?$/;

/**
 * After a side's score at token `score`, a bracket of its scorers, each a capitalized name and a
 * minute ("2 (Vorel 8th, Okafor 85th)"): where the token after its close stands, else -1.
 */
function scorersBracketEnd(doc: Doc, score: number): number {
  const tokens = doc.tokens;
  if (!SCORE.test(tokens[score]?.text ?? '') || tokens[score + 1]?.text !== '(') return -1;
  let minutes = 0;
  let names = 0;
  for (let i = score + 2; i < tokens.length && i <= score + MAX_SCORERS_TOKENS; i++) {
    const token = tokens[i];
    if (token.text === '(') return -1;
    if (token.text === ')') return minutes > 0 && names > 0 ? i + 1 : -1;
    if (MINUTE.test(token.text)) minutes++;
    else if (token.shape === 'title' || token.shape === 'upper') names++;
  }
  return -1;
}
