// The sports-1997 probe (test/fixtures/probe/sports-1997.jsonl): invented stories in the style of a
// 1990s news agency's sports desk, written by a helper who never read the rules (results tables,
// match reports with line-ups, scorecards, European cups, transfers). Each case is a mention the
// rules studied on it make right, checked by its exact text, type and offsets, and a floor on the
// whole probe's score. The held-out half (sports-1997-holdout) is only scored, not tested.
import { join } from 'path';
import { evaluateFile } from '../../src/eval/run';
import { FIXTURES, ProbeCase, expectProbesBuilt, loadProbe, testProbeCases } from './probe';

const PROBE = join(FIXTURES, 'sports-1997.jsonl');
const documents = loadProbe('sports-1997');

const CASES: ProbeCase[] = [
  ['sports-1997-02', 'organization', 'Espoir Rufisque', 582, 597, 'a club no list knows after a career\'s "signed from"'],
  ['sports-1997-02', 'person', 'Balmont', 1218, 1225, 'the goalkeeper after the dash that opens a side\'s line-up'],
  ['sports-1997-02', 'person', 'Dusautoir-Ménard', 1279, 1295, 'a player between the semicolons of a line-up'],
  ['sports-1997-02', 'person', 'Barthe', 1488, 1494, 'the last player of the other side\'s line-up'],
  ['sports-1997-16', 'organization', 'Hapoel Kiryat Tivon', 163, 182, 'one side of a result with its country in brackets and its score'],
  ['sports-1997-16', 'organization', 'Basket Ravensberg', 223, 240, 'another side of the same results line'],
];

describe('names of the sports-1997 probe', () => {
  testProbeCases(documents, CASES);
});

test('the sports-1997 probe scores at least 93 exact micro F1 on persons, organizations and places (90.7 before its rules, 94.3 on 2026-12-06)', () => {
  const result = evaluateFile(PROBE);
  expect(result.documents).toBe(26);
  expect(result.microNames?.gold).toBe(921);
  expect(result.microNames!.exact.f1).toBeGreaterThanOrEqual(93);
});

test('each sports-1997, world-wiki, world-wiki-2, us-wiki, europe-wire and asia-wire JSONL is what scripts/build-probe.js makes of its hand-marked text', () => {
  expectProbesBuilt(['sports-1997', 'sports-1997-holdout', 'world-wiki', 'world-wiki-holdout', 'world-wiki-2', 'world-wiki-2-holdout', 'us-wiki', 'us-wiki-holdout', 'europe-wire', 'europe-wire-holdout', 'asia-wire', 'asia-wire-holdout']);
});
