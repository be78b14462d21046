// Competitions, festivals and prizes are no person, organization or place: "the Commonwealth
// Games", "the Halvard Open", "the Ostend Film Festival", "the Davis Cup", "the World Series". A name whose last word
// says so is left out of the results: reported under no type (the README says so), so a summary's
// rows are people, organizations and places, not the events they take part in.

import { Doc, Mention } from '../../model';

/** Last words of the names of competitions, festivals and prizes */
export const EVENT_HEADS = new Set([
  'cup', 'olympics', 'olympiad', 'paralympics', 'championship', 'championships', 'tournament', 'trophy', 'prix',
  'festival', 'awards', 'prize', 'marathon', 'open', 'masters', 'invitational', 'biennale', 'expo', 'series', 'classic',
]);
/** "Games" is an event only after these ("Olympic Games"); "Orvell Games" is a games maker */
const GAMES_QUALIFIERS = new Set([
  'olympic', 'commonwealth', 'asian', 'paralympic', 'winter', 'summer', 'youth', 'goodwill', 'mediterranean',
  'african', 'arab', 'pan', 'american', 'island', 'highland', 'world', 'european', 'pacific', 'universiade',
]);

/** Kinds of storm before a storm's name: "Hurricane Milton", "Typhoon Yagi", "Storm Babet" */
export const STORM_KINDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm']);

export function withoutEvents(doc: Doc, mentions: Mention[]): Mention[] {
  const storms = stormNames(doc, mentions);
  return mentions.filter((m) => !isEventName(doc, m) && !(storms !== null && m.tokenEnd - m.tokenStart === 1 && storms.has(doc.tokens[m.tokenStart].text)));
}

/** "Hurricane Milton ... Milton made landfall": the names of the story's storms, written after their kind once, or null */
function stormNames(doc: Doc, mentions: Mention[]): Set<string> | null {
  let names: Set<string> | null = null;
  for (const m of mentions) if (m.tokenEnd - m.tokenStart === 1 && isAfterStormKind(doc, m.tokenStart)) (names ??= new Set()).add(doc.tokens[m.tokenStart].text);
  return names;
}

function isAfterStormKind(doc: Doc, i: number): boolean {
  const kind = i >= 1 ? doc.tokens[i - 1] : undefined;
  return kind !== undefined && kind.shape === 'title' && STORM_KINDS.has(kind.lower) && kind.sentence === doc.tokens[i].sentence;
}

/** Words a capitalized run may run on over before its event word: "Ostend Film Festival" */
const MAX_RUN = 4;

/**
 * The mention is an event's name ("Commonwealth Games"), or the start of one: "Ostend" in "the
 * Ostend Film Festival", "US" in "the US Open" (the place there only names the event).
 */
function isEventName(doc: Doc, m: Mention): boolean {
  if (m.type === 'date') return false;
  const tokens = doc.tokens;
  // "the Tour de France", "the Tour of Britain": a cycling race named after its country
  if (m.tokenStart >= 2 && (tokens[m.tokenStart - 1].lower === 'de' || tokens[m.tokenStart - 1].lower === 'of') && tokens[m.tokenStart - 2].text === 'Tour') return true;
  // "Hurricane Milton", "Tropical Storm Dolly": a storm's name, whatever town or person it shares
  if (isAfterStormKind(doc, m.tokenStart)) return true;
  const sentence = tokens[m.tokenStart].sentence;
  const from = m.tokenEnd - m.tokenStart >= 2 ? m.tokenEnd - 1 : m.tokenEnd;
  for (let j = from; j < Math.min(m.tokenEnd + MAX_RUN, tokens.length); j++) {
    const token = tokens[j];
    // the run after the mention in title case only: in an all-caps headline every word is capitalized
    const ownWord = j < m.tokenEnd;
    if (token.sentence !== sentence || !(token.shape === 'title' || (ownWord && token.shape === 'upper'))) return false;
    if (token.lower === 'games' ? GAMES_QUALIFIERS.has(tokens[j - 1].lower) : EVENT_HEADS.has(token.lower)) return true;
  }
  return false;
}
