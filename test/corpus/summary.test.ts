import { SummaryBuilder } from '../../src/corpus/summary';
import { corpus, doc, S1, S3, S4, S5 } from './results';

function build() {
  const builder = new SummaryBuilder();
  for (const result of corpus()) builder.add(result);
  return builder;
}

describe('summary across documents', () => {
  // ties (same mentions and documents) go by type, then name in code-unit order, so the order never
  // depends on the order of the inputs (merge of shards given in any order)
  test('one row per type and name key, with mentions, documents, aliases, roles and the first example', () => {
    const builder = build();
    expect(builder.documentCount).toBe(4);
    expect(builder.result()).toEqual([
      {
        type: 'person',
        name: 'Daniyar Kassymov',
        aliases: ['Kassymov'],
        roles: ['Former Prime Minister'],
        count: 3,
        documents: 2,
        example: { sentence: S1, file: 'a.txt' },
      },
      // "Halloran" alone in d.txt joins the corpus's one Peter Halloran (joins.ts), marked as inferred
      {
        type: 'person',
        name: 'Peter Halloran',
        aliases: ['Halloran'],
        roles: [],
        count: 2,
        documents: 2,
        example: { sentence: S4, file: 'c.txt' },
        inferred: [{ name: 'Halloran', reason: 'surname only', count: 1, documents: 1 }],
      },
      { type: 'person', name: 'Daniyar Kasymov', aliases: [], roles: [], count: 1, documents: 1, example: { sentence: S3, file: 'b.txt' } },
      {
        type: 'organization',
        name: 'Committee for National Security',
        aliases: ['KNB'],
        roles: [],
        count: 1,
        documents: 1,
        example: { sentence: S1, file: 'a.txt' },
      },
      {
        type: 'organization',
        name: 'KNB',
        aliases: [],
        roles: [],
        count: 1,
        documents: 1,
        example: { sentence: 'The KNB said nothing.', file: 'b.txt' },
      },
      { type: 'organization', name: 'Northern Grain Bank', aliases: [], roles: [], count: 1, documents: 1, example: { sentence: S4, file: 'c.txt' } },
      { type: 'place', name: 'Almaty', aliases: [], roles: [], count: 1, documents: 1, example: { sentence: S3, file: 'b.txt' } },
      { type: 'place', name: 'Astana', aliases: [], roles: [], count: 1, documents: 1, example: { sentence: S1, file: 'a.txt' } },
      { type: 'place', name: 'London', aliases: [], roles: [], count: 1, documents: 1, example: { sentence: S4, file: 'c.txt' } },
    ]);
  });

  test('the capitalized name of a headline is never the row name; roles are deduplicated by case', () => {
    const builder = new SummaryBuilder();
    builder.add(doc('h.txt', { type: 'person', name: 'JANE ROE', sentences: ['JANE ROE QUITS'], roles: ['PROSECUTOR GENERAL'] }));
    builder.add(doc('i.txt', { type: 'person', name: 'Jane Roe', sentences: ['Jane Roe quit.'], roles: ['Prosecutor General'] }));
    const [row] = builder.result();
    expect([row.name, row.aliases, row.roles, row.count, row.documents, row.example.file]).toEqual([
      'Jane Roe',
      [],
      ['PROSECUTOR GENERAL'],
      2,
      2,
      'h.txt',
    ]);
  });

  test('sorting, --top and --types', () => {
    const builder = build();
    expect(builder.result({ sort: 'name', top: 3 }).map((r) => r.name)).toEqual(['Almaty', 'Astana', 'Committee for National Security']);
    expect(builder.result({ sort: 'documents', top: 2 }).map((r) => [r.name, r.documents])).toEqual([
      ['Daniyar Kassymov', 2],
      ['Peter Halloran', 2],
    ]);
    expect(builder.result({ types: ['place'] }).map((r) => r.name)).toEqual(['Almaty', 'Astana', 'London']);
    expect(builder.result({ sort: 'type', types: ['organization', 'place'], top: 4 }).map((r) => r.name)).toEqual([
      'Committee for National Security',
      'KNB',
      'Northern Grain Bank',
      'Almaty',
    ]);
  });

  test('dates are one row per value; an ambiguous short name keeps its candidates', () => {
    const builder = new SummaryBuilder();
    builder.add(
      doc(
        'x.txt',
        { type: 'date', name: 'March 3', value: '2024-03-03', sentences: ['On March 3 it rained.'] },
        { type: 'person', name: 'Varga', ambiguous: ['Tomas Varga', 'Elena Varga'], sentences: ['Varga said no.'] },
      ),
    );
    builder.add(doc('y.txt', { type: 'date', name: 'Sunday', value: '2024-03-03', sentences: ['It rained on Sunday.'] }));
    expect(builder.result().map((r) => [r.type, r.name, r.value, r.count, r.documents, r.aliases, r.ambiguous])).toEqual([
      ['date', 'March 3', '2024-03-03', 2, 2, [], undefined],
      ['person', 'Varga', undefined, 1, 1, [], ['Tomas Varga', 'Elena Varga']],
    ]);
  });

  test('first and last article date of the documents naming it', () => {
    const builder = new SummaryBuilder();
    builder.add({ ...doc('1', { type: 'person', name: 'Jane Roe', sentences: ['a'] }), date: '2024-03-04' });
    builder.add({ ...doc('2', { type: 'person', name: 'Jane Roe', sentences: ['b'] }), date: '2023-12-31' });
    builder.add(doc('3', { type: 'person', name: 'Jane Roe', sentences: ['c'] }, { type: 'place', name: 'Astana', sentences: ['c'] }));
    builder.add({ ...doc('4', { type: 'person', name: 'Jane Roe', sentences: ['d'] }), date: '2024-01-15' });
    expect(builder.result().map((r) => [r.name, r.firstDate, r.lastDate])).toEqual([
      ['Jane Roe', '2023-12-31', '2024-03-04'],
      ['Astana', undefined, undefined],
    ]);
  });

  test('a document counts once however many entities of it fall into one row', () => {
    const builder = new SummaryBuilder();
    builder.add(doc('z.txt', { type: 'place', name: 'Astana', sentences: ['a'] }, { type: 'place', name: 'ASTANA', sentences: ['b', 'c'] }));
    expect(builder.result().map((r) => [r.name, r.count, r.documents])).toEqual([['Astana', 3, 1]]);
  });
});

