// Linking (a refiner over the whole document): mentions become entities, GATE OrthoMatcher-style.
// Each rule is one file in link/; they run in this order, each joining groups of mentions:
//   build-groups       same type and name key ("EPSTEIN" = "Epstein"), honorific and possessive
//                      dropped ("Mr. Massimov's" = "Massimov"), project file and "U.S." table applied
//   acronyms           "Committee for National Security (KNB)" ... "KNB"; "FBI" = its initials
//   inverted-of        "Finance Ministry" = "Ministry of Finance"
//   legal-form         "Lockheed" = "Lockheed Corp."
//   name-subsets       "J. Epstein", "Jeffrey E. Epstein" = "Jeffrey Edward Epstein"
//   spelling-variants  "Karim Masimov" = "Karim Massimov" (long surname one edit apart)
//   short-forms        "Epstein" = the one full name it ends; with two candidates it stays ambiguous
//   spelling-variants  "Masimov" = the one person whose surname is one edit from it
//   all-caps-retype    "NAZARBAYEV" taken for an organization = the person Nursultan Nazarbayev
// Every step is a map look-up per group (no comparison of every name with every other), so a
// document with thousands of mentions links in linear time.

import { EntityRecord, EntityType, ENTITY_TYPES, MentionRecord } from '../model';
import { activeProject } from '../config/active';
import { joinAcronyms } from './link/acronyms';
import { joinAllCapsToPersons } from './link/all-caps-retype';
import { joinInvertedOf } from './link/inverted-of';
import { joinLegalForms } from './link/legal-form';
import { buildGroups } from './link/build-groups';
import { chooseCanonicalName } from './link/canonical';
import { distinctRoots, NamedMention, NameGroup, rootOf } from './link/groups';
import { isAllCaps, nameKey } from './link/names';
import { isVagueValue } from '../dates/vague';
import { joinNameSubsets } from './link/name-subsets';
import { PlacedMention } from './link/placed';
import { dedupeRoles } from './link/roles';
import { indexNameEndings, joinShortForms } from './link/short-forms';
import { joinFullNameVariants, joinSurnameVariants } from './link/spelling-variants';

export type { PlacedMention } from './link/placed';
function toRecord(mention: PlacedMention): MentionRecord {
  const record: MentionRecord = {
    text: mention.text,
    start: mention.start,
    end: mention.end,
    line: mention.line,
    column: mention.column,
    sentence: mention.sentenceText,
    rule: mention.rule,
  };
  // a date's own completion ("Monday" is inferred where "March 4, 2024" of the same entity is not)
  const resolution = mention.resolution;
  if (resolution !== undefined && resolution.inferred.length > 0) {
    record.inferred = resolution.inferred;
    if (resolution.anchor !== undefined) record.anchor = resolution.anchor;
  }
  return record;
}

/** Other surface forms of the entity, each key once: "MASSIMOV" only when no "Massimov" was seen. */
function aliasesOf(name: string, named: NamedMention[]): string[] {
  const own = nameKey(name);
  // most entities are written one way only (up to case and marks): no map for them
  if (allKeysAre(named, own)) return [];
  const byKey = new Map<string, string>([[own, name]]);
  for (const { name: alias, key } of named) {
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, alias);
    else if (isAllCaps(seen) && !isAllCaps(alias)) byKey.set(key, alias);
  }
  byKey.delete(own);
  return [...byKey.values()];
}

function allKeysAre(named: NamedMention[], key: string): boolean {
  for (const n of named) if (n.key !== key) return false;
  return true;
}

function byPosition(a: NamedMention, b: NamedMention): number {
  return a.mention.start - b.mention.start || a.mention.end - b.mention.end;
}

/** Are the mentions in byPosition's order already (what sorting them would leave as it is)? */
function inTextOrder(named: NamedMention[]): boolean {
  for (let i = 1; i < named.length; i++) if (byPosition(named[i - 1], named[i]) > 0) return false;
  return true;
}

function buildRecord(root: NameGroup, members: NameGroup[], names: Map<NameGroup, string>): EntityRecord {
  // loops, not flatMap: V8 runs flatMap through a slow generic path, and this is every entity
  // (most entities are one group whose mentions came in text order: no copy and no sort for them)
  let named: NamedMention[];
  if (members.length === 1 && inTextOrder(members[0].mentions)) named = members[0].mentions;
  else {
    named = [];
    for (const group of members) for (const mention of group.mentions) named.push(mention);
    named.sort(byPosition);
  }
  const name = names.get(root)!;
  const entity: EntityRecord = { type: root.type, name, count: named.length, mentions: named.map((n) => toRecord(n.mention)) };
  if (root.type === 'date') {
    const dated = named.find((n) => n.mention.value !== undefined)?.mention;
    if (dated?.value !== undefined) entity.value = dated.value;
    if (dated?.resolution) {
      entity.inferred = dated.resolution.inferred;
      if (dated.resolution.anchor) entity.anchor = dated.resolution.anchor;
    }
    if (isVagueValue(entity.value)) entity.vague = true;
    return entity;
  }
  // other surface forms, but not the name in capitals ("EPSTEIN" says nothing new)
  entity.aliases = aliasesOf(name, named);
  if (root.type === 'person') {
    const roles: string[] = [];
    for (const n of named) {
      const seen = n.mention.roles;
      if (seen) for (const role of seen) roles.push(role);
    }
    entity.roles = dedupeRoles(roles);
    const candidates = root.candidates ? distinctRoots(root.candidates, root) : [];
    if (candidates.length > 1) {
      entity.ambiguous = candidates.sort((a, b) => a.id - b.id).map((candidate) => names.get(candidate)!);
    }
  }
  return entity;
}

/** Entities come out by type in ENTITY_TYPES' order, then by their first mention. */
const TYPE_ORDER = Object.fromEntries(ENTITY_TYPES.map((type, i) => [type, i])) as Record<EntityType, number>;

export function linkMentions(mentions: PlacedMention[]): EntityRecord[] {
  const groups = buildGroups(mentions, activeProject());

  joinAcronyms(groups);
  joinInvertedOf(groups);
  joinLegalForms(groups);
  joinNameSubsets(groups);
  joinFullNameVariants(groups);
  // the joins from here on change no group's type or words, so one index of name endings serves both
  const byEnding = indexNameEndings(groups);
  joinShortForms(groups, byEnding);
  joinSurnameVariants(groups);
  joinAllCapsToPersons(groups, byEnding);

  const members = new Map<NameGroup, NameGroup[]>();
  for (const group of groups) {
    const root = rootOf(group);
    const list = members.get(root);
    if (list) list.push(group);
    else members.set(root, [group]);
  }
  const names = new Map<NameGroup, string>();
  for (const [root, list] of members) names.set(root, chooseCanonicalName(root, list));

  // (built by push and never empty, so the array sorted has one map: an empty array from map()
  // has another, and sorting it deoptimized linkMentions)
  if (members.size === 0) return [];
  const entities: EntityRecord[] = [];
  for (const [root, list] of members) entities.push(buildRecord(root, list, names));
  return entities.sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.mentions[0].start - b.mentions[0].start);
}
