// Players in results lines. In a sports story the shape of a results line says who is a person,
// whatever a name list says of the word:
// - a scorer and the minute of the goal: "Tarnley 3 (Okoro 12th, Brandt 54th 80th)"; in
//   "Scorers: Tarnley - Okoro (12th)" the name before the dash is the club;
// - a scorer in a scoring summary's list: "Tries: Okoro 2, Brandt. Penalties: Mero (4).";
// - a bowler's figures or a dismissal in a cricket scorecard: "Vane c Holt b Marsh 41",
//   "Marsh 21-4-63-2";
// - a competitor and a country in brackets, in a ranked list or a draw: "4. Lena Varga (Hungary)
//   10.31" (on a ranked line the whole run of capitalized words, whatever each word is alone: "2.
//   Friday Adewumi (Ghana) 20.41"), "Ana Pardo (Spain) beat Mira Holm (Sweden) 6-3 6-4"; the name after a driver's
//   country, before a lap time, is the team: "Ivo Brandt (Norway) Halvard 1:52.977".
// A club also stands before a country in brackets ("Vostok (Russia) 2 Kvarstad (Norway) 1"): a single
// small score after the bracket is a club's, left to sports.ts.

import { Doc, Mention, Token } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { Candidate, FUNCTION_WORDS, nameCandidates, sentenceOf, tokenInSentence } from './candidates';
import { phraseFlags, tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';
import { PLACE_HEADS } from './places';
import { CRICKET_DISMISSALS, inScorersBracket, isClubOfBracketedResult, isSportsStory } from './sports';

/** "12th", "90th": the minute of a goal (extra time runs to 120) */
const MINUTE = /^(\d{1,3})(?:st|nd|rd|th)(?:-pen|-og)?$/;
/** "34": a minute written without its ordinal ending, read only inside a bracket of scorers */
const PLAIN_MINUTE = /^(\d{1,3})$/;
/** "21-4-63-2", "9.3-1-40-3": overs, maidens, runs and wickets */
const BOWLING_FIGURES = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;
/** what follows a competitor's bracket in a draw: "X (Spain) beat Y (Sweden)" */
const DRAW_VERBS = new Set(['beat', 'bt', 'beats', 'def', 'defeated']);
/** "v" and "vs" pair clubs as often as players */
const PAIRING = new Set(['v', 'vs']);
/** a competitor is not a known place, organization or group */
const NOT_PLAYER = PLACE_FLAGS | FLAGS.organization | FLAGS.demonym | FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.time | FLAGS.title | FLAGS.notName;
const MAX_MINUTE = 130;
/**
 * a result after a team: a lap time's first figures ("1" of "1:52.977": the tokenizer splits a
 * clock at its colons), a gap in seconds ("3.1"), a points total ("149")
 */
const RACE_RESULT = /^\d{1,3}(?:\.\d+)?$/;
/** an athlete's time in seconds: "10.31", "20.41" (a clock's time is three tokens: isClockAt) */
const DECIMAL_TIME = /^\d{1,3}\.\d{1,3}$/;
/** a club's score after its bracket: "Kvarstad (Norway) 2" */
const CLUB_SCORE = /^\d{1,2}$/;

/** The minute of a goal at token i, opening a line and followed by a comma or a bracket: "86th," after a scorer wrapped at the line's end */
function wrappedMinute(doc: Doc, i: number): Token | undefined {
  const token = doc.tokens[i];
  const after = doc.tokens[i + 1];
  return token !== undefined && token.lineStart && MINUTE.test(token.text) && after !== undefined && (after.text === ',' || after.text === ')') ? token : undefined;
}

export function recognizeSportsPlayers(doc: Doc): Mention[] {
  if (!isSportsStory(doc)) return [];
  const tokens = doc.tokens;
  const found = newMentions();
  const candidateEndingAt = new Map<number, Candidate>();
  for (const candidate of nameCandidates(doc)) candidateEndingAt.set(candidate.end, candidate);
  for (const { start, end } of nameCandidates(doc)) {
    if (end - start > 3) continue;
    // "Ivo Brandt (Norway) Halvard Racing 1:52.977": a driver's or rider's team after his country
    // (a head noun may end it: "Racing", "Motorsport")
    if (isTeamAfterCountry(doc, start, end)) {
      found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.racing-team', 0.8));
      continue;
    }
    if (tokenFlags(tokens[end - 1]) & (FLAGS.orgHead | FLAGS.legalSuffix)) continue;
    const flags = phraseFlags(doc, start, end);
    // a goal's minute and a scorecard say "player" louder than a town list ("c Cork b Salisbury");
    // only a country, a people or a known body is never one
    if (flags & (FLAGS.country | FLAGS.demonym | FLAGS.organization | FLAGS.time | FLAGS.notName)) continue;
    const sentence = tokens[start].sentence;
    const before = tokenInSentence(doc, start - 1, sentence);
    // ("(Okoro 9th, Brandt\n86th)": a line may break between a scorer and the minute, which ends a sentence there)
    const next = tokenInSentence(doc, end, sentence) ?? wrappedMinute(doc, end);
    // "Vane c Holt b Marsh": the fielder and the bowler of a dismissal
    if (before && before.shape === 'lower' && CRICKET_DISMISSALS.has(before.lower) && before.spaceBefore) {
      found.push(mentionFromTokens(doc, 'person', start, end, 'person.scorecard', 0.8));
      continue;
    }
    // "Okoro 12th", "(Okoro 12th, ...", "Brandt (54th)"
    const minuteToken = next?.text === '(' ? tokenInSentence(doc, end + 1, sentence) : next;
    // (a plain number is a minute inside a club's bracket of scorers: "Tarnley 2 (Okoro 34, Brandt 71)")
    const minute = minuteToken ? MINUTE.exec(minuteToken.text) ?? (minuteToken === next && inScorersBracket(doc, start) ? PLAIN_MINUTE.exec(minuteToken.text) : null) : null;
    if (next && minute && Number(minute[1]) <= MAX_MINUTE && (next.text !== '(' || tokens[end + 2]?.text === ')' || tokens[end + 2]?.lower === 'minute')) {
      found.push(mentionFromTokens(doc, 'person', start, end, 'person.scorer', 0.8));
      // "Scorers: Tarnley - Ivo Brandt (44th)": the club before the dash that opens its scorers
      const club = before?.text === '-' ? candidateEndingAt.get(start - 1) : undefined;
      if (club && club.end - club.start <= 3 && !(phraseFlags(doc, club.start, club.end) & (FLAGS.country | FLAGS.demonym))) {
        found.push(mentionFromTokens(doc, 'organization', club.start, club.end, 'organization.scorers-club', 0.8));
      }
      continue;
    }
    if (next && BOWLING_FIGURES.test(next.text)) {
      found.push(mentionFromTokens(doc, 'person', start, end, 'person.scorecard', 0.8));
      continue;
    }
    // a box score's players: "Calgary, Fortier 8 (Haldane), 6:12" (a goal, its assists, its time),
    // "Plunkett (8), Mesa (9) and Alomar" (the inning a pitcher came in), "Belle (39)" (home runs),
    // "W - Nagy. L - Harwood" (the winning and losing pitchers)
    if (isBoxScorePlayer(doc, start, end, sentence)) {
      found.push(mentionFromTokens(doc, 'person', start, end, 'person.box-score', 0.8));
      continue;
    }
    // "Tries: Okoro 2, Brandt. Penalties: Mero 3.": the scorers a label lists
    // (above a town's club: "Conversions: Kelso 3"; not the side a dash or a colon follows, "Scorers:
    // Tarnley - Tries: ...", "Scorers: Tarnley: Okoro 23", nor a player's club in brackets)
    const sideOrClub = (next?.text === '-' && next.spaceBefore) || next?.text === ':' || (before?.text === '(' && next?.text === ')');
    if (!sideOrClub && inScoringList(doc, start, sentence)) {
      found.push(mentionFromTokens(doc, 'person', start, end, 'person.scoring-list', 0.9));
      continue;
    }
    // "Tarnley - Balmont; Rouviere, Okonkwo, Pothier; Hamel, Koffi": a side's line-up
    if (!sideOrClub && inLineUp(doc, start, end, sentence)) {
      found.push(mentionFromTokens(doc, 'person', start, end, 'person.line-up', 0.8));
      continue;
    }
    // a results list may wrap between a name and its country ("Ana Pardo\n(Spain)")
    if (flags & NOT_PLAYER || tokens[end]?.text !== '(') continue;
    const bracketEnd = countryBracketEnd(doc, end);
    if (bracketEnd === 0) continue;
    const after = tokenInSentence(doc, bracketEnd, tokens[end].sentence);
    const clubScore = after !== undefined && CLUB_SCORE.test(after.text) && Number(after.text) <= 20 && !isClockAt(doc, bracketEnd);
    // (nor one side of a result of two bracketed sides: "Maccavel Dorot (Israel) 81 Basket Tarnheim (Germany) 74")
    if (clubScore || !looksLikePlayer(doc, start, end) || isClubOfBracketedResult(doc, start, end)) continue;
    // "Vostok Kazan (Russia) v Kvarstad (Norway)": a cup draw pairs clubs; players in a draw have first names
    const paired = (before !== undefined && PAIRING.has(before.lower)) || (after !== undefined && PAIRING.has(after.lower));
    if (paired && !(tokenFlags(tokens[start]) & FLAGS.given)) continue;
    // "4. Tervo (Finland)": a rank opening the line
    // (the rank's period may end a "sentence" for the splitter, so its tokens are read directly)
    const rankMark = tokens[start - 1];
    const ranked = start >= 2 && (rankMark.text === '.' || rankMark.text === '-') && tokens[start - 2].shape === 'number' && tokens[start - 2].lineStart;
    const drawn = (after !== undefined && DRAW_VERBS.has(after.lower)) || (before !== undefined && DRAW_VERBS.has(before.lower));
    // "Kiprotich (Kenya) 2:09:41", "Varga (Hungary) 10.31": a race time after the country is an
    // athlete's (a club's result after its country is a score)
    const timed = after !== undefined && (DECIMAL_TIME.test(after.text) || isClockAt(doc, bracketEnd));
    // "Els Varga (Hungary) beat ...": a first word the candidates dropped as an ordinary word or a
    // month ("Els", "Jan") opening the line or after "beat" is the competitor's first name
    const first = droppedFirstName(doc, start, end);
    if (first >= 0) {
      found.push(mentionFromTokens(doc, 'person', first, end, 'person.competitor', 0.75));
    } else if (end - start >= 2 || ranked || drawn || timed) {
      found.push(mentionFromTokens(doc, 'person', start, end, 'person.competitor', 0.75));
    }
  }
  rankedCompetitors(doc, found);
  return found;
}

/**
 * A clock's time at token i, as the tokenizer splits it: "6:12", "2:09:41", "1:52.977" (a number,
 * a colon and a number of two figures, glued)
 */
function isClockAt(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const hours = tokens[i];
  const colon = tokens[i + 1];
  const minutes = tokens[i + 2];
  return hours?.shape === 'number' && ONE_OR_TWO_FIGURES.test(hours.text) && colon?.text === ':' && !colon.spaceBefore && minutes?.shape === 'number' && !minutes.spaceBefore && CLOCK_FIGURES.test(minutes.text);
}
/** a small count in brackets after a player (an inning, a season's home runs or goals), a clock's hours */
const ONE_OR_TWO_FIGURES = /^\d{1,2}$/;
/** a clock's minutes or seconds after its colon, with any fraction: "09", "52.977" */
const CLOCK_FIGURES = /^\d\d(?:\.\d+)?$/;
/** the pitchers' letters in a box score: win, loss, save */
const PITCHER_LETTERS = new Set(['W', 'L', 'S']);

/** the labels of a rugby or hockey scoring summary, before their colon ("Drop goal:": its last word) */
const SCORING_LABELS = new Set(['tries', 'try', 'conversions', 'conversion', 'cons', 'penalties', 'penalty', 'pens', 'goal', 'goals', 'scorers', 'goalscorers']);
/** how far back a list item may stand from its label */
const MAX_SCORING_LIST = 24;

/** a substitute's minute in a line-up: "(Levasseur 72nd)", "(Huamari 60)" */
const ORDINAL_MINUTE = /^\d{1,3}(?:st|nd|rd|th)$/;

/**
 * Is [start, end) a player of a side's line-up: the side, a dash, then its players by position, the
 * groups between semicolons ("Tarnley - Balmont; Rouviere, Okonkwo, Pothier; Hamel, Koffi (Levas
 * 72nd)")? The sentence has a line-up's shape, and only names and their marks stand between the
 * dash and the player.
 */
function inLineUp(doc: Doc, start: number, end: number, sentence: number): boolean {
  const tokens = doc.tokens;
  const closing = tokens[end];
  // (a substitute's minute closes his bracket: "(Huamari 60)")
  const substitute = closing?.shape === 'number' && PLAIN_MINUTE.test(closing.text) && tokens[end + 1]?.text === ')';
  if (closing && closing.sentence === sentence && !LINE_UP_MARKS.has(closing.text) && closing.lower !== 'and' && !substitute) return false;
  const own = sentenceOf(doc, start);
  if (!own || !hasLineUpShape(doc, own.index, own.firstToken, own.endToken)) return false;
  for (let i = start - 1; i > own.firstToken; i--) {
    const token = tokens[i];
    // the dash or the colon after the side's name opens the line-up ("Tarnley - ...", "Tarnland: ...")
    if ((token.text === '-' && token.spaceBefore) || token.text === ':') return tokens[i - 1].shape === 'title' || tokens[i - 1].shape === 'upper';
    if (LINE_UP_MARKS.has(token.text) || token.lower === 'and' || ORDINAL_MINUTE.test(token.text) || PLAIN_MINUTE.test(token.text)) continue;
    if (token.shape !== 'title' && token.shape !== 'upper' && token.shape !== 'initial') return false;
  }
  return false;
}

const lineUpShapes = new WeakMap<Doc, Map<number, boolean>>();

/**
 * A line-up's shape, counted once per sentence: two semicolons or more between the groups of
 * positions, a comma inside a group, and one dash or one colon only, after the side (not a list of fixtures,
 * "Kelbrook - Vandrel; Osterby - Mwakil; ...", a dash in each pair and no comma)
 */
function hasLineUpShape(doc: Doc, index: number, firstToken: number, endToken: number): boolean {
  let shapes = lineUpShapes.get(doc);
  const known = shapes?.get(index);
  if (known !== undefined) return known;
  let semicolons = 0;
  let commas = 0;
  let dashes = 0;
  let colons = 0;
  for (let i = firstToken; i < endToken; i++) {
    const text = doc.tokens[i].text;
    if (text === ';') semicolons++;
    else if (text === ',') commas++;
    else if (text === ':') colons++;
    else if (text === '-' && doc.tokens[i].spaceBefore) dashes++;
  }
  // (one dash after the side, or one colon where no dash stands: "Tarnland: Cvelmara; Tarvosa, Orvin; ...")
  const shape = semicolons >= 2 && commas >= 1 && (dashes === 1 || (dashes === 0 && colons === 1));
  if (!shapes) lineUpShapes.set(doc, (shapes = new Map()));
  shapes.set(index, shape);
  return shape;
}
const LINE_UP_MARKS = new Set([',', ';', '(', ')', '.']);

/**
 * Is token `start` an item of a scoring label's list: "Tries: Okoro 2, Brandt", "Conversions:
 * Mero (3)"? Between the label's colon and the item only names, counts, brackets, commas and "and"
 * (a dash means the name before it is the side whose scorers follow: "Scorers: Tarnley - Okoro").
 */
function inScoringList(doc: Doc, start: number, sentence: number): boolean {
  const tokens = doc.tokens;
  for (let i = start - 1; i >= 0 && i >= start - MAX_SCORING_LIST; i--) {
    const token = tokens[i];
    if (token.sentence !== sentence) return false;
    // ("Drop goal:": a label of two words, its first capitalized)
    if (token.text === ':') return i > 0 && SCORING_LABELS.has(tokens[i - 1].lower) && (tokens[i - 1].shape === 'title' || (tokens[i - 1].shape === 'lower' && tokens[i - 2]?.shape === 'title'));
    if (token.text === ',' || token.text === '(' || token.text === ')' || token.lower === 'and' || token.shape === 'number') continue;
    if (token.shape !== 'title' && token.shape !== 'upper' && token.shape !== 'initial' && token.text !== '.' && token.text !== '-') return false;
    // (a hyphen inside a name is one token with it; a dash between words opens a side's scorers)
    if (token.text === '-' && token.spaceBefore) return false;
  }
  return false;
}

/** Joiners of a box score's list of pitchers: "Kessel, Orlov (7) and Brandt; Mero, ..." */
const PITCHER_JOINERS = new Set([',', ';', 'and']);

/** A small count in brackets from token i: "(7)" of "Orlov (7)" */
function isBracketedCountAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.text === '(' && ONE_OR_TWO_FIGURES.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === ')';
}

