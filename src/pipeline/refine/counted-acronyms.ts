// Initials the story counts are things, not bodies: "savers moved money into IRAs ... an IRA grows
// tax-free" (an account, not the listed army). A body is never written in the plural, so an
// organization's initials that the story also writes with a plural "s" ("IRAs", "TKVs") name the
// thing throughout the story, and such mentions are left out like an index's name (market-indexes.ts).

import { Doc, Mention } from '../../model';

/** "IRAs", "TKVs": two or more capitals and a plural "s" */
const PLURAL_INITIALS = /^(\p{Lu}{2,})s$/u;

export function withoutCountedAcronyms(doc: Doc, mentions: Mention[]): Mention[] {
  let counted: Set<string> | null = null;
  for (const token of doc.tokens) {
    const plural = PLURAL_INITIALS.exec(token.text);
    if (plural) (counted ??= new Set()).add(plural[1]);
  }
  if (!counted) return mentions;
  const stems = counted;
  return mentions.filter((m) => m.type !== 'organization' || m.tokenEnd - m.tokenStart !== 1 || !stems.has(doc.tokens[m.tokenStart].text));
}
