// Roles that need the document's tokens, attached to person mentions before linking: the project
// file's extra titles, then appositions. The pipeline calls this once per chunk, on the resolved
// mentions (src/pipeline/index.ts, after resolveOverlaps).

import { Doc, Mention } from '../../model';
import { attachAppositionRoles } from './apposition-roles';
import { applyProjectTitles } from './project-titles';

export function attachContextRoles(doc: Doc, mentions: Mention[]): Mention[] {
  applyProjectTitles(doc, mentions);
  attachAppositionRoles(doc, mentions);
  return mentions;
}