/** Does a joiner at `at - 1` lead to a one-word name and its count in brackets, "Orlov (7)", in the sentence? */
function isCountedPitcherAt(doc: Doc, at: number, sentence: number): boolean {
  const tokens = doc.tokens;
  const joiner = tokens[at - 1];
  if (!joiner || !PITCHER_JOINERS.has(joiner.lower)) return false;
  const name = tokens[at];
  return name?.sentence === sentence && name.shape === 'title' && isBracketedCountAt(tokens, at + 1);
}

/** Does "Orlov (7)," stand right before the name at `start` (its joiner between)? */
function isCountedPitcherBefore(doc: Doc, start: number, sentence: number): boolean {
  const tokens = doc.tokens;
  if (!PITCHER_JOINERS.has(tokens[start - 1]?.lower ?? '') || start < 5) return false;
  return isBracketedCountAt(tokens, start - 4) && tokens[start - 5].shape === 'title' && tokens[start - 5].sentence === sentence;
}

/**
 * A player in a box score: a goal's scorer before his season's tally and the game time, an assist
 * in the brackets between, a player with a small count in brackets before a comma, "and" or the
 * end, a pitcher after "W -", "L -" or "S -".
 */
function isBoxScorePlayer(doc: Doc, start: number, end: number, sentence: number): boolean {
  const tokens = doc.tokens;
  const next = tokens[end];
  if (!next) return false;
  // "Fortier 8 (Haldane), 6:12", "Haldane 11, 18:03"
  if (next.shape === 'number' && ONE_OR_TWO_FIGURES.test(next.text)) {
    let i = end + 1;
    if (tokens[i]?.text === '(') {
      while (i < end + 8 && tokens[i] && tokens[i].text !== ')') i++;
      i++;
    }
    if (tokens[i]?.text === ',' && isClockAt(doc, i + 1)) return true;
  }
  // "(Haldane), 6:12", "(Haldane, Orr), 6:12": the assists of a goal
  const before = tokens[start - 1];
  if (before && (before.text === '(' || before.text === ',')) {
    let i = end;
    while (i < end + 6 && tokens[i] && tokens[i].text !== ')' && tokens[i].text !== '(') i++;
    let open = start - 1;
    while (open > start - 8 && open > 0 && tokens[open].text !== '(' && tokens[open].text !== ')') open--;
    if (tokens[i]?.text === ')' && tokens[open]?.text === '(' && tokens[open - 1]?.shape === 'number' && tokens[i + 1]?.text === ',' && isClockAt(doc, i + 2)) return true;
  }
  // "Plunkett (8),", "Belle (39).", "Mesa (9) and": one word, a small count, then a comma, "and" or the end
  const after = tokens[end + 3];
  if (end - start === 1 && isBracketedCountAt(tokens, end)) {
    if (!after || after.sentence !== sentence || after.text === ',' || after.text === ';' || after.lower === 'and' || after.text === '.') return true;
  }
  // "Kessel, Orlov (7) and Brandt;": a pitcher with no innings count beside one with it in the list
  // (not a town or a name after a label's dash: "HRs - Tarnley, Orlov (14)" names the side before its hitters)
  if (end - start === 1 && !(tokenFlags(tokens[start]) & PLACE_FLAGS) && tokens[start - 1]?.text !== '-' && (isCountedPitcherAt(doc, end + 1, sentence) || isCountedPitcherBefore(doc, start, sentence))) return true;
  // "W - Nagy", "L - Harwood"
  const dash = tokens[start - 1];
  const letter = tokens[start - 2];
  return end - start === 1 && dash?.text === '-' && letter !== undefined && PITCHER_LETTERS.has(letter.text) && (letter.lineStart || tokens[start - 3]?.text === '.' || tokens[start - 3]?.text === ';');
}

