// summary, merge and graph on the built binary, on fixtures/corpus (six invented articles).
// What the recognizers find there changes as they improve, so these tests check what must hold
// whatever they find: merge = summary, the project file's decisions, formats, errors.
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { jsonLines, newsner } from './binary';

interface Row {
  type: string;
  name: string;
  count: number;
  documents: number;
  aliases: string[];
  example: { file: string; sentence: string };
}
interface Summary {
  documents: number;
  entities: Row[];
  suggestions: { type: string; name: string; variant: string; reason: string }[];
}

const CORPUS = 'fixtures/corpus';
const tmp = mkdtempSync(join(tmpdir(), 'newsner-corpus-'));

function json<T>(args: string[]): T {
  const result = newsner(args);
  // a project file given with --config is named on stderr, and nothing else is said
  const config = args.indexOf('--config');
  expect(result.stderr).toBe(config < 0 ? '' : `newsner: using project file ${args[config + 1]} (--no-config to ignore it)\n`);
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as T;
}

function writeTemp(name: string, text: string): string {
  const file = join(tmp, name);
  writeFileSync(file, text);
  return file;
}

describe('newsner merge = newsner summary on the same documents', () => {
  test('two shards of extract JSONL give the same entities, counts, documents and suggestions', () => {
    const first = newsner(['extract', 'fixtures/corpus/a-detention.txt', 'fixtures/corpus/b-court.txt', 'fixtures/corpus/c-bank.txt', '-f', 'jsonl']);
    const second = newsner(['extract', 'fixtures/corpus/d-agency.txt', 'fixtures/corpus/e-geneva.txt', 'fixtures/corpus/f-brief.txt', '-f', 'jsonl']);
    expect(jsonLines(first.stdout)).toHaveLength(3);
    const shard1 = writeTemp('r1.jsonl', first.stdout);
    const shard2 = writeTemp('r2.jsonl', second.stdout);

    const summary = json<Summary>(['summary', CORPUS, '-f', 'json']);
    const merged = json<Summary>(['merge', shard1, shard2, '-f', 'json']);
    expect(summary.documents).toBe(6);
    expect(summary.entities.length).toBeGreaterThan(10);
    expect(merged).toEqual(summary);

    // shards in another order (and from stdin): the same rows, only the example may differ
    const reversed = newsner(['merge', '-f', 'json', shard2, '-'], { input: first.stdout });
    const rows = (s: Summary) => s.entities.map((r) => [r.type, r.name, r.count, r.documents, [...r.aliases].sort()]);
    expect(rows(JSON.parse(reversed.stdout) as Summary)).toEqual(rows(summary));
  });

  test('merge also reads extract --format json output (a file or stdin)', () => {
    const json = newsner(['extract', CORPUS, '-f', 'json']).stdout;
    const summary = newsner(['summary', CORPUS, '-f', 'json']).stdout;
    expect(newsner(['merge', writeTemp('all.json', json), '-f', 'json']).stdout).toBe(summary);
    expect(newsner(['merge', '-f', 'json'], { input: json }).stdout).toBe(summary);
  });

  test('--jobs: worker threads give the same summary and graph as one process', () => {
    expect(newsner(['summary', CORPUS, '-f', 'json', '--jobs', '3']).stdout).toBe(newsner(['summary', CORPUS, '-f', 'json', '--jobs', '1']).stdout);
    expect(newsner(['graph', CORPUS, '--jobs', '3']).stdout).toBe(newsner(['graph', CORPUS, '--jobs', '1']).stdout);
  });

  test('CSV, --types, --sort and --top work the same on both', () => {
    const results = writeTemp('all.jsonl', newsner(['extract', CORPUS, '-f', 'jsonl']).stdout);
    const args = ['--types', 'person,place', '--sort', 'documents', '--top', '5', '-f', 'csv'];
    const summary = newsner(['summary', CORPUS, ...args]);
    const merged = newsner(['merge', results, ...args]);
    expect(summary.status).toBe(0);
    expect(merged.stdout).toBe(summary.stdout);
    const lines = summary.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('type,name,aliases,roles,count,documents,value,first_date,last_date,example_file,example_sentence,inferred');
    expect(lines).toHaveLength(6);
    expect(lines.slice(1).every((line) => /^(person|place),/.test(line))).toBe(true);
  });
});

