// Opening the database file for writing, with every refusal as one sentence (the command prints it
// and exits 2): a path that cannot be a database, a file that is not a newsner database, a file
// another program or another newsner run is using.
//
// The SQLite library (node-sqlite3-wasm, SQLite compiled to WebAssembly) writes the real file page
// by page, but locks with a "<file>.lock" directory instead of the POSIX locks that the sqlite3
// shell and Datasette take. So we look for their locks ourselves (Linux lists them in /proc/locks),
// and keep our own "<file>.newsner-pid" with the writer's process id: a run that was killed leaves
// it and the library's lock directory behind, and the next run, seeing that process gone, clears
// both; SQLite then rolls the unfinished batch back from its journal.

import { closeSync, existsSync, openSync, readFileSync, rmdirSync, statSync, unlinkSync, writeSync } from 'fs';
import { dirname } from 'path';
import type { Database } from 'node-sqlite3-wasm';
import { describeFsError } from '../input/fs-errors';
import { DB_FORMAT, DB_SCHEMA_VERSION, SCHEMA_SQL } from './schema';

export class DbOpenError extends Error {}

function pidFile(path: string): string {
  return `${path}.newsner-pid`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process ids holding a POSIX lock on the file (the sqlite3 shell, Datasette), where the system lists them. */
export function posixLockHolders(path: string, locksText?: string): number[] {
  let text = locksText;
  if (text === undefined) {
    try {
      text = readFileSync('/proc/locks', 'utf8');
    } catch {
      return [];
    }
  }
  const { dev, ino } = statSync(path);
  // /proc/locks names a file "MAJOR:MINOR:INODE", the device numbers in hex
  const major = Math.floor(dev / 256) & 0xfff;
  const minor = (dev & 0xff) | ((Math.floor(dev / 4096) & 0xfff00));
  const holders = new Set<number>();
  for (const line of text.split('\n')) {
    const match = /^\d+:\s+(?:->\s+)?POSIX\s+\S+\s+\S+\s+(\d+)\s+([0-9a-f]+):([0-9a-f]+):(\d+)\s/.exec(line);
    if (!match) continue;
    const [, pid, lockMajor, lockMinor, inode] = match;
    if (Number(inode) === ino && parseInt(lockMajor, 16) === major && parseInt(lockMinor, 16) === minor && Number(pid) !== process.pid) {
      holders.add(Number(pid));
    }
  }
  return [...holders];
}

/** Take the writer's place: our pid file, or the reason we cannot. A dead writer's leftovers are cleared. */
function claim(path: string): void {
  const file = pidFile(path);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new DbOpenError(`cannot write in ${dirname(path)}: ${describeFsError(error)}`);
    }
    const pid = Number(readFileSync(file, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
      throw new DbOpenError(`${path} is locked: another newsner run (process ${pid}) is writing to it`);
    }
    // a run that was killed: its pid file and the library's lock directory go
    unlinkSync(file);
    try {
      rmdirSync(`${path}.lock`);
    } catch {
      // none left, or not empty (not ours): SQLite will say it is locked
    }
  }
  throw new DbOpenError(`${path} is locked: another newsner run started at the same moment`);
}

export function release(path: string): void {
  try {
    unlinkSync(pidFile(path));
  } catch {
    // already gone
  }
}

function checkPath(path: string): void {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new DbOpenError(`cannot open ${path}: ${describeFsError(error)}`);
    const folder = dirname(path);
    if (!existsSync(folder)) throw new DbOpenError(`cannot create ${path}: the folder ${folder} does not exist`);
    if (!statSync(folder).isDirectory()) throw new DbOpenError(`cannot create ${path}: ${folder} is not a folder`);
    return;
  }
  if (stat.isDirectory()) throw new DbOpenError(`cannot open ${path}: it is a folder, not a database file`);
  if (!stat.isFile()) throw new DbOpenError(`cannot open ${path}: not a regular file`);
}

function meta(db: Database, key: string): string | null {
  const row = db.get('SELECT value FROM newsner_meta WHERE key = ?', key) as { value: string } | null;
  return row ? row.value : null;
}

/** The schema, on a new (empty) file; or the check that an existing file is ours. */
function prepareSchema(db: Database, path: string): void {
  let tables: string[];
  try {
    tables = (db.all("SELECT name FROM sqlite_master WHERE type = 'table'") as { name: string }[]).map((row) => row.name);
  } catch (error) {
    throw new DbOpenError(`${path} is not a newsner database (${(error as Error).message.split('\n')[0]})`);
  }
  if (tables.length === 0) {
    db.exec('BEGIN');
    db.exec(SCHEMA_SQL);
    db.run('INSERT INTO newsner_meta(key, value) VALUES (?, ?), (?, ?)', ['format', DB_FORMAT, 'schema', DB_SCHEMA_VERSION]);
    db.exec('COMMIT');
    return;
  }
  if (!tables.includes('newsner_meta') || meta(db, 'format') !== DB_FORMAT) {
    throw new DbOpenError(`${path} is not a newsner database (a SQLite file with other tables: newsner db writes only to its own)`);
  }
  const version = meta(db, 'schema');
  if (version !== DB_SCHEMA_VERSION) {
    throw new DbOpenError(`${path} is a newsner database of another version (schema ${version}, this newsner writes ${DB_SCHEMA_VERSION})`);
  }
  // a file written before entities had `inferred` and links `joined` (2026-12-04) gets the columns,
  // filled in by the rebuild at the end of the run
  for (const [table, column] of [['entities', 'inferred'], ['document_entities', 'joined']]) {
    const columns = (db.all(`PRAGMA table_info(${table})`) as { name: string }[]).map((c) => c.name);
    if (!columns.includes(column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} TEXT`);
  }
}

/** The database, ready to write: the caller closes it and calls release(path). */
export async function openDatabase(path: string): Promise<Database> {
  checkPath(path);
  if (existsSync(path)) {
    const holders = posixLockHolders(path);
    if (holders.length > 0) throw new DbOpenError(`${path} is locked: another program (process ${holders.join(', ')}) is using it`);
  }
  claim(path);
  const { Database } = await import('node-sqlite3-wasm');
  let db = null as Database | null;
  try {
    try {
      db = new Database(path);
    } catch (error) {
      throw new DbOpenError(`cannot open ${path}: ${(error as Error).message}`);
    }
    try {
      db.exec('PRAGMA foreign_keys = ON');
      // the file is ours for the whole run (the pid file says so): one lock, taken once, and a page
      // cache that stays valid between batches; 64 MB of it at most; larger pages, fewer file calls
      db.exec('PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -65536; PRAGMA page_size = 16384');
    } catch (error) {
      throw new DbOpenError(`${path} is not a newsner database (${(error as Error).message.split('\n')[0]})`);
    }
    prepareSchema(db, path);
    return db;
  } catch (error) {
    if (db?.isOpen) db.close();
    release(path);
    if (error instanceof DbOpenError) throw error;
    const message = (error as Error).message.split('\n')[0];
    throw new DbOpenError(/locked|busy/i.test(message) ? `${path} is locked: ${message}` : `cannot write ${path}: ${message}`);
  }
}
