// `newsner db` refusing what it cannot use (one line on stderr, exit 2, the file untouched), and a
// run killed halfway through a batch: the database keeps its committed batches and a re-run
// completes it. The other program holding the database is Debian's sqlite3 tool.
import { ChildProcess, spawn, spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { posixLockHolders } from '../../src/db/open';
import { BIN, newsner, ROOT } from '../cli/binary';
import { scalar, sqlite3 } from './sqlite3';

const CORPUS = 'fixtures/corpus';
const ARTICLE = join(CORPUS, 'a-detention.txt');
const tmp = mkdtempSync(join(tmpdir(), 'newsner-db-faults-'));
let counter = 0;
const fresh = () => join(tmp, `db-${++counter}.sqlite`);

function db(args: string[], env: NodeJS.ProcessEnv = {}) {
  return newsner(['db', '-j', '1', ...args], { env });
}

function refused(args: string[], message: string): void {
  const result = db(args);
  expect(result.stderr).toBe(`newsner: ${message}\n`);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
}

describe('paths newsner db cannot use: one line, exit 2', () => {
  test('a folder', () => {
    refused([tmp, ARTICLE], `cannot open ${tmp}: it is a folder, not a database file`);
  });

  test('a folder that does not exist', () => {
    const path = join(tmp, 'nowhere', 'out.sqlite');
    refused([path, ARTICLE], `cannot create ${path}: the folder ${join(tmp, 'nowhere')} does not exist`);
  });

  test('a folder nobody may write in, root included (/sys)', () => {
    const result = db(['/sys/out.sqlite', ARTICLE]);
    expect(result.stderr).toMatch(/^newsner: cannot write in \/sys: (permission denied|read-only file system)\n$/);
    expect(result.status).toBe(2);
  });

  test('a text file is left as it was', () => {
    const path = join(tmp, 'notes.sqlite');
    writeFileSync(path, 'shopping list: bread, milk\n'.repeat(100));
    refused([path, ARTICLE], `${path} is not a newsner database (file is not a database)`);
    expect(readFileSync(path, 'utf8')).toBe('shopping list: bread, milk\n'.repeat(100));
    expect(existsSync(`${path}.newsner-pid`)).toBe(false);
  });

  test("another program's SQLite database is left as it was", () => {
    const path = fresh();
    sqlite3(path, "CREATE TABLE invoices(id INTEGER PRIMARY KEY, payee TEXT); INSERT INTO invoices(payee) VALUES ('Marten Kell Cos')");
    const before = readFileSync(path);
    refused([path, ARTICLE], `${path} is not a newsner database (a SQLite file with other tables: newsner db writes only to its own)`);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('a database in use: one line, exit 2', () => {
  let holder: ChildProcess | null = null;
  afterEach(async () => {
    if (holder && holder.exitCode === null) {
      const exited = new Promise((resolve) => holder!.once('exit', resolve));
      holder.stdin!.end('COMMIT;\n');
      await exited;
    }
    holder = null;
  });

  test('the sqlite3 shell in the middle of a write', async () => {
    const path = fresh();
    expect(db([path, ARTICLE]).status).toBe(0);
    holder = spawn('sqlite3', [path], { stdio: ['pipe', 'ignore', 'ignore'] });
    holder.stdin!.write("BEGIN EXCLUSIVE; UPDATE documents SET error = 'held' WHERE id = 1;\n");
    // wait (bounded) until the shell holds its lock
    for (let i = 0; i < 200 && posixLockHolders(path).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(posixLockHolders(path)).toEqual([holder.pid]);
    refused([path, join(CORPUS, 'b-court.txt')], `${path} is locked: another program (process ${holder.pid}) is using it`);
  });

  test('another newsner run writing to it', () => {
    const path = fresh();
    expect(db([path, ARTICLE]).status).toBe(0);
    // this test's own process stands in for the other run: it is alive
    writeFileSync(`${path}.newsner-pid`, `${process.pid}\n`);
    refused([path, join(CORPUS, 'b-court.txt')], `${path} is locked: another newsner run (process ${process.pid}) is writing to it`);
    expect(scalar(path, 'SELECT count(*) FROM documents')).toBe(1);
  });

  test('/proc/locks lines are read by device and inode', () => {
    const path = fresh();
    writeFileSync(path, '');
    const stat = spawnSync('stat', ['-c', '%i %D', path], { encoding: 'utf8' }).stdout.trim().split(' ');
    const [inode, hexDevice] = [stat[0], stat[1].padStart(4, '0')];
    const device = `${hexDevice.slice(0, -2)}:${hexDevice.slice(-2)}`;
    const locks = [
      `1: POSIX  ADVISORY  WRITE 4242 ${device}:${inode} 1073741824 1073742335`,
      `2: POSIX  ADVISORY  READ 4343 ${device}:${Number(inode) + 1} 1073741826 1073742335`,
      `3: FLOCK  ADVISORY  WRITE 4444 ${device}:${inode} 0 EOF`,
    ].join('\n');
    expect(posixLockHolders(path, locks)).toEqual([4242]);
  });
});

describe('a run killed halfway through a batch', () => {
  test('keeps the committed batches, and a re-run completes the database', () => {
    const folder = mkdtempSync(join(tmp, 'docs-'));
    for (const file of readdirSync(CORPUS)) copyFileSync(join(CORPUS, file), join(folder, file));
    const path = fresh();
    // batches of 2: killed (SIGKILL) after the fifth document went into the third batch
    const killed = db([path, folder, '--batch-size', '2'], { NEWSNER_TEST_KILL_AFTER_BATCHES: '2' });
    expect(killed.status).toBeNull();
    expect(existsSync(`${path}-journal`)).toBe(true);
    expect(sqlite3(path, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(scalar(path, 'SELECT count(*) FROM documents')).toBe(4);
    expect(sqlite3(path, 'PRAGMA foreign_key_check')).toEqual([]);

    const rerun = db([path, folder, '--batch-size', '2']);
    expect(rerun.stderr).toBe(`newsner: ${path}: 2 documents added (0 of them replacing a changed one), 4 already in, 0 failed\n`);
    expect(rerun.status).toBe(0);
    const whole = fresh();
    expect(db([whole, folder]).status).toBe(0);
    const entities = 'SELECT type, name, count, documents, aliases, roles FROM entities ORDER BY type, name';
    expect(sqlite3(path, entities)).toEqual(sqlite3(whole, entities));
    expect(scalar(path, 'SELECT count(*) FROM mentions')).toBe(scalar(whole, 'SELECT count(*) FROM mentions'));
    expect(existsSync(`${path}.newsner-pid`)).toBe(false);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});

describe('Ctrl-C (SIGINT)', () => {
  test('commits what was analyzed, brings the entities up to date, exits 130; a re-run adds the rest', async () => {
    const folder = mkdtempSync(join(tmp, 'many-'));
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
    for (let copy = 0; copy < 10; copy++) for (const file of files) copyFileSync(join(CORPUS, file), join(folder, `${copy}-${file}`));
    const path = fresh();
    const child = spawn(process.execPath, [BIN, 'db', '-j', '1', '--batch-size', '5', path, folder], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // the pid file is written once the signal handlers are in place
    for (let i = 0; i < 400 && !existsSync(`${path}.newsner-pid`); i++) await new Promise((r) => setTimeout(r, 25));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const lines = stderr.trimEnd().split('\n');
    expect(lines[lines.length - 1]).toBe('newsner: stopped by SIGINT: the documents above are in; run the same command again to add the rest');
    const inDb = sqlite3<{ file: string }>(path, 'SELECT file FROM documents ORDER BY id').map((r) => r.file);
    expect(inDb.length).toBeLessThan(60);
    expect(existsSync(`${path}-journal`)).toBe(false);
    const entities = 'SELECT type, name, count, documents FROM entities ORDER BY type, name';
    const summaryOf = (paths: string[]) =>
      (JSON.parse(newsner(['summary', '-j', '1', '-f', 'json', ...paths]).stdout) as { entities: { type: string; name: string; count: number; documents: number }[] }).entities
        .map(({ type, name, count, documents }) => ({ type, name, count, documents }))
        .sort((a, b) => (a.type + a.name < b.type + b.name ? -1 : a.type + a.name > b.type + b.name ? 1 : 0));
    if (inDb.length > 0) expect(sqlite3(path, entities)).toEqual(summaryOf(inDb));

    const rerun = db([path, folder]);
    expect(rerun.status).toBe(0);
    expect(scalar(path, 'SELECT count(*) FROM documents')).toBe(60);
    expect(sqlite3(path, entities)).toEqual(summaryOf([folder]));
  });
});

test('sqlite3 is installed (.ci/run installs it)', () => {
  expect(spawnSync('sqlite3', ['-version'], { encoding: 'utf8' }).status).toBe(0);
});
