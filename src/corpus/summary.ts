// One table across a corpus: who, how often, in how many documents, under which names, and one
// sentence to check it by. Built one document at a time (add), so a folder of thousands of files or
// a sharded run's JSONL (`newsner merge`) never sits in memory; only the rows do. `summary` and
// `merge` both feed DocumentResults into this builder, which is why they agree.

import { DocumentResult, EntityRecord, EntityType, ENTITY_TYPES } from '../model';
import { isAllCaps, nameKey } from '../pipeline/link/names';
import { dedupeRoles } from '../pipeline/link/roles';
import { isUnplacedDate } from '../dates/vague';
import { ProjectIndex } from '../config/project-index';
import { activeProject } from '../config/active';
import { documentLabel } from './keys';
import { documentKeys, inDocumentReason, roleHeads, InferredName, isPendingKey, JoinIndex, joinedInDocument, pendingEvidence, pendingWord, plainKey } from './joins';
import { middleNameGroup, planRowJoins } from './row-joins';
import { SortKey } from './choices';

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
  /** short names joined from documents that never wrote the full name (joins.ts) */
  inferred?: InferredName[];
}

interface RowState {
  row: SummaryRow;
  /** the first and the last document it was added from (0-based, in corpus order) */
  firstDocument: number;
  lastDocument: number;
  /** every name this row was given by a document, with how many documents gave it */
  names: Map<string, { name: string; documents: number; order: number; lastDocument: number }>;
  /** one-word names a document's key put in this row beside their full name (joins.ts), by name key */
  inferred: Map<string, InferredName & { lastDocument: number }>;
  aliases: Map<string, string>;
  roles: string[];
  /** documents that gave it a role with this head ("president"), for the role tie-break (joins.ts) */
  roleHeads: Map<string, number>;
  ambiguous: Set<string>;
}

