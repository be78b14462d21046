// Checks of option values. Each throws commander's InvalidArgumentError, which commander turns
// into a one-line usage error (exit code 2).

import { InvalidArgumentError } from 'commander';
import { EntityType, ENTITY_TYPES } from '../model';
import { isIsoDate } from '../input/iso-date';

/** "person,organization" (plurals accepted: "people,places") -> the types, in canonical order. */
export function parseTypes(value: string): EntityType[] {
  const aliases: Record<string, EntityType> = {
    person: 'person',
    persons: 'person',
    people: 'person',
    organization: 'organization',
    organizations: 'organization',
    organisation: 'organization',
    organisations: 'organization',
    place: 'place',
    places: 'place',
    date: 'date',
    dates: 'date',
  };
  const wanted = new Set<EntityType>();
  for (const part of value.split(',')) {
    const name = part.trim().toLowerCase();
    if (name === '') continue;
    const type = aliases[name];
    if (!type) throw new InvalidArgumentError(`Unknown type "${part.trim()}"; the types are ${ENTITY_TYPES.join(', ')}.`);
    wanted.add(type);
  }
  if (wanted.size === 0) throw new InvalidArgumentError(`No type given; the types are ${ENTITY_TYPES.join(', ')}.`);
  return ENTITY_TYPES.filter((type) => wanted.has(type));
}

export function parseRefDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('Expected a calendar date as YYYY-MM-DD, e.g. 2024-02-28.');
  return value;
}

/** Colour for people at a terminal; never when NO_COLOR is set (https://no-color.org). */
export function wantsColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return isTTY;
}
