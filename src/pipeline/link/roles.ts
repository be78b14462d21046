// Roles seen with a person, each once: "Prosecutor General" from three mentions and "prosecutor
// general" from a fourth are one role. Different facts stay apart ("Prime Minister" and "former
// Prime Minister"). Honorifics are not roles ("Mr.").

import { isHonorific } from './names';

function roleKey(role: string): string {
  return role
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^(?:the|a|an)\s+/, '')
    // the lookbehind starts a match only at the start of the trailing run: without it every
    // position of a long run of spaces or commas is tried to the end, quadratic time
    .replace(/(?<![\s,;:.])[\s,;:.]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "then Prime Minister", "now chairman": a time word says when, not what */
const LEADING_TIME_WORD = /^(?:then|now)\s+/i;

/** The role without a time word before it or an honorific after it ("chief executive Mr" -> "chief executive"). */
function cleanRole(role: string): string {
  const words = role.replace(LEADING_TIME_WORD, '').split(' ');
  while (words.length > 1 && isHonorific(words[words.length - 1])) words.pop();
  return words.join(' ');
}

// The same few roles come back with every mention of a person ("President", "Minister"): each
// short raw role is cleaned once, and the memo is emptied when it grows large (as nameKey's).
// Only short ones: V8 copies a slice shorter than 13 characters, while a longer one is a view that
// keeps the whole text of its document alive, and the memo outlives documents.
const ROLE_MEMO_LIMIT = 5000;
const MAX_MEMO_ROLE_LENGTH = 12;
const roleMemo = new Map<string, CleanedRole>();

interface CleanedRole {
  role: string;
  key: string;
  /** false for an empty role or an honorific */
  shown: boolean;
}

/** The role as shown, its key and whether it is shown at all, from a role as a rule found it. */
function cleanedRole(raw: string): CleanedRole {
  const memo = raw.length <= MAX_MEMO_ROLE_LENGTH;
  let cleaned = memo ? roleMemo.get(raw) : undefined;
  if (cleaned === undefined) {
    const role = cleanRole(raw.replace(/\s+/g, ' ').trim().replace(/(?<![,;:])[,;:]+$/, '')); // lookbehind: see roleKey
    const key = roleKey(role);
    cleaned = { role, key, shown: key !== '' && !isHonorific(key) };
    if (memo) {
      if (roleMemo.size >= ROLE_MEMO_LIMIT) roleMemo.clear();
      roleMemo.set(raw, cleaned);
    }
  }
  return cleaned;
}

/** Does a role start with a capital ("Prime Minister" over "prime minister")? */
function capitalized(role: string): boolean {
  return role[0] !== role[0].toLowerCase();
}

/**
 * Roles in first-seen order, without duplicates (by case and spacing), honorifics and time words;
 * of two case variants of one role, the capitalized one is shown.
 */
export function dedupeRoles(roles: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const raw of roles) {
    const { role, key, shown } = cleanedRole(raw);
    if (!shown) continue;
    const known = seen.get(key);
    if (known === undefined || (!capitalized(known) && capitalized(role))) seen.set(key, role);
  }
  return [...seen.values()];
}
