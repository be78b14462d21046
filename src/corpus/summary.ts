// One table across a corpus: who, how often, in how many documents, under which names, and one
// sentence to check it by. Built one document at a time (add), so a folder of thousands of files or
// a sharded run's JSONL (`newsner merge`) never sits in memory; only the rows do. `summary` and
// `merge` both feed DocumentResults into this builder, which is why they agree.

import { DocumentResult, EntityRecord, EntityType, ENTITY_TYPES } from '../model';
import { isAllCaps, nameKey } from '../pipeline/link/names';
import { dedupeRoles } from '../pipeline/link/roles';
import { isUnplacedDate } from '../dates/vague';
import { corpusKey, documentLabel } from './keys';

export interface SummaryRow {
  type: EntityType;
  name: string;
  aliases: string[];
  roles: string[];
  /** mentions across the corpus */
  count: number;
  /** documents it appears in */
  documents: number;
  /** the first sentence it was seen in, and where */
  example: { sentence: string; file: string | null };
  /** date: the TIMEX3 value */
  value?: string;
  /** a short name that stayed ambiguous in some document: the full names it could be */
  ambiguous?: string[];
  /** the earliest and latest reference date (article date) of the documents it appears in */
  firstDate?: string;
  lastDate?: string;
}

interface RowState {
  row: SummaryRow;
  lastDocument: number;
  /** every name this row was given by a document, with how many documents gave it */
  names: Map<string, { name: string; documents: number; order: number }>;
  aliases: Map<string, string>;
  roles: string[];
  ambiguous: Set<string>;
}

export type SortKey = 'count' | 'documents' | 'name' | 'type';
export const SORT_KEYS: readonly SortKey[] = ['count', 'documents', 'name', 'type'];

export interface SummaryOptions {
  types?: readonly EntityType[];
  sort?: SortKey;
  top?: number;
}

/** The display name of a row: not in capitals, given by the most documents, first seen. */
function bestName(state: RowState): string {
  const ranked = [...state.names.values()].sort(
    (a, b) => Number(isAllCaps(a.name)) - Number(isAllCaps(b.name)) || b.documents - a.documents || a.order - b.order,
  );
  return ranked[0].name;
}

export class SummaryBuilder {
  private readonly rows = new Map<string, RowState>();
  private documentsSeen = 0;

  /** Add one document's entities (already passed through the project file, if any). */
  add(result: DocumentResult): void {
    const documentIndex = this.documentsSeen++;
    for (const entity of result.entities) this.addEntity(entity, result, documentIndex);
  }

  get documentCount(): number {
    return this.documentsSeen;
  }

  private addEntity(entity: EntityRecord, result: DocumentResult, documentIndex: number): void {
    // "Friday" in a story with no date: another day in every document, no row of the corpus
    if (isUnplacedDate(entity)) return;
    const key = corpusKey(entity);
    let state = this.rows.get(key);
    if (!state) {
      const first = entity.mentions[0];
      state = {
        row: {
          type: entity.type,
          name: entity.name,
          aliases: [],
          roles: [],
          count: 0,
          documents: 0,
          example: { sentence: first?.sentence ?? '', file: documentLabel(result) },
        },
        lastDocument: -1,
        names: new Map(),
        aliases: new Map(),
        roles: [],
        ambiguous: new Set(),
      };
      if (entity.value !== undefined) state.row.value = entity.value;
      this.rows.set(key, state);
    }
    state.row.count += entity.count;
    if (state.lastDocument !== documentIndex) {
      state.lastDocument = documentIndex;
      state.row.documents++;
      // when did the corpus talk about it: ISO dates compare as strings
      if (result.date !== null) {
        if (state.row.firstDate === undefined || result.date < state.row.firstDate) state.row.firstDate = result.date;
        if (state.row.lastDate === undefined || result.date > state.row.lastDate) state.row.lastDate = result.date;
      }
      const named = state.names.get(entity.name);
      if (named) named.documents++;
      else state.names.set(entity.name, { name: entity.name, documents: 1, order: state.names.size });
    }
    for (const alias of entity.aliases ?? []) {
      const aliasKey = nameKey(alias);
      const seen = state.aliases.get(aliasKey);
      if (seen === undefined || (isAllCaps(seen) && !isAllCaps(alias))) state.aliases.set(aliasKey, alias);
    }
    if (entity.roles) state.roles.push(...entity.roles);
    for (const candidate of entity.ambiguous ?? []) state.ambiguous.add(candidate);
  }

  /** The rows, sorted (by mentions unless told otherwise) and cut to the top N. */
  result(options: SummaryOptions = {}): SummaryRow[] {
    const wanted = options.types ? new Set(options.types) : null;
    const states = [...this.rows.values()].filter((state) => !wanted || wanted.has(state.row.type));
    const rows = states.map((state) => finishRow(state));
    const sort = options.sort ?? 'count';
    // a stable sort: ties keep the order the entities were first seen in
    rows.sort((a, b) => compareRows(a, b, sort));
    return options.top !== undefined ? rows.slice(0, options.top) : rows;
  }
}

function finishRow(state: RowState): SummaryRow {
  const row = { ...state.row };
  row.name = bestName(state);
  const nameKeyOfRow = nameKey(row.name);
  // the other names documents gave this row ("KARIM MASSIMOV") are aliases too, unless same key
  const aliases = new Map(state.aliases);
  for (const { name } of state.names.values()) {
    const key = nameKey(name);
    if (!aliases.has(key)) aliases.set(key, name);
  }
  aliases.delete(nameKeyOfRow);
  row.aliases = row.type === 'date' ? [] : [...aliases.values()];
  row.roles = dedupeRoles(state.roles);
  if (state.ambiguous.size > 0) row.ambiguous = [...state.ambiguous];
  return row;
}

function compareRows(a: SummaryRow, b: SummaryRow, sort: SortKey): number {
  const byType = ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type);
  const byName = a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  switch (sort) {
    case 'count':
      return b.count - a.count || b.documents - a.documents || byType || byName;
    case 'documents':
      return b.documents - a.documents || b.count - a.count || byType || byName;
    case 'name':
      return byName || byType;
    case 'type':
      return byType || b.count - a.count || byName;
  }
}
