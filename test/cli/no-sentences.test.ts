// --no-sentences: the same records without each mention's sentence text (scripts that only need
// names and offsets write and parse a third less); the default output keeps it.
import { jsonLines, newsner } from './binary';

const TEXT = 'Mayor Clara Voss of Velmar City met Judge Tomas Rieger on Tuesday.\nVoss said the talks went well.';
const input = `${JSON.stringify({ id: 'a', text: TEXT, date: '2024-02-28' })}\n`;

test.each(['1', '2'])('--no-sentences --jobs %s: mentions without "sentence", everything else as by default', (jobs) => {
  const plain = newsner(['--input-format', 'jsonl', '-f', 'jsonl', '--jobs', jobs], { input });
  const without = newsner(['--input-format', 'jsonl', '-f', 'jsonl', '--jobs', jobs, '--no-sentences'], { input });
  expect([plain.status, plain.stderr, without.status, without.stderr]).toEqual([0, '', 0, '']);
  const [record] = jsonLines(without.stdout) as { entities: { name: string; mentions: Record<string, unknown>[] }[] }[];
  expect(record.entities.find((entity) => entity.name === 'Clara Voss')?.mentions).toEqual([
    { text: 'Clara Voss', start: 6, end: 16, line: 1, column: 7, rule: 'person.title' },
    { text: 'Voss', start: 67, end: 71, line: 2, column: 1, rule: 'person.surname-in-document' },
  ]);
  // the default output, its sentences taken out, is the same line byte for byte
  const [full] = jsonLines(plain.stdout) as { entities: { mentions: { sentence?: string }[] }[] }[];
  expect(full.entities[0].mentions.map((mention) => mention.sentence)).toEqual([
    'Mayor Clara Voss of Velmar City met Judge Tomas Rieger on Tuesday.',
    'Voss said the talks went well.',
  ]);
  for (const entity of full.entities) for (const mention of entity.mentions) delete mention.sentence;
  expect(without.stdout).toBe(`${JSON.stringify(full)}\n`);
});
