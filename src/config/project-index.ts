// The project file compiled into look-ups by name key, for the linker (every document) and the
// corpus tools (every entity): constant time per name.

import { EntityType } from '../model';
import { nameKey } from '../pipeline/link/names';
import { Project } from './project';

function typed(type: EntityType | undefined, key: string): string {
  return `${type ?? '*'}|${key}`;
}

export class ProjectIndex {
  private readonly canonical = new Map<string, string>();
  private readonly denied = new Set<string>();
  private readonly apart = new Set<string>();
  private readonly apartByKey = new Map<string, Set<string>>();

  constructor(readonly project: Project) {
    // watched names are confirmed names too: their aliases join them
    for (const entity of [...project.merge, ...project.watch]) {
      for (const name of [entity.name, ...entity.aliases]) {
        const id = typed(entity.type, nameKey(name));
        if (!this.canonical.has(id)) this.canonical.set(id, entity.name);
      }
    }
    for (const entry of project.deny) this.denied.add(typed(entry.type, nameKey(entry.name)));
    for (const [a, b] of project.separate) {
      const [ka, kb] = [nameKey(a), nameKey(b)];
      this.apart.add(pairKey(ka, kb));
      for (const [x, y] of [[ka, kb], [kb, ka]]) {
        const set = this.apartByKey.get(x) ?? new Set<string>();
        set.add(y);
        this.apartByKey.set(x, set);
      }
    }
  }

  /** The confirmed canonical name of a name of this type, if the project names one. */
  canonicalName(type: EntityType, name: string): string | undefined {
    const key = nameKey(name);
    return this.canonical.get(typed(type, key)) ?? this.canonical.get(typed(undefined, key));
  }

  isDenied(type: EntityType, name: string): boolean {
    const key = nameKey(name);
    return this.denied.has(typed(type, key)) || this.denied.has(typed(undefined, key));
  }

  /** The reporter said these two names are different entities. */
  keptApart(a: string, b: string): boolean {
    return this.apart.has(pairKey(nameKey(a), nameKey(b)));
  }

  /** Name keys the reporter said are not this name's entity ("separate"). */
  keptApartFrom(key: string): ReadonlySet<string> | undefined {
    return this.apartByKey.get(key);
  }

  get titles(): readonly string[] {
    return this.project.titles;
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
