import { chmodSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { expandInputs, formatOf, listTextFiles, Source, walkDirectory } from '../../src/input/sources';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

async function collect(paths: string[], forced?: 'text' | 'jsonl'): Promise<Source[]> {
  const sources: Source[] = [];
  for await (const source of expandInputs(paths, forced)) sources.push(source);
  return sources;
}

test('a directory gives its .txt/.text/.md files, recursively, in code-unit order; hidden and other files are skipped', async () => {
  expect(await listTextFiles(join(FIXTURES, 'tree'))).toEqual(
    ['a.txt', 'sub/D.TXT', 'sub/b.md', 'sub/c.text'].map((name) => `${join(FIXTURES, 'tree')}/${name}`),
  );
  expect(await listTextFiles(`${join(FIXTURES, 'tree')}/`)).toEqual(await listTextFiles(join(FIXTURES, 'tree')));
});

test('paths keep their command-line order; "-" is stdin; a missing path is an unreadable source', async () => {
  const tree = join(FIXTURES, 'tree');
  expect(await collect([join(FIXTURES, 'records.jsonl'), '-', 'no/such/file.txt', join(tree, 'skip.csv'), tree])).toEqual([
    { kind: 'file', path: join(FIXTURES, 'records.jsonl'), format: 'jsonl' },
    { kind: 'stdin', format: 'text' },
    { kind: 'unreadable', path: 'no/such/file.txt', error: 'cannot read: no such file or directory' },
    // a file named explicitly is read whatever its extension
    { kind: 'file', path: join(tree, 'skip.csv'), format: 'text' },
    { kind: 'file', path: `${tree}/a.txt`, format: 'text' },
    { kind: 'file', path: `${tree}/sub/D.TXT`, format: 'text' },
    { kind: 'file', path: `${tree}/sub/b.md`, format: 'text' },
    { kind: 'file', path: `${tree}/sub/c.text`, format: 'text' },
  ]);
});

test('--input-format overrides the extension, for files and stdin', async () => {
  expect(formatOf('a.NDJSON', undefined)).toBe('jsonl');
  expect(formatOf('a.txt', undefined)).toBe('text');
  expect(formatOf('a.jsonl', 'text')).toBe('text');
  expect(await collect(['-'], 'jsonl')).toEqual([{ kind: 'stdin', format: 'jsonl' }]);
});

describe('symbolic links', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsner-links-'));
    mkdirSync(join(dir, 'corpus', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'corpus', 'a.txt'), 'A');
    writeFileSync(join(dir, 'outside.txt'), 'B');
    symlinkSync(join(dir, 'outside.txt'), join(dir, 'corpus', 'sub', 'link.txt'));
    symlinkSync(join(dir, 'corpus'), join(dir, 'corpus', 'sub', 'loop'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'corpus', 'dangling.txt'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a link to a file is read, a link loop is not followed, a dangling link is skipped', async () => {
    const corpus = join(dir, 'corpus');
    expect(await listTextFiles(corpus)).toEqual([`${corpus}/a.txt`, `${corpus}/sub/link.txt`]);
  });
});

// root lists everything, so an unreadable subdirectory can only be shown by an ordinary user
const asOrdinaryUser = typeof process.getuid === 'function' && process.getuid() !== 0 ? test : test.skip;
asOrdinaryUser('a subdirectory that cannot be listed is named in its place; the rest of the tree is still walked', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsner-perm-'));
  mkdirSync(join(dir, 'locked'));
  mkdirSync(join(dir, 'ok'));
  writeFileSync(join(dir, 'ok', 'a.txt'), 'A');
  writeFileSync(join(dir, 'z.txt'), 'Z');
  chmodSync(join(dir, 'locked'), 0o000);
  try {
    expect(await walkDirectory(dir)).toEqual([
      { path: `${dir}/locked`, error: 'cannot list directory: permission denied' },
      { path: `${dir}/ok/a.txt`, error: null },
      { path: `${dir}/z.txt`, error: null },
    ]);
  } finally {
    chmodSync(join(dir, 'locked'), 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});
