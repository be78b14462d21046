// One person under a short name across documents (src/corpus/joins.ts): a distinctive surname or
// given name alone joins the corpus's one full name with it, marked as inferred; two candidates, a
// common word, a place of that name or the project file's `separate` keep it apart.
import { parseProject } from '../../src/config/project';
import { ProjectIndex } from '../../src/config/project-index';
import { GraphBuilder } from '../../src/corpus/graph';
import { documentKeys } from '../../src/corpus/joins';
import { NodeSentences } from '../../src/corpus/node-sentences';
import { SummaryBuilder, SummaryRow } from '../../src/corpus/summary';
import { suggestVariants } from '../../src/corpus/variants';
import { DocumentResult } from '../../src/model';
import { doc, entity } from './results';

const A = 'Janet Pellowe, the harbour master, said the port would reopen.';
const B = 'Pellowe told the council the ferries would run in June.';
const C = 'The council thanked Pellowe for her work at the quay.';

function rows(results: DocumentResult[], project: ProjectIndex | null = null): SummaryRow[] {
  const builder = new SummaryBuilder(project);
  for (const result of results) builder.add(result);
  return builder.result();
}

function brief(list: SummaryRow[]) {
  return list.map((r) => [r.name, r.aliases, r.count, r.documents, r.inferred ?? null]);
}

const dated = (result: DocumentResult, date: string): DocumentResult => ({ ...result, date });

describe('a surname alone joins the one full name of the corpus', () => {
  const corpus = [
    dated(doc('a.txt', { type: 'person', name: 'Janet Pellowe', sentences: [A], roles: ['harbour master'] }), '2024-03-01'),
    dated(doc('b.txt', { type: 'person', name: 'Pellowe', sentences: [B] }), '2024-02-10'),
    dated(doc('c.txt', { type: 'person', name: 'Pellowe', sentences: [C], roles: ['spokeswoman'] }), '2024-04-02'),
  ];

  test('one row: mentions, documents and dates add up; the full name stays the name; marked inferred', () => {
    expect(rows(corpus)).toEqual([
      {
        type: 'person',
        name: 'Janet Pellowe',
        aliases: ['Pellowe'],
        roles: ['harbour master', 'spokeswoman'],
        count: 3,
        documents: 3,
        example: { sentence: A, file: 'a.txt' },
        firstDate: '2024-02-10',
        lastDate: '2024-04-02',
        inferred: [{ name: 'Pellowe', reason: 'surname only', count: 2, documents: 2 }],
      },
    ]);
    // nothing left to suggest
    expect(suggestVariants(rows(corpus))).toEqual([]);
  });

  test('the order of the documents does not matter', () => {
    expect(brief(rows([...corpus].reverse()))).toEqual([['Janet Pellowe', ['Pellowe'], 3, 3, [{ name: 'Pellowe', reason: 'surname only', count: 2, documents: 2 }]]]);
  });

  test('two full names with the surname: no join, the surname row stays and is suggested to neither', () => {
    const two = [...corpus, doc('d.txt', { type: 'person', name: 'Tom Pellowe', sentences: ['Tom Pellowe fishes.'] })];
    expect(brief(rows(two))).toEqual([
      ['Pellowe', [], 2, 2, null],
      ['Janet Pellowe', [], 1, 1, null],
      ['Tom Pellowe', [], 1, 1, null],
    ]);
    expect(suggestVariants(rows(two))).toEqual([]);
  });

  test("the project file's separate undoes it: the surname row comes back, and is not suggested", () => {
    const project = new ProjectIndex(parseProject({ separate: [['Pellowe', 'Janet Pellowe']] }, null));
    const kept = rows(corpus, project);
    expect(brief(kept)).toEqual([
      ['Pellowe', [], 2, 2, null],
      ['Janet Pellowe', [], 1, 1, null],
    ]);
    expect(suggestVariants(kept, project)).toEqual([]);
  });

  test('a document where the surname was ambiguous keeps its own row; the others still join', () => {
    const ambiguous = doc('e.txt', { type: 'person', name: 'Pellowe', sentences: ['Pellowe won.'], ambiguous: ['Janet Pellowe', 'Ann Pellowe'] });
    // (the ambiguity named a second full name only inside e.txt: the corpus has one)
    expect(brief(rows([...corpus, ambiguous]))).toEqual([
      ['Janet Pellowe', ['Pellowe'], 3, 3, [{ name: 'Pellowe', reason: 'surname only', count: 2, documents: 2 }]],
      ['Pellowe', [], 1, 1, null],
    ]);
  });

  test('a surname that is also a place row of the corpus is not joined (the suggestions stay)', () => {
    const place = doc('f.txt', { type: 'place', name: 'Pellowe', sentences: ['Flooding closed roads in Pellowe.'] });
    const list = rows([...corpus, place]);
    expect(brief(list)).toEqual([
      ['Pellowe', [], 2, 2, null],
      ['Janet Pellowe', [], 1, 1, null],
      ['Pellowe', [], 1, 1, null],
    ]);
    expect(suggestVariants(list).map((s) => [s.name, s.variant, s.variantType ?? s.type, s.reason])).toEqual([
      ['Janet Pellowe', 'Pellowe', 'person', 'surname only; the one full name in the corpus with this surname'],
      ['Pellowe', 'Pellowe', 'place', 'same name typed person in 2 document(s) and place in 1'],
    ]);
  });

  test('a surname that is an ordinary word or a first name is anyone: no join', () => {
    for (const surname of ['Wood', 'Leon']) {
      const list = rows([
        doc('a', { type: 'person', name: `Barry ${surname}`, sentences: ['x'] }),
        doc('b', { type: 'person', name: surname, sentences: ['y'] }),
      ]);
      expect(brief(list)).toEqual([
        [`Barry ${surname}`, [], 1, 1, null],
        [surname, [], 1, 1, null],
      ]);
    }
  });
});

