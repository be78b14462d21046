// Checks of option values. Each throws commander's InvalidArgumentError, which commander turns
// into a one-line usage error (exit code 2).

import { Command, InvalidArgumentError } from 'commander';
import { EXIT_USAGE } from './exit-codes';
import { EntityType, ENTITY_TYPES } from '../model';
import { isIsoDate } from '../input/iso-date';
import type { Shard } from '../run/shard';

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

/** --jobs: a whole number of workers, 1 or more ("1" analyzes in the main process). */
export function parseJobs(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) {
    throw new InvalidArgumentError('Expected a whole number of jobs, 1 or more.');
  }
  return Number(value);
}

/** --time-limit: seconds per document, e.g. 60 or 0.5; 0 turns the limit off. Returned in ms. */
export function parseTimeLimit(value: string): number {
  const seconds = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds < 0) {
    throw new InvalidArgumentError('Expected seconds per document, e.g. 60 (0: no limit).');
  }
  return Math.round(seconds * 1000);
}

/** --shard i/n: the i-th of n slices of the input (1 <= i <= n). */
export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new InvalidArgumentError('Expected i/n with 1 <= i <= n, e.g. 3/10 for the third of ten shards.');
  }
  return { index, count };
}

/**
 * The paths named, or stdin ("-") when none are; no paths with stdin a terminal (nothing piped in)
 * is a usage error, for every command that reads documents or results. (commander's error output
 * adds the "see newsner --help" hint.)
 */
export function inputsOrStdin(paths: string[], command: Command): string[] {
  if (paths.length > 0) return paths;
  if (process.stdin.isTTY) {
    command.error('no input: name files or directories, or pipe text in', { exitCode: EXIT_USAGE, code: 'newsner.noInput' });
  }
  return ['-'];
}