describe('the project file', () => {
  test('a confirmed merge joins two spellings into one row; a denied name disappears; the suggestion goes', () => {
    const before = json<Summary>(['summary', CORPUS, '-f', 'json', '--types', 'person']);
    const kassymov = before.entities.find((r) => r.name === 'Daniyar Kassymov');
    const kasymov = before.entities.find((r) => r.name === 'Daniyar Kasymov');
    expect(kassymov && kasymov).toBeTruthy();
    expect(before.suggestions.some((s) => s.name === 'Daniyar Kassymov' && s.variant === 'Daniyar Kasymov')).toBe(true);

    const config = writeTemp(
      'project.json',
      JSON.stringify({ merge: [{ type: 'person', name: 'Daniyar Kassymov', aliases: ['Daniyar Kasymov', 'Kasymov'] }], deny: ['Wire'] }),
    );
    const after = json<Summary>(['summary', CORPUS, '-f', 'json', '--types', 'person', '--config', config]);
    const merged = after.entities.find((r) => r.name === 'Daniyar Kassymov')!;
    expect(merged.count).toBe(kassymov!.count + kasymov!.count);
    expect(merged.documents).toBe(kassymov!.documents + kasymov!.documents);
    expect(merged.aliases).toContain('Daniyar Kasymov');
    expect(after.entities.some((r) => r.name === 'Daniyar Kasymov' || r.name === 'Wire')).toBe(false);
    expect(after.suggestions.some((s) => s.variant === 'Daniyar Kasymov')).toBe(false);

    // merge applies the same decisions to results extracted without them
    const results = writeTemp('plain.jsonl', newsner(['extract', CORPUS, '-f', 'jsonl']).stdout);
    expect(json<Summary>(['merge', results, '-f', 'json', '--types', 'person', '--config', config])).toEqual(after);
  });

  test('newsner.json in the working directory is found; a broken one is a usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsner-cwd-'));
    writeFileSync(join(dir, 'a.txt'), 'Prosecutor General Saule Temirova met Arman Bekov in Astana on Monday.\n');
    writeFileSync(join(dir, 'newsner.json'), JSON.stringify({ deny: [{ type: 'place', name: 'Astana' }] }));
    const { spawnSync } = require('child_process') as typeof import('child_process');
    const run = (args: string[]) => spawnSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'newsner.js'), ...args], { cwd: dir, encoding: 'utf8' });
    const ok = run(['summary', 'a.txt', '-f', 'json']);
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as Summary).entities.some((r) => r.name === 'Astana')).toBe(false);
    // never silent: the run names the file on stderr, and the table's header names it too
    const notice = `newsner: using project file ${join(dir, 'newsner.json')} (--no-config to ignore it)\n`;
    expect(ok.stderr).toBe(notice);
    const table = run(['summary', 'a.txt', '-f', 'table']);
    // (Prosecutor General Saule Temirova and Arman Bekov; "Monday" has no reference date to place it)
    expect(table.stdout.split('\n')[0]).toBe(`2 entities in 1 documents (project file: ${join(dir, 'newsner.json')})`);
    // --no-config ignores it: Astana is back, and nothing is said
    const ignored = run(['summary', 'a.txt', '-f', 'json', '--no-config']);
    expect(ignored.stderr).toBe('');
    expect((JSON.parse(ignored.stdout) as Summary).entities.some((r) => r.name === 'Astana')).toBe(true);

    writeFileSync(join(dir, 'newsner.json'), '{"deny": "Astana"}');
    const broken = run(['summary', 'a.txt']);
    expect(broken.status).toBe(2);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toBe(`newsner: ${join(dir, 'newsner.json')}: deny: must be a list (see newsner --help)\n`);
  });

  test('extract applies the project file, in --jobs workers too', () => {
    const courtNames = (args: string[]) => {
      const result = newsner(['extract', CORPUS, '-f', 'jsonl', ...args]);
      expect(result.status).toBe(0);
      const court = jsonLines(result.stdout).find((r) => r.file === 'fixtures/corpus/b-court.txt') as { entities: Row[] };
      return court.entities.map((e) => `${e.name} [${(e.aliases ?? []).join(', ')}]`);
    };
    expect(courtNames(['--jobs', '2'])).toContain('Daniyar Kasymov [Kasymov]');
    for (const jobs of ['1', '2']) {
      const names = courtNames(['--jobs', jobs, '--config', 'fixtures/corpus/newsner.json']);
      expect(names).toContain('Daniyar Kassymov [Daniyar Kasymov, Kasymov]');
    }
  });

  test('--config naming a missing file: exit 2, one line', () => {
    const result = newsner(['summary', CORPUS, '--config', 'fixtures/corpus/none.json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('newsner: cannot read project file fixtures/corpus/none.json (ENOENT) (see newsner --help)\n');
  });
});