export { SORT_KEYS } from './choices';
export type { SortKey } from './choices';

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
  /** person name groups ("tavis orlow") written as two entities in one document: never joined */
  private readonly apartGroups = new Set<string>();
  /** the rows with the pending one-word names joined or put back, made once per corpus state */
  private resolved: { rows: Map<string, RowState>; keyOf: Map<string, string> } | null = null;

  /** project: for its `separate` pairs, which no join across documents crosses */
  constructor(private readonly project: ProjectIndex | null = activeProject()) {}

  /** Add one document's entities (already passed through the project file, if any). */
  add(result: DocumentResult): void {
    const documentIndex = this.documentsSeen++;
    const keys = documentKeys(result.entities, this.project);
    result.entities.forEach((entity, i) => this.addEntity(entity, keys[i], result, documentIndex));
    this.noteApartGroups(result.entities, keys);
    this.resolved = null;
  }

  get documentCount(): number {
    return this.documentsSeen;
  }

  /**
   * The key of the row an entity of a document ended in (keys from documentKeys): a pending one-word
   * name's full name, or its own row. For the tools that key by row (graph, database).
   */
  rowKey(documentKey: string): string {
    return this.resolve().keyOf.get(documentKey) ?? documentKey;
  }

  /** "Tavis Orlow" and "Tavis R. Orlow" kept apart by a document's linker stay apart in the corpus. */
  private noteApartGroups(entities: readonly EntityRecord[], keys: readonly string[]): void {
    const seen = new Map<string, string>();
    entities.forEach((entity, i) => {
      if (entity.type !== 'person') return;
      const found = middleNameGroup(entity.name);
      if (!found) return;
      const other = seen.get(found.group);
      if (other === undefined) seen.set(found.group, keys[i]);
      else if (other !== keys[i]) this.apartGroups.add(found.group);
    });
  }

  private addEntity(entity: EntityRecord, key: string, result: DocumentResult, documentIndex: number): void {
    // "Friday" in a story with no date: another day in every document, no row of the corpus
    if (isUnplacedDate(entity)) return;
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
        firstDocument: documentIndex,
        lastDocument: -1,
        names: new Map(),
        inferred: new Map(),
        aliases: new Map(),
        roles: [],
        roleHeads: new Map(),
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
    }
    // "Tavio" beside "Tavio Ostrova": an alias of the row, never its name
    const joined = joinedInDocument(entity, key);
    const names = joined ? undefined : state.names.get(entity.name);
    if (joined) {
      const aliasKey = nameKey(entity.name);
      if (!state.aliases.has(aliasKey)) state.aliases.set(aliasKey, entity.name);
      const seen = state.inferred.get(aliasKey);
      if (!seen) state.inferred.set(aliasKey, { name: entity.name, reason: inDocumentReason(entity), count: entity.count, documents: 1, lastDocument: documentIndex });
      else {
        seen.count += entity.count;
        if (seen.lastDocument !== documentIndex) seen.documents++;
        seen.lastDocument = documentIndex;
      }
    } else if (names) {
      if (names.lastDocument !== documentIndex) names.documents++;
      names.lastDocument = documentIndex;
    } else state.names.set(entity.name, { name: entity.name, documents: 1, order: state.names.size, lastDocument: documentIndex });
    for (const alias of entity.aliases ?? []) {
      const aliasKey = nameKey(alias);
      const seen = state.aliases.get(aliasKey);
      if (seen === undefined || (isAllCaps(seen) && !isAllCaps(alias))) state.aliases.set(aliasKey, alias);
    }
    if (entity.roles) {
      state.roles.push(...entity.roles);
      for (const head of roleHeads(entity.roles)) state.roleHeads.set(head, (state.roleHeads.get(head) ?? 0) + 1);
    }
    for (const candidate of entity.ambiguous ?? []) state.ambiguous.add(candidate);
  }

  /** The rows, sorted (by mentions unless told otherwise) and cut to the top N. */
  result(options: SummaryOptions = {}): SummaryRow[] {
    const wanted = options.types ? new Set(options.types) : null;
    const states = [...this.resolve().rows.values()].filter((state) => !wanted || wanted.has(state.row.type));
    const rows = states.map((state) => finishRow(state));
    const sort = options.sort ?? 'count';
    // a stable sort: ties keep the order the entities were first seen in
    rows.sort((a, b) => compareRows(a, b, sort));
    return options.top !== undefined ? rows.slice(0, options.top) : rows;
  }

  /**
   * The rows once the whole corpus is seen: each pending one-word person joins the one full name it
   * can be (joins.ts) or goes back to the plain row of its word. The states added so far stay as
   * they are (more documents may come, and the answer may change).
   */
  private resolve(): { rows: Map<string, RowState>; keyOf: Map<string, string> } {
    if (this.resolved) return this.resolved;
    const rows = new Map<string, RowState>();
    const keyOf = new Map<string, string>();
    // first the full rows that are one entity (row-joins.ts): "Tavis Orlow" into "Tavis R. Orlow"
    const candidates = [...this.rows]
      .filter(([key, state]) => !isPendingKey(key) && state.names.size > 0)
      .map(([key, state]) => ({ key, type: state.row.type, name: bestName(state), count: state.row.count, names: [...state.names.keys()] }));
    const plan = planRowJoins(candidates, this.apartGroups, this.project);
    for (const [key, state] of this.rows) if (!isPendingKey(key) && !plan.has(key)) rows.set(key, state);
    for (const [key, { key: targetKey, reason }] of plan) {
      rows.set(targetKey, joinedState(rows.get(targetKey)!, this.rows.get(key)!, reason));
      keyOf.set(key, targetKey);
    }
    // then the pending one-word names, against the rows as joined
    const index = new JoinIndex(this.project);
    for (const [key, state] of rows) if (state.names.size > 0) index.addRow(key, state.row.type, bestName(state), state.roleHeads);
    const joins: [RowState, string, InferredName['reason']][] = [];
    for (const [key, state] of this.rows) {
      if (!isPendingKey(key)) continue;
      const target = index.target(pendingWord(key), state.row.name, pendingEvidence(key));
      if (target) {
        joins.push([state, target.key, target.reason]);
        keyOf.set(key, target.key);
        continue;
      }
      const plain = plainKey(key);
      keyOf.set(key, plain);
      const seen = rows.get(plain);
      rows.set(plain, seen ? mergedStates(seen, state) : state);
    }
    for (const [state, targetKey, reason] of joins) rows.set(targetKey, joinedState(rows.get(targetKey)!, state, reason));
    this.resolved = { rows, keyOf };
    return this.resolved;
  }
}

