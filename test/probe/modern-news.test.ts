// The modern-news probe (test/fixtures/probe/modern-news.jsonl): invented reports in the style of
// modern Wikinews articles, annotated by hand. Names of the news since 2000 that the lists now know:
// each case is a mention the lexicon of an older news world typed wrong or missed, checked by its
// exact text, type and offsets, and a floor on the whole probe's score.
import { join } from 'path';
import { extract } from '../../src';
import { evaluateFile } from '../../src/eval/run';
import { FIXTURES, ProbeCase, expectProbesBuilt, loadProbe, namesIn as namesOf, testProbeCases } from './probe';

const PROBE = join(FIXTURES, 'modern-news.jsonl');
const documents = loadProbe('modern-news');
const namesIn = (id: string) => namesOf(documents, id);

const CASES: ProbeCase[] = [
  ['modern-news-05', 'organization', 'Meta Platforms', 170, 184, 'a firm whose first word is also a first name'],
  ['modern-news-02', 'organization', 'Bharat Rashtra Samithi', 773, 795, 'an Indian party, not a person'],
  ['modern-news-10', 'organization', 'Deutscher Wetterdienst', 759, 781, 'a weather service, not a person'],
  ['modern-news-10', 'organization', 'Rocket Factory Augsburg', 1040, 1063, 'a launch firm named after its town'],
  ['modern-news-11', 'organization', 'Africa CDC', 526, 536, 'a health body, not the continent'],
  ['modern-news-11', 'organization', 'Gavi', 686, 690, 'the vaccine alliance'],
  ['modern-news-15', 'organization', 'Rio Tinto', 535, 544, 'a mining firm, not a town'],
  ['modern-news-20', 'organization', 'Mercedes', 293, 301, 'a Formula One team in a race report, not a first name'],
  ['modern-news-20', 'organization', 'Aston Martin', 475, 487, 'a team named after a carmaker'],
  ['modern-news-22', 'organization', 'Turkish Red Crescent', 523, 543, 'a national society, nationality included'],
  ['modern-news-08', 'person', 'Raymond Ellery', 703, 717, 'a name after the title "Administrator"'],
  ['modern-news-14', 'place', 'English Channel', 951, 966, 'a sea'],
  ['modern-news-20', 'place', 'Silverstone', 133, 144, 'a motor-racing circuit'],
  ['modern-news-21', 'place', 'Rod Laver Arena', 399, 414, 'a tennis arena'],
];

describe('names of the news since 2000 in the modern-news probe', () => {
  testProbeCases(documents, CASES);

  test('"Africa CDC" and "Rio Tinto" are not also read as places', () => {
    expect(namesIn('modern-news-11')).not.toContain('place Africa 526-532');
    expect(namesIn('modern-news-15').filter((m) => m.startsWith('place Rio'))).toEqual([]);
  });
});

test('the whole probe scores at least 97 exact micro F1 on persons, organizations and places (90.0 before its lists, 98.1 on 2026-12-05)', () => {
  const result = evaluateFile(PROBE);
  expect(result.documents).toBe(26);
  expect(result.microNames?.gold).toBe(599);
  expect(result.microNames!.exact.f1).toBeGreaterThanOrEqual(97);
});

test('each probe JSONL is what scripts/build-probe.js makes of its hand-marked text', () => {
  expectProbesBuilt(['modern-news', 'modern-news-holdout', 'modern-news-3', 'modern-news-3-holdout']);
});

test('initialisms of the news since 2000 are no organizations, and a firm beside them still is', () => {
  const text = 'Nvidia said GPU supply was tight as LLM and NFT start-ups, ESG funds and VPN makers bought chips.';
  const names = extract(text).entities.filter((e) => e.type !== 'date').flatMap((e) => e.mentions.map((m) => `${e.type} ${m.text} ${m.start}-${m.end}`));
  expect(names).toEqual(['organization Nvidia 0-6']);
});
