// Sports teams: in a sports story a town or county name usually names the club that plays for it
// ("Cumbria beat Shropshire by ten wickets", "Tarnley 2 Ashcombe 1"), an organization,
// while the same word after "in"/"at" or before a colon ("Ashvale: Dorset 311") is the venue, a place
// (but "lost 2-0 away at Tarnley", "3-1 at Tarnley" name the side the score was against).
// Countries stay places (national sides are named after the country, and news keeps them places).

import { Doc, Mention, Token } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { Candidate, chunkText, isOrdinaryWord, looksLikePeopleOrCreed, nameCandidates, sentenceHolds, sentenceOf } from './candidates';
import { isFiniteVerb } from '../../lexicon/word-tags';
import { isUnlisted, longestPhraseAt, phraseFlags, phraseKey, tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';
import { WordMap } from '../../lexicon/word-map';

// Words that show a story is about sport. Strong ones hardly occur elsewhere; weak ones ("points",
// "won", "title") are common in politics and business too, so they only count beside a strong one.
export const STRONG_SPORTS_WORDS = new Set([
  'soccer', 'football', 'cricket', 'tennis', 'golf', 'rugby', 'baseball', 'basketball', 'hockey', 'athletics',
  'cycling', 'boxing', 'skiing', 'volleyball', 'handball', 'olympic', 'olympics', 'innings', 'inning', 'wicket',
  'wickets', 'batsman', 'bowler', 'striker', 'midfielder', 'goalkeeper', 'defender', 'playmaker', 'winger',
  'halftime', 'half-time', 'touchdown', 'quarterback', 'homer', 'homered', 'pitcher', 'rbi', 'nfl', 'nba', 'nhl',
  'fifa', 'uefa', 'semifinal', 'semi-final', 'quarter-final', 'quarterfinal', 'relegation', 'standings',
  'scoreboard', 'goals', 'overs', 'bowled', 'seeded', 'unseeded', 'grand', 'prix',
  'stadium', 'fixtures', 'pct', 'gb', 'qualifier', 'qualifying', 'tournament', 'championship', 'league',
  // leagues, formats and words of the game in modern reports
  'bundesliga', 'serie', 'ligue', 'liga', 'eredivisie', 'motogp', 'nascar', 'wnba', 'ncaa', 'ipl', 'odi', 't20',
  'peloton', 'cyclist', 'cyclists', 'hat-trick', 'equaliser', 'equalizer', 'stoppage-time', 'fly-half',
  'goalscorer', 'goalscorers',
]);
const WEAK_SPORTS_WORDS = new Set([
  'goal', 'coach', 'match', 'matches', 'season', 'penalty', 'scored', 'beat', 'drew', 'draw', 'defeated', 'final',
  'cup', 'club', 'clubs', 'captain', 'played', 'victory', 'win', 'won', 'lost', 'points', 'runs', 'round',
  'division', 'title', 'champions', 'champion', 'promoted', 'international', 'test', 'tour', 'game', 'games',
  'team', 'teams', 'player', 'players', 'score', 'scores', 'scorer', 'scorers', 'results', 'wins', 'losses', 'drawn',
  'minute', 'minutes', 'sets', 'v', 'fans', 'record',
  // also outside sport: "marathon talks", "Sprint Corp.", "a bomb squad", "the Medal of Honor"
  'marathon', 'sprint', 'squad', 'medal', 'rider', 'riders', 'podium', 'laps', 'referee', 'mls', 'scrum',
]);
/**
 * Both lists in one map (1: strong, 2: weak), so a word of neither costs one look-up, not two; a
 * WordMap, because every word of every story is asked and nearly all are neither (no hashing then).
 */
const SPORTS_WORD_KINDS = new WordMap<number>();
for (const word of STRONG_SPORTS_WORDS) SPORTS_WORD_KINDS.set(word, 1);
for (const word of WEAK_SPORTS_WORDS) SPORTS_WORD_KINDS.set(word, (SPORTS_WORD_KINDS.get(word) ?? 0) | 2);
const MIN_STRONG = 2;
const MIN_WEAK_BESIDE_ONE_STRONG = 3;
/** at least one strong sports word per this many words */
const WORDS_PER_SPORTS_WORD = 300;

// Words around a team name: "Cumbria beat", "against Dorset", "Berkshire captain"
const TEAM_NEIGHBOURS_AFTER = new Set(['supporter', 'lead', 'leads', 'batsman', 'bowler', 'playmaker', 'forward', 'winger', 'skipper', 'pitcher', 'quarterback', 'team', 'club', 'beat', 'beats', 'drew', 'draw', 'lost', 'won', 'win', 'wins', 'defeated', 'v', 'vs', 'captain', 'coach', 'manager', 'striker', 'midfielder', 'goalkeeper', 'defender', 'player', 'players', 'side', 'fans', 'reached', 'closed', 'scored', 'kept', 'led', 'trailed', 'host', 'hosts', 'were', 'had', 'have', 'made', 'took', 'has', 'need', 'needs', 'tied', 'face', 'faces', 'are', 'at', 'substitute', 'pair', 'trio', 'starter', 'debut', 'dominated', 'equalised', 'equalized', 'fan', 'supporters', 'squad', 'midfield', 'defence', 'defense', 'attack', 'teammate', 'teammates', 'shirt', 'debutant', 'newcomers', 'opened', 'levelled', 'leveled', 'scoring', 'rallied', 'edged', 'routed', 'crushed', 'thrashed', 'outscored', 'hit', 'hammered',
  // positions and players of a side: "Tarnley shortstop", "Dorset opener", "Ashcombe all-rounder"
  'shortstop', 'outfielder', 'infielder', 'catcher', 'reliever', 'left-hander', 'right-hander', 'opener', 'spinner',
  'seamer', 'wicketkeeper', 'all-rounder', 'batsmen', 'bowlers', 'centre', 'center', 'flanker', 'fly-half', 'lock',
  // what a side does in a match report: "Kent declared", "had Essex reeling", "Surrey slumped to 81"
  'declared', 'batted', 'bowled', 'reeling', 'slumped', 'collapsed', 'clinched', 'secured', 'finished', 'replied', 'resumed']);
const TEAM_NEIGHBOURS_BEFORE = new Set(['for', 'over', 'give', 'struggling', 'hopefuls', 'tipping', 'v', 'vs', 'beat', 'against', 'play', 'playing', 'joined', 'join', 'rivals', 'dismiss', 'reducing', 'bowling', 'defeated', 'champions', 'leaders', 'holders', 'visitors', 'second-placed', 'third-placed', 'top-placed', 'bottom-placed', 'relegated', 'promoted', 'newly-promoted', 'edged', 'routed', 'crushed', 'thrashed', 'hammered',
  'first-place', 'second-place', 'last-place', 'lift', 'lifted', 'reduce', 'reduced', 'visiting',
  // the side's own noun or a host's verb right before the town: "first division club Tarnley",
  // "Velmar host Ashcombe", "serie B newcomers Kvarstad" ("the Tarnley side" is left: a town before it)
  'club', 'side', 'host', 'hosts', 'newcomers']);
/**
 * Positions only a side's player holds, before the player's name: "Tarnley striker Ivo Brandt",
 * "Dorset fast bowler Ed Mero" (not "captain", "coach" or "manager": a country's side has them too,
 * and national sides stay the country)
 */
const PLAYING_POSITIONS = new Set([
  'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'playmaker', 'forward', 'full-back', 'fullback',
  'batsman', 'bowler', 'spinner', 'off-spinner', 'leg-spinner', 'paceman', 'seamer', 'opener', 'all-rounder', 'wicketkeeper',
  'shortstop', 'outfielder', 'infielder', 'catcher', 'pitcher', 'reliever', 'quarterback', 'linebacker', 'fly-half', 'scrum-half', 'flanker',
]);
/** what may stand between the side and the position: "Dorset fast bowler", "Tarnley central defender" */
const POSITION_MODIFIERS = new Set(['fast', 'left-arm', 'right-arm', 'opening', 'medium-pace', 'central', 'centre', 'left', 'right', 'reserve', 'veteran', 'young', 'teenage']);

/** Nouns of a side that a town before them may only describe, after a determiner ("the Tarnley side") */
const TEAM_NOUNS = new Set(['side', 'club', 'team', 'squad', 'defence', 'defense', 'attack', 'midfield', 'fans', 'supporters']);
const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'a', 'an']);
/** A player's career before "from", "with", "at" or "to" a club: "joined from", "years with", "a spell at", "on loan to" */
const CAREER_WORDS = new Set(['signed', 'signing', 'joined', 'transferred', 'transfer', 'loan', 'loaned', 'season', 'seasons', 'years', 'spell', 'spells', 'stint', 'career']);
const CAREER_LINKS = new Set(['from', 'with', 'at', 'to', 'for']);
/** What a player does for a side, before "for": "plays for X", "signed for X", "his 21st homer for X" */
const PLAYS_FOR = new Set(['plays', 'played', 'playing', 'signed', 'signs', 'goal', 'goals', 'homer', 'homers', 'appearances']);
const SEASON_WORDS = new Set(['season', 'seasons', 'years', 'career']);
/** Last words of club names: "Bristol City", "Inverness Thistle", "Bradford Bulls" is left to the plural rule */
const CLUB_WORDS = new Set(['city', 'county', 'united', 'rovers', 'wanderers', 'athletic', 'albion', 'thistle', 'town', 'rangers', 'celtic', 'hotspur', 'villa', 'fc', 'afc', 'cf', 'sc', 'orient', 'argyle', 'academicals', 'hibernian', 'alexandra', 'dynamo', 'dinamo']);
/** Letters after a Nordic club's town, written in capitals: idrottsforening, ballklubb, fotballforening ... */
const NORDIC_CLUB_SUFFIXES = new Set(['IF', 'IK', 'BK', 'FF', 'IS', 'FK', 'SK', 'BIF', 'GIF', 'AIF']);
/** First words of club names: "SC Freiburg", "Inter Milan", "Real Madrid", "Borussia Dortmund" */
const CLUB_PREFIXES = new Set(['fc', 'sc', 'ac', 'as', 'afc', 'inter', 'internazionale', 'real', 'dynamo', 'dinamo', 'sporting', 'olympique', 'borussia', 'atletico', 'athletic', 'racing', 'ofk', 'rapid', 'cska', 'spartak', 'lokomotiv', 'torpedo', 'partizan', 'hajduk', 'ajax', 'psv', 'fk', 'nk', 'sk', 'vfb', 'vfl', 'tsv', 'sv', 'hansa', 'eintracht', 'werder', 'fortuna', 'bayer', 'union', 'deportivo', 'ud', 'cd', 'rc', 'club']);
/** the word between a score and the side it was against: "3-1 to Kvarstad", "4-1 over Ashcombe", "beaten 2-0 by Tarnley" */
const SCORE_LINKS = new Set(['to', 'over', 'against', 'with', 'at', 'by']);
/** what stands before that word: the score, or where it was played ("at home to", "away at") */
const SCORE_OR_GROUND = /^(?:\d{1,3}-\d{1,3}|home|away)$/;
const VENUE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'of', 'outside']);
/** ... of which these only say where a match was, never which side a listed town is */
const TOWN_VENUE_PREPOSITIONS = new Set(['in', 'at', 'near']);