describe('a given name alone', () => {
  const E1 = 'Tavio Ostrova, a painter, arrived with his agent.';
  const E2 = 'Tavio sketched by the harbour on Sunday.';

  test('in a document with no full name: joins the one full name it begins, when it is rare', () => {
    const list = rows([
      doc('a', { type: 'person', name: 'Tavio Ostrova', sentences: [E1] }),
      doc('b', { type: 'person', name: 'Tavio', sentences: [E2, E2] }),
    ]);
    expect(brief(list)).toEqual([['Tavio Ostrova', ['Tavio'], 3, 2, [{ name: 'Tavio', reason: 'given name only', count: 2, documents: 1 }]]]);
  });

  test('a first name known only from the lists of many languages is rare enough to join ("Oluwaseun")', () => {
    const list = rows([
      doc('a', { type: 'person', name: 'Oluwaseun Ostrova', sentences: [E1] }),
      doc('b', { type: 'person', name: 'Oluwaseun', sentences: [E2] }),
    ]);
    expect(brief(list)).toEqual([['Oluwaseun Ostrova', ['Oluwaseun'], 2, 2, [{ name: 'Oluwaseun', reason: 'given name only', count: 1, documents: 1 }]]]);
  });

  test('beside its one full name in a document: joins it, the document counted once', () => {
    const list = rows([doc('a', { type: 'person', name: 'Tavio', sentences: [E2] }, { type: 'person', name: 'Tavio Ostrova', sentences: [E1] })]);
    expect(brief(list)).toEqual([['Tavio Ostrova', ['Tavio'], 2, 1, [{ name: 'Tavio', reason: 'given name beside the full name', count: 1, documents: 1 }]]]);
    expect(list[0].example).toEqual({ sentence: E2, file: 'a' });
  });

  test("beside the full name: the project file's separate keeps them apart", () => {
    const project = new ProjectIndex(parseProject({ separate: [['Tavio', 'Tavio Ostrova']] }, null));
    const list = rows([doc('a', { type: 'person', name: 'Tavio', sentences: [E2] }, { type: 'person', name: 'Tavio Ostrova', sentences: [E1] })], project);
    expect(brief(list)).toEqual([
      ['Tavio', [], 1, 1, null],
      ['Tavio Ostrova', [], 1, 1, null],
    ]);
  });

  test('a common given name ("David") or one of two full names stays its own row', () => {
    // (ties go by name)
    expect(brief(rows([doc('a', { type: 'person', name: 'David Ostrova', sentences: ['x'] }), doc('b', { type: 'person', name: 'David', sentences: ['y'] })]))).toEqual([
      ['David', [], 1, 1, null],
      ['David Ostrova', [], 1, 1, null],
    ]);
    expect(brief(rows([doc('a', { type: 'person', name: 'David', sentences: ['y'] }, { type: 'person', name: 'David Ostrova', sentences: ['x'] })]))).toEqual([
      ['David', [], 1, 1, null],
      ['David Ostrova', [], 1, 1, null],
    ]);
    const twoTavios = rows([
      doc('a', { type: 'person', name: 'Tavio Ostrova', sentences: ['x'] }),
      doc('b', { type: 'person', name: 'Tavio Marsh', sentences: ['y'] }),
      doc('c', { type: 'person', name: 'Tavio', sentences: ['z'] }),
    ]);
    expect(brief(twoTavios)).toEqual([
      ['Tavio', [], 1, 1, null],
      ['Tavio Marsh', [], 1, 1, null],
      ['Tavio Ostrova', [], 1, 1, null],
    ]);
  });

  test('a word that is the given name of one full name and the surname of another: no join', () => {
    expect(
      brief(
        rows([
          doc('a', { type: 'person', name: 'Tavio Ostrova', sentences: ['x'] }),
          doc('b', { type: 'person', name: 'Marta Tavio', sentences: ['y'] }),
          doc('c', { type: 'person', name: 'Tavio', sentences: ['z'] }),
        ]),
      ),
    ).toEqual([
      ['Marta Tavio', [], 1, 1, null],
      ['Tavio', [], 1, 1, null],
      ['Tavio Ostrova', [], 1, 1, null],
    ]);
  });
});

