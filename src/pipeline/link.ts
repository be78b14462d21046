// Linking (a refiner over the whole document): mentions become entities.
// Names are grouped by a case- and punctuation-insensitive key; a person mention of one name
// ("Epstein", "EPSTEIN") joins the one full name it ends ("Jeffrey Epstein"); dates group by value.

import { EntityRecord, EntityType, Mention, MentionRecord, ENTITY_TYPES } from '../model';

/** A mention placed in its document: what the output needs besides the offsets. */
export interface PlacedMention extends Mention {
  text: string;
  line: number;
  column: number;
  sentenceText: string;
}

export function nameOf(mention: PlacedMention): string {
  return mention.name ?? mention.text.replace(/\s+/g, ' ');
}

/** The grouping key of a name: case, apostrophes, periods and hyphens do not tell names apart. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[-‐‑–—\s]+/g, ' ')
    .trim();
}

function isAllCaps(name: string): boolean {
  return name === name.toUpperCase() && name !== name.toLowerCase();
}

interface Group {
  type: EntityType;
  key: string;
  mentions: PlacedMention[];
}

function groupKey(mention: PlacedMention): string {
  if (mention.type === 'date') return mention.value ? `value:${mention.value}` : `text:${nameKey(mention.text)}`;
  return nameKey(nameOf(mention));
}

/** Join one-word person groups to the single multi-word person whose last word they are. */
function joinSurnames(groups: Map<string, Group>): void {
  const persons = [...groups.values()].filter((g) => g.type === 'person');
  const bySurname = new Map<string, Group[]>();
  for (const group of persons) {
    const words = group.key.split(' ');
    if (words.length < 2) continue;
    const surname = words[words.length - 1];
    const list = bySurname.get(surname) ?? [];
    list.push(group);
    bySurname.set(surname, list);
  }
  for (const group of persons) {
    if (group.key.includes(' ')) continue;
    const candidates = bySurname.get(group.key);
    if (!candidates || candidates.length !== 1) continue;
    candidates[0].mentions.push(...group.mentions);
    groups.delete(`person|${group.key}`);
  }
}

function canonicalName(group: Group): string {
  const counts = new Map<string, { name: string; count: number; first: number; words: number }>();
  for (const mention of group.mentions) {
    const name = group.type === 'date' ? mention.text : nameOf(mention);
    const entry = counts.get(name) ?? { name, count: 0, first: mention.start, words: name.split(' ').length };
    entry.count++;
    counts.set(name, entry);
  }
  const ranked = [...counts.values()].sort(
    (a, b) =>
      Number(isAllCaps(a.name)) - Number(isAllCaps(b.name)) ||
      b.words - a.words ||
      b.count - a.count ||
      a.first - b.first,
  );
  return ranked[0].name;
}

function toRecord(mention: PlacedMention): MentionRecord {
  return {
    text: mention.text,
    start: mention.start,
    end: mention.end,
    line: mention.line,
    column: mention.column,
    sentence: mention.sentenceText,
    rule: mention.rule,
  };
}

export function linkMentions(mentions: PlacedMention[]): EntityRecord[] {
  const groups = new Map<string, Group>();
  for (const mention of mentions) {
    const key = groupKey(mention);
    const id = `${mention.type}|${key}`;
    const group = groups.get(id) ?? { type: mention.type, key, mentions: [] };
    group.mentions.push(mention);
    groups.set(id, group);
  }
  joinSurnames(groups);

  const entities: EntityRecord[] = [];
  for (const group of groups.values()) {
    group.mentions.sort((a, b) => a.start - b.start);
    const name = canonicalName(group);
    const entity: EntityRecord = {
      type: group.type,
      name,
      count: group.mentions.length,
      mentions: group.mentions.map(toRecord),
    };
    if (group.type === 'date') {
      const dated = group.mentions.find((m) => m.value !== undefined);
      if (dated?.value !== undefined) entity.value = dated.value;
      if (dated?.resolution) {
        entity.inferred = dated.resolution.inferred;
        if (dated.resolution.anchor) entity.anchor = dated.resolution.anchor;
      }
    } else {
      const nameKeyOfEntity = nameKey(name);
      const aliases = new Set<string>();
      for (const mention of group.mentions) {
        const alias = nameOf(mention);
        if (alias !== name && !(isAllCaps(alias) && nameKey(alias) === nameKeyOfEntity)) aliases.add(alias);
      }
      entity.aliases = [...aliases];
      if (group.type === 'person') {
        const roles = new Set<string>();
        for (const mention of group.mentions) for (const role of mention.roles ?? []) roles.add(role);
        entity.roles = [...roles];
      }
    }
    entities.push(entity);
  }
  return entities.sort(
    (a, b) => ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type) || a.mentions[0].start - b.mentions[0].start,
  );
}
