// Helpers for the probe tests: the probe documents by id, their names as short strings, and the check
// that each probe JSONL is what scripts/build-probe.js makes of its hand-marked text.
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { extract } from '../../src';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'probe');

interface ProbeDocument {
  id: string;
  text: string;
}

/** The documents of one probe JSONL (test/fixtures/probe/NAME.jsonl), by id. */
export function loadProbe(name: string): Map<string, ProbeDocument> {
  return new Map(
    readFileSync(join(FIXTURES, `${name}.jsonl`), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as ProbeDocument)
      .map((doc) => [doc.id, doc]),
  );
}

/** Every person, organization and place mention of a probe document as "type text start-end". */
export function namesIn(documents: Map<string, ProbeDocument>, id: string): string[] {
  const doc = documents.get(id);
  if (!doc) throw new Error(`no probe document ${id}`);
  return extract(doc.text)
    .entities.filter((e) => e.type !== 'date')
    .flatMap((e) => e.mentions.map((m) => `${e.type} ${m.text} ${m.start}-${m.end}`));
}

/** Builds each named probe from its .txt into a temporary folder and expects the committed .jsonl. */
export function expectProbesBuilt(names: string[]): void {
  const dir = mkdtempSync(join(tmpdir(), 'newsner-probe-'));
  try {
    for (const name of names) {
      const output = join(dir, `${name}.jsonl`);
      execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'build-probe.js'), join(FIXTURES, `${name}.txt`), output]);
      expect(readFileSync(output, 'utf8')).toBe(readFileSync(join(FIXTURES, `${name}.jsonl`), 'utf8'));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** [document, type, text, start, end, why]: a mention in the probe's gold annotation with these offsets */
export type ProbeCase = [string, string, string, number, number, string];

/** One test per case: the offsets hold the text, and the tool finds the mention there with its type. */
export function testProbeCases(documents: Map<string, ProbeDocument>, cases: ProbeCase[]): void {
  for (const [id, type, text, start, end, why] of cases) {
    test(`${id}: ${type} "${text}" at ${start}-${end} (${why})`, () => {
      expect(documents.get(id)!.text.slice(start, end)).toBe(text);
      expect(namesIn(documents, id)).toContain(`${type} ${text} ${start}-${end}`);
    });
  }
}
