// Dates a reporter cannot place: "the past", "the future", "these days" (PAST_REF, FUTURE_REF,
// PRESENT_REF) and stretches like "the past three years" (a TIMEX3 duration, P3Y). They carry
// `vague: true`; the table, summary, graph and timeline leave them out unless --vague is given.

import { DocumentResult, EntityRecord } from '../model';

const VAGUE_VALUE = /^(?:(?:PAST|FUTURE|PRESENT)_REF|P[0-9X])/;

export function isVagueValue(value: string | undefined): boolean {
  return value !== undefined && VAGUE_VALUE.test(value);
}

/** Also for results written before the flag existed: the value decides. */
export function isVague(entity: EntityRecord): boolean {
  return entity.type === 'date' && (entity.vague === true || isVagueValue(entity.value));
}

/** The result without its vague dates (the same object when it has none). */
export function withoutVague(result: DocumentResult): DocumentResult {
  return without(result, isVague);
}

/** The result without its vague dates and the relative dates no reference date placed. */
export function withoutUnplaceableDates(result: DocumentResult): DocumentResult {
  return without(result, (entity) => isVague(entity) || isUnplacedDate(entity));
}

function without(result: DocumentResult, leftOut: (entity: EntityRecord) => boolean): DocumentResult {
  if (!result.entities.some(leftOut)) return result;
  return { ...result, entities: result.entities.filter((entity) => !leftOut(entity)) };
}

/**
 * A relative date no reference date placed ("Friday" as XXXX-WXX-5 in a story without a date): a
 * different day in every document, so the corpus tables (summary, db) leave it out rather than
 * count the Fridays of a thousand stories as one row; `timeline` lists them apart.
 */
export function isUnplacedDate(entity: EntityRecord): boolean {
  return entity.type === 'date' && entity.value !== undefined && entity.value.includes('X') && !isVague(entity);
}
