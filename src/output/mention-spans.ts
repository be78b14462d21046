// Where the mentions of a record lie in its document text, for the formatters that show the text
// itself (text, html). Offsets are UTF-16 code units, as the records give them.

import { DocumentResult, EntityRecord } from '../model';

export interface MentionSpan {
  start: number;
  end: number;
  /** the entity's index in record.entities */
  entityIndex: number;
  entity: EntityRecord;
}

/**
 * The mentions in text order, each once. The linker never emits overlapping mentions, but a record
 * edited by hand or a project file can: a mention that overlaps an earlier one is left unmarked
 * (it stays in the entity list). A mention whose slice of `text` is not its text (the record was
 * made from another version of the document) is left unmarked too, rather than marking wrong words.
 */
export function mentionSpans(record: DocumentResult, text: string): MentionSpan[] {
  const spans: MentionSpan[] = [];
  record.entities.forEach((entity, entityIndex) => {
    for (const mention of entity.mentions) {
      const { start, end } = mention;
      if (!(start >= 0 && end > start && end <= text.length)) continue;
      if (text.slice(start, end) !== mention.text) continue;
      spans.push({ start, end, entityIndex, entity });
    }
  });
  // by start; at the same start the longer first; then the entity order (stable, deterministic)
  spans.sort((a, b) => a.start - b.start || b.end - a.end || a.entityIndex - b.entityIndex);
  const kept: MentionSpan[] = [];
  let reached = 0;
  for (const span of spans) {
    if (span.start < reached) continue;
    kept.push(span);
    reached = span.end;
  }
  return kept;
}
