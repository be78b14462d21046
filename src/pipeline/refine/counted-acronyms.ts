// Initials the story counts are things, not bodies: "savers moved money into IRAs ... an IRA grows
// tax-free" (an account, not the listed army). A body is never written in the plural, so an
// organization's initials that the story also writes with a plural "s" ("IRAs", "TKVs") name the
// thing throughout the story, and such mentions are left out like an index's name (market-indexes.ts).
// So are basis points after their number in capitals ("MARGIN +35 BP", "FEES 15 BP"), where a firm of
// those initials never stands.

import { Doc, Mention } from '../../model';

/** "IRAs", "TKVs": two or more capitals and a plural "s" */
const PLURAL_INITIALS = /^(\p{Lu}{2,})s$/u;

/** a unit's initials after a number: basis points */
const UNIT_INITIALS = new Set(['BP', 'BPS']);

/** "20 BP", "+12.5 BP": the number right before the one-token mention */
function isCountedUnit(doc: Doc, m: Mention): boolean {
  if (m.tokenEnd - m.tokenStart !== 1 || !UNIT_INITIALS.has(doc.tokens[m.tokenStart].text)) return false;
  const before = doc.tokens[m.tokenStart - 1];
  return before !== undefined && before.shape === 'number' && before.sentence === doc.tokens[m.tokenStart].sentence;
}

export function withoutCountedAcronyms(doc: Doc, mentions: Mention[]): Mention[] {
  if (mentions.some((m) => m.type === 'organization' && isCountedUnit(doc, m))) mentions = mentions.filter((m) => m.type !== 'organization' || !isCountedUnit(doc, m));
  let counted: Set<string> | null = null;
  for (const token of doc.tokens) {
    const plural = PLURAL_INITIALS.exec(token.text);
    if (plural) (counted ??= new Set()).add(plural[1]);
  }
  if (!counted) return mentions;
  const stems = counted;
  return mentions.filter((m) => m.type !== 'organization' || m.tokenEnd - m.tokenStart !== 1 || !stems.has(doc.tokens[m.tokenStart].text));
}