const cache = new WeakMap<Doc, boolean>();

export function isSportsStory(doc: Doc): boolean {
  let known = cache.get(doc);
  if (known === undefined) {
    const strong = new Set<string>();
    const weak = new Set<string>();
    let words = 0;
    let strongWords = 0;
    let scoreLines = 0;
    const votes = new Map<number, boolean>();
    const tokens = doc.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.shape === 'number') {
        if (isMatchScore(doc, i, votes)) scoreLines++;
        continue;
      }
      if (token.shape === 'punct') continue;
      words++;
      const kind = SPORTS_WORD_KINDS.get(token.lower);
      if (kind === undefined) continue;
      // ("grand" only in "Grand Prix": not "a grand jury", "the Grand Hotel")
      if (kind & 1 && (token.lower !== 'grand' || tokens[i + 1]?.lower === 'prix')) {
        strong.add(token.lower);
        strongWords++;
      } else if (kind & 2) weak.add(token.lower);
    }
    // a long business or politics story that mentions a league or a tournament in passing is no
    // sports story: the words of the game must be as dense as in a match report
    // ("Velmar beat Tarnley 2-1", "drew 0-0 with Ashcombe": each score after a verb of the game
    // says sport as a strong word does, up to two of them)
    const scoreWords = Math.min(scoreLines, MIN_STRONG);
    const dense = (strongWords + scoreWords) * WORDS_PER_SPORTS_WORD >= words;
    const strongKinds = strong.size + scoreWords;
    known = dense && (strongKinds >= MIN_STRONG || (strongKinds >= 1 && weak.size >= MIN_WEAK_BESIDE_ONE_STRONG));
    // "Results: Velmar 2 Tarnley 1; Ashcombe 0 Kvarstad 3": results say sport without a word of the game
    if (!known) known = resultPairs(tokens) >= MIN_RESULT_PAIRS || hasSportSlug(tokens);
    cache.set(doc, known);
  }
  return known;
}

/**
 * Team sports by name, as a wire's section slug opens a story with them: "SOCCER - LEAGUE RESULT.",
 * "Cricket - Velmar declare.", after a wire's code ("RTRS - Rugby: ..."). Only team sports: there a
 * town names its side; a story of a sport of one against one (golf, sailing, racing) is left to the
 * density of its words, as a town there is where the race or the player is.
 */
const SPORT_SLUGS = new Set([
  'soccer', 'football', 'cricket', 'rugby', 'rugby league', 'rugby union', 'baseball', 'basketball', 'hockey',
  'ice hockey', 'volleyball', 'handball', 'water polo', 'australian rules', 'american football', 'nfl', 'nba', 'nhl',
]);
/** a wire's code before the slug: "RTRS - Rugby - ..." */
const WIRE_CODES = new Set(['rtrs']);
const MAX_SLUG_WORDS = 2;

/** Does the story open with a team sport's name and a dash or a colon, a wire's section slug? */
function hasSportSlug(tokens: readonly Token[]): boolean {
  let i = 0;
  if (WIRE_CODES.has(tokens[0]?.lower ?? '') && tokens[1]?.text === '-') i = 2;
  let name = '';
  for (let n = 0; n < MAX_SLUG_WORDS && i + n < tokens.length && tokens[i + n].shape !== 'punct'; n++) {
    name = n === 0 ? tokens[i].lower : `${name} ${tokens[i + n].lower}`;
    const mark = tokens[i + n + 1];
    if (SPORT_SLUGS.has(name) && mark !== undefined && (mark.text === '-' || mark.text === ':') && !mark.lineStart) return true;
  }
  return false;
}

/** A match's score: "2-1", "0-0" (not "52-48", a vote) */
const MATCH_SCORE = /^\d{1,2}-\d{1,2}$/;
/** Verbs of a result before its score: "beat Tarnley 2-1", "drew 0-0", "lost 3-1 to" */
const RESULT_VERBS = new Set(['beat', 'beats', 'drew', 'draw', 'lost', 'lose', 'losing', 'won', 'win', 'wins', 'winning', 'drawing', 'defeated', 'edged', 'thrashed', 'routed', 'crushed', 'hammered', 'tied', 'slumped']);

/** Words of a vote or a ruling in the sentence: then "won 52-48", "lost 5-4" is a count of votes */
const VOTE_WORDS = new Set(['vote', 'votes', 'voted', 'voting', 'ballot', 'senate', 'senators', 'house', 'congress', 'parliament', 'court', 'justices', 'jury', 'judges', 'referendum', 'bill', 'motion', 'resolution']);

/** Lower-case words that may follow a score in a report: "2-1 at home", "0-0 with Tarnley", "3-1 yesterday" (not "20-25 seats", "2-3 kilometres") */
const AFTER_SCORE = new Set(['at', 'on', 'in', 'with', 'to', 'against', 'over', 'after', 'before', 'and', 'but', 'as', 'for', 'away', 'home', 'despite', 'thanks', 'yesterday', 'today', 'tonight', 'last', 'earlier', 'late', 'extra']);

/**
 * Is token i a match's score one or two words after a verb of a result ("beat Velmar 2-1", "drew
 * 0-0"), written winner first, before a mark or a word of the match, in no sentence of a vote?
 * `votes` caches, per sentence, whether it speaks of a vote or a court.
 */
function isMatchScore(doc: Doc, i: number, votes: Map<number, boolean>): boolean {
  const tokens = doc.tokens;
  const score = scoreAt(tokens, i);
  if (score === null) return false;
  // ("won 20-25 seats", "lost 1-2 positions": a range of a count, not a score)
  if (score.first < score.second) return false;
  const sentence = tokens[i].sentence;
  const after = tokens[i + score.length];
  // (a capitalized word may follow: "beat Tarnley 2-1 Sunday", "2-1 in Lyon")
  if (after && after.sentence === sentence && after.shape === 'lower' && !AFTER_SCORE.has(after.lower)) return false;
  let verb = false;
  for (let j = i - 1; j >= 0 && j >= i - 3 && tokens[j].sentence === sentence; j--) if (RESULT_VERBS.has(tokens[j].lower)) verb = true;
  if (!verb) return false;
  let vote = votes.get(sentence);
  if (vote === undefined) {
    vote = speaksOfVote(doc, i);
    votes.set(sentence, vote);
  }
  return !vote;
}