/** Two states of one row from different documents, as one (new objects: the inputs stay as they were). */
function mergedStates(first: RowState, second: RowState): RowState {
  const [a, b] = first.firstDocument <= second.firstDocument ? [first, second] : [second, first];
  const names = new Map(a.names);
  for (const [name, entry] of b.names) {
    const seen = names.get(name);
    names.set(name, seen ? { ...seen, documents: seen.documents + entry.documents } : { ...entry, order: names.size });
  }
  const inferred = addedInferred(a.inferred, b.inferred);
  const aliases = new Map(a.aliases);
  for (const [key, alias] of b.aliases) if (!aliases.has(key)) aliases.set(key, alias);
  const row: SummaryRow = { ...a.row, count: a.row.count + b.row.count, documents: a.row.documents + b.row.documents };
  spanDates(row, b.row);
  if (b.row.inferred) row.inferred = [...(a.row.inferred ?? []), ...b.row.inferred];
  return {
    row,
    firstDocument: a.firstDocument,
    lastDocument: Math.max(a.lastDocument, b.lastDocument),
    names,
    inferred,
    aliases,
    roles: [...a.roles, ...b.roles],
    roleHeads: addedCounts(a.roleHeads, b.roleHeads),
    ambiguous: new Set([...a.ambiguous, ...b.ambiguous]),
  };
}

/**
 * A row taken into another: a pending one-word name into its full name's row, or a full row into
 * the row of the same entity (row-joins.ts). Its mentions, documents, roles and spellings (as
 * aliases, never as the row's name) are added, and it is listed in `inferred`. The two never share
 * a document (documentKeys, SummaryBuilder.noteApartGroups), so the document counts add up.
 */
function joinedState(target: RowState, joined: RowState, reason: InferredName['reason']): RowState {
  const aliases = new Map(target.aliases);
  for (const { name } of joined.names.values()) if (!aliases.has(nameKey(name))) aliases.set(nameKey(name), name);
  for (const [key, alias] of joined.aliases) if (!aliases.has(key)) aliases.set(key, alias);
  const row: SummaryRow = {
    ...target.row,
    count: target.row.count + joined.row.count,
    documents: target.row.documents + joined.row.documents,
  };
  spanDates(row, joined.row);
  const inferred = addedInferred(target.inferred, joined.inferred);
  const entry: InferredName = { name: bestName(joined), reason, count: joined.row.count, documents: joined.row.documents };
  row.inferred = [...(target.row.inferred ?? []), ...(joined.row.inferred ?? []), entry];
  return {
    ...target,
    row,
    lastDocument: Math.max(target.lastDocument, joined.lastDocument),
    inferred,
    aliases,
    roles: [...target.roles, ...joined.roles],
    roleHeads: addedCounts(target.roleHeads, joined.roleHeads),
    ambiguous: new Set([...target.ambiguous, ...joined.ambiguous]),
  };
}

/** The in-document joins of two states of a row, one entry per name. */
function addedInferred(a: RowState['inferred'], b: RowState['inferred']): RowState['inferred'] {
  const inferred = new Map(a);
  for (const [key, entry] of b) {
    const seen = inferred.get(key);
    inferred.set(key, seen ? { ...seen, count: seen.count + entry.count, documents: seen.documents + entry.documents } : entry);
  }
  return inferred;
}

function addedCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const sum = new Map(a);
  for (const [key, count] of b) sum.set(key, (sum.get(key) ?? 0) + count);
  return sum;
}

function spanDates(row: SummaryRow, other: SummaryRow): void {
  if (other.firstDate !== undefined && (row.firstDate === undefined || other.firstDate < row.firstDate)) row.firstDate = other.firstDate;
  if (other.lastDate !== undefined && (row.lastDate === undefined || other.lastDate > row.lastDate)) row.lastDate = other.lastDate;
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
  const inferred = [...state.inferred.values()].map(({ name, reason, count, documents }) => ({ name, reason, count, documents }));
  if (inferred.length > 0 || row.inferred) row.inferred = sameNamesAdded([...inferred, ...(row.inferred ?? [])]);
  return row;
}

/** "KBX" joined in its documents and across them: one entry per name and reason. */
function sameNamesAdded(list: readonly InferredName[]): InferredName[] {
  const byName = new Map<string, InferredName>();
  for (const entry of list) {
    const id = `${nameKey(entry.name)}\u0000${entry.reason}`;
    const seen = byName.get(id);
    if (seen) byName.set(id, { ...seen, count: seen.count + entry.count, documents: seen.documents + entry.documents });
    else byName.set(id, entry);
  }
  return [...byName.values()];
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
