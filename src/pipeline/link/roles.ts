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

/** Roles in first-seen order, without duplicates (by case and spacing) and honorifics. */
export function dedupeRoles(roles: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const raw of roles) {
    const role = raw.replace(/\s+/g, ' ').trim().replace(/(?<![,;:])[,;:]+$/, ''); // lookbehind: see roleKey
    const key = roleKey(role);
    if (key === '' || isHonorific(key) || seen.has(key)) continue;
    seen.set(key, role);
  }
  return [...seen.values()];
}
