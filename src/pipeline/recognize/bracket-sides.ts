// A sports list's brackets after names: "Ivo Brandt (Tarnley), Ed Mero (Ashcombe)" hold the players'
// clubs, "Ivo Brandt (Norway), Ed Mero (Tarv)" their countries. A story keeps one kind through its
// lists, so the brackets the lists know decide for the ones they do not: a club list makes a
// bracket a club even after a name no rule is sure of, or when the club is called after a
// city-state ("(Monaco)") or a town that is also a first name; a country list makes an
// abbreviation no list knows ("(Tarv)", "(Oskl)") a country, a place, not a club.

import { Doc, Mention } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { nameCandidates } from './candidates';
import { phraseFlags, tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';
import { isSportsStory } from './sports';

/** a list's brackets hold one to three words */
const MAX_WORDS = 3;
/** the brackets one kind needs, and how many times the other kind's */
const MIN_VOTES = 3;
const MAJORITY = 2;
/** above players-club's 0.8 and a gazetteer place's 0.75 */
const STRENGTH = 0.85;
const NAME_SHAPES = new Set(['title', 'upper', 'mixed']);
/** what a bracket of clubs or countries never holds */
const NEITHER = FLAGS.person | FLAGS.given | FLAGS.time | FLAGS.title | FLAGS.notName;

interface Bracket {
  start: number;
  end: number;
  flags: number;
}

export function recognizeBracketedSides(doc: Doc): Mention[] {
  if (!isSportsStory(doc)) return [];
  const brackets = bracketsAfterNames(doc);
  if (brackets.length < MIN_VOTES) return [];
  let countries = 0;
  let towns = 0;
  for (const { flags } of brackets) {
    if (flags & FLAGS.country) countries++;
    else if (flags & (FLAGS.city | FLAGS.town | FLAGS.region | FLAGS.organization)) towns++;
  }
  const found = newMentions();
  if (towns >= MIN_VOTES && towns >= MAJORITY * countries) {
    // (a country that is a city too is a club's town here, "(Monaco)"; another country is a
    // national side, and a country's name is a place whatever the list)
    for (const { start, end, flags } of brackets) {
      if (flags & FLAGS.country && !(flags & FLAGS.city)) continue;
      if (flags & FLAGS.demonym) continue;
      found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.bracket-club', STRENGTH));
    }
  } else if (countries >= MIN_VOTES && countries >= MAJORITY * towns) {
    // what no list knows, and a town: in a country list a town is the player's home or a country
    // the town shares its name with ("(Trinidad)"), a place, not a club
    for (const { start, end, flags } of brackets) {
      const town = (flags & (FLAGS.city | FLAGS.town)) !== 0 && !(flags & FLAGS.organization);
      if ((flags & ~FLAGS.prefix) === 0 || town) found.push(mentionFromTokens(doc, 'place', start, end, 'place.bracket-country', STRENGTH));
    }
  }
  return found;
}

/** "Name (X)": one to three capitalized words in brackets right after a capitalized word, in one sentence */
function bracketsAfterNames(doc: Doc): Bracket[] {
  const tokens = doc.tokens;
  const brackets: Bracket[] = [];
  for (const { start, end } of nameCandidates(doc)) {
    // ("Ivo Brandt, Ed Mero (both Tarnley)": two players of one club)
    const open = tokens[start - 1]?.lower === 'both' ? start - 1 : start;
    if (end - start > MAX_WORDS || tokens[open - 1]?.text !== '(' || tokens[end]?.text !== ')') continue;
    const name = tokens[open - 2];
    if (name === undefined || !NAME_SHAPES.has(name.shape) || name.sentence !== tokens[start].sentence) continue;
    const whole = phraseFlags(doc, start, end);
    // "(Hutnik Tarnby)": a word no list knows before a listed town is a club named with its town
    const clubOfTown = whole === 0 && end - start >= 2 && tokenFlags(tokens[start]) === 0 && (tokenFlags(tokens[end - 1]) & (FLAGS.city | FLAGS.town)) !== 0;
    const flags = clubOfTown ? FLAGS.town : whole;
    // (a person's name, a title or a time in brackets is neither, "Lena Marsh (Maria Lopez)"; a
    // town that is a first name too is a town, "(Lyon)")
    if ((flags | tokenFlags(tokens[start])) & NEITHER && !(flags & PLACE_FLAGS)) continue;
    brackets.push({ start, end, flags });
  }
  return brackets;
}
