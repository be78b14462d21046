// Sports teams: in a sports story a town or county name usually names the club that plays for it
// ("Leicestershire beat Somerset by an innings", "Newcastle 2 Southampton 1"), an organization,
// while the same word after "in"/"at" or before a colon ("Hove: Sussex 363") is the venue, a place.
// Countries stay places (national sides are named after the country, and news keeps them places).

import { Doc, Mention } from '../../model';
import { FLAGS } from '../../lexicon';
import { nameCandidates } from './candidates';
import { phraseFlags, tokenFlags } from './gazetteer';
import { mentionFromTokens } from './mention';

// Words that show a story is about sport; a story needs several different ones.
const SPORTS_WORDS = new Set([
  'soccer', 'football', 'cricket', 'tennis', 'golf', 'rugby', 'baseball', 'basketball', 'hockey', 'athletics',
  'cycling', 'boxing', 'motor', 'racing', 'skiing', 'swimming', 'volleyball', 'handball', 'olympic', 'olympics',
  'innings', 'wicket', 'wickets', 'batsman', 'bowler', 'goal', 'goals', 'striker', 'midfielder', 'goalkeeper',
  'defender', 'coach', 'league', 'championship', 'tournament', 'match', 'matches', 'season', 'seeded', 'inning',
  'homer', 'touchdown', 'quarterback', 'halftime', 'penalty', 'scored', 'beat', 'drew', 'draw', 'defeated',
  'semifinal', 'semi-final', 'quarter-final', 'final', 'cup', 'club', 'clubs', 'squad', 'captain', 'stadium',
  'played', 'victory', 'win', 'won', 'lost', 'points', 'runs', 'round', 'division', 'fixtures', 'standings',
  'pitcher', 'rbi', 'nfl', 'nba', 'nhl', 'fifa', 'uefa', 'title', 'champions', 'relegation', 'promoted',
]);
const MIN_SPORTS_WORDS = 6;

// Words around a team name: "Leicestershire beat", "against Somerset", "Surrey captain"
const TEAM_NEIGHBOURS_AFTER = new Set(['beat', 'beats', 'drew', 'draw', 'lost', 'won', 'win', 'wins', 'defeated', 'v', 'vs', 'captain', 'coach', 'manager', 'striker', 'midfielder', 'goalkeeper', 'defender', 'player', 'players', 'side', 'fans', 'reached', 'closed', 'scored', 'kept', 'led', 'trailed', 'host', 'hosts', 'were', 'had', 'have', 'made', 'took']);
const TEAM_NEIGHBOURS_BEFORE = new Set(['v', 'vs', 'beat', 'against', 'play', 'playing', 'joined', 'join', 'rivals', 'dismiss', 'reducing', 'bowling', 'defeated']);
const VENUE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'of', 'outside']);

const cache = new WeakMap<Doc, boolean>();

export function isSportsStory(doc: Doc): boolean {
  let known = cache.get(doc);
  if (known === undefined) {
    const seen = new Set<string>();
    for (const token of doc.tokens) if (SPORTS_WORDS.has(token.lower)) seen.add(token.lower);
    known = seen.size >= MIN_SPORTS_WORDS;
    cache.set(doc, known);
  }
  return known;
}

export function recognizeSportsTeams(doc: Doc): Mention[] {
  if (!isSportsStory(doc)) return [];
  const found: Mention[] = [];
  const tokens = doc.tokens;
  for (const candidate of nameCandidates(doc)) {
    const { start, end } = candidate;
    if (end - start > 3) continue;
    const flags = phraseFlags(doc, start, end) & ~FLAGS.prefix;
    const isTown = (flags & (FLAGS.city | FLAGS.region)) !== 0 && !(flags & (FLAGS.country | FLAGS.demonym));
    const unknown = flags === 0 || flags === FLAGS.common;
    if (!isTown && !unknown) continue;
    const before = tokens[start - 1];
    const next = tokens[end];
    const sameSentenceBefore = before && before.sentence === tokens[start].sentence;
    if (sameSentenceBefore && VENUE_PREPOSITIONS.has(before.lower)) continue;
    if (next && (next.text === ':' || (next.text === ',' && tokens[end + 1] && tokenFlags(tokens[end + 1]) & (FLAGS.region | FLAGS.country)))) continue;
    // a score or a total right after the name: "Somerset 83", "Durham 114", "Newcastle 2"
    const scoreAfter = next?.shape === 'number';
    const teamWordAfter = next && TEAM_NEIGHBOURS_AFTER.has(next.lower);
    const teamWordBefore = sameSentenceBefore && TEAM_NEIGHBOURS_BEFORE.has(before.lower);
    const possessive = next?.lower === "'s";
    if (isTown && (scoreAfter || teamWordAfter || teamWordBefore || possessive)) {
      found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.sports-team', 0.8));
    } else if (unknown && scoreAfter && !candidate.allCaps && tokens[start].shape === 'title' && end - start === 1) {
      // "Glamorgan 259 and 207": an unknown one-word name with a score in a results table
      found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.sports-team', 0.5));
    }
  }
  return found;
}