/** Dashes that join a score's two numbers: "2-1", and "2–1" as Wikipedia and Wikinews write it */
const SCORE_DASHES = new Set(['-', '–', '—']);

/**
 * The match score at token i, written as one token ("2-1") or as number, dash, number with no space
 * between ("2–1": the tokenizer splits at an en dash), and how many tokens it takes; or null.
 */
export function scoreAt(tokens: readonly Token[], i: number): { first: number; second: number; length: number } | null {
  const token = tokens[i];
  if (token === undefined || token.shape !== 'number') return null;
  if (MATCH_SCORE.test(token.text)) {
    const hyphen = token.text.indexOf('-');
    return { first: Number(token.text.slice(0, hyphen)), second: Number(token.text.slice(hyphen + 1)), length: 1 };
  }
  const dash = tokens[i + 1];
  const second = tokens[i + 2];
  if (!GOALS_2.test(token.text) || !dash || !second || !SCORE_DASHES.has(dash.text) || dash.spaceBefore || second.spaceBefore || second.shape !== 'number' || !GOALS_2.test(second.text)) return null;
  return { first: Number(token.text), second: Number(second.text), length: 3 };
}
/** one or two digits: a side's goals or points in a score */
const GOALS_2 = /^\d{1,2}$/;

/** Does the sentence of token i hold a word of a vote or a court (in lower case: "Bill" is a name, "Centre Court" a tennis court)? */
const isVoteWord = (token: Token): boolean => VOTE_WORDS.has(token.lower) && (token.shape === 'lower' || (token.shape === 'title' && token.lower !== 'bill' && token.lower !== 'court'));

function speaksOfVote(doc: Doc, i: number): boolean {
  return sentenceHolds(doc, i, isVoteWord);
}

/** Two results of this shape make a results line */
const MIN_RESULT_PAIRS = 2;
/** a match score: one digit */
const GOALS = /^\d$/;

/**
 * How many "Name 2 Name 1" results the text holds: a one-digit score between two capitalized words,
 * and another one-digit score a few words on that closes the result (before a comma, a semicolon,
 * a full stop or the line's end). "Channel 4 News" or "Radio 4 Today" have no second score.
 */
function resultPairs(tokens: readonly Token[]): number {
  let pairs = 0;
  for (let i = 1; i + 2 < tokens.length; i++) {
    // "Velmar 2–1 Tarnley": a side, a joined score, a side
    const joined = tokens[i].shape === 'number' ? scoreAt(tokens, i) : null;
    if (joined !== null) {
      const before = tokens[i - 1];
      const after = tokens[i + joined.length];
      // (not a month's days, "July 24-28 Fourth test"; nor a table's row that ends with its figures,
      // "Tarn Valley 44-52" over "Orvane County 47-49", a poll's regions: a result's two sides share a line)
      if (after && !after.lineStart && isCapitalizedWord(before) && isCapitalizedWord(after) && !(isOrdinaryWord(before) && isOrdinaryWord(after)) && !(tokenFlags(before) & FLAGS.time)) pairs++;
      continue;
    }
    if (tokens[i].shape !== 'number' || !GOALS.test(tokens[i].text) || !isCapitalizedWord(tokens[i - 1]) || !isCapitalizedWord(tokens[i + 1])) continue;
    // (a side's name, not "Article 5 Section 2" or "Terminal 2 Gate 5": not two ordinary words)
    if (isOrdinaryWord(tokens[i - 1]) && isOrdinaryWord(tokens[i + 1])) continue;
    for (let j = i + 2; j < i + 5 && j < tokens.length; j++) {
      const token = tokens[j];
      if (token.shape === 'number') {
        const after = tokens[j + 1];
        if (GOALS.test(token.text) && isCapitalizedWord(tokens[j - 1]) && (!after || after.lineStart || after.text === ',' || after.text === ';' || after.text === '.')) pairs++;
        break;
      }
      if (!isCapitalizedWord(token)) break;
    }
  }
  return pairs;
}

function isCapitalizedWord(token: Token): boolean {
  return token.shape === 'title' || token.shape === 'upper';
}

/** Words a number follows to name a stage, not a club's score: "Group 2", "Round 3" */
const NUMBERED_STAGES = new Set(['group', 'round', 'pool', 'stage', 'week', 'day', 'leg', 'heat', 'race', 'game', 'match', 'division', 'section', 'class', 'table', 'conference']);
/** how far back from a scorer the bracket may open: "(Okoro 12, 40 penalty, Brandt 71" */
const MAX_SCORERS_BRACKET = 16;

/**
 * Does token `start` stand inside a bracket of scorers, opened right after a club's score ("Tarnley 2
 * (Okoro 34, Brandt 71)"), at its start or after a comma?
 */
export function inScorersBracket(doc: Doc, start: number): boolean {
  const tokens = doc.tokens;
  const before = tokens[start - 1];
  if (!before || (before.text !== '(' && before.text !== ',')) return false;
  for (let i = start - 1; i >= 0 && i >= start - MAX_SCORERS_BRACKET; i--) {
    const token = tokens[i];
    if (token.text === ')') return false;
    if (token.text !== '(') continue;
    const score = tokens[i - 1];
    // (not a numbered stage's standings: "Group 2 (Tarnley 6, Ashcombe 4)", "Round 3 (...)")
    return score !== undefined && score.shape === 'number' && GOALS_2.test(score.text) && tokens[i - 2] !== undefined && isCapitalizedWord(tokens[i - 2]) && !NUMBERED_STAGES.has(tokens[i - 2].lower);
  }
  return false;
}

/** A cricket side's total: "288", "402-5" (runs and wickets) */
const CRICKET_TOTAL = /^\d{1,3}(?:-\d{1,2})?$/;
/** Words that close an innings' total before its bracket: "247 for 8 in 50 overs (", "410-7 dec (" */
const INNINGS_CLOSERS = new Set(['overs', 'over', 'dec', 'declared']);
const MAX_INNINGS_BRACKET = 32;

/**
 * Does token `start` stand inside the bracket of an innings in a cricket story, opened right after
 * the side's total ("Velmar 402-5 (Tarsen 167 not out, Dana Kell 48; Orrin 3-109)", "... 247 for 8
 * in 50 overs (...)")? Its names are the batsmen and bowlers, persons, whatever numbers follow them.
 */
export function inInningsBracket(doc: Doc, start: number): boolean {
  const tokens = doc.tokens;
  const before = tokens[start - 1];
  if (!before || (before.text !== '(' && before.text !== ',' && before.text !== ';')) return false;
  for (let i = start - 1; i >= 0 && i >= start - MAX_INNINGS_BRACKET; i--) {
    const token = tokens[i];
    if (token.text === ')' || (token.sentence !== tokens[start].sentence && token.text !== '(')) return false;
    if (token.text !== '(') continue;
    const total = tokens[i - 1];
    if (!total || !(INNINGS_CLOSERS.has(total.lower) || (CRICKET_TOTAL.test(total.text) && tokens[i - 2] !== undefined && isCapitalizedWord(tokens[i - 2])))) return false;
    return isCricketStory(doc);
  }
  return false;
}

/** What the side rules below share over one sports story */
interface SideScan {
  doc: Doc;
  tokens: Token[];
  found: Mention[];
  /** where the story's persons end */
  personEnds: Set<number>;
  /** the words of the story's persons (and last words of two-word runs no rule typed) */
  personWords: Set<string>;
  personStarts: Set<number>;
  surePersonStarts: Set<number>;
  /** names no list knows that a side's wording surrounds, kept where no other reading is found */
  sideWorded: Mention[];
}