/**
 * Is [start, end) a team right after a competitor's country in brackets and before the result: a lap
 * or race time ("1:52.977", "1 hour 2 minutes", "3.1 seconds"), points, or "same time", "at 4 seconds"?
 */
function isTeamAfterCountry(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const close = tokens[start - 1];
  if (close?.text !== ')' || close.sentence !== tokens[start].sentence) return false;
  const opening = bracketOpening(doc, start - 1);
  if (opening < 0 || countryBracketEnd(doc, opening) !== start) return false;
  const next = tokens[end];
  if (!next || next.sentence !== tokens[start].sentence) return false;
  if (RACE_RESULT.test(next.text)) return true;
  const after = tokens[end + 1];
  return (next.lower === 'same' && after?.lower === 'time') || (next.lower === 'at' && after !== undefined && RACE_RESULT.test(after.text));
}

/** What a first word dropped before a competitor's surname is never: a place, a body, a people, a title */
const NOT_FIRST_NAME = PLACE_FLAGS | FLAGS.organization | FLAGS.demonym | FLAGS.title | FLAGS.orgHead | FLAGS.notName;

/**
 * The start of a one-word competitor's first name that no candidate holds, right before it, opening
 * its line or after a draw verb ("Els Varga (Hungary) beat Jan Orlik (Poland)"), or -1.
 */