test('an organization with and without its legal form or a leading "The" is one row across files', () => {
  const builder = new SummaryBuilder();
  builder.add(doc('a.txt', { type: 'organization', name: 'Kestrel Freight Ltd', sentences: ['Kestrel Freight Ltd won.'] }));
  builder.add(doc('b.txt', { type: 'organization', name: 'Kestrel Freight', sentences: ['Kestrel Freight lost.'] }));
  builder.add(doc('c.txt', { type: 'organization', name: 'The Kestrel Freight Co.', sentences: ['The Kestrel Freight Co. sued.'] }));
  builder.add(doc('d.txt', { type: 'organization', name: 'Ltd', sentences: ['Ltd.'] }));
  expect(builder.result().map((row) => [row.name, row.documents])).toEqual([
    ['Kestrel Freight Ltd', 3],
    ['Ltd', 1],
  ]);
});

test('"U.S." before an institution of two or more words is left out of the key; "US Army" keeps it', () => {
  const builder = new SummaryBuilder();
  builder.add(doc('a.txt', { type: 'organization', name: 'U.S. Harbor Safety Board', sentences: ['The U.S. Harbor Safety Board ruled.'] }));
  builder.add(doc('b.txt', { type: 'organization', name: 'Harbor Safety Board', sentences: ['The Harbor Safety Board met.'] }));
  builder.add(doc('c.txt', { type: 'organization', name: 'US Army', sentences: ['The US Army left.'] }));
  builder.add(doc('d.txt', { type: 'organization', name: 'Army', sentences: ['The Army came.'] }));
  expect(builder.result().map((row) => [row.name, row.documents])).toEqual([
    ['U.S. Harbor Safety Board', 2],
    ['Army', 1],
    ['US Army', 1],
  ]);
});

test('a relative date no reference date placed is no row: another day in every document', () => {
  const builder = new SummaryBuilder();
  const friday = (file: string, value: string) => ({ file, id: null, date: null, entities: [{ type: 'date' as const, name: 'Friday', count: 1, mentions: [{ text: 'Friday', start: 0, end: 6, line: 1, column: 1, sentence: 'Friday.', rule: 'test' }], value }] });
  builder.add(friday('a.txt', 'XXXX-WXX-5'));
  builder.add(friday('b.txt', 'XXXX-WXX-5'));
  builder.add(friday('c.txt', '2024-03-08'));
  expect(builder.result().map((row) => [row.name, row.value, row.documents])).toEqual([['Friday', '2024-03-08', 1]]);
});