// The rules for one candidate are split into functions of a few rules each, in the same order:
// V8 optimizes a small function sooner and compiles it faster than one loop holding every rule.
export function recognizeSportsTeams(doc: Doc): Mention[] {
  if (!isSportsStory(doc)) return [];
  const found = newMentions();
  const tokens = doc.tokens;
  const personEnds = new Set<number>();
  for (const m of doc.annotations) if (m.type === 'person' && m.strength >= 0.6) personEnds.add(m.tokenEnd);
  // words of the story's persons ("Ivo Brandt": "brandt"), and where persons start
  const personWords = new Set<string>();
  const personStarts = new Set<number>();
  const surePersonStarts = new Set<number>();
  for (const m of doc.annotations) {
    if (m.type !== 'person') continue;
    personStarts.add(m.tokenStart);
    // (a first name's reading, not a guess from a verb of saying: "leaders Tarvo Velk said they ...")
    if (m.strength >= 0.7) surePersonStarts.add(m.tokenStart);
    for (let i = m.tokenStart; i < m.tokenEnd; i++) personWords.add(phraseKey(doc, i, i + 1));
  }
  // and the last word of a longer name no rule typed yet ("Ardelio Vantrosk": maybe a player named in full)
  const typedStarts = new Set<number>();
  for (const m of doc.annotations) typedStarts.add(m.tokenStart);
  for (const c of nameCandidates(doc)) {
    if (c.end - c.start < 2 || c.allCaps || typedStarts.has(c.start) || CLUB_PREFIXES.has(doc.tokens[c.start].lower) || CLUB_WORDS.has(doc.tokens[c.end - 1].lower)) continue;
    personWords.add(phraseKey(doc, c.end - 1, c.end));
  }
  // a town no list knows that the story's dateline names ("KILBRADDAN, Scotland"): its club plays there
  const datelineTowns = new Set<string>();
  for (const m of doc.annotations) if (m.rule === 'place.dateline') datelineTowns.add(phraseKey(doc, m.tokenStart, m.tokenEnd));
  const sideWorded = newMentions();
  const scan: SideScan = { doc, tokens, found, personEnds, personWords, personStarts, surePersonStarts, sideWorded };
  for (const candidate of nameCandidates(doc)) {
    const { start, end } = candidate;
    // "Juventus", "the Orioles", "Everton beat ...": clubs the list knows (not "in Everton")
    if (pushListedClubs(doc, start, end, found)) continue;
    // "at the Estadio Tarvosa", "the Velmar Arena": a ground's word opening or closing the name makes it the venue, no side
    if (VENUE_OPENERS.has(tokens[start].lower) || (end - start >= 2 && VENUE_CLOSERS.has(tokens[end - 1].lower))) continue;
    if (end - start > 3) continue;
    if (byClubLettersOrSquad(scan, start, end)) continue;
    const flags = phraseFlags(doc, start, end) & ~FLAGS.prefix;
    const isTown = ((flags & (FLAGS.city | FLAGS.region)) !== 0 || (flags === 0 && datelineTowns.has(phraseKey(doc, start, end)))) && !(flags & (FLAGS.country | FLAGS.demonym));
    // no name list knows it ("Tarnley"), or only as an ordinary word ("Bath", "Reading", "Bury")
    const unknown = !(flags & (FLAGS.given | FLAGS.surname | FLAGS.country | FLAGS.city | FLAGS.region | FLAGS.organization | FLAGS.person | FLAGS.demonym | FLAGS.title | FLAGS.time | FLAGS.notName | FLAGS.orgHead));
    if (byPositionOrNoTown(scan, candidate, start, end, flags, isTown, unknown)) continue;
    pushResultSides(scan, candidate, start, end, flags, isTown, unknown);
  }
  for (const m of sideWorded) if (!found.some((other) => other.tokenStart === m.tokenStart && other.tokenEnd === m.tokenEnd)) found.push(m);
  pushWordCountryCodes(doc, personEnds, found);
  return withCoordinatedClubs(doc, found);
}

/**
 * The country codes that are also English words of grammar ("NOR", "AND"), which no name candidate
 * holds: "2. Tavin Orrel (NOR) 2:28.60" is Norway after a competitor, as "(SUI)" is Switzerland.
 */
const WORD_COUNTRY_CODES = new Set(['NOR', 'AND']);

function pushWordCountryCodes(doc: Doc, personEnds: Set<number>, found: Mention[]): void {
  const tokens = doc.tokens;
  for (let i = 2; i + 1 < tokens.length; i++) {
    const token = tokens[i];
    if (token.shape !== 'upper' || !WORD_COUNTRY_CODES.has(token.text) || tokens[i - 1].text !== '(' || tokens[i + 1].text !== ')') continue;
    if (personEnds.has(i - 1) || tokens[i - 2].shape === 'title') found.push(mentionFromTokens(doc, 'place', i, i + 1, 'place.country-code', 0.8));
  }
}

/** A stadium's word in other languages opening a ground's name ("Estadio Tarvosa", "Stadion Orvane"; not "Stade", which opens clubs' names); places.ts opens place names with them */
export const FOREIGN_STADIUM_WORDS: readonly string[] = ['estadio', 'estádio', 'stadio', 'stadion'];
const VENUE_OPENERS = new Set(FOREIGN_STADIUM_WORDS);
/** ... and the words that close a ground's name ("the Velmar Arena", "Kessine Stadium", "the Tarn Stadion") */
const VENUE_CLOSERS = new Set(['stadium', 'arena', 'stadion']);

/**
 * The International Olympic Committee's country codes, which results lists print after a
 * competitor (general knowledge); not those that are also a word or a party's letters in English
 * ("CAN", "PER", "IND", "LIB", "SAM", "DOM", "MON", "BAR", "HON", "GUY", "BEN")
 */
const OLYMPIC_COUNTRY_CODES = new Set([
  'AFG', 'ALB', 'ALG', 'AND', 'ANG', 'ARG', 'ARM', 'AUS', 'AUT', 'AZE', 'BAH', 'BAN', 'BEL', 'BER', 'BIH', 'BLR', 'BOL', 'BOT', 'BRA',
  'BRN', 'BUL', 'CHI', 'CHN', 'CIV', 'CMR', 'COD', 'COL', 'CRC', 'CRO', 'CUB', 'CYP', 'CZE', 'DEN', 'ECU', 'EGY', 'ERI', 'ESA', 'ESP',
  'EST', 'ETH', 'FIJ', 'FIN', 'FRA', 'GBR', 'GEO', 'GER', 'GHA', 'GRE', 'GUA', 'HKG', 'HUN', 'INA', 'IRI', 'IRL', 'IRQ', 'ISL', 'ISR',
  'ITA', 'JAM', 'JOR', 'JPN', 'KAZ', 'KEN', 'KGZ', 'KOR', 'KOS', 'KSA', 'KUW', 'LAT', 'LBN', 'LIE', 'LTU', 'LUX', 'MAR', 'MDA', 'MEX',
  'MGL', 'MKD', 'MLT', 'MNE', 'MRI', 'NAM', 'NED', 'NGR', 'NOR', 'NZL', 'PAK', 'PAN', 'PAR', 'PHI', 'POL', 'POR', 'PRK', 'PUR', 'QAT',
  'ROU', 'RSA', 'RUS', 'SEN', 'SGP', 'SLO', 'SMR', 'SRB', 'SRI', 'SUI', 'SVK', 'SWE', 'SYR', 'THA', 'TJK', 'TKM', 'TPE', 'TTO', 'TUN',
  'TUR', 'UAE', 'UGA', 'UKR', 'URU', 'USA', 'UZB', 'VEN', 'VIE', 'ZAM', 'ZIM',
]);

/** A Nordic club's letters after its town, a player's club or country's code in brackets: true when found */
function byClubLettersOrSquad(scan: SideScan, start: number, end: number): boolean {
  const { doc, tokens, found, personEnds } = scan;
  // "Sandvik IF", "Lyngvik BK": a Nordic club's letters after the town (they may close the
  // candidate, or follow it, "IF" being a function word there; the town in title case: in
  // capitals "TARNLEY IS TOP" is a verb)
  let suffixEnd = -1;
  if (end - start >= 2 && NORDIC_CLUB_SUFFIXES.has(tokens[end - 1].text)) suffixEnd = end;
  else if (tokens[end] !== undefined && NORDIC_CLUB_SUFFIXES.has(tokens[end].text) && tokens[end].sentence === tokens[start].sentence) suffixEnd = end + 1;
  if (suffixEnd > 0 && tokens[start].shape === 'title' && !(phraseFlags(doc, start, suffixEnd - 1) & (FLAGS.country | FLAGS.demonym | FLAGS.person))) {
    found.push(mentionFromTokens(doc, 'organization', start, suffixEnd, 'organization.sports-club', 0.8));
    return true;
  }
  // "Goalkeepers - Ivo Brandt (Tarnley), Ed Mero (Ashcombe)": the club of a player in a squad list
  // (also with its country, "Ivo Brandt (Sporting Velm, Belgium)", and after any name in a squad's
  // list of a position, "Defenders: Lackso Chomvi (Kabwe Miners)", whose players are found later)
  const clubClose = tokens[end]?.text === ')' ? end : tokens[end]?.text === ',' ? countryThenClose(doc, end + 1) : -1;
  // "1. Ivo Brandt (SUI) 2:28.41": a country's Olympic code after a competitor is the country
  if (end - start === 1 && tokens[start - 1]?.text === '(' && clubClose === end && OLYMPIC_COUNTRY_CODES.has(tokens[start].text) && (personEnds.has(start - 1) || tokens[start - 2]?.shape === 'title')) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.country-code', 0.8));
    return true;
  }
  if (tokens[start - 1]?.text === '(' && clubClose >= 0 && (personEnds.has(start - 1) || inSquadList(doc, start))) {
    const flags = phraseFlags(doc, start, end);
    if (!(flags & (FLAGS.country | FLAGS.region | FLAGS.demonym | FLAGS.given | FLAGS.person))) {
      found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.players-club', 0.8));
      return true;
    }
  }
  return false;
}

