// Local news and notices name a church, a school or a hospital and then, between commas, the town
// it stands in: "the bells of St Fennick's Church, Dravelly Tessby, rang", "a pupil at Quellby School,
// Velby, was picked", "Fr Maskill: Ostmere Parish, Ardoyne - ...". A town of a few hundred people is
// in no list, so the rules leave its name untyped or guess a person from its shape; after such a
// building's name and a comma, a short run of capitalized words that the comma, a full stop or a
// dash closes is the town, a place; not a name in apposition after a role at the building ("the
// vicar of St Orvan's Church, Ilvo Darnen,") or before "said" or "who".

import { Doc, Mention, Token } from '../../model';
import { FLAGS } from '../../lexicon';
import { tokenFlags } from '../recognize/gazetteer';
import { mentionFromTokens, retypedMention } from '../recognize/mention';

/** Last words of a building that local news names with its town: churches, schools, hospitals */
const BUILDING_HEADS = new Set([
  'church', 'chapel', 'cathedral', 'parish', 'abbey', 'priory', 'convent', 'seminary', 'mosque', 'masjid', 'temple', 'mandir', 'gurdwara', 'synagogue',
  'school', 'college', 'academy', 'hospital',
]);
/** Marks that close the town's name: the second comma, the sentence's end, a notice's dash */
const TOWN_CLOSERS = new Set([',', '.', ';', ':', '-', '–', '—', ')']);
/** Longest town name read (words) */
const MAX_TOWN_WORDS = 3;
/** A person guessed from a name's shape alone, which a town's name has as often */
const SHAPE_GUESSES = new Set(['person.unknown-name']);
/** Flags of a word that opens no town's name here: a first name or a title (the building's priest) */
const NOT_TOWN_OPENER = FLAGS.given | FLAGS.title;
/** Flags of a word that closes no town's name: an ordinary word, a body's head noun */
const NOT_TOWN_CLOSER = FLAGS.common | FLAGS.orgHead | FLAGS.title;

export function withBuildingTowns(doc: Doc, mentions: Mention[]): Mention[] {
  const tokens = doc.tokens;
  let byStart: Map<number, number> | null = null;
  let out: Mention[] | null = null;
  for (const m of mentions) {
    if ((m.type !== 'organization' && m.type !== 'place') || !BUILDING_HEADS.has(tokens[m.tokenEnd - 1].lower)) continue;
    const comma = tokens[m.tokenEnd];
    if (comma?.text !== ',' || comma.sentence !== tokens[m.tokenStart].sentence) continue;
    const townEnd = townRunEnd(tokens, m.tokenEnd + 1);
    if (townEnd < 0 || isPersonApposition(tokens, m.tokenStart, townEnd)) continue;
    if (byStart === null) {
      byStart = new Map();
      mentions.forEach((other, index) => byStart!.set(other.tokenStart, index));
    }
    const townStart = m.tokenEnd + 1;
    const index = byStart.get(townStart);
    const taken = index !== undefined ? mentions[index] : undefined;
    if (taken !== undefined) {
      // a person guessed from the words' shape alone becomes the town; any other reading stands
      if (taken.type !== 'person' || taken.tokenEnd !== townEnd || !SHAPE_GUESSES.has(taken.rule)) continue;
      out ??= mentions.slice();
      out[index!] = retypedMention(taken, 'place', 'place.building-town');
    } else {
      if (overlapsAny(mentions, townStart, townEnd)) continue;
      out ??= mentions.slice();
      out.push(mentionFromTokens(doc, 'place', townStart, townEnd, 'place.building-town', m.strength));
    }
  }
  return out ?? mentions;
}

/** Words after the town's closing comma that follow a person's apposition, never a town: "X School, Tarvo Kessinen, said" */
const PERSON_APPOSITION_AFTER = new Set(['said', 'says', 'told', 'added', 'who', 'whose']);
/** Small words between a role and the building: "head teacher of", "imam at the" */
const ROLE_JOINERS = new Set(['of', 'at']);

/**
 * Is the run after the building's comma a person named in apposition: after a role at the building
 * ("the head teacher of Orvik School, Tarvo Kessinen,", "the vicar of St Orvan's Church, ...") or
 * before a verb of speech or "who" ("..., Tarvo Kessinen, said")?
 */
function isPersonApposition(tokens: Token[], buildingStart: number, townEnd: number): boolean {
  const comma = tokens[townEnd];
  if (comma?.text === ',' && PERSON_APPOSITION_AFTER.has(tokens[townEnd + 1]?.lower ?? '')) return true;
  let joiner = buildingStart - 1;
  if (tokens[joiner]?.lower === 'the') joiner--;
  const role = tokens[joiner - 1];
  return ROLE_JOINERS.has(tokens[joiner]?.lower ?? '') && role !== undefined && role.shape === 'lower' && (tokenFlags(role) & FLAGS.title) !== 0;
}

/** End of a run of one to three capitalized words from `start` that a closing mark or a new line ends, or -1 */
function townRunEnd(tokens: Token[], start: number): number {
  const first = tokens[start];
  if (first === undefined || first.shape !== 'title' || tokenFlags(first) & NOT_TOWN_OPENER) return -1;
  let end = start;
  while (end < tokens.length && end - start < MAX_TOWN_WORDS && tokens[end].shape === 'title' && tokens[end].sentence === first.sentence && (end === start || !tokens[end].lineStart)) end++;
  if (tokenFlags(tokens[end - 1]) & NOT_TOWN_CLOSER) return -1;
  const next = tokens[end];
  if (next === undefined || next.lineStart || next.sentence !== first.sentence) return end;
  return TOWN_CLOSERS.has(next.text) ? end : -1;
}

/** Does any mention cover a token of [start, end)? */
function overlapsAny(mentions: Mention[], start: number, end: number): boolean {
  for (const m of mentions) if (m.tokenStart < end && m.tokenEnd > start) return true;
  return false;
}
