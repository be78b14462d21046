// Runs newsner over gold documents and scores it.

import { basename } from 'path';
import { EntityType } from '../model';
import { analyze } from '../pipeline';
import { GoldType, GOLD_TYPES, readGoldFile } from './gold';
import { Counts, emptyScore, ErrorItem, prf, Prf, PredictedSpan, scoreDocument } from './score';

const GOLD_TYPE_OF: Record<EntityType, GoldType> = {
  person: 'PERSON',
  organization: 'ORGANIZATION',
  place: 'PLACE',
  date: 'DATE',
};
const NAME_TYPES: GoldType[] = ['PERSON', 'ORGANIZATION', 'PLACE'];

export interface TypeResult {
  gold: number;
  predicted: number;
  exact: Prf;
  relaxed: Prf;
}

export interface FileResult {
  file: string;
  documents: number;
  /** documents with no span at all (no entity, no ignore span): never annotated, or nothing to annotate */
  unannotated: number;
  /** those documents were left out of the scores (--skip-unannotated) */
  skippedUnannotated: boolean;
  characters: number;
  seconds: number;
  types: Partial<Record<GoldType, TypeResult>>;
  /** micro average over PERSON, ORGANIZATION and PLACE (where annotated) */
  microNames: TypeResult | null;
  /** micro average over every annotated type */
  micro: TypeResult;
  /** date values right among relaxed-matched gold dates that carry a value */
  dateValues: { matched: number; correct: number; accuracy: number } | null;
  errors?: ErrorItem[];
}

function result(counts: Counts): TypeResult {
  return {
    gold: counts.gold,
    predicted: counts.predicted,
    exact: prf(counts.exact, counts.predicted, counts.gold),
    relaxed: prf(counts.relaxed, counts.predicted, counts.gold),
  };
}

function sum(counts: Counts[]): Counts {
  return counts.reduce(
    (total, c) => ({ gold: total.gold + c.gold, predicted: total.predicted + c.predicted, exact: total.exact + c.exact, relaxed: total.relaxed + c.relaxed }),
    { gold: 0, predicted: 0, exact: 0, relaxed: 0 },
  );
}

export function evaluateFile(path: string, options: { types?: GoldType[]; errors?: boolean; skipUnannotated?: boolean } = {}): FileResult {
  const documents = readGoldFile(path);
  let unannotated = 0;
  const score = emptyScore();
  const scoredTypes = new Set<GoldType>();
  let characters = 0;
  const started = process.hrtime.bigint();
  for (const gold of documents) {
    // (OntoNotes has parts with no name layer: every name found there would count as wrong)
    if (gold.entities.length === 0 && gold.ignore.length === 0) {
      unannotated++;
      if (options.skipUnannotated) continue;
    }
    if (options.types) gold.annotatedTypes = gold.annotatedTypes.filter((t) => options.types!.includes(t));
    gold.annotatedTypes.forEach((t) => scoredTypes.add(t));
    characters += gold.text.length;
    const analysis = analyze(gold.text, { refDate: gold.date, refDateSource: 'record' });
    const predictions: PredictedSpan[] = [];
    for (const entity of analysis.entities) {
      for (const mention of entity.mentions) {
        predictions.push({ start: mention.start, end: mention.end, type: GOLD_TYPE_OF[entity.type], text: mention.text, value: entity.value });
      }
    }
    scoreDocument(gold, predictions, score, options.errors === true);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const types: Partial<Record<GoldType, TypeResult>> = {};
  const scored = GOLD_TYPES.filter((t) => scoredTypes.has(t));
  for (const type of scored) types[type] = result(score.byType[type]);
  const names = NAME_TYPES.filter((t) => scoredTypes.has(t));
  const { matched, correct } = score.values;
  return {
    file: basename(path),
    documents: documents.length,
    unannotated,
    skippedUnannotated: options.skipUnannotated === true,
    characters,
    seconds,
    types,
    microNames: names.length ? result(sum(names.map((t) => score.byType[t]))) : null,
    micro: result(sum(scored.map((t) => score.byType[t]))),
    dateValues: scoredTypes.has('DATE') && matched ? { matched, correct, accuracy: (100 * correct) / matched } : null,
    errors: options.errors ? score.errors : undefined,
  };
}
