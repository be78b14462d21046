// Vague dates ("the past", "these days", "the past three years") are kept in JSON, JSONL and CSV
// with `vague: true`, and shown in the table, summary and graph only with --vague.
import { jsonLines, newsner } from './binary';

const TEXT = 'In the past, the town was poor. These days, Mayor Ann Lee says the past three years were good. On March 3, 2024, Ann Lee spoke.\n';
const REF = ['--ref-date', '2024-04-10'];

function dateRows(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('│') && /date|PAST_REF|PRESENT_REF|P3Y|2024-03-03/.test(line)).map((line) => line.replace(/[│\s]+/g, ' ').trim());
}

test('JSONL keeps vague dates, marked', () => {
  const result = newsner(['-', '-f', 'jsonl', ...REF], { input: TEXT });
  const dates = (jsonLines(result.stdout)[0].entities as Array<Record<string, unknown>>).filter((e) => e.type === 'date');
  expect(dates.map((e) => [e.name, e.value, e.vague])).toEqual([
    ['the past', 'PAST_REF', true],
    ['These days', 'PRESENT_REF', true],
    ['the past three years', 'P3Y', true],
    ['March 3, 2024', '2024-03-03', undefined],
  ]);
});

test('the table leaves them out unless --vague', () => {
  expect(dateRows(newsner(['-', '-f', 'table', ...REF], { input: TEXT }).stdout)).toEqual(['date March 3, 2024 1 2024-03-03']);
  expect(dateRows(newsner(['-', '-f', 'table', '--vague', ...REF], { input: TEXT }).stdout)).toEqual([
    'date the past 1 PAST_REF',
    'These days 1 PRESENT_REF',
    'the past three years 1 P3Y',
    'March 3, 2024 1 2024-03-03',
  ]);
});

test('summary and graph leave them out unless --vague', () => {
  const names = (args: string[]): string[] =>
    (JSON.parse(newsner(['summary', '-', '-f', 'json', '--types', 'date', ...REF, ...args], { input: TEXT }).stdout) as { entities: Array<{ name: string }> }).entities.map((e) => e.name);
  expect(names([])).toEqual(['March 3, 2024']);
  expect(names(['--vague']).sort()).toEqual(['March 3, 2024', 'These days', 'the past', 'the past three years']);
  const edges = (args: string[]): string => newsner(['graph', '-', '--types', 'person,date', ...REF, ...args], { input: TEXT }).stdout;
  expect(edges([])).not.toContain('These days');
  expect(edges([])).toContain('March 3, 2024');
  expect(edges(['--vague'])).toContain('These days');
});

test('the text and html views leave them out unless --vague', () => {
  const text = (args: string[]): string => newsner(['-', '-f', 'text', ...REF, ...args], { input: TEXT }).stdout;
  expect(text([])).toContain('In the past, the town was poor. These days, Mayor [Ann Lee|person] says the past three years were good.');
  expect(text(['--vague'])).toContain('In [the past|date], the town was poor. [These days|date], Mayor [Ann Lee|person] says [the past three years|date] were good.');
  const html = (args: string[]): number => (newsner(['-', '-f', 'html', ...REF, ...args], { input: TEXT }).stdout.match(/<mark /g) ?? []).length;
  expect([html([]), html(['--vague'])]).toEqual([3, 6]);
});
