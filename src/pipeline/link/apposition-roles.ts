// Roles from appositions, which sit next to the name rather than before it:
//   "Daniyar Kasymov, the former prime minister, appeared in court"  -> "former prime minister"
//   "Peter Halloran (former chairman of Northern Grain Bank) said"   -> "former chairman of Northern Grain Bank"
//   "Kassymov's lawyer, Arman Bekov, called the detention political" -> "lawyer"
//   "Jane Roe, chairman and chief executive of Acme, said"           -> "chairman and chief executive of Acme"
// The role must start with a title from the lexicon (with its modifiers: "former", "Kazakh"), so
// "Kasymov, 61," and "Astana, the capital," give nothing. A complement "of/at/for Z" is kept when Z
// is an organization or place found in the text. Runs on a chunk's resolved mentions, before linking.

import { Doc, Mention } from '../../model';
import { titleBefore, titlesFrom } from '../recognize/titles';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'now']);
const COMPLEMENT = new Set(['of', 'at', 'for']);
const ROLE_ENDS = new Set([',', '.', ')', ';', ':', '-', '--', '—', '–', 'who', 'which', 'whose', 'and']);
const MAX_DETERMINERS = 2;

function addRole(mention: Mention, role: string): void {
  if (!mention.roles) mention.roles = [role];
  else if (!mention.roles.includes(role)) mention.roles.push(role);
}

export function attachAppositionRoles(doc: Doc, mentions: Mention[]): void {
  const startingAt = new Map<number, Mention>();
  for (const mention of mentions) startingAt.set(mention.tokenStart, mention);
  for (const mention of mentions) {
    if (mention.type !== 'person') continue;
    const after = roleAfter(doc, mention, startingAt);
    if (after) addRole(mention, after);
    const before = roleBefore(doc, mention);
    if (before) addRole(mention, before);
  }
}

function text(doc: Doc, start: number, end: number): string {
  return doc.text.slice(doc.tokens[start].start, doc.tokens[end - 1].end).replace(/\s+/g, ' ');
}

/** "X, the former Y of Z," and "X (former Y of Z)" */
function roleAfter(doc: Doc, mention: Mention, startingAt: Map<number, Mention>): string | null {
  const tokens = doc.tokens;
  const open = tokens[mention.tokenEnd];
  if (!open || (open.text !== ',' && open.text !== '(') || open.sentence !== tokens[mention.tokenStart].sentence) return null;
  let start = mention.tokenEnd + 1;
  for (let n = 0; n < MAX_DETERMINERS && tokens[start] && DETERMINERS.has(tokens[start].lower); n++) start++;
  if (!tokens[start] || tokens[start].sentence !== open.sentence) return null;
  const run = titlesFrom(doc, start);
  if (!run) return null;
  let end = run.end;
  // conjoined titles: "the chairman and chief executive of Acme"
  while (tokens[end] && (tokens[end].lower === 'and' || tokens[end].text === '&') && tokens[end].sentence === open.sentence) {
    const more = tokens[end + 1] && tokens[end + 1].sentence === open.sentence ? titlesFrom(doc, end + 1) : null;
    if (!more) break;
    end = more.end;
  }
  // "of Northern Grain Bank": only when the complement is an entity the recognizers found
  if (tokens[end] && COMPLEMENT.has(tokens[end].lower)) {
    let at = end + 1;
    if (tokens[at]?.lower === 'the') at++;
    const entity = startingAt.get(at);
    if (entity && entity.type !== 'person' && entity.type !== 'date') end = entity.tokenEnd;
  }
  // "Bob Smith, the president." ends the sentence: the period is not the title's
  let roleEnd = end;
  while (roleEnd > run.start + 1 && tokens[roleEnd - 1].text === '.') roleEnd--;
  const next = tokens[end];
  const closed = open.text === '(' ? next?.text === ')' : !next || next.sentence !== open.sentence || ROLE_ENDS.has(next.lower);
  return closed ? text(doc, run.start, roleEnd) : null;
}

/** "Kassymov's lawyer, Arman Bekov," and "the former prime minister, Karim Massimov, said" */
function roleBefore(doc: Doc, mention: Mention): string | null {
  const tokens = doc.tokens;
  const comma = mention.tokenStart - 1;
  if (comma < 1 || tokens[comma].text !== ',') return null;
  const run = titleBefore(doc, comma);
  if (!run || run.start >= comma) return null;
  // a determiner, a possessive or the sentence start before the title: "the lawyer", "his lawyer",
  // "Kassymov's lawyer"; not a list ("... said the minister, Bekov and Roe")
  const before = tokens[run.start - 1];
  const opens = !before || before.sentence !== tokens[run.start].sentence || DETERMINERS.has(before.lower) || /^'s$/i.test(before.norm);
  // the apposition closes after the name
  const next = tokens[mention.tokenEnd];
  const closes = !next || next.sentence !== tokens[comma].sentence || next.text === ',' || next.text === '.';
  return opens && closes ? text(doc, run.start, comma) : null;
}
