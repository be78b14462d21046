import { addHeaderPersons } from '../../src/cli/header-persons';
import { EntityRecord, MentionRecord } from '../../src/model';

const TEXT = 'From: Velmar Harbour <port@example.org>\nTo: Anna Berg <anna@example.org>\n\nBerg wrote to Velmar Harbour.';

function mention(text: string, start: number, rule = 'test'): MentionRecord {
  expect(TEXT.slice(start, start + text.length)).toBe(text);
  return { text, start, end: start + text.length, line: 1, column: start + 1, sentence: '', rule };
}

test('a header name the rules typed otherwise becomes a person there; its other mentions keep their type', () => {
  const org: EntityRecord = { type: 'organization', name: 'Velmar Harbour', count: 2, mentions: [mention('Velmar Harbour', 6), mention('Velmar Harbour', 88)] };
  const result = addHeaderPersons([org], [{ name: 'Velmar Harbour', address: 'port@example.org', start: 6, end: 20 }], TEXT);
  expect(result).toEqual([
    {
      type: 'person',
      name: 'Velmar Harbour',
      count: 1,
      mentions: [{ text: 'Velmar Harbour', start: 6, end: 20, line: 1, column: 7, sentence: 'From: Velmar Harbour <port@example.org>', rule: 'person.email-header' }],
      aliases: ['port@example.org'],
    },
    { type: 'organization', name: 'Velmar Harbour', count: 1, mentions: [mention('Velmar Harbour', 88)] },
  ]);
});

test('a header name found as a person gains the address; a part of it found alone joins the person', () => {
  const anna: EntityRecord = { type: 'person', name: 'Anna Berg', count: 2, mentions: [mention('Anna Berg', 44), mention('Berg', 74)], aliases: ['Berg'], roles: ['editor'] };
  const result = addHeaderPersons([anna], [{ name: 'Anna Berg', address: 'anna@example.org', start: 44, end: 53 }], TEXT);
  expect(result).toEqual([{ ...anna, aliases: ['Berg', 'anna@example.org'] }]);
  expect(Object.keys(result[0])).toEqual(['type', 'name', 'count', 'mentions', 'aliases', 'roles']);

  // the rules found only "Berg" inside the header name: the header's whole name wins, and the body's "Berg" stays a person of its own
  const berg: EntityRecord = { type: 'person', name: 'Berg', count: 2, mentions: [mention('Berg', 49), mention('Berg', 74)] };
  const merged = addHeaderPersons([berg], [{ name: 'Anna Berg', address: 'anna@example.org', start: 44, end: 53 }], TEXT);
  expect(merged.map((e) => [e.name, e.mentions.map((m) => m.start), e.aliases ?? []])).toEqual([
    ['Anna Berg', [44], ['anna@example.org']],
    ['Berg', [74], []],
  ]);
});
