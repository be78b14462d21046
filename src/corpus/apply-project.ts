// The project file's decisions, applied to one document's entities at corpus level (summary, merge,
// graph): confirmed merges rename an entity to its confirmed name, denied names disappear, and
// entities that now share a name become one. The linker applies the same decisions while it links,
// so this matters for results extracted before the decision was made (`newsner merge` on old
// JSONL), and it is idempotent.

import { ProjectIndex } from '../config/project-index';
import { DocumentResult, EntityRecord } from '../model';
import { nameKey } from '../pipeline/link/names';
import { corpusKey } from './keys';

function mergeInto(target: EntityRecord, other: EntityRecord): void {
  target.count += other.count;
  target.mentions = [...target.mentions, ...other.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const seen = new Set([nameKey(target.name), ...(target.aliases ?? []).map(nameKey)]);
  for (const alias of [other.name, ...(other.aliases ?? [])]) {
    if (seen.has(nameKey(alias))) continue;
    seen.add(nameKey(alias));
    target.aliases = [...(target.aliases ?? []), alias];
  }
  if (other.roles?.length) {
    const roles = new Set(target.roles ?? []);
    for (const role of other.roles) roles.add(role);
    target.roles = [...roles];
  }
}

export function applyProjectToResult(result: DocumentResult, project: ProjectIndex | null): DocumentResult {
  if (!project) return result;
  const byKey = new Map<string, EntityRecord>();
  const entities: EntityRecord[] = [];
  for (const original of result.entities) {
    if (original.type !== 'date' && project.isDenied(original.type, original.name)) continue;
    let entity = original;
    const confirmed = entity.type === 'date' ? undefined : project.canonicalName(entity.type, entity.name);
    if (confirmed !== undefined && confirmed !== entity.name) {
      const aliases = (entity.aliases ?? []).filter((alias) => nameKey(alias) !== nameKey(confirmed));
      if (nameKey(entity.name) !== nameKey(confirmed)) aliases.unshift(entity.name);
      entity = { ...entity, name: confirmed, aliases };
      delete entity.ambiguous;
    }
    const key = corpusKey(entity);
    const seen = byKey.get(key);
    if (seen) {
      mergeInto(seen, entity);
      continue;
    }
    const copy = { ...entity };
    byKey.set(key, copy);
    entities.push(copy);
  }
  return { ...result, entities };
}