/** A playing position after the side; true where no rule below may read the name (found, or known as no town) */
function byPositionOrNoTown(scan: SideScan, candidate: Candidate, start: number, end: number, flags: number, isTown: boolean, unknown: boolean): boolean {
  const { doc, tokens, found, personWords, personStarts, surePersonStarts, sideWorded } = scan;
  // "from Dorset off-spinner Ed Mero", "Kvarstad striker Ivo Brandt": a position and a player's name
  // after it make the name the player's side, whatever preposition stands before (a surname
  // too: a person holds no position before another's name)
  // (a word no list knows may be a nationality's, "Velkanian striker", or a former side's,
  // "ex-Dorset"; an ordinary word describes the player, "Star striker", "Test batsman")
  const surnameOnly = (flags & FLAGS.surname) !== 0 && (flags & ~(FLAGS.given | FLAGS.surname | FLAGS.common | FLAGS.town)) === 0;
  const nationalityShaped = end - start === 1 && (looksLikePeopleOrCreed(tokens[start].lower) || tokens[start].lower.startsWith('ex-'));
  if ((isTown || ((unknown || surnameOnly) && !nationalityShaped)) && sideWords(doc, start, end) && playingPositionAfter(doc, end)) {
    found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.sports-team', 0.85));
    return true;
  }
  if (!isTown && !unknown) return true;
  // a name no list knows, with a side's wording around it, is a club ("UEFA Cup hopefuls
  // Tarvosa", "Kvarstad have lost", "Ashcombe's Ivo Brandt scored"), unless the story's persons
  // bear it (a player called by surname: "Ivo Brandt ... Brandt scored"); the rules below may
  // still read it, and their reading of the same words goes first ("Tarnley 2": a results table's club);
  // weaker than a body's context too ("rivals Morvane lost": body-context.ts's reading)
  if (!isTown && !candidate.allCaps && !candidate.weakStart && !personWords.has(phraseKey(doc, start, end)) && !surePersonStarts.has(start) && sideWording(doc, start, end, personStarts)) {
    sideWorded.push(mentionFromTokens(doc, 'organization', start, end, 'organization.side-wording', 0.65));
  }
  return false;
}

/** A venue before a colon, a score's or a career's side, a side's words, clubs' shapes, results tables, "the" + plural */
function pushResultSides(scan: SideScan, candidate: Candidate, start: number, end: number, flags: number, isTown: boolean, unknown: boolean): void {
  const { doc, tokens, found } = scan;
  const before = tokens[start - 1];
  const next = tokens[end];
  const sameSentenceBefore = before && before.sentence === tokens[start].sentence;
  // "Ashvale: Dorset 311", "At Kingsmere Park: Cheshire beat ...": the ground before a colon
  // ("In Tarnley: Tarnley (Norway) 2 ...": a results line opened by its venue, the town however
  // its club is called after the colon)
  const opensResultsLine = before?.lower === 'in' && before.lineStart;
  if (next?.text === ':' && (!sameSentenceBefore || before.lower === 'at' || before.text === '.' || opensResultsLine) && !(flags & (FLAGS.given | FLAGS.person | FLAGS.organization))) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.sports-venue', opensResultsLine ? 0.85 : 0.7));
    return;
  }
  // "lost 3-1 to Kvarstad", "a 4-1 win over Ashcombe", "at home to Tarnley": the side a score was against
  // (but "beat Ashcombe 3-1 at Tarnley Park" names the side before the score: "at" is the ground
  // then, the side only where a verb of the result stands right before the score, "won 3-1 at Tarnley")
  const scoreBefore = sameSentenceBefore && SCORE_LINKS.has(before.lower) && SCORE_OR_GROUND.test(tokens[start - 2]?.text ?? '') && (before.lower !== 'at' || !/\d/.test(tokens[start - 2].text) || RESULT_VERBS.has(tokens[start - 3]?.lower ?? ''));
  // "Velmar's 3-1 defeat of Tarnley", "a 2-0 home victory of Ashcombe": a result's side after "of"
  // (the score right before the result's noun, or one word before it: "weekend", "home")
  const resultOf = sameSentenceBefore && before.lower === 'of' && RESULT_NOUNS.has(tokens[start - 2]?.lower ?? '') && (MATCH_SCORE.test(tokens[start - 3]?.text ?? '') || (tokens[start - 3]?.shape === 'lower' && MATCH_SCORE.test(tokens[start - 4]?.text ?? '')));
  if (isTown && resultOf) {
    found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.sports-team', 0.85));
    return;
  }
  // "joined from Tarnley", "four years with Ashcombe", "a spell at Kvarstad": a player's career names clubs
  const careerWord = tokens[start - 2]?.lower ?? '';
  // (a season "at" a place is a venue in a single player's sport: "her best season at Melbourne")
  const careerBefore = sameSentenceBefore && CAREER_LINKS.has(before.lower) && CAREER_WORDS.has(careerWord) && !(before.lower === 'at' && SEASON_WORDS.has(careerWord));
  // (a name no list knows only after "from" or "to": "signed from Velmar Rovensk", "on loan to
  // Kestrad"; "four years with X" may be a coach's)
  // ("plays for Kutamar", "his 21st homer for Botekour": a player's play for a side names a club no list knows)
  const playsFor = sameSentenceBefore && before.lower === 'for' && PLAYS_FOR.has(careerWord);
  if ((careerBefore && (isTown || (unknown && (before.lower === 'from' || before.lower === 'to')))) || (playsFor && unknown && !candidate.weakStart)) {
    found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.sports-team', 0.85));
    return;
  }
  // "in Tarnley's 3-2 comeback": a side's result after its possessive, whatever preposition stands before
  const resultAfter = next?.lower === "'s" && SCORE_OR_GROUND.test(tokens[end + 1]?.text ?? '') && tokens[end + 1]?.text.includes('-');
  if (isTown && resultAfter) {
    found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.sports-team', 0.85));
    return;
  }
  if (sameSentenceBefore && VENUE_PREPOSITIONS.has(before.lower) && !scoreBefore) return;
  if (next && (next.text === ':' || (next.text === ',' && tokens[end + 1] && tokenFlags(tokens[end + 1]) & (FLAGS.region | FLAGS.country)))) return;
  // a score or a total right after the name: "Dorset 91", "Cheshire 152", "Tarnley 2"
  // (not a scorer and the minute in a club's bracket: "Tarnley 2 (Halden 80)")
  const scoreAfter = isScore(doc, end) && !CRICKET_DISMISSALS.has(before?.lower ?? '') && !averageFollows(doc, end) && !inScorersBracket(doc, start) && !inInningsBracket(doc, start);
  // ("the Tarnley side", "his Ashcombe club": after a determiner the town only says which side)
  const teamWordAfter = next && TEAM_NEIGHBOURS_AFTER.has(next.lower) && !(TEAM_NOUNS.has(next.lower) && sameSentenceBefore && DETERMINERS.has(before.lower));
  const teamWordBefore = (sameSentenceBefore && TEAM_NEIGHBOURS_BEFORE.has(before.lower)) || scoreBefore;
  const possessive = next?.lower === "'s";
  if (isTown && (scoreAfter || teamWordAfter || teamWordBefore || possessive)) {
    found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.sports-team', 0.85));
    return;
  }
  // "Real Tarvosa 2 (...)": a club's opening word the candidate dropped as an ordinary word opening the line
  if (candidate.rawStart === start - 1 && tokens[start - 1].shape === 'title' && CLUB_PREFIXES.has(tokens[start - 1].lower) && (scoreAfter || teamWordAfter)) {
    found.push(mentionFromTokens(doc, 'organization', start - 1, end, 'organization.sports-club', 0.85));
    return;
  }
  // "Inverness Thistle", "Bristol City", "SC Freiburg", "Inter Milan": club name patterns; and
  // a short word in capitals before a town: "KVS Tarnley"
  if (end - start >= 2 && (CLUB_WORDS.has(tokens[end - 1].lower) || CLUB_PREFIXES.has(tokens[start].lower) || isPrefixBeforeTown(doc, start, end))) {
    found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.sports-club', 0.8));
    return;
  }
  // "Maccavel Dorot (Israel) 81 Basket Tarnheim (Germany) 74": two sides of one result, each
  // with its country in brackets and its score, are clubs whatever their words look like
  // (after a group's letter: "Group B Zelvar Kragov (Yugoslavia) 88")
  // (and after a competition's closing word: "Cup Winners' Cup Velkor Tarnby (Norway) v ...")
  const sideStart = (/^[A-H]$/.test(tokens[start].text) && STAGE_WORDS_BEFORE.has(tokens[start - 1]?.lower ?? '')) || (COMPETITION_WORDS.has(tokens[start].lower) && end - start >= 3) ? start + 1 : start;
  if (end - sideStart >= 2 && end - sideStart <= 4 && isClubOfBracketedResult(doc, sideStart, end)) {
    found.push(mentionFromTokens(doc, 'organization', sideStart, end, 'organization.sports-club', 0.85));
    return;
  }
  // a nationality may open a player's name: "Canadian Daniel Nestor 7-6 7-6"
  const nameStart = tokenFlags(tokens[start]) & FLAGS.demonym && end - start > 1 ? start + 1 : start;
  const firstFlags = tokenFlags(tokens[nameStart]);
  const personLike = (firstFlags & (FLAGS.given | FLAGS.person)) !== 0 || tokens[nameStart].shape === 'initial';
  if (!personLike && !(flags & (FLAGS.country | FLAGS.demonym | FLAGS.organization | FLAGS.time | FLAGS.title)) && (scoreAfter || (end - start === 1 && countryInBrackets(doc, end)) || goalsAfterCountry(doc, start, end))) {
    // "Tarnley 5 3 2 0 9 3 11", "Dorset 248 and 196", "Dinamo (Russia) 81": a club in a results table
    found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.sports-team', 0.6));
    return;
  }
  // "the Orioles", "The All Blacks": a capitalized plural with the article is a team
  const article = tokens[start - 1];
  if (article?.lower === 'the' && tokens[end - 1].lower.endsWith('s') && !(flags & (FLAGS.country | FLAGS.demonym | PLACE_FLAGS))) {
    found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.sports-team', 0.6));
    return;
  }
}

