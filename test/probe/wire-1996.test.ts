// The wire-1996 probe (test/fixtures/probe/wire-1996.jsonl): invented stories in the style of a 1990s
// news agency's wire, written by a helper who never read the rules (sports results and tables,
// markets, politics, oddities). Each case is a mention the rules studied on it make right, checked by
// its exact text, type and offsets, and a floor on the whole probe's score. The held-out half
// (wire-1996-holdout) is only scored, not tested.
import { join } from 'path';
import { evaluateFile } from '../../src/eval/run';
import { FIXTURES, ProbeCase, expectProbesBuilt, loadProbe, testProbeCases } from './probe';

const PROBE = join(FIXTURES, 'wire-1996.jsonl');
const documents = loadProbe('wire-1996');

const CASES: ProbeCase[] = [
  ['wire-1996-02', 'organization', 'Kilbraddan', 175, 185, 'a club named after the dateline\'s town no list knows, where it beats another'],
  ['wire-1996-04', 'organization', 'SOMERSET', 10, 18, '"V" in a headline in capitals is "versus", no initial'],
  ['wire-1996-04', 'organization', 'DERBYSHIRE', 21, 31, 'the other side of the "V"'],
  ['wire-1996-08', 'organization', 'Kestrel Motorsport', 392, 410, 'a racing team after its driver\'s country, before a gap in seconds'],
  ['wire-1996-09', 'organization', 'Mapelli-Vinotti', 449, 464, 'a cycling team before "at" a gap'],
  ['wire-1996-10', 'place', 'Bordeaux', 189, 197, 'the venue opening a results line'],
  ['wire-1996-10', 'organization', 'Bordeaux', 199, 207, 'the club after the venue\'s colon, an ordinary word too'],
  ['wire-1996-10', 'organization', 'Sandvika IF', 408, 419, 'a Nordic club\'s letters'],
  ['wire-1996-11', 'person', 'Kreuzer', 147, 154, 'a scorer before a minute without its ordinal ending'],
  ['wire-1996-11', 'person', 'Oberhauser', 333, 343, 'a scorer whose minute is a plain number'],
  ['wire-1996-24', 'place', 'BANGLADESH', 0, 10, 'a headline in capitals before "48-HOUR" is no dateline'],
  ['wire-1996-28', 'organization', 'Allianz', 661, 668, 'a firm after a trade noun opening the sentence ("Insurer")'],
];

describe('names of the wire-1996 probe', () => {
  testProbeCases(documents, CASES);
});

test('the wire-1996 probe scores at least 96 exact micro F1 on persons, organizations and places (92.9 before its rules, 97.2 on 2026-12-05)', () => {
  const result = evaluateFile(PROBE);
  expect(result.documents).toBe(30);
  expect(result.microNames?.gold).toBe(549);
  expect(result.microNames!.exact.f1).toBeGreaterThanOrEqual(96);
});

test('each wire-1996 and mixed-wiki JSONL is what scripts/build-probe.js makes of its hand-marked text', () => {
  expectProbesBuilt(['wire-1996', 'wire-1996-holdout', 'mixed-wiki', 'mixed-wiki-holdout']);
});
