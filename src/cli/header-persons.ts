// The people an e-mail's headers name are entities whatever the rules made of them: "Anna Berg
// <anna.berg@example.org>" in From is a person, with the address as an alias. A name the pipeline
// already found there as a person just gains the address; anything else it made of those
// characters (an organization, a piece of the name) gives way to the header's word.

import { EntityRecord, ENTITY_TYPES, MentionRecord } from '../model';
import { HeaderPerson } from '../input/formats/types';

export const HEADER_RULE = 'person.email-header';

function headerMention(text: string, person: HeaderPerson): MentionRecord {
  const lineStart = text.lastIndexOf('\n', person.start - 1) + 1;
  const lineEnd = text.indexOf('\n', person.start);
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < person.start; at = text.indexOf('\n', at + 1)) line++;
  return {
    text: text.slice(person.start, person.end),
    start: person.start,
    end: person.end,
    line,
    column: person.start - lineStart + 1,
    sentence: text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\s+/g, ' ').trim(),
    rule: HEADER_RULE,
  };
}

/** Keys in the order of the output contract: aliases right after the mentions. */
function ordered(entity: EntityRecord): EntityRecord {
  const { type, name, count, mentions, aliases, ...rest } = entity;
  return aliases ? { type, name, count, mentions, aliases, ...rest } : { type, name, count, mentions, ...rest };
}

export function addHeaderPersons(found: EntityRecord[], persons: HeaderPerson[], text: string): EntityRecord[] {
  let entities = found.map((entity) => ({ ...entity, mentions: [...entity.mentions] }));
  for (const person of persons) {
    let target = entities.find((e) => e.type === 'person' && e.mentions.some((m) => m.start === person.start && m.end === person.end));
    if (!target) {
      for (const entity of entities) {
        entity.mentions = entity.mentions.filter((m) => m.end <= person.start || m.start >= person.end);
        entity.count = entity.mentions.length;
      }
      entities = entities.filter((entity) => entity.mentions.length > 0);
      target = entities.find((e) => e.type === 'person' && (e.name === person.name || (e.aliases ?? []).includes(person.name)));
      const mention = headerMention(text, person);
      if (target) {
        target.mentions = [...target.mentions, mention].sort((a, b) => a.start - b.start);
        target.count = target.mentions.length;
      } else {
        target = { type: 'person', name: person.name, count: 1, mentions: [mention] };
        entities.push(target);
      }
    }
    if (person.address !== '' && !(target.aliases ?? []).includes(person.address)) target.aliases = [...(target.aliases ?? []), person.address];
  }
  // the order linkMentions gives: by type, then by first mention
  return entities
    .map(ordered)
    .sort((a, b) => ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type) || a.mentions[0].start - b.mentions[0].start);
}
