// First step of linking: every mention gets the name it is compared by, and mentions with the same
// name key and type form a group ("EPSTEIN" and "Epstein" are one key). The project file and the
// abbreviation table fix some names first ("U.S." -> "United States"); denied names are dropped.

import { EntityType } from '../../model';
import type { PlacedMention } from './placed';
import { ProjectIndex } from '../../config/project-index';
import { commonAbbreviationOfKey } from './abbreviations';
import { makeGroup, NameGroup } from './groups';
import { nameKey, stripHonorific, withoutPossessive } from './names';

const UNUSUAL_SPACE = /\s\s|[^\S ]|^ | $/;

function surfaceName(mention: PlacedMention): string {
  const name = mention.name ?? mention.text;
  // most names have single spaces only: no new string for them
  return UNUSUAL_SPACE.test(name) ? name.replace(/\s+/g, ' ').trim() : name;
}

/** The name a mention is compared by, before the possessive decision. */
function baseName(mention: PlacedMention): string {
  const name = surfaceName(mention);
  return mention.type === 'person' ? stripHonorific(name) : name;
}

// Groups and plain keys are kept in one map per entity type, found by the name key alone: no
// "type|key" string is built, flattened and hashed for every mention.
type ByType<V> = Record<EntityType, Map<string, V>>;
const byType = <V>(): ByType<V> => ({ person: new Map(), organization: new Map(), place: new Map(), date: new Map() });

export function buildGroups(mentions: PlacedMention[], project: ProjectIndex | null): NameGroup[] {
  // "McDonald's" is a name, "Massimov's" is Massimov: an organization or place keeps its 's
  // unless the bare form also occurs in the document (the lilbee#708 guard); a person never keeps it.
  const plainKeys = byType<true>();
  const baseNames: string[] = new Array(mentions.length);
  const bareNames: (string | null)[] = new Array(mentions.length);
  // the base name's key where it was needed here, so the loop below does not look it up again
  // (nameKey's memo is a large map: every look-up of a name costs)
  const baseKeys: (string | null)[] = new Array(mentions.length);
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i];
    if (mention.type === 'date') {
      baseNames[i] = '';
      bareNames[i] = null;
      baseKeys[i] = null;
      continue;
    }
    const name = baseName(mention);
    const bare = withoutPossessive(name);
    baseNames[i] = name;
    bareNames[i] = bare;
    baseKeys[i] = null;
    if (bare === null) {
      const key = nameKey(name);
      baseKeys[i] = key;
      plainKeys[mention.type].set(key, true);
    }
  }

  const groups = byType<NameGroup>();
  const ordered: NameGroup[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i];
    let name = baseNames[i];
    let fixedName: string | undefined;
    if (mention.type === 'date') {
      const key = mention.value ? `value:${mention.value}` : `text:${nameKey(mention.text)}`;
      addTo(groups.date, ordered, mention.type, key, { mention, name: mention.name ?? mention.text, key: '' });
      continue;
    }
    /** nameKey(name) once known */
    let ownKey = baseKeys[i];
    const bare = bareNames[i];
    if (bare !== null) {
      if (mention.type === 'person') {
        name = bare;
      } else {
        const bareKey = nameKey(bare);
        if (plainKeys[mention.type].has(bareKey)) {
          name = bare;
          ownKey = bareKey;
        }
      }
    }
    if (project && (project.isDenied(mention.type, name) || project.isDenied(mention.type, surfaceName(mention)))) continue;
    if (ownKey === null) ownKey = nameKey(name);
    fixedName = project?.canonicalName(mention.type, name);
    if (fixedName === undefined && mention.type !== 'person') fixedName = commonAbbreviationOfKey(ownKey);
    const key = fixedName === undefined ? ownKey : nameKey(fixedName);
    if (key === '') continue;
    const group = addTo(groups[mention.type], ordered, mention.type, key, { mention, name, key: ownKey });
    if (fixedName !== undefined) group.fixedName = fixedName;
    const apart = project?.keptApartFrom(key);
    if (apart) group.apart = apart;
  }
  return ordered;
}

function addTo(
  groups: Map<string, NameGroup>,
  ordered: NameGroup[],
  type: EntityType,
  key: string,
  named: { mention: PlacedMention; name: string; key: string },
): NameGroup {
  let group = groups.get(key);
  if (!group) {
    group = makeGroup(ordered.length, type, key);
    groups.set(key, group);
    ordered.push(group);
  }
  group.mentions.push(named);
  return group;
}
