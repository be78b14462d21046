// Reading `newsner extract --format jsonl` output back (the reduce step of a sharded run): one
// DocumentResult per line, streamed, so a results file of any size is read in bounded memory.
// Error records in the results (documents that failed at extract time) and lines that are not
// newsner results come back as errors; the other lines go on.

import { DocumentResult, EntityRecord, ENTITY_TYPES, ErrorRecord, MentionRecord } from '../model';

export type ResultItem = { kind: 'result'; result: DocumentResult } | { kind: 'error'; record: ErrorRecord };

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

function parseMention(value: unknown): MentionRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  if (typeof m.text !== 'string' || typeof m.start !== 'number' || typeof m.end !== 'number') return null;
  const mention: MentionRecord = {
    text: m.text,
    start: m.start,
    end: m.end,
    line: typeof m.line === 'number' ? m.line : 0,
    column: typeof m.column === 'number' ? m.column : 0,
    sentence: typeof m.sentence === 'string' ? m.sentence : '',
    rule: typeof m.rule === 'string' ? m.rule : '',
  };
  // a date mention's completion, for the timeline
  const inferred = strings(m.inferred);
  if (inferred) mention.inferred = inferred;
  if (typeof m.anchor === 'string') mention.anchor = m.anchor;
  return mention;
}

function parseEntity(value: unknown): EntityRecord | string {
  if (typeof value !== 'object' || value === null) return 'an entity is not an object';
  const e = value as Record<string, unknown>;
  if (typeof e.type !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(e.type)) return `unknown entity type ${JSON.stringify(e.type)}`;
  if (typeof e.name !== 'string') return 'an entity has no "name"';
  const mentions = Array.isArray(e.mentions) ? e.mentions.map(parseMention).filter((m): m is MentionRecord => m !== null) : [];
  const entity: EntityRecord = {
    type: e.type as EntityRecord['type'],
    name: e.name,
    count: typeof e.count === 'number' ? e.count : mentions.length,
    mentions,
  };
  const aliases = strings(e.aliases);
  if (aliases) entity.aliases = aliases;
  const roles = strings(e.roles);
  if (roles) entity.roles = roles;
  const ambiguous = strings(e.ambiguous);
  if (ambiguous) entity.ambiguous = ambiguous;
  if (typeof e.value === 'string') entity.value = e.value;
  const inferred = strings(e.inferred);
  if (inferred) entity.inferred = inferred;
  if (typeof e.anchor === 'string') entity.anchor = e.anchor;
  if (e.vague === true) entity.vague = true;
  return entity;
}

/** One line of results JSONL (already decoded, not blank). */
export function parseResultLine(text: string, file: string | null, line: number): ResultItem {
  const where = { file, id: null, line };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: 'error', record: { ...where, error: `invalid JSON: ${(error as Error).message}` } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'error', record: { ...where, error: 'not a newsner result record (expected a JSON object)' } };
  }
  const record = value as Record<string, unknown>;
  if (typeof record.error === 'string') {
    // a document that failed when it was extracted: it is missing from the corpus, say so
    return { kind: 'error', record: { file: stringOrNull(record.file) ?? file, id: stringOrNull(record.id), line, error: `failed at extract time: ${record.error}` } };
  }
  if (!Array.isArray(record.entities)) {
    return { kind: 'error', record: { ...where, error: 'not a newsner result record (no "entities" list; make it with extract --format jsonl)' } };
  }
  const entities: EntityRecord[] = [];
  for (const item of record.entities) {
    const entity = parseEntity(item);
    if (typeof entity === 'string') return { kind: 'error', record: { ...where, error: entity } };
    entities.push(entity);
  }
  return {
    kind: 'result',
    result: { file: stringOrNull(record.file), id: stringOrNull(record.id), date: stringOrNull(record.date), entities },
  };
}
