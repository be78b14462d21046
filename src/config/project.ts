// The project file (newsner.json): the decisions a reporter made about a corpus, reapplied on every
// run. "Masimov is Karim Massimov" (a confirmed merge), "Getty Images is not an organization we
// care about" (deny), "always find Berik Asylov" (watch), "akim is a title" (titles), "Jon Peterson
// and Jon Petersen are two people, stop suggesting them" (separate).

import * as fs from 'fs';
import * as path from 'path';
import { EntityType, ENTITY_TYPES } from '../model';

export const PROJECT_FILE_NAME = 'newsner.json';

/** A named entity the reporter vouches for: its canonical name and the other names it goes by. */
export interface ProjectEntity {
  type?: EntityType;
  name: string;
  aliases: string[];
}

/** A string never to report, of one type or of any. */
export interface DenyEntry {
  type?: EntityType;
  name: string;
}

export interface Project {
  /** the file it was read from (null when built in code) */
  file: string | null;
  merge: ProjectEntity[];
  separate: [string, string][];
  deny: DenyEntry[];
  watch: (ProjectEntity & { type: EntityType })[];
  titles: string[];
}

export class ProjectError extends Error {}

const KNOWN_KEYS = new Set(['merge', 'separate', 'deny', 'watch', 'titles', '$schema', 'comment']);

function fail(where: string, message: string): never {
  throw new ProjectError(`${where}: ${message}`);
}

function parseType(value: unknown, where: string): EntityType | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(value.toLowerCase())) {
    fail(where, `type must be one of ${ENTITY_TYPES.join(', ')}`);
  }
  return value.toLowerCase() as EntityType;
}

function parseName(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(where, 'must be a non-empty string');
  return value.trim().replace(/\s+/g, ' ');
}

function parseList(value: unknown, where: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(where, 'must be a list');
  return value;
}

function parseEntity(value: unknown, where: string): ProjectEntity {
  if (typeof value === 'string') return { name: parseName(value, where), aliases: [] };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(where, 'must be a name or an object {"type", "name", "aliases"}');
  }
  const record = value as Record<string, unknown>;
  const type = parseType(record.type, `${where}.type`);
  const name = parseName(record.name, `${where}.name`);
  const aliases = parseList(record.aliases, `${where}.aliases`).map((alias, i) => parseName(alias, `${where}.aliases[${i}]`));
  return type ? { type, name, aliases } : { name, aliases };
}

/** Check a parsed newsner.json and turn it into a Project; errors name the file and the field. */
export function parseProject(data: unknown, file: string | null): Project {
  const where = file ?? 'project';
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail(where, 'must be a JSON object');
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KNOWN_KEYS.has(key)) fail(where, `unknown field "${key}" (merge, separate, deny, watch, titles)`);
  }
  const merge = parseList(record.merge, `${where}: merge`).map((v, i) => parseEntity(v, `${where}: merge[${i}]`));
  const separate = parseList(record.separate, `${where}: separate`).map((v, i): [string, string] => {
    if (!Array.isArray(v) || v.length !== 2) fail(`${where}: separate[${i}]`, 'must be a pair of names ["A", "B"]');
    return [parseName(v[0], `${where}: separate[${i}][0]`), parseName(v[1], `${where}: separate[${i}][1]`)];
  });
  const deny = parseList(record.deny, `${where}: deny`).map((v, i): DenyEntry => {
    const entity = parseEntity(v, `${where}: deny[${i}]`);
    return entity.type ? { type: entity.type, name: entity.name } : { name: entity.name };
  });
  const watch = parseList(record.watch, `${where}: watch`).map((v, i) => {
    const entity = parseEntity(v, `${where}: watch[${i}]`);
    if (!entity.type) fail(`${where}: watch[${i}]`, `needs a type (${ENTITY_TYPES.filter((t) => t !== 'date').join(', ')})`);
    if (entity.type === 'date') fail(`${where}: watch[${i}].type`, 'dates cannot be watched');
    return entity as ProjectEntity & { type: EntityType };
  });
  const titles = parseList(record.titles, `${where}: titles`).map((v, i) => parseName(v, `${where}: titles[${i}]`));
  return { file, merge, separate, deny, watch, titles };
}

/** Read and check a project file. */
export function readProjectFile(file: string): Project {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ProjectError(`cannot read project file ${file}${code ? ` (${code})` : ''}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ProjectError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  return parseProject(data, file);
}

/**
 * The project of a run: the file given with --config (it must exist), else newsner.json in the
 * working directory when there is one, else none.
 */
export function findProject(configOption: string | undefined, cwd: string = process.cwd()): Project | null {
  if (configOption !== undefined) return readProjectFile(configOption);
  const candidate = path.join(cwd, PROJECT_FILE_NAME);
  if (!fs.existsSync(candidate)) return null;
  return readProjectFile(candidate);
}
