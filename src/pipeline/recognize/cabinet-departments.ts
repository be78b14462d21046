// A government department named inside its secretary's title: "Defense Secretary Ann Vell",
// "Secretary of Commerce Tom Hale", "the Secretary of State", or in a list of departments ("the
// Energy, Labor and Interior departments"). The department's short name is an organization there
// (the Department of Defense, of Commerce, of State), and so is the short name alone where the story
// names the department in full ("Justice officials"). Only the departments whose
// head is styled "Secretary" in this way; a minister's portfolio ("Foreign Minister") and a British
// "Secretary of State for Trade" name a role, not a body, and "State Secretary" is a European rank.

import { Doc, Mention, Token } from '../../model';
import { FLAGS } from '../../lexicon';
import { chunkText } from './candidates';
import { tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';
import { isFiniteVerb } from '../../lexicon/word-tags';

/** Departments by their short names, as words in lower case ("state" only after "Secretary of" or
 * in a list of departments) */
const DEPARTMENTS: readonly string[][] = [
  ['state'],
  ['defense'],
  ['defence'],
  ['interior'],
  ['justice'],
  ['treasury'],
  ['commerce'],
  ['labor'],
  ['agriculture'],
  ['energy'],
  ['education'],
  ['transportation'],
  ['health', 'and', 'human', 'services'],
  ['housing', 'and', 'urban', 'development'],
  ['veterans', 'affairs'],
  ['homeland', 'security'],
];

/** What may stand before "<Department> Secretary": the country, a rank, or no capitalized word */
const BEFORE_DEPARTMENT = new Set(['the', 'u.s.', 'us', 'american', 'deputy', 'assistant', 'under', 'acting', 'former', 'then', 'interim', 'outgoing', 'incoming']);

function isSecretary(token: Token | undefined): boolean {
  return token !== undefined && token.text === 'Secretary';
}

/** The department whose words, capitalized, run from `at` (in reading order); its length, or 0 */
function departmentAt(tokens: readonly Token[], at: number, stateToo: boolean): number {
  for (const words of DEPARTMENTS) {
    if (words[0] === 'state' && !stateToo) continue;
    let n = 0;
    while (n < words.length) {
      const token = tokens[at + n];
      if (!token || token.lower !== words[n] || (words[n] !== 'and' && token.shape !== 'title' && token.shape !== 'upper')) break;
      n++;
    }
    if (n === words.length) return n;
  }
  return 0;
}

/** The department's length when it ends just before `end` ("Homeland Security Secretary"), or 0;
 * "State" only in a list of departments (`stateToo`) */
function departmentEndingAt(tokens: readonly Token[], end: number, stateToo = false): number {
  for (const words of DEPARTMENTS) {
    if ((words[0] === 'state' && !stateToo) || end - words.length < 0) continue;
    if (departmentAt(tokens, end - words.length, stateToo) === words.length) return words.length;
  }
  return 0;
}

function isCapitalizedWord(token: Token | undefined, sentence: number): token is Token {
  return token !== undefined && token.sentence === sentence && token.shape !== 'lower' && token.shape !== 'punct' && !BEFORE_DEPARTMENT.has(token.lower);
}

/** A word of a longer name before `at`: a capitalized word, or "<Word> and" with an ordinary word
 * ("Fish and Energy Secretary"; not "Hale and Labor Secretary", two secretaries listed) */
function isNameWordBefore(tokens: readonly Token[], at: number, sentence: number): boolean {
  const before = tokens[at - 1];
  if (before && (before.lower === 'and' || before.text === '&')) {
    const word = tokens[at - 2];
    return isCapitalizedWord(word, sentence) && (tokenFlags(word) & FLAGS.common) !== 0;
  }
  return isCapitalizedWord(before, sentence);
}

/** A list's joiners: "the Energy, Labor and Interior departments" */
function isListJoiner(token: Token | undefined): boolean {
  return token !== undefined && (token.text === ',' || token.lower === 'and');
}

/**
 * "the Energy, Labor and Interior departments", "the departments of State and Transportation":
 * the departments listed by their short names before or after the plural.
 */
function listedDepartments(doc: Doc, found: Mention[]): void {
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].lower !== 'departments' || tokens[i].shape !== 'lower') continue;
    const sentence = tokens[i].sentence;
    // before: walk back over "<Department>[,] [and] <Department> ... departments"
    let end = i;
    for (;;) {
      const length = departmentEndingAt(tokens, end, true);
      if (length === 0 || tokens[end - length].sentence !== sentence) break;
      found.push(mentionFromTokens(doc, 'organization', end - length, end, 'organization.cabinet-department', 0.7));
      let at = end - length;
      while (isListJoiner(tokens[at - 1])) at--;
      if (at === end - length) break;
      end = at;
    }
    // after: "departments of <Department>, <Department> and <Department>"
    if (tokens[i + 1]?.lower !== 'of') continue;
    let at = i + 2;
    for (;;) {
      const length = departmentAt(tokens, at, true);
      if (length === 0 || tokens[at + length - 1].sentence !== sentence) break;
      found.push(mentionFromTokens(doc, 'organization', at, at + length, 'organization.cabinet-department', 0.7));
      let next = at + length;
      while (isListJoiner(tokens[next])) next++;
      if (next === at + length) break;
      at = next;
    }
  }
}

