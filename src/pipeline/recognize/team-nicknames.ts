// Team nicknames. In a sports story a side is often called by its nickname, a plural noun written
// with a capital, alone or after its town or school: "the Bobcats", "Owls coach Dana Pell", "the
// Tarnville Fishermen", "Marlow State Bobcats". No list knows a small college's or a minor league's
// nicknames, and the person rules read "Marlow State Bobcats" as a first name and more words.

import { Doc, Mention } from '../../model';
import { FLAGS, PLACE_FLAGS, lookup } from '../../lexicon';
import { commonSingular, nameCandidates } from './candidates';
import { phraseFlags, tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';
import { PLACE_HEADS } from './places';
import { isSportsStory } from './sports';

/**
 * Plurals that name an event, a ranking or a group of people, not a side: "the Commonwealth Games",
 * "the Masters", "the NBA Finals", "the World Series", "the Olympic Trials"
 */
const NOT_NICKNAMES = new Set([
  'games', 'championships', 'masters', 'finals', 'semifinals', 'series', 'trials', 'awards', 'playoffs', 'rounds', 'stakes',
  'classics', 'nationals', 'olympics', 'paralympics', 'rules', 'sports', 'nations', 'affairs', 'services', 'studies', 'arts',
  'sciences', 'relations', 'resources', 'communications', 'news', 'times', 'rankings', 'standings', 'results', 'fans',
  'winners', 'champions', 'slams', 'leagues', 'grounds', 'ashes', 'majors', 'internationals', 'laws', 'worlds', 'tests',
]);
/** what a nickname's word never is: a people ("Americans"), a body's or a firm's head, a legal form, a first name or a surname */
const NOT_NICKNAME_FLAGS = FLAGS.demonym | FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.given | FLAGS.surname | FLAGS.title | FLAGS.time;
/** the most words of a town or a school before the nickname, and the nickname: "Calder Junction Fishermen" */
const MAX_WORDS = 4;
/** above a first name's reading (0.8), as a sports club's */
const STRENGTH = 0.85;

export function recognizeTeamNicknames(doc: Doc): Mention[] {
  if (!isSportsStory(doc)) return [];
  const tokens = doc.tokens;
  const nicknamed: { start: number; end: number }[] = [];
  // a nickname is written with "the" at least once in the story ("the Bobcats", "The Tarnville
  // Fishermen"); a golfer's surname that is a plural word never is ("Woods said")
  const withThe = new Set<string>();
  for (const { start, end, allCaps } of nameCandidates(doc)) {
    const last = tokens[end - 1];
    if (allCaps || end - start > MAX_WORDS || last.shape !== 'title') continue;
    const flags = tokenFlags(last);
    if (flags & NOT_NICKNAME_FLAGS || NOT_NICKNAMES.has(last.lower) || PLACE_HEADS.has(last.lower)) continue;
    // ("Marnocks captain Orvil Kestel": a plural no list knows, before a side's officer and a name, is a
    // side's nickname too; it teaches the story's other mentions of that word)
    const beforeOfficer = isBeforeSideOfficer(doc, end);
    if (!isPluralNoun(last.lower, flags) && !(beforeOfficer && flags === 0 && isPluralShaped(last.lower))) continue;
    // ("Ivo Woods": a first name and one more word is a person; "the Cascade Mountains" a place)
    if (end - start === 2 && tokenFlags(tokens[start]) & FLAGS.given) continue;
    if (phraseFlags(doc, start, end) & (PLACE_FLAGS | FLAGS.person | FLAGS.demonym)) continue;
    nicknamed.push({ start, end });
    if (tokens[start - 1]?.lower === 'the' || beforeOfficer) withThe.add(last.lower);
  }
  const found = newMentions();
  for (const { start, end } of nicknamed) {
    if (withThe.has(tokens[end - 1].lower)) found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.team-nickname', STRENGTH));
  }
  return found;
}

/** A side's officers named right after its nickname: "Owls coach Orvil Kestel", "Marnocks captain Orvil Kestel" */
const SIDE_OFFICERS = new Set(['coach', 'captain', 'skipper', 'manager']);

/** Does a side's officer stand at token `end`, before a capitalized name, in the same sentence ("Owls coach Orvil Kestel")? */
function isBeforeSideOfficer(doc: Doc, end: number): boolean {
  const officer = doc.tokens[end];
  const name = doc.tokens[end + 1];
  return officer !== undefined && name !== undefined && officer.shape === 'lower' && SIDE_OFFICERS.has(officer.lower) && name.shape === 'title' && name.sentence === officer.sentence && officer.sentence === doc.tokens[end - 1].sentence;
}

/** A word shaped as an English plural: "marnocks", "tarvelmen" (not "-ss", "-us", "-is") */
function isPluralShaped(lower: string): boolean {
  return lower.length > 4 && ((lower.endsWith('s') && !NOT_PLURAL_ENDING.test(lower)) || (lower.length > 5 && lower.endsWith('men')));
}

/** "-ous", "-us", "-is": endings of adjectives and singular nouns, not plurals ("Glorious", "Citrus", "Tennis") */
const NOT_PLURAL_ENDING = /(?:ss|us|is)$/;

/** "bobcats", "owls", "fishermen": a plural of an ordinary noun, known as the plural (`flags`, the word's) or by its singular */
function isPluralNoun(lower: string, flags: number): boolean {
  if (lower.length > 5 && lower.endsWith('men')) return (flags & FLAGS.common) !== 0 || (lookup(`${lower.slice(0, -3)}man`) & FLAGS.common) !== 0;
  if (lower.length <= 3 || !lower.endsWith('s') || NOT_PLURAL_ENDING.test(lower)) return false;
  return (flags & FLAGS.common) !== 0 || commonSingular(lower) !== null;
}