describe('document keys', () => {
  test('pending only for a one-word person its document leaves unplaced', () => {
    const entities = [
      { type: 'person' as const, name: 'Pellowe', sentences: ['a'] },
      { type: 'person' as const, name: 'Ostrova', sentences: ['b'] },
      { type: 'person' as const, name: 'Irina Ostrova', sentences: ['c'] },
      { type: 'person' as const, name: 'Tavio', sentences: ['d'] },
      { type: 'person' as const, name: 'Tavio Marsh', sentences: ['e'] },
      { type: 'person' as const, name: 'Marsh', sentences: ['f'], ambiguous: ['Tavio Marsh', 'Ann Marsh'] },
      { type: 'place' as const, name: 'Kellby', sentences: ['g'] },
      { type: 'person' as const, name: 'Casimir IV', sentences: ['h'] },
    ].map(entity);
    expect(documentKeys(entities)).toEqual([
      'person?|pellowe',
      'person|ostrova',
      'person|irina ostrova',
      'person|tavio marsh',
      'person|tavio marsh',
      'person|marsh',
      'place|kellby',
      'person|casimir iv',
    ]);
  });
});

describe('graph and node sentences follow the join', () => {
  const corpus = [
    doc('a.txt', { type: 'person', name: 'Janet Pellowe', sentences: [A] }, { type: 'organization', name: 'Kellby Council', sentences: [A] }),
    doc('b.txt', { type: 'person', name: 'Pellowe', sentences: [B] }, { type: 'organization', name: 'Kellby Council', sentences: [B] }),
  ];

  test('one node; the edges of both names add up, the example from the earlier document', () => {
    const builder = new GraphBuilder({ level: 'sentence' });
    for (const result of corpus) builder.add(result);
    const graph = builder.result();
    expect(graph.nodes.map((n) => [n.id, n.row.name, n.row.count, n.row.documents])).toEqual([
      ['n0', 'Janet Pellowe', 2, 2],
      ['n1', 'Kellby Council', 2, 2],
    ]);
    expect(graph.edges.map((e) => [e.source.row.name, e.target.row.name, e.weight, e.sentences, e.documents, e.example, e.file])).toEqual([
      ['Janet Pellowe', 'Kellby Council', 2, 2, 2, A, 'a.txt'],
    ]);
  });

  test('a graph of persons only decides as the summary does: a place row of the word keeps it apart', () => {
    const builder = new GraphBuilder({ types: ['person'], level: 'document' });
    const place = doc('c.txt', { type: 'place', name: 'Pellowe', sentences: ['Roads closed in Pellowe.'] }, { type: 'person', name: 'Ann Smith', sentences: ['x'] });
    for (const result of [...corpus, place]) builder.add(result);
    expect(builder.result().nodes.map((n) => [n.row.name, n.row.type])).toEqual([]);
    const withEdges = new GraphBuilder({ types: ['person'], level: 'document' });
    for (const result of [...corpus, place, doc('d.txt', { type: 'person', name: 'Pellowe', sentences: ['y'] }, { type: 'person', name: 'Ann Smith', sentences: ['z'] })]) {
      withEdges.add(result);
    }
    expect(withEdges.result().edges.map((e) => [e.source.row.name, e.target.row.name, e.weight])).toEqual([['Pellowe', 'Ann Smith', 1]]);
  });

  test("the node's sentences are those of both names, in corpus order", () => {
    const builder = new GraphBuilder();
    const sentences = new NodeSentences(['person', 'organization']);
    for (const result of corpus) {
      builder.add(result);
      sentences.add(result);
    }
    const graph = builder.result();
    sentences.joinRows((key) => builder.rowKey(key));
    expect(sentences.of(graph.nodes[0].row)).toEqual([
      { sentence: A, file: 'a.txt' },
      { sentence: B, file: 'b.txt' },
    ]);
  });
});