/** Words before a side that no person is called: "UEFA Cup hopefuls Tarvosa", "leaders Kvarstad" */
const SIDE_WORDS_BEFORE = new Set(['hopefuls', 'leaders', 'holders', 'visitors', 'hosts', 'second-placed', 'third-placed', 'fourth-placed', 'fifth-placed', 'top-placed', 'bottom-placed', 'first-place', 'second-place', 'last-place', 'club', 'side']);
/** Words after a side that no single person is followed by: "Tarvosa were", "Kvarstad manager", "the Ashcombe trio" */
const SIDE_WORDS_AFTER = new Set(['were', 'have', 'are', 'need', 'face', 'manager', 'coach', 'team', 'club', 'side', 'fans', 'supporters', 'squad', 'trio', 'pair', 'defence', 'defense', 'midfield', 'skipper', 'newcomers', 'debutant', 'teammate', 'teammates', 'players',
  // a present tense in the plural: "Tarvosa win 7-2 on aggregate", "Kvarstad meet Ashcombe"
  'win', 'lose', 'go', 'meet', 'play']);

/** a region by its direction, "the East Coast team", names no side */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

/** Verbs of a result before a one-word side: "beat Tarvosa", "lost to" is SCORE_LINKS's */
const RESULT_VERBS_BEFORE = new Set(['beat', 'against']);
/** Verbs before a bare infinitive: "watched Okafor win", "to see Mirvash play" (a person there, not a side) */
const BEFORE_BARE_INFINITIVE = new Set(['see', 'saw', 'seen', 'seeing', 'watch', 'watched', 'watching', 'let', 'lets', 'help', 'helped', 'helps', 'make', 'made', 'makes']);
/** "6-2", "7-6": a set's score, which tennis writes (a six or a seven: not a match's "2-1") */
const SET_SCORE = /^(?:[67]-[0-7]|[0-5]-[67])$/;
/** ... and after it: "Tarvosa beat", "Kvarstad qualified on away goals" */
const RESULT_VERBS_AFTER = new Set(['beat', 'won', 'lost', 'drew', 'qualified', 'crashed', 'edged', 'trailed', 'host', 'rallied']);

/** a result between its score and the side it was against: "a 2-0 win over X" */
const RESULT_NOUNS = new Set(['win', 'victory', 'defeat', 'loss', 'draw', 'triumph', 'success']);

/** "at home", "away" or "home" between a score and its result: "2-0 at home to X", "a 5-2 away win over X" */
const GROUND_WORDS = new Set(['home', 'away']);

/**
 * Does a match's score stand before the link word at `link` ("to", "over", "against"), with at most
 * a ground ("away", "at home") and a result ("win", "defeat") between: "3-1 to", "a 2-0 win over",
 * "a 5-2 away win over", "2-0 at home to"?
 */
function scoreBeforeLink(tokens: readonly Token[], link: number): boolean {
  const sentence = tokens[link].sentence;
  let i = link - 1;
  if (i > 0 && RESULT_NOUNS.has(tokens[i].lower)) i--;
  if (i > 0 && GROUND_WORDS.has(tokens[i].lower)) i -= tokens[i].lower === 'home' && tokens[i - 1].lower === 'at' ? 2 : 1;
  return i >= 0 && tokens[i].sentence === sentence && MATCH_SCORE.test(tokens[i].text);
}

/**
 * The wording of a side around an unknown name [start, end) in a sports story: a side's word
 * before or after it, a score before it ("a 3-1 win over X"), or its possessive before a player's
 * name ("Tarvosa's Ivo Brandt"). Plural verbs only with the name alone as subject (not "Dana and
 * Ivo were").
 */
function sideWording(doc: Doc, start: number, end: number, personStarts: Set<number>): boolean {
  const tokens = doc.tokens;
  // (not a letter, "serie B club", a country's short form, "NZ face", nor a nationality's side, "the French JLF team")
  if ((end - start === 1 && tokens[start].text.length <= 2) || tokens[end - 1].text.length === 1) return false;
  for (let i = start; i < end; i++) if (tokenFlags(tokens[i]) & (FLAGS.country | FLAGS.demonym) || looksLikePeopleOrCreed(tokens[i].lower) || COMPASS.has(tokens[i].lower)) return false;
  const sentence = tokens[start].sentence;
  const before = tokens[start - 1];
  const next = tokens[end];
  const sameBefore = before !== undefined && before.sentence === sentence;
  if (sameBefore && before.shape === 'lower' && SIDE_WORDS_BEFORE.has(before.lower)) return true;
  // "3-1 to X", "a 2-0 win over X", "a 5-2 away win over X", "2-0 at home to X" (not "2-1 at X":
  // as often the ground as the side)
  if (sameBefore && SCORE_LINKS.has(before.lower) && before.lower !== 'with' && before.lower !== 'at' && scoreBeforeLink(tokens, start - 1)) return true;
  // "to lift X to a 5-2 win", "lifted X to a 3-2 victory": the side that won, before its result
  if (tokens[end]?.lower === 'to' && tokens[end + 1]?.lower === 'a' && MATCH_SCORE.test(tokens[end + 2]?.text ?? '') && tokens[end + 2].sentence === sentence && !hasSetScore(doc, sentence, start)) return true;
  // a result's verb beside a one-word name: "Tarvosa beat", "beat Tarvosa", "Kvarstad qualified" (a
  // player's name in a results line has its first name or country: "Ivo Brandt (Norway) beat")
  const oneWord = end - start === 1 && tokens[start].shape === 'title';
  // (not a player of a sport of one against one: "plays against Marovic, who won 6-2 6-1")
  if (oneWord && sameBefore && before.shape === 'lower' && RESULT_VERBS_BEFORE.has(before.lower) && next?.text !== '(' && !(next?.text === ',' && tokens[end + 1]?.lower === 'who') && !hasSetScore(doc, sentence, start)) return true;
  if (next === undefined || next.sentence !== sentence) return false;
  if (oneWord && next.shape === 'lower' && RESULT_VERBS_AFTER.has(next.lower) && !(sameBefore && (before.lower === 'and' || before.text === ',')) && !hasSetScore(doc, sentence, start)) return true;
  if (next.shape === 'lower' && SIDE_WORDS_AFTER.has(next.lower)) {
    const coordinated = sameBefore && (before.lower === 'and' || before.text === ',' || before.lower === 'or');
    // (a bare infinitive after a verb of seeing or making: "watched Okafor win", "to see Mirvash play")
    const infinitive = sameBefore && (BEFORE_BARE_INFINITIVE.has(before.lower) || before.lower === 'to');
    return !coordinated && !infinitive;
  }
  if (next.lower === "'s" || next.text === "'") {
    const player = tokens[end + 1];
    return player !== undefined && player.sentence === sentence && (personStarts.has(end + 1) || (player.shape === 'title' && (tokenFlags(player) & FLAGS.given) !== 0 && tokens[end + 2]?.shape === 'title'));
  }
  return false;
}

