// The linker's working state: groups of mentions that are one entity so far. Rules join groups
// (a union-find: a joined group points at the group it joined); the records are built from the
// groups that joined nothing (the roots).

import { EntityType } from '../../model';
import type { PlacedMention } from './placed';
import { keyWords, personWords } from './names';

/** A mention with the name it is compared by (honorific and possessive removed). */
export interface NamedMention {
  mention: PlacedMention;
  name: string;
  /** nameKey(name), kept so that it is looked up once per mention ('' for a date: dates group by value) */
  key: string;
}

export interface NameGroup {
  /** order of first appearance: ties are broken by it, so output never depends on map order */
  id: number;
  type: EntityType;
  /** the name key the group was formed on */
  key: string;
  /** the key's words (for a person, without a trailing "Jr.") */
  words: string[];
  mentions: NamedMention[];
  /** a name fixed by the abbreviation table or the project file ("U.S." -> "United States") */
  fixedName?: string;
  /** set when this group joined another */
  parent?: NameGroup;
  /** a short name that ends several full names: the groups it could be, none chosen */
  candidates?: NameGroup[];
  /** why the group joined its parent: the linking rule ("surname", "acronym", ...) */
  joinedBy?: string;
  /** name keys the project file keeps apart from this one ("separate": Macron is not Brigitte Macron) */
  apart?: ReadonlySet<string>;
}

export function rootOf(group: NameGroup): NameGroup {
  let root = group;
  while (root.parent) root = root.parent;
  // path compression keeps chains short on documents with thousands of mentions
  let node = group;
  while (node.parent && node.parent !== root) {
    const next: NameGroup = node.parent;
    node.parent = root;
    node = next;
  }
  return root;
}

/** Join group into target (both resolved to their roots first); false when already one. */
export function joinGroups(group: NameGroup, target: NameGroup, rule: string): boolean {
  const from = rootOf(group);
  const into = rootOf(target);
  if (from === into) return false;
  from.parent = into;
  from.joinedBy = rule;
  if (from.fixedName && !into.fixedName) into.fixedName = from.fixedName;
  return true;
}

/**
 * Distinct roots of some candidate groups, in the order given, without the root of `except` (the
 * group looking for a match) and without candidates the project file keeps apart from it.
 */
export function distinctRoots(groups: Iterable<NameGroup>, except?: NameGroup): NameGroup[] {
  const seen = new Set<NameGroup>();
  const exceptRoot = except ? rootOf(except) : undefined;
  for (const group of groups) {
    if (except?.apart && (except.apart.has(group.key) || except.apart.has(rootOf(group).key))) continue;
    const root = rootOf(group);
    if (root !== exceptRoot) seen.add(root);
  }
  return [...seen];
}

export function makeGroup(id: number, type: EntityType, key: string): NameGroup {
  // the optional fields present from the start (undefined): every group has one shape for V8
  return {
    id,
    type,
    key,
    words: type === 'person' ? personWords(key) : keyWords(key),
    mentions: [],
    fixedName: undefined,
    parent: undefined,
    candidates: undefined,
    joinedBy: undefined,
    apart: undefined,
  };
}
