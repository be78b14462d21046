// News outlets named by their reporters, as broadcasts hand over to them: "The Harbour Wire's Dana
// Kresk reports from Kellby", "Channel Nine's Tom Reyes has more". A name with "'s" before a
// reporter's name and a verb of reporting is the outlet's, an organization, however ordinary its
// words ("The Planet", "Evening Light"). A broadcast's sign-off names the outlet too: "For The
// Planet, I'm Dana Kresk in Kellby." (a capitalized "The" kept, as a masthead's).

import { Doc, Mention } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { FUNCTION_WORDS, chunkText, tokenStartingAt } from './candidates';
import { tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';

/** What the reporter does next: "reports", "has more", "is in Kellby" */
const REPORTING_VERBS = new Set(['reports', 'reported', 'reporting']);
const HAS_OBJECTS = new Set(['more', 'the', 'our', 'this']);
const LOCATING_WORDS = new Set(['in', 'at']);
/** The outlet's words: not a place, a nationality or a person the lexicon knows ("Britain's Dana Kresk reports") */
const NOT_OUTLET = PLACE_FLAGS | FLAGS.demonym | FLAGS.person | FLAGS.given | FLAGS.title | FLAGS.time;
const MAX_OUTLET_WORDS = 3;
const MAX_REPORTER_WORDS = 3;

export function recognizeReporterOutlets(doc: Doc): Mention[] {
  const text = chunkText(doc);
  if (!text.includes("'s") && !text.includes('’s')) return [];
  const tokens = doc.tokens;
  const found = newMentions();
  for (let i = 1; i < tokens.length - 2; i++) {
    const clitic = tokens[i];
    if (clitic.lower !== "'s" || clitic.spaceBefore) continue;
    const outletStart = outletBefore(doc, i);
    if (outletStart < 0) continue;
    const reporterEnd = reporterAfter(doc, i + 1);
    if (reporterEnd < 0 || !reportsNext(doc, reporterEnd)) continue;
    found.push(mentionFromTokens(doc, 'organization', outletStart, i, 'organization.reporter-outlet', 0.75));
  }
  return found;
}

/** What the reporter says before the name in a sign-off: "I'm", "I am", "this is" */
const SIGN_OFF_OPENINGS = new Set(["i'm", 'i', 'this']);

/**
 * "For The Planet, I'm Dana Kresk.", "For Evening Light, this is Tom Reyes in Kellby.": the one
 * to three capitalized words after a sentence's opening "For", before the reporter's own name,
 * are the outlet the reporter signs off for (not a place: "For Kellby, this is ..." is no outlet).
 */
export function recognizeSignOffOutlets(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const found = newMentions();
  if (tokens.length < 5) return found;
  // (the sign-off opens with "For": the text is searched for it, and only those tokens are read)
  const text = doc.text;
  const last = tokens[tokens.length - 5].start;
  for (let at = text.indexOf('For ', tokens[0].start); at !== -1 && at <= last; at = text.indexOf('For ', at + 4)) {
    const i = tokenStartingAt(doc, at);
    if (i < 0) continue;
    const opening = tokens[i];
    if (!opening.sentenceInitial) continue;
    // a capitalized "The" stays in the outlet's name, as in a masthead ("For The Planet"; not "For the Planet")
    const start = tokens[i + 1].lower === 'the' ? i + 2 : i + 1;
    let end = start;
    while (end < tokens.length && end - start < MAX_OUTLET_WORDS && tokens[end].sentence === opening.sentence && (tokens[end].shape === 'title' || tokens[end].shape === 'upper') && !FUNCTION_WORDS.has(tokens[end].lower) && !SIGN_OFF_OPENINGS.has(tokens[end].lower)) end++;
    if (end === start) continue;
    let k = end;
    if (tokens[k]?.text === ',') k++;
    const said = tokens[k];
    if (!said || said.sentence !== opening.sentence || !SIGN_OFF_OPENINGS.has(said.lower)) continue;
    // "I'm" is one token; "I am" and "this is" are two
    if (said.lower !== "i'm") {
      const verb = tokens[k + 1];
      if (!verb || verb.lower !== (said.lower === 'i' ? 'am' : 'is')) continue;
      k++;
    }
    // the reporter's name closes the sentence or says where: "I'm Dana Kresk.", "this is Tom Reyes in
    // Kellby" (not "For Kowal, this is Anna Nowak's second defeat")
    const reporterEnd = reporterAfter(doc, k + 1);
    if (reporterEnd < 0) continue;
    const close = tokens[reporterEnd];
    if (close && close.sentence === opening.sentence && close.text !== '.' && close.text !== ',' && !LOCATING_WORDS.has(close.lower) && close.lower !== 'reporting') continue;
    let outlet = true;
    for (let j = start; j < end; j++) if (tokenFlags(tokens[j]) & (NOT_OUTLET | FLAGS.surname)) outlet = false;
    if (outlet) found.push(mentionFromTokens(doc, 'organization', tokens[i + 1].text === 'The' ? i + 1 : start, end, 'organization.reporter-outlet', 0.75));
  }
  return found;
}

/** Start of the one to three capitalized words before token `clitic`, or -1. */
function outletBefore(doc: Doc, clitic: number): number {
  const tokens = doc.tokens;
  let start = clitic;
  while (start > 0 && clitic - start < MAX_OUTLET_WORDS) {
    const token = tokens[start - 1];
    if (token.sentence !== tokens[clitic].sentence || (token.shape !== 'title' && token.shape !== 'upper') || FUNCTION_WORDS.has(token.lower)) break;
    start--;
  }
  if (start === clitic) return -1;
  for (let i = start; i < clitic; i++) if (tokenFlags(tokens[i]) & NOT_OUTLET) return -1;
  return start;
}

/** End of a reporter's name after token `from` (a first name, then one or two capitalized words), or -1. */
function reporterAfter(doc: Doc, from: number): number {
  const tokens = doc.tokens;
  const first = tokens[from];
  if (!first || first.shape !== 'title' || !(tokenFlags(first) & FLAGS.given)) return -1;
  let end = from + 1;
  while (end < tokens.length && end - from < MAX_REPORTER_WORDS && tokens[end].shape === 'title' && tokens[end].sentence === first.sentence) end++;
  return end - from >= 2 ? end : -1;
}

function reportsNext(doc: Doc, at: number): boolean {
  const tokens = doc.tokens;
  const verb = tokens[at];
  const object = tokens[at + 1];
  if (!verb || verb.sentence !== tokens[at - 1].sentence) return false;
  if (REPORTING_VERBS.has(verb.lower)) return true;
  if (!object || object.sentence !== verb.sentence) return false;
  if (verb.lower === 'has') return HAS_OBJECTS.has(object.lower);
  return verb.lower === 'is' && LOCATING_WORDS.has(object.lower);
}