/** Does the sentence hold a set's score, "6-2", near token i (a few tokens each way)? */
function hasSetScore(doc: Doc, sentence: number, i: number): boolean {
  for (let j = Math.max(0, i - 12); j < i + 12 && j < doc.tokens.length; j++) if (doc.tokens[j].sentence === sentence && SET_SCORE.test(doc.tokens[j].text)) return true;
  return false;
}

/** Words that describe a player before the position, not a side: "England Test batsman", "Olympic goalkeeper" */
const NOT_SIDE_WORDS = new Set(['test', 'olympic', 'youth', 'junior', 'world', 'star', 'veteran', 'reserve', 'former', 'international']);

/** Can [start, end) be a side before a position: no country in a longer name, no age group or figure ("England Test", "Under-19")? */
function sideWords(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const token = doc.tokens[i];
    if (NOT_SIDE_WORDS.has(token.lower) || /\d/.test(token.text) || (end - start > 1 && tokenFlags(token) & FLAGS.country)) return false;
  }
  return true;
}

/** A playing position at token i, after at most one modifier, and then a capitalized word of the same sentence: "striker Ivo", "fast bowler Ed" */
function playingPositionAfter(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  let position = tokens[i];
  if (position && position.shape === 'lower' && POSITION_MODIFIERS.has(position.lower)) position = tokens[++i];
  if (!position || position.shape !== 'lower' || !PLAYING_POSITIONS.has(position.lower)) return false;
  const name = tokens[i + 1];
  return name !== undefined && name.sentence === position.sentence && (name.shape === 'title' || name.shape === 'initial');
}

/**
 * "the tie between Tarnley Rovers and Leeds", "behind Cardiff, Bristol and Ashcombe United":
 * in a sports story a town listed with a club, by "and" or a comma, is a club too (a country stays
 * the country: national sides are named so, and "Tarnley Rovers and Brazil" mixes them).
 */
function withCoordinatedClubs(doc: Doc, found: Mention[]): Mention[] {
  if (found.length === 0) return found;
  const tokens = doc.tokens;
  const townsByStart = new Map<number, Candidate>();
  const townsByEnd = new Map<number, Candidate>();
  for (const c of nameCandidates(doc)) {
    const flags = phraseFlags(doc, c.start, c.end) & ~FLAGS.prefix;
    if (c.end - c.start > 3 || !(flags & (FLAGS.city | FLAGS.region)) || flags & (FLAGS.country | FLAGS.demonym | FLAGS.person | FLAGS.given)) continue;
    townsByStart.set(c.start, c);
    townsByEnd.set(c.end, c);
  }
  const clubStarts = new Set(found.map((m) => m.tokenStart));
  const added = newMentions();
  const take = (town: Candidate) => {
    if (clubStarts.has(town.start)) return;
    // ("In Madrid, Real Madrid beat ...": a town after "in" or "at" is where the match was)
    const before = tokens[town.start - 1];
    if (before && before.sentence === tokens[town.start].sentence && TOWN_VENUE_PREPOSITIONS.has(before.lower)) return;
    clubStarts.add(town.start);
    added.push(mentionFromTokens(doc, 'organization', town.start, town.end, 'organization.listed-with-club', 0.8));
  };
  // a town the story names as a club elsewhere is the club here too, where a list holds it ("behind
  // Tarnley, Leeds and Hull" after "Tarnley captain Ivo Brandt"): it leads the list like a club found here
  const clubKeys = new Set<string>();
  for (const m of found) if (m.type === 'organization') clubKeys.add(phraseKey(doc, m.tokenStart, m.tokenEnd));
  const anchors: { tokenStart: number; tokenEnd: number }[] = found.filter((m) => m.type === 'organization');
  for (const town of townsByStart.values()) {
    if (clubStarts.has(town.start) || !clubKeys.has(phraseKey(doc, town.start, town.end))) continue;
    const before = tokens[town.start - 1];
    if (before && before.sentence === tokens[town.start].sentence && VENUE_PREPOSITIONS.has(before.lower)) continue;
    anchors.push({ tokenStart: town.start, tokenEnd: town.end });
  }
  for (const club of anchors) {
    const sentence = tokens[club.tokenStart].sentence;
    // towns after the club: "Tarnley Rovers and Leeds", "Tarnley Rovers, Bury and Hull"
    let at = club.tokenEnd;
    while (tokens[at]?.sentence === sentence && (tokens[at].lower === 'and' || tokens[at].text === ',')) {
      const town = townsByStart.get(at + 1);
      if (!town) break;
      take(town);
      at = town.end;
    }
    // towns before it: "Cardiff, Bristol and Ashcombe United"
    at = club.tokenStart - 1;
    while (at > 0 && tokens[at].sentence === sentence && (tokens[at].lower === 'and' || tokens[at].text === ',')) {
      const town = townsByEnd.get(at);
      if (!town) break;
      take(town);
      at = town.start - 1;
    }
  }
  return added.length ? found.concat(added) : found;
}

/** Two words: two to four capitals no list knows, then a town that is no name ("KVS Tarnley") */
function isPrefixBeforeTown(doc: Doc, start: number, end: number): boolean {
  if (end - start !== 2) return false;
  const prefix = doc.tokens[start];
  const town = tokenFlags(doc.tokens[start + 1]);
  if (!(town & FLAGS.city) || town & (FLAGS.country | FLAGS.given | FLAGS.surname | FLAGS.person | FLAGS.demonym)) return false;
  // (a word no list knows before a town is as often an athlete's first name: "Wataru Yoshikawa")
  return prefix.shape === 'upper' && prefix.text.length <= 4 && isUnlisted(prefix);
}

/** "the Heat.", "Heat won", "Heat 98", "Heat coach": a word that could be ordinary used as a team's name */
function standsAsTeam(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const next = tokens[end];
  if (!next || next.sentence !== tokens[start].sentence || next.shape === 'punct' || next.shape === 'number') return true;
  // "Arsenal beat", "ARSENAL WIN", "Orioles manager", "Ajax's"
  if (TEAM_NEIGHBOURS_AFTER.has(next.lower) || next.lower === "'s") return true;
  if (next.shape === 'lower') return isFiniteVerb(next.lower);
  return tokens[start - 1]?.lower === 'the';
}

/** Clubs of sports-clubs.txt inside the candidate [start, end); true when one covers it all. */
function pushListedClubs(doc: Doc, start: number, end: number, found: Mention[]): boolean {
  const tokens = doc.tokens;
  let whole = false;
  for (let i = start; i < end; ) {
    const club = longestPhraseAt(doc, i, FLAGS.club, end);
    if (!club) {
      i++;
      continue;
    }
    // "St. Louis Cardinals", "Feyenoord Rotterdam": the town the rest of the candidate names is
    // part of the club's full name
    const from = i > start && phraseFlags(doc, start, i) & PLACE_FLAGS ? start : i;
    const to = club.end < end && phraseFlags(doc, club.end, end) & PLACE_FLAGS ? end : club.end;
    // a club word the list marks ambiguous must be the whole name ("a Heat Lamp sale"), with "the"
    // before it or a verb, a score or a stop after it ("the Heat", "Heat won", "Heat 98"; not
    // "a Heat wave", "Athletics coach")
    // (with its town, "St. Louis Cardinals", the name is no ordinary word)
    const ambiguous = !(club.flags & FLAGS.organization) && from === i && to === club.end;
    if (ambiguous && (i > start || club.end < end || !standsAsTeam(doc, i, club.end))) {
      i = club.end;
      continue;
    }
    const before = tokens[from - 1];
    const venue = from === i && to === club.end && club.flags & PLACE_FLAGS && before?.sentence === tokens[i].sentence && VENUE_PREPOSITIONS.has(before.lower);
    if (!venue) {
      found.push(mentionFromTokens(doc, 'organization', from, to, 'organization.club', 0.85));
      if (from === start && to === end) whole = true;
    }
    i = to;
  }
  return whole;
}

const CRICKET_WORDS = /\b(?:cricket|wickets?|innings|batsm[ae]n|bowl(?:ed|er|ers|ing))\b/i;
const cricketStories = new WeakMap<Doc, boolean>();

/** Bowling figures ("3-71") only in cricket; elsewhere "6-13" is a score. */
function isCricketStory(doc: Doc): boolean {
  let cricket = cricketStories.get(doc);
  if (cricket === undefined) cricketStories.set(doc, (cricket = CRICKET_WORDS.test(chunkText(doc))));
  return cricket;
}

/**
 * A team's score or points right after its name: a plain whole number ("Dorset 91", "Tarnley 5 3
 * 2 0", "Berkshire 388-6"), not a time, a distance or bowling figures ("1:45", "13.58", "9-0-49-1"), which follow
 * athletes' names.
 */
