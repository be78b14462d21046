// Debian's sqlite3 command-line tool, as a reporter would open the database (.ci/run installs it).
import { spawnSync } from 'child_process';

export function sqlite3<T = Record<string, unknown>>(database: string, sql: string): T[] {
  const result = spawnSync('sqlite3', ['-json', database, sql], { encoding: 'utf8' });
  if (result.error) throw new Error(`sqlite3 is missing (apt-get install sqlite3): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`sqlite3: ${result.stderr}`);
  return result.stdout.trim() === '' ? [] : (JSON.parse(result.stdout) as T[]);
}

/** One number from a COUNT(*) or similar. */
export function scalar(database: string, sql: string): unknown {
  const rows = sqlite3(database, sql);
  return Object.values(rows[0])[0];
}
