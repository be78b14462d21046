// The timeline built from hand-made results: grouping across documents, chronological order,
// --from / --to, relative dates without a reference date apart (per document), vague ones only
// when asked, and what each value was inferred from.
import { DocumentResult, EntityRecord, MentionRecord } from '../../src/model';
import { TimelineBuilder } from '../../src/timeline/build';

function mention(text: string, sentence: string, extra: Partial<MentionRecord> = {}): MentionRecord {
  return { text, start: 0, end: text.length, line: 1, column: 1, sentence, rule: 'test', ...extra };
}

function date(value: string, mentions: MentionRecord[], extra: Partial<EntityRecord> = {}): EntityRecord {
  return { type: 'date', name: mentions[0].text, count: mentions.length, mentions, value, inferred: [], ...extra };
}

const S1 = 'The dam failed on March 3, 2024, Mayor Ann Vole said.';
const S2 = 'On Tuesday the council met in Harrowby.';
const S3 = 'In the past, floods were rare.';
const A: DocumentResult = {
  file: 'a.txt',
  id: null,
  date: '2024-03-08',
  entities: [
    { type: 'person', name: 'Ann Vole', count: 1, mentions: [mention('Ann Vole', S1)], aliases: [], roles: ['Mayor'] },
    { type: 'place', name: 'Harrowby', count: 1, mentions: [mention('Harrowby', S2)], aliases: [] },
    date('2024-03-03', [mention('March 3, 2024', S1)]),
    date('2024-03-05', [mention('Tuesday', S2, { inferred: ['year', 'month', 'day'], anchor: 'reference date 2024-03-08, tense: past' })]),
    date('PAST_REF', [mention('the past', S3)], { vague: true }),
    date('2023', [mention('2023', 'Rain fell all through 2023.')]),
  ],
};
const S4 = 'Engineers warned on March 3 that the dam was weak.';
const B: DocumentResult = {
  file: 'b.txt',
  id: 'b1',
  date: '2024-03-10',
  entities: [
    // written before mentions had their own `inferred`: the entity's is taken
    date('2024-03-03', [mention('March 3', S4)], { inferred: ['year'], anchor: 'reference date 2024-03-10, tense: past' }),
  ],
};
const C: DocumentResult = {
  file: 'c.txt',
  id: null,
  date: null,
  entities: [date('XXXX-WXX-2', [mention('Tuesday', 'The vote is on Tuesday.')]), date('XXXX-03-03', [mention('March 3', 'It fell on March 3.')])],
};
const D: DocumentResult = { file: 'd.txt', id: null, date: null, entities: [date('XXXX-WXX-2', [mention('Tuesday', 'He left on Tuesday.')])] };

function built(options = {}): ReturnType<TimelineBuilder['result']> {
  const builder = new TimelineBuilder();
  for (const result of [A, B, C, D]) builder.add(result);
  return builder.result(options);
}

test('dates in order, one entry per value across documents, each mention with its sentence and names', () => {
  const timeline = built();
  expect(timeline.documents).toBe(4);
  expect(timeline.dates.map((e) => [e.value, e.place?.precision, e.documents, e.mentions.length])).toEqual([
    ['2023', 'year', 1, 1],
    ['2024-03-03', 'day', 2, 2],
    ['2024-03-05', 'day', 1, 1],
  ]);
  const march3 = timeline.dates[1];
  expect(march3.mentions).toEqual([
    { file: 'a.txt', id: null, date: '2024-03-08', text: 'March 3, 2024', sentence: S1, line: 1, column: 1, entities: [{ type: 'person', name: 'Ann Vole' }] },
    { file: 'b.txt', id: 'b1', date: '2024-03-10', text: 'March 3', sentence: S4, line: 1, column: 1, entities: [], inferred: ['year'], anchor: 'reference date 2024-03-10, tense: past' },
  ]);
  expect(timeline.dates[2].mentions[0]).toMatchObject({ text: 'Tuesday', entities: [{ type: 'place', name: 'Harrowby' }], inferred: ['year', 'month', 'day'], anchor: 'reference date 2024-03-08, tense: past' });
});

test('relative dates without a reference date are apart, one entry per document; vague ones only when asked', () => {
  const timeline = built();
  expect(timeline.unplaced.map((e) => [e.value, e.mentions[0].file])).toEqual([
    ['XXXX-WXX-2', 'c.txt'],
    ['XXXX-03-03', 'c.txt'],
    ['XXXX-WXX-2', 'd.txt'],
  ]);
  expect(timeline.vague).toBeNull();
  expect(built({ vague: true }).vague!.map((e) => [e.value, e.mentions[0].text])).toEqual([['PAST_REF', 'the past']]);
});

test('--from / --to keep the dates that overlap the bounds', () => {
  expect(built({ from: '2024-03-04' }).dates.map((e) => e.value)).toEqual(['2024-03-05']);
  expect(built({ to: '2024-03-03' }).dates.map((e) => e.value)).toEqual(['2023', '2024-03-03']);
  // the year 2023 overlaps a bound inside it
  expect(built({ from: '2023-06-01', to: '2023-06-30' }).dates.map((e) => e.value)).toEqual(['2023']);
});

test('the CSV is safe to open in a spreadsheet: a sentence that starts like a formula gets an apostrophe (not with raw)', () => {
  const { formatTimelineCsv } = require('../../src/timeline/format') as typeof import('../../src/timeline/format');
  const E: DocumentResult = { file: 'e.txt', id: null, date: null, entities: [date('2024-03-03', [mention('March 3, 2024', '=HYPERLINK("x") on March 3, 2024.')])] };
  const builder = new TimelineBuilder();
  builder.add(E);
  const timeline = builder.result({});
  expect(formatTimelineCsv(timeline).split('\n')[1]).toContain(`,"'=HYPERLINK(""x"") on March 3, 2024.",`);
  expect(formatTimelineCsv(timeline, true).split('\n')[1]).toContain(`,"=HYPERLINK(""x"") on March 3, 2024.",`);
});
