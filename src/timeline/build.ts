// The timeline across documents: every date mention whose value has a calendar place, grouped by
// value (the same day from many documents is one entry), in chronological order; each with its
// sentence, its document, the entities named in that sentence, and, when the value was completed
// from the reference date or the story, what it was inferred from. Relative dates of documents with
// no reference date ("XXXX-02-27") are listed apart; vague ones ("the past") only with --vague.

import { DocumentResult, EntityRecord, EntityType, MentionRecord } from '../model';
import { isVague } from '../dates/vague';
import { Placement, placeValue } from './placement';

export interface TimelineMention {
  file: string | null;
  id: string | null;
  /** the document's reference date */
  date: string | null;
  text: string;
  sentence: string;
  line: number;
  column: number;
  /** the other entities named in the same sentence */
  entities: Array<{ type: EntityType; name: string }>;
  /** parts of the value not written in the text, and what they were taken from */
  inferred?: string[];
  anchor?: string;
}

export interface TimelineEntry {
  value: string;
  /** null for entries apart from the line (unplaced, vague) */
  place: Placement | null;
  documents: number;
  mentions: TimelineMention[];
}

export interface Timeline {
  documents: number;
  /** in chronological order */
  dates: TimelineEntry[];
  /** relative dates with no reference date to resolve them */
  unplaced: TimelineEntry[];
  /** vague dates, when asked for (--vague) */
  vague: TimelineEntry[] | null;
}

export interface TimelineOptions {
  /** YYYY-MM-DD: leave out dates that end before it */
  from?: string;
  /** YYYY-MM-DD: leave out dates that start after it */
  to?: string;
  vague?: boolean;
}

/** The entities of a document by the sentences that name them (dates left out). */
function entitiesBySentence(result: DocumentResult): Map<string, Array<{ type: EntityType; name: string }>> {
  const by = new Map<string, Array<{ type: EntityType; name: string }>>();
  for (const entity of result.entities) {
    if (entity.type === 'date') continue;
    for (const mention of entity.mentions) {
      // (results extracted with --no-sentences have none: no names are shown beside their dates)
      if (mention.sentence === undefined) continue;
      const list = by.get(mention.sentence) ?? [];
      if (!list.some((named) => named.type === entity.type && named.name === entity.name)) list.push({ type: entity.type, name: entity.name });
      by.set(mention.sentence, list);
    }
  }
  return by;
}

/**
 * What a mention's value was inferred from. Results written before mentions carried their own
 * `inferred` fall back on the entity's.
 */
function inferenceOf(mention: MentionRecord, entity: EntityRecord): { inferred?: string[]; anchor?: string } {
  const own = entity.mentions.some((m) => m.inferred !== undefined);
  const inferred = own ? mention.inferred : entity.inferred;
  if (inferred === undefined || inferred.length === 0) return {};
  const anchor = own ? mention.anchor : entity.anchor;
  return anchor === undefined ? { inferred } : { inferred, anchor };
}

function documentKey(file: string | null, id: string | null): string {
  return JSON.stringify([file, id]);
}

export class TimelineBuilder {
  private readonly entries = new Map<string, TimelineEntry & { keys: Set<string>; order: number }>();
  private documentsSeen = 0;

  add(result: DocumentResult): void {
    this.documentsSeen++;
    const named = entitiesBySentence(result);
    const key = documentKey(result.file, result.id);
    for (const entity of result.entities) {
      if (entity.type !== 'date' || entity.value === undefined) continue;
      // grouped by section too: a vague value never shares an entry with a placed one; and
      // "XXXX-WXX-5" (a Friday) of one story is not the Friday of another: unplaced, per document
      const section = isVague(entity) ? 'vague' : placeValue(entity.value) === null ? 'unplaced' : 'dates';
      const entryKey = section === 'unplaced' ? `${section}|${key}|${entity.value}` : `${section}|${entity.value}`;
      let entry = this.entries.get(entryKey);
      if (!entry) {
        entry = { value: entity.value, place: placeValue(entity.value), documents: 0, mentions: [], keys: new Set(), order: this.entries.size };
        this.entries.set(entryKey, entry);
      }
      if (!entry.keys.has(key)) {
        entry.keys.add(key);
        entry.documents++;
      }
      for (const mention of entity.mentions) {
        entry.mentions.push({
          file: result.file,
          id: result.id,
          date: result.date,
          text: mention.text,
          sentence: mention.sentence ?? '',
          line: mention.line,
          column: mention.column,
          entities: mention.sentence === undefined ? [] : named.get(mention.sentence) ?? [],
          ...inferenceOf(mention, entity),
        });
      }
    }
  }

  result(options: TimelineOptions = {}): Timeline {
    const dates: TimelineEntry[] = [];
    const unplaced: TimelineEntry[] = [];
    const vague: TimelineEntry[] = [];
    const ordered = [...this.entries.entries()].sort((a, b) => a[1].order - b[1].order);
    for (const [entryKey, state] of ordered) {
      const entry: TimelineEntry = { value: state.value, place: state.place, documents: state.documents, mentions: state.mentions };
      if (entryKey.startsWith('vague|')) vague.push({ ...entry, place: null });
      else if (entryKey.startsWith('unplaced|') || entry.place === null) unplaced.push({ ...entry, place: null });
      else if ((!options.from || entry.place.end >= options.from) && (!options.to || entry.place.start <= options.to)) dates.push(entry);
    }
    // by first day; a longer stretch first (the year 2024 before March 2024 before March 3)
    dates.sort((a, b) => {
      const pa = a.place as Placement;
      const pb = b.place as Placement;
      return pa.start < pb.start ? -1 : pa.start > pb.start ? 1 : pa.end > pb.end ? -1 : pa.end < pb.end ? 1 : 0;
    });
    return { documents: this.documentsSeen, dates, unplaced, vague: options.vague ? vague : null };
  }
}
