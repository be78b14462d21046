// evaluateFile over a small gold file written here: a document that carries no annotation at all
// (a corpus part never annotated) is counted, and left out of the scores only when asked.
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { evaluateFile } from '../../src/eval/run';

let dir: string;
let gold: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsner-eval-'));
  gold = join(dir, 'gold.jsonl');
  const annotated = { id: 'a', text: 'Judge Dana Kresk ruled.', annotated_types: ['PERSON', 'ORGANIZATION', 'PLACE'], entities: [{ start: 6, end: 16, type: 'PERSON', text: 'Dana Kresk' }], ignore: [] };
  const bare = { id: 'b', text: 'Mayor Lena Voss spoke in Leeds.', annotated_types: ['PERSON', 'ORGANIZATION', 'PLACE'], entities: [], ignore: [] };
  writeFileSync(gold, `${JSON.stringify(annotated)}\n${JSON.stringify(bare)}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a document with no annotation counts its names as false positives by default', () => {
  const result = evaluateFile(gold);
  expect([result.documents, result.unannotated, result.skippedUnannotated]).toEqual([2, 1, false]);
  expect([result.microNames?.gold, result.microNames?.predicted, result.microNames?.exact.precision]).toEqual([1, 3, 100 / 3]);
});

test('--skip-unannotated leaves it out of the scores', () => {
  const result = evaluateFile(gold, { skipUnannotated: true });
  expect([result.documents, result.unannotated, result.skippedUnannotated]).toEqual([2, 1, true]);
  expect([result.microNames?.gold, result.microNames?.predicted, result.microNames?.exact.f1]).toEqual([1, 1, 100]);
});