function droppedFirstName(doc: Doc, start: number, end: number): number {
  if (end - start !== 1) return -1;
  const tokens = doc.tokens;
  const word = tokens[start - 1];
  if (!word || word.shape !== 'title' || word.sentence !== tokens[start].sentence || tokenFlags(word) & NOT_FIRST_NAME) return -1;
  // (a pronoun or an article is no name: "The Varga (Hungary)")
  if (FUNCTION_WORDS.has(word.lower) && !(tokenFlags(word) & FLAGS.given)) return -1;
  const before = tokens[start - 2];
  const opensLine = word.lineStart || (before !== undefined && before.sentence === word.sentence && DRAW_VERBS.has(before.lower));
  return opensLine ? start - 1 : -1;
}

/** Longest competitor's name read off a ranked line */
const MAX_RANKED_NAME_WORDS = 4;

/**
 * "4. Ilse April (Austria) 6.71", "2. Oren Kessel (Israel) 20.41": a ranked line's run of capitalized
 * words before a country in brackets and a result is one competitor, whatever the words are alone
 * (a weekday, a month, a town); the lists already typed the rest of such lines.
 */
function rankedCompetitors(doc: Doc, found: Mention[]): void {
  const tokens = doc.tokens;
  for (let i = 0; i + 3 < tokens.length; i++) {
    const rank = tokens[i];
    if (!rank.lineStart || rank.shape !== 'number' || tokens[i + 1].text !== '.') continue;
    const start = i + 2;
    let end = start;
    while (end < tokens.length && end - start < MAX_RANKED_NAME_WORDS && !tokens[end].lineStart && tokens[end].shape === 'title') end++;
    if (end - start < 2 || tokens[end]?.text !== '(') continue;
    const bracketEnd = countryBracketEnd(doc, end);
    const result = tokens[bracketEnd];
    if (bracketEnd === 0 || !result || result.lineStart || result.shape !== 'number') continue;
    // (not a country, a body or one place: a national side, a club, "3. San Marino (Europe)")
    if (phraseFlags(doc, start, end) & (FLAGS.country | FLAGS.organization | FLAGS.demonym) || isPlaceName(doc, start, end)) continue;
    found.push(mentionFromTokens(doc, 'person', start, end, 'person.competitor', 0.85));
  }
}

/**
 * A competitor's name holds no town or ground ("Vostok Kazan", "Ashvale Bridge") and is no
 * seeded club ("x-Kvarstad").
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

/** Is the whole run [start, end) one place the lists know ("San Marino"; not "Oren Kessel")? */
function isPlaceName(doc: Doc, start: number, end: number): boolean {
  return (phraseFlags(doc, start, end) & PLACE_FLAGS) !== 0;
}

/** The "(" that the ")" at token i closes, within a few tokens, or -1. */
function bracketOpening(doc: Doc, i: number): number {
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) if (doc.tokens[j].text === '(') return j;
  return -1;
}

/** The token after "(Country)" at token i, or 0 when no country in brackets is there. */
function countryBracketEnd(doc: Doc, i: number): number {
  const tokens = doc.tokens;
  let j = i + 1;
  while (j < tokens.length && j < i + 5 && tokens[j].text !== ')') j++;
  if (tokens[j]?.text !== ')' || j === i + 1) return 0;
  return phraseFlags(doc, i + 1, j) & (FLAGS.country | FLAGS.region) ? j + 1 : 0;
}
