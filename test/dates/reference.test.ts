// Where the reference date comes from, and what happens without one.
import { recognizeDates } from '../../src/pipeline/recognize/dates';
import { makeDoc } from './helpers';

function run(text: string, refDate: string | null) {
  const doc = makeDoc(text, refDate);
  const dates = recognizeDates(doc).map((m) => ({ text: text.slice(m.start, m.end), value: m.value, resolution: m.resolution }));
  return { refDate: doc.refDate, refDateSource: doc.refDateSource, dates };
}

test('a full date in the dateline becomes the reference date', () => {
  const result = run('CRICKET - CUMBRIA STRETCH THEIR LEAD\nLONDON 1996-08-30\nPellowe took five wickets on Friday.', null);
  expect(result.refDate).toBe('1996-08-30');
  expect(result.refDateSource).toBe('dateline');
  expect(result.dates).toEqual([
    { text: '1996-08-30', value: '1996-08-30', resolution: { inferred: [] } },
    { text: 'Friday', value: '1996-08-30', resolution: { inferred: ['year', 'month', 'day'], anchor: 'reference date 1996-08-30, tense: past' } },
  ]);
  expect(run('WASHINGTON, July 6, 2019 (AP) - The Senate voted on Tuesday.', null).dates[1]).toEqual({
    text: 'Tuesday',
    value: '2019-07-02',
    resolution: { inferred: ['year', 'month', 'day'], anchor: 'reference date 2019-07-06, tense: past' },
  });
});

test('the record\'s date wins over the dateline', () => {
  const result = run('LONDON 1996-08-30\nRain fell on Friday.', '1996-09-02');
  expect(result.refDate).toBe('1996-09-02');
  expect(result.dates[1].value).toBe('1996-08-30');
});

test('a dateline without a year is no reference date: relative dates keep placeholders', () => {
  const result = run('ASTANA, Feb. 27 /TASS/. The prosecutor met the deputy on Tuesday and again last week.', null);
  expect(result.refDate).toBeNull();
  expect(result.dates.map((d) => [d.text, d.value])).toEqual([
    ['Feb. 27', 'XXXX-02-27'],
    ['Tuesday', 'XXXX-WXX-2'],
    ['last week', 'XXXX-WXX'],
  ]);
});

test('a full date inside the story text is not a dateline', () => {
  const result = run('The minister spoke at length.\nHe said talks began on July 6, 2019.', null);
  expect(result.refDate).toBeNull();
});

test('values never depend on the wall clock or the time zone', () => {
  const before = process.env.TZ;
  process.env.TZ = 'Pacific/Kiritimati';
  const far = run('He resigned yesterday, on Tuesday, last week.', '2024-01-01');
  process.env.TZ = 'America/Adak';
  const west = run('He resigned yesterday, on Tuesday, last week.', '2024-01-01');
  process.env.TZ = before;
  expect(far.dates).toEqual(west.dates);
  expect(far.dates.map((d) => d.value)).toEqual(['2023-12-31', '2023-12-26', '2023-W52']);
});