/** goals and behinds: "11.12" */
const AUSTRALIAN_RULES_SCORE = /^\d{1,2}\.\d{1,2}$/;

function isScore(doc: Doc, i: number): boolean {
  const number = doc.tokens[i];
  // "Tarnley 11.12 (78)": an Australian rules score, goals and behinds, then the points in brackets
  if (number && AUSTRALIAN_RULES_SCORE.test(number.text) && doc.tokens[i + 1]?.text === '(' && doc.tokens[i + 2]?.shape === 'number' && doc.tokens[i + 3]?.text === ')') return true;
  // "Berkshire 388-6": a cricket total with its wickets counts as a score too
  const total = number && /^(\d{1,3})(?:-(\d{1,2}))?$/.exec(number.text);
  if (!total) return false;
  // "Sarvelan 3-71" are bowling figures, a few wickets for many runs; a match score ("92-81",
  // "3-1") or a total with its wickets ("388-6") is not that shape
  if (total[2] !== undefined && Number(total[1]) <= 10 && Number(total[2]) > 10 && isCricketStory(doc)) return false;
  const after = doc.tokens[i + 1];
  // "13.58" and "9-0-49-1" are single tokens already; "1:45" is three
  return !(after && !after.spaceBefore && after.text === ':');
}

/**
 * "Venhol 4 6 1 205 119 41.00": numbers up to the line's end that hold an average are a player's
 * batting or bowling row, not a team's.
 */
function averageFollows(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  // ("11.12 (78)": an Australian rules score, goals and behinds, no average)
  if (AUSTRALIAN_RULES_SCORE.test(tokens[i]?.text ?? '') && tokens[i + 1]?.text === '(') return false;
  for (let j = i; j < tokens.length && (j === i || !tokens[j].lineStart); j++) {
    const token = tokens[j];
    if (/^\d+\.\d\d$/.test(token.text)) return true;
    if (token.shape !== 'number' && token.text !== '-' && token.text !== '*') return false;
  }
  return false;
}

/**
 * "Unia Varsk (Poland) 5 Kelmar (Wales) 0": a club with its country in brackets and the goals it
 * scored, a small whole number (not a player's time "10.30", set scores "6-3" or golf rounds "67 67").
 */
function goalsAfterCountry(doc: Doc, start: number, end: number): boolean {
  // "9. Ana Verel (Poland) 8": a ranked competitor and her points
  const rank = doc.tokens[start - 2];
  if (doc.tokens[start - 1]?.text === '.' && rank?.shape === 'number') return false;
  if (doc.tokens[start - 1]?.text === '-') return false;
  const i = countryInBracketsEnd(doc, end);
  if (i < 0) return false;
  const goals = doc.tokens[i + 1];
  const next = doc.tokens[i + 2];
  // (not "3 minutes 51.40 seconds")
  if (next?.shape === 'lower') return false;
  return goals !== undefined && /^\d{1,2}$/.test(goals.text) && Number(goals.text) <= 15 && !(next && (next.text === '-' || next.text === ':' || next.text === '.') && !next.spaceBefore);
}

/** "b Mushtaq Ahmed 46", "c Chandana": in a cricket scorecard the name after these is a player */
export const CRICKET_DISMISSALS = new Set(['b', 'c', 'st', 'lbw']);

/** The closing bracket right after a country's name starting at token i ("Belgium)"), or -1 */
function countryThenClose(doc: Doc, i: number): number {
  const tokens = doc.tokens;
  for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
    if (tokens[j].text === ')') return phraseFlags(doc, i, j) & FLAGS.country ? j : -1;
  }
  return -1;
}

/** Labels of a squad's positions: "Defenders: ...", "Forwards - ..." */
const SQUAD_LABELS = new Set(['goalkeepers', 'defenders', 'midfielders', 'forwards', 'strikers', 'squad', 'backs']);

/** Is token i inside a sentence opened by a squad's label and its colon or dash ("Defenders: ...")? */
function inSquadList(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const own = sentenceOf(doc, i);
  if (!own) return false;
  const label = tokens[own.firstToken];
  const mark = tokens[own.firstToken + 1];
  return SQUAD_LABELS.has(label.lower) && mark !== undefined && (mark.text === ':' || mark.text === '-');
}

/** Words before a group's letter: "Group B", "Pool C" */
const STAGE_WORDS_BEFORE = new Set(['group', 'pool', 'section', 'conference']);

/** A side's score after its bracket: a whole number alone, not the first of a golfer's rounds nor a time */
function sideScoreAt(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const score = tokens[i];
  const next = tokens[i + 1];
  return score !== undefined && /^\d{1,3}$/.test(score.text) && !(next && next.sentence === score.sentence && (next.shape === 'number' || ((next.text === ':' || next.text === '.') && !next.spaceBefore)));
}

/**
 * Is the name [start, end) one side of a result written "Side (Country) 81 Side (Country) 74": its
 * bracketed country and score, and the other side's, right after it or right before it?
 */
/**
 * A club of a bracketed result: not a player of a sport of one against one, "Ivo Brandt (Wales) 5
 * Ed Kessel (England) 3" (a known first name opens a side only with a club's prefix)
 */
export function isClubOfBracketedResult(doc: Doc, start: number, end: number): boolean {
  const first = doc.tokens[start];
  const playerShaped = first.shape === 'title' && (tokenFlags(first) & FLAGS.given) !== 0 && !CLUB_PREFIXES.has(first.lower);
  return !playerShaped && inBracketedResult(doc, start, end);
}

function inBracketedResult(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const close = countryInBracketsEnd(doc, end);
  if (close < 0) return false;
  // a draw or a fixture, "v" between the sides: "Velkor Tarnby (Norway) v Orvan Kessel (Belgium)"
  if (isFixtureSide(doc, start, close)) return true;
  if (!sideScoreAt(doc, close + 1)) return false;
  // the other side after: "... 81 Basket Tarnheim (Germany) 74"
  let k = close + 2;
  while (k < tokens.length && k < close + 6 && isCapitalizedWord(tokens[k]) && tokens[k].sentence === tokens[start].sentence) k++;
  if (k > close + 2) {
    const otherClose = countryInBracketsEnd(doc, k);
    if (otherClose >= 0 && sideScoreAt(doc, otherClose + 1)) return true;
  }
  // or before: "Maccavel Dorot (Israel) 81 [this side]"
  if (!sideScoreAt(doc, start - 1) || tokens[start - 2]?.text !== ')') return false;
  for (let open = start - 3; open >= start - 6 && open >= 0; open--) if (tokens[open].text === '(') return countryInBracketsEnd(doc, open) === start - 2;
  return false;
}

/** A competition's closing word, that a list of its draws may run into the first side's name */
const COMPETITION_WORDS = new Set(['cup', 'trophy', 'league']);
/** Words that join a draw's or a fixture's sides */
const FIXTURE_LINKS = new Set(['v', 'vs', 'v.', 'vs.']);

/**
 * Is the side at [start, close] (its country's bracket closing at `close`) one of the two of a draw,
 * "v" between them and the other side's country in brackets too?
 */
function isFixtureSide(doc: Doc, start: number, close: number): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[start].sentence;
  // the other side after: "... (Norway) v Orvan Kessel (Belgium)"
  if (FIXTURE_LINKS.has(tokens[close + 1]?.lower ?? '') && tokens[close + 1].sentence === sentence) {
    let k = close + 2;
    while (k < tokens.length && k < close + 6 && isCapitalizedWord(tokens[k]) && tokens[k].sentence === sentence) k++;
    if (k > close + 2 && countryInBracketsEnd(doc, k) >= 0) return true;
  }
  // or before: "Velkor Tarnby (Norway) v [this side]"
  if (!FIXTURE_LINKS.has(tokens[start - 1]?.lower ?? '') || tokens[start - 2]?.text !== ')') return false;
  for (let open = start - 3; open >= start - 6 && open >= 0; open--) if (tokens[open].text === '(') return countryInBracketsEnd(doc, open) === start - 2;
  return false;
}

/** "Dinamo (Russia)": a one-word name with its country in brackets, as results tables list clubs. */
function countryInBrackets(doc: Doc, i: number): boolean {
  return countryInBracketsEnd(doc, i) >= 0;
}

/** The closing bracket of "(Russia)" opening at token i, or -1 when no country is bracketed there. */
function countryInBracketsEnd(doc: Doc, i: number): number {
  const tokens = doc.tokens;
  if (tokens[i]?.text !== '(') return -1;
  let j = i + 1;
  while (j < tokens.length && j < i + 4 && tokens[j].text !== ')') j++;
  return tokens[j]?.text === ')' && (phraseFlags(doc, i + 1, j) & FLAGS.country) !== 0 ? j : -1;
}