/** Lower-case words after a department's short name that make it the body: "Justice officials" */
const DEPARTMENT_STAFF = new Set(['official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'prosecutors', 'investigators', 'aides', 'staff', 'secretary']);
/** Verbs after a short name that leave it a common noun: "Justice was served", "Defense is key" */
const NOT_ACTS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must']);

/** Prepositions before a department's short name as a place of work: "a lawyer at Justice" */
const AT_DEPARTMENT = new Set(['at', 'from', 'to', 'within', 'inside', 'through']);

/** The departments a document names in full ("the Justice Department", "the Department of Justice"), as their first words */
function departmentsNamedInFull(doc: Doc): Set<string> {
  const named = new Set<string>();
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== 'Department') continue;
    const length = departmentEndingAt(tokens, i);
    if (length > 0) named.add(tokens[i - length].lower);
    if (tokens[i + 1]?.lower === 'of' && departmentAt(tokens, i + 2, false) > 0) named.add(tokens[i + 2].lower);
  }
  return named;
}

/**
 * In a story that names the department in full, its short name alone is the body: "Justice
 * spokesman Ed Kent", "Justice officials", "at Justice", "Justice has ...". Not a title before a
 * name ("Justice Ann Vell"), nor the end of a longer name ("Chief Justice", "Environmental Justice").
 */
function departmentsByShortName(doc: Doc, found: Mention[]): void {
  const named = departmentsNamedInFull(doc);
  if (named.size === 0) return;
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.shape !== 'title' || !named.has(token.lower)) continue;
    const length = departmentAt(tokens, i, false);
    if (length === 0) continue;
    const sentence = token.sentence;
    const before = tokens[i - 1];
    const after = tokens[i + length];
    if (before && before.sentence === sentence && !token.sentenceInitial && before.shape !== 'lower' && before.shape !== 'punct') continue;
    if (!after || after.sentence !== sentence) continue;
    const body =
      (after.shape === 'lower' && (DEPARTMENT_STAFF.has(after.lower) || (isFiniteVerb(after.lower) && !NOT_ACTS.has(after.lower)))) ||
      (after.lower === "'s" && tokens[i + length + 1]?.shape === 'lower') ||
      (before?.shape === 'lower' && AT_DEPARTMENT.has(before.lower) && (after.shape === 'punct' || after.shape === 'lower'));
    if (body) found.push(mentionFromTokens(doc, 'organization', i, i + length, 'organization.cabinet-department', 0.65));
  }
}

export function recognizeCabinetDepartments(doc: Doc): Mention[] {
  const found = newMentions();
  const text = chunkText(doc);
  if (text.includes('departments')) listedDepartments(doc, found);
  if (text.includes('Department')) departmentsByShortName(doc, found);
  // most stories have no secretary at all: one scan of the text spares the token loop
  if (!text.includes('Secretary')) return found;
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!isSecretary(tokens[i])) continue;
    const sentence = tokens[i].sentence;
    // "Secretary of Energy", not "Secretary of State for Trade" (a British portfolio) nor "Ohio
    // Secretary of State" (a state's own)
    if (tokens[i + 1]?.lower === 'of' && !isNameWordBefore(tokens, i, sentence)) {
      const length = departmentAt(tokens, i + 2, true);
      const after = tokens[i + 2 + length];
      if (length > 0 && tokens[i + 1 + length].sentence === sentence && after?.lower !== 'for') {
        found.push(mentionFromTokens(doc, 'organization', i + 2, i + 2 + length, 'organization.cabinet-department', 0.7));
      }
    }
    // "Energy Secretary", not "Marrowfield Energy Secretary" (a state's own department) nor
    // "Marrowfield Fish and Energy Secretary"
    const length = departmentEndingAt(tokens, i);
    if (length === 0) continue;
    const start = i - length;
    if (tokens[start].sentence === sentence && !isNameWordBefore(tokens, start, sentence)) {
      found.push(mentionFromTokens(doc, 'organization', start, i, 'organization.cabinet-department', 0.7));
    }
  }
  return found;
}
