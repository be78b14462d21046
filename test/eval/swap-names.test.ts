// scripts/swap-names.js on a gold document written here: surnames and organization words become
// invented words, the same at every mention; given names, heads, legal forms, places stay; every
// span's offsets still hold its text.
/* eslint-disable @typescript-eslint/no-var-requires */
const { swapDocument } = require('../../scripts/swap-names.js') as {
  swapDocument: (record: GoldLine) => { record: GoldLine; replaced: number };
};
import { exactWordId } from '../../src/lexicon';

interface Span {
  start: number;
  end: number;
  type?: string;
  text: string;
}
interface GoldLine {
  id: string;
  text: string;
  entities: Span[];
  ignore: Span[];
}

function gold(id: string, text: string, spans: [string, string][], ignore: string[] = []): GoldLine {
  let from = 0;
  const entities = spans.map(([type, name]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, type, text: name };
  });
  return { id, text, entities, ignore: ignore.map((name) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name })) };
}

const doc = gold(
  'invented-1',
  'KRESSLER HOLDINGS CUTS JOBS\nTamworth 2026-03-01\nDana Kressler, chief executive of Kressler Holdings Corp. (KH), said on Monday in Tamworth that Kressler\'s plant would close. ' +
    'Mr. Orvane of the Tarvel Workers Union said Dana was wrong. The Kresslers declined to comment.',
  [
    ['ORGANIZATION', 'KRESSLER HOLDINGS'],
    ['PLACE', 'Tamworth'],
    ['PERSON', 'Dana Kressler'],
    ['ORGANIZATION', 'Kressler Holdings Corp.'],
    ['ORGANIZATION', 'KH'],
    ['DATE', 'Monday'],
    ['PLACE', 'Tamworth'],
    ['ORGANIZATION', 'Kressler'],
    ['PERSON', 'Orvane'],
    ['ORGANIZATION', 'Tarvel Workers Union'],
    ['PERSON', 'Dana'],
    ['PERSON', 'Kresslers'],
  ],
);

describe('swap-names', () => {
  const { record } = swapDocument(doc);
  const texts = record.entities.map((e) => e.text);

  test('every span still slices its text', () => {
    for (const span of [...record.entities, ...record.ignore]) expect(record.text.slice(span.start, span.end)).toBe(span.text);
  });

  test('a surname is one invented word everywhere, in capitals where the original was', () => {
    const surname = texts[2].split(' ')[1];
    expect(texts[2]).toBe(`Dana ${surname}`);
    expect(surname).not.toBe('Kressler');
    expect(exactWordId(surname.toLowerCase())).toBe(-1);
    expect(texts[0]).toBe(`${surname.toUpperCase()} ${texts[0].split(' ')[1]}`);
    expect(texts[3].startsWith(`${surname} `)).toBe(true);
    expect(texts[7]).toBe(surname);
    expect(record.text).toContain(`${surname}'s plant`);
    // a plural keeps its "s"
    expect(texts[11]).toBe(`${surname}s`);
  });

  test('heads, legal forms, places, dates and given names stay', () => {
    expect(texts[3]).toMatch(/^\S+ Holdings Corp\.$/);
    expect(texts[1]).toBe('Tamworth');
    expect(texts[5]).toBe('Monday');
    expect(texts[9]).toMatch(/^\S+ Workers Union$/);
    expect(texts[9]).not.toContain('Tarvel');
    expect(texts[10]).toBe('Dana');
    expect(record.text).toContain('Mr. ');
    expect(texts[8]).not.toBe('Orvane');
  });

  test('an acronym takes the initials of its invented long form', () => {
    expect(texts[4]).toBe(`${texts[3][0]}H`);
  });

  test('the same document gives the same words', () => {
    expect(swapDocument(doc).record).toEqual(record);
  });
});