describe('newsner graph', () => {
  test('CSV edge list by sentence; the same graph from extract results', () => {
    const graph = newsner(['graph', CORPUS]);
    expect(graph.status).toBe(0);
    const lines = graph.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('source,target,source_type,target_type,weight,sentences,documents,example,file');
    expect(lines.length).toBeGreaterThan(5);
    const results = writeTemp('graph.jsonl', newsner(['extract', CORPUS, '-f', 'jsonl']).stdout);
    expect(newsner(['graph', '--from-results', results]).stdout).toBe(graph.stdout);
  });

  test('by document there are at least as many edges; --min-weight 2 keeps only heavier ones', () => {
    const count = (args: string[]) => newsner(['graph', CORPUS, ...args]).stdout.trimEnd().split('\n').length - 1;
    const bySentence = count([]);
    expect(count(['--level', 'document'])).toBeGreaterThanOrEqual(bySentence);
    const heavy = newsner(['graph', CORPUS, '--min-weight', '2', '-f', 'json']);
    const parsed = JSON.parse(heavy.stdout) as { edges: { weight: number }[] };
    expect(parsed.edges.every((e) => e.weight >= 2)).toBe(true);
    expect(parsed.edges.length).toBeLessThan(bySentence);
  });

  test('GEXF and GraphML: every edge names declared nodes', () => {
    for (const format of ['gexf', 'graphml']) {
      const out = newsner(['graph', CORPUS, '-f', format]).stdout;
      expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
      const nodes = new Set([...out.matchAll(/<node id="(n\d+)"/g)].map((m) => m[1]));
      const ends = [...out.matchAll(/<edge id="e\d+" source="(n\d+)" target="(n\d+)"/g)].flatMap((m) => [m[1], m[2]]);
      expect(ends.length).toBeGreaterThan(0);
      expect(ends.every((id) => nodes.has(id))).toBe(true);
    }
  });

  test('bad options are usage errors', () => {
    expect(newsner(['graph', CORPUS, '--level', 'paragraph']).status).toBe(2);
    expect(newsner(['graph', CORPUS, '--min-weight', '0']).status).toBe(2);
    expect(newsner(['summary', CORPUS, '--top', 'ten']).status).toBe(2);
  });
});

test('merge: a line that is not a result, and a failed document, are named on stderr; the rest counts; exit 1', () => {
  const good = newsner(['extract', 'fixtures/corpus/f-brief.txt', '-f', 'jsonl']).stdout;
  const file = writeTemp('mixed.jsonl', `${good}{"id": "x", "text": "raw"}\n{"file": "gone.txt", "id": null, "error": "cannot read"}\n`);
  const result = newsner(['merge', file, '-f', 'json']);
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(
    `newsner: ${file}:2: not a newsner result record (no "entities" list; make it with extract --format jsonl)\n` +
      'newsner: gone.txt:3: failed at extract time: cannot read\n',
  );
  expect((JSON.parse(result.stdout) as Summary).documents).toBe(1);
});
