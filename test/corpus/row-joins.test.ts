// Full rows joined across a corpus (src/corpus/row-joins.ts): middle-name variants of one person,
// and an acronym beside its outlet name; and the role tie-break of a surname alone (joins.ts).
// Invented names and sentences throughout.
import { parseProject } from '../../src/config/project';
import { ProjectIndex } from '../../src/config/project-index';
import { GraphBuilder } from '../../src/corpus/graph';
import { documentKeys, roleHead } from '../../src/corpus/joins';
import { honorificGender } from '../../src/corpus/name-gender';
import { middlesAgree } from '../../src/corpus/row-joins';
import { SummaryBuilder, SummaryRow } from '../../src/corpus/summary';
import { suggestVariants } from '../../src/corpus/variants';
import { DocumentResult } from '../../src/model';
import { doc } from './results';

function rows(results: DocumentResult[], project: ProjectIndex | null = null): SummaryRow[] {
  const builder = new SummaryBuilder(project);
  for (const result of results) builder.add(result);
  return builder.result();
}

function brief(list: SummaryRow[]) {
  return list.map((r) => [r.type, r.name, r.aliases, r.count, r.documents, r.inferred ?? null]);
}

const M1 = 'Tavis Renner Orlow was charged in the arson of the grain depot.';
const M2 = 'Police said Tavis R. Orlow had left the country.';
const M3 = 'Tavis Orlow was seen in a harbour town, a witness said.';
const M4 = 'Tavis Orlow denied the charge through a lawyer.';

describe('middle-name variants across documents', () => {
  const corpus = [
    doc('a.txt', { type: 'person', name: 'Tavis Renner Orlow', sentences: [M1] }),
    doc('b.txt', { type: 'person', name: 'Tavis R. Orlow', sentences: [M2], roles: ['suspect'] }),
    doc('c.txt', { type: 'person', name: 'Tavis Orlow', sentences: [M3, M4] }),
  ];

  test('one row under the most written name, the others aliases, marked inferred', () => {
    expect(rows(corpus)).toEqual([
      {
        type: 'person',
        name: 'Tavis Renner Orlow',
        aliases: ['Tavis R. Orlow', 'Tavis Orlow'],
        roles: ['suspect'],
        count: 4,
        documents: 3,
        example: { sentence: M1, file: 'a.txt' },
        inferred: [
          { name: 'Tavis R. Orlow', reason: 'middle name variant', count: 1, documents: 1 },
          { name: 'Tavis Orlow', reason: 'middle name variant', count: 2, documents: 1 },
        ],
      },
    ]);
    expect(suggestVariants(rows(corpus))).toEqual([]);
  });

  test('an initial and a full middle name alone join too, whatever the order of the documents', () => {
    expect(brief(rows([corpus[1], corpus[0]]))).toEqual([
      ['person', 'Tavis Renner Orlow', ['Tavis R. Orlow'], 2, 2, [{ name: 'Tavis R. Orlow', reason: 'middle name variant', count: 1, documents: 1 }]],
    ]);
  });

  test('two middle names that disagree: nothing of that name joins', () => {
    const two = [...corpus, doc('d.txt', { type: 'person', name: 'Tavis K. Orlow', sentences: ['Tavis K. Orlow farms.'] })];
    expect(brief(rows(two))).toEqual([
      ['person', 'Tavis Orlow', [], 2, 1, null],
      ['person', 'Tavis K. Orlow', [], 1, 1, null],
      ['person', 'Tavis R. Orlow', [], 1, 1, null],
      ['person', 'Tavis Renner Orlow', [], 1, 1, null],
    ]);
  });

  test("the project file's separate keeps one apart; the others still join", () => {
    const project = new ProjectIndex(parseProject({ separate: [['Tavis Orlow', 'Tavis Renner Orlow']] }, null));
    expect(brief(rows(corpus, project))).toEqual([
      ['person', 'Tavis Renner Orlow', ['Tavis R. Orlow'], 2, 2, [{ name: 'Tavis R. Orlow', reason: 'middle name variant', count: 1, documents: 1 }]],
      ['person', 'Tavis Orlow', [], 2, 1, null],
    ]);
  });

  test("separate between two variants: the more written one joins, the other keeps its row", () => {
    const project = new ProjectIndex(parseProject({ separate: [['Tavis Orlow', 'Tavis R. Orlow']] }, null));
    expect(brief(rows(corpus, project))).toEqual([
      ['person', 'Tavis Renner Orlow', ['Tavis R. Orlow'], 2, 2, [{ name: 'Tavis R. Orlow', reason: 'middle name variant', count: 1, documents: 1 }]],
      ['person', 'Tavis Orlow', [], 2, 1, null],
    ]);
  });

  test('a name without its middle and a common surname stays apart (a father, a son, a namesake)', () => {
    const common = [
      doc('a.txt', { type: 'person', name: 'Tavis Q. Smith', sentences: ['Tavis Q. Smith won.'] }),
      doc('b.txt', { type: 'person', name: 'Tavis Smith', sentences: ['Tavis Smith lost in 1971.'] }),
      doc('c.txt', { type: 'person', name: 'Tavis Quentin Smith', sentences: ['Tavis Quentin Smith spoke.'] }),
    ];
    expect(brief(rows(common))).toEqual([
      ['person', 'Tavis Quentin Smith', ['Tavis Q. Smith'], 2, 2, [{ name: 'Tavis Q. Smith', reason: 'middle name variant', count: 1, documents: 1 }]],
      ['person', 'Tavis Smith', [], 1, 1, null],
    ]);
  });

  test('two forms kept apart by the linker in one document are not joined across documents', () => {
    const apart = [
      doc('a.txt', { type: 'person', name: 'Tavis Renner Orlow', sentences: [M1] }, { type: 'person', name: 'Tavis Orlow', sentences: [M3] }),
      doc('b.txt', { type: 'person', name: 'Tavis Orlow', sentences: [M4] }),
    ];
    expect(brief(rows(apart))).toEqual([
      ['person', 'Tavis Orlow', [], 2, 2, null],
      ['person', 'Tavis Renner Orlow', [], 1, 1, null],
    ]);
  });

  test('the surname alone then joins the one full name left', () => {
    const withSurname = [...corpus, doc('d.txt', { type: 'person', name: 'Orlow', sentences: ['Orlow was not in court.'] })];
    expect(brief(rows(withSurname))).toEqual([
      [
        'person',
        'Tavis Renner Orlow',
        ['Tavis R. Orlow', 'Tavis Orlow', 'Orlow'],
        5,
        4,
        [
          { name: 'Tavis R. Orlow', reason: 'middle name variant', count: 1, documents: 1 },
          { name: 'Tavis Orlow', reason: 'middle name variant', count: 2, documents: 1 },
          { name: 'Orlow', reason: 'surname only', count: 1, documents: 1 },
        ],
      ],
    ]);
  });

  test('which middle parts agree', () => {
    expect(middlesAgree([], ['renner'])).toBe(true);
    expect(middlesAgree(['r'], ['renner'])).toBe(true);
    expect(middlesAgree(['renner'], ['r'])).toBe(true);
    expect(middlesAgree(['r'], ['k'])).toBe(false);
    expect(middlesAgree(['renner'], ['rennet'])).toBe(false);
    expect(middlesAgree(['r'], ['r', 'k'])).toBe(false);
  });
});

const O1 = 'KBX News reported that the bridge had reopened.';
const O2 = 'KBX said the mayor would speak on Friday.';
const O3 = 'A KBX reporter was at the scene.';

describe('an acronym beside its outlet name', () => {
  test('in one document and across documents: one row named by the outlet, the acronym an alias', () => {
    const corpus = [
      doc('a.txt', { type: 'organization', name: 'KBX News', sentences: [O1] }, { type: 'organization', name: 'KBX', sentences: [O2] }),
      doc('b.txt', { type: 'organization', name: 'KBX', sentences: [O3] }),
    ];
    expect(rows(corpus)).toEqual([
      {
        type: 'organization',
        name: 'KBX News',
        aliases: ['KBX'],
        roles: [],
        count: 3,
        documents: 2,
        example: { sentence: O1, file: 'a.txt' },
        inferred: [{ name: 'KBX', reason: 'acronym beside its outlet name', count: 2, documents: 2 }],
      },
    ]);
    expect(documentKeys(corpus[0].entities)).toEqual(['organization|kbx news', 'organization|kbx news']);
  });

  test('a row named by the acronym with a legal form in one document and bare in another joins too', () => {
    const corpus = [
      doc('a.txt', { type: 'organization', name: 'KBX News', sentences: [O1] }),
      doc('b.txt', { type: 'organization', name: 'KBX Inc.', sentences: ['KBX Inc. sold a tower.'] }),
      doc('c.txt', { type: 'organization', name: 'KBX', sentences: [O3] }),
      doc('d.txt', { type: 'organization', name: 'Kelda Inc.', sentences: ['Kelda Inc. grew.'] }, { type: 'organization', name: 'Kelda News', sentences: ['Kelda News said so.'] }),
    ];
    expect(brief(rows(corpus))).toEqual([
      ['organization', 'KBX News', ['KBX Inc.', 'KBX'], 3, 3, [{ name: 'KBX Inc.', reason: 'acronym beside its outlet name', count: 2, documents: 2 }]],
      ['organization', 'Kelda Inc.', [], 1, 1, null],
      ['organization', 'Kelda News', [], 1, 1, null],
    ]);
  });

  test('two outlet names with the acronym: the acronym stays its own row', () => {
    const corpus = [
      doc('a.txt', { type: 'organization', name: 'KBX News', sentences: [O1] }),
      doc('b.txt', { type: 'organization', name: 'KBX Radio', sentences: ['KBX Radio went off the air.'] }),
      doc('c.txt', { type: 'organization', name: 'KBX', sentences: [O3] }),
    ];
    expect(brief(rows(corpus))).toEqual([
      ['organization', 'KBX', [], 1, 1, null],
      ['organization', 'KBX News', [], 1, 1, null],
      ['organization', 'KBX Radio', [], 1, 1, null],
    ]);
  });

  test('not an outlet word, not an acronym, or kept separate: no join', () => {
    const corpus = [
      doc('a.txt', { type: 'organization', name: 'KBX Holdings', sentences: ['KBX Holdings sold a mill.'] }, { type: 'organization', name: 'KBX', sentences: [O2] }),
      doc('b.txt', { type: 'organization', name: 'Kelda Group', sentences: ['Kelda Group grew.'] }, { type: 'organization', name: 'Kelda', sentences: ['Kelda grew.'] }),
    ];
    expect(brief(rows(corpus)).map((r) => r[1])).toEqual(['KBX', 'KBX Holdings', 'Kelda', 'Kelda Group']);
    const project = new ProjectIndex(parseProject({ separate: [['KBX', 'KBX News']] }, null));
    const kept = [doc('a.txt', { type: 'organization', name: 'KBX News', sentences: [O1] }, { type: 'organization', name: 'KBX', sentences: [O2] }), doc('b.txt', { type: 'organization', name: 'KBX', sentences: [O3] })];
    expect(brief(rows(kept, project))).toEqual([
      ['organization', 'KBX', [], 2, 2, null],
      ['organization', 'KBX News', [], 1, 1, null],
    ]);
  });

  test('the graph has one node for the two names', () => {
    const graph = new GraphBuilder({ level: 'sentence' });
    graph.add(doc('a.txt', { type: 'organization', name: 'KBX News', sentences: [O1] }, { type: 'person', name: 'Ilse Varga', sentences: [O1] }));
    graph.add(doc('b.txt', { type: 'organization', name: 'KBX', sentences: [O3] }, { type: 'person', name: 'Ilse Varga', sentences: [O3] }));
    const result = graph.result();
    expect(result.nodes.map((n) => [n.row.name, n.row.count])).toEqual([['KBX News', 2], ['Ilse Varga', 2]]);
    expect(result.edges.map((e) => [e.source.row.name, e.target.row.name, e.sentences, e.documents, e.example])).toEqual([['KBX News', 'Ilse Varga', 2, 2, O1]]);
  });
});

const R1 = 'Senator Marna Vantrell and her husband, Governor Dov Vantrell, voted early.';
const R2 = 'Governor Dov Vantrell signed the budget.';
const R3 = 'Senator Marna Vantrell opposed the bill.';

describe('a surname alone beside two full names: the role decides', () => {
  const base = [
    doc('a.txt', { type: 'person', name: 'Marna Vantrell', sentences: [R1], roles: ['Senator'] }, { type: 'person', name: 'Dov Vantrell', sentences: [R1], roles: ['Governor'] }),
    doc('b.txt', { type: 'person', name: 'Dov Vantrell', sentences: [R2], roles: ['Governor'] }),
    doc('c.txt', { type: 'person', name: 'Marna Vantrell', sentences: [R3], roles: ['Senator'] }),
  ];

  test('"Governor Vantrell" joins the one full name given that role in two or more documents', () => {
    const corpus = [...base, doc('d.txt', { type: 'person', name: 'Vantrell', sentences: ['Governor Vantrell vetoed it.'], roles: ['former Governor'] })];
    expect(brief(rows(corpus))).toEqual([
      ['person', 'Dov Vantrell', ['Vantrell'], 3, 3, [{ name: 'Vantrell', reason: 'surname only, by role', count: 1, documents: 1 }]],
      ['person', 'Marna Vantrell', [], 2, 2, null],
    ]);
  });

  test('no role, a role neither has, or one given in a single document: the surname stays its own row', () => {
    const none = [...base, doc('d.txt', { type: 'person', name: 'Vantrell', sentences: ['Vantrell voted.'] })];
    expect(brief(rows(none)).map((r) => r[1])).toEqual(['Dov Vantrell', 'Marna Vantrell', 'Vantrell']);
    const other = [...base, doc('d.txt', { type: 'person', name: 'Vantrell', sentences: ['Mayor Vantrell voted.'], roles: ['Mayor'] })];
    expect(brief(rows(other)).map((r) => r[1])).toEqual(['Dov Vantrell', 'Marna Vantrell', 'Vantrell']);
    const once = [base[0], doc('d.txt', { type: 'person', name: 'Vantrell', sentences: ['Governor Vantrell vetoed it.'], roles: ['Governor'] })];
    expect(brief(rows(once)).map((r) => r[1])).toEqual(['Dov Vantrell', 'Marna Vantrell', 'Vantrell']);
  });

  test('a role cut before "of", "to", "from", "for" or "in": "Governor of Velmora" is a governor, not a "Velmora"', () => {
    const placed = [
      doc('a.txt', { type: 'person', name: 'Marna Vantrell', sentences: [R3], roles: ['Senator from Velmora'] }, { type: 'person', name: 'Dov Vantrell', sentences: [R2], roles: ['Governor of Velmora'] }),
      doc('b.txt', { type: 'person', name: 'Dov Vantrell', sentences: [R2], roles: ['Governor of Velmora'] }),
      doc('c.txt', { type: 'person', name: 'Marna Vantrell', sentences: [R3], roles: ['Senator from Velmora'] }),
    ];
    const corpus = [...placed, doc('d.txt', { type: 'person', name: 'Vantrell', sentences: ['Senator Vantrell of Velmora voted no.'], roles: ['Senator of Velmora'] })];
    expect(brief(rows(corpus))).toEqual([
      ['person', 'Marna Vantrell', ['Vantrell'], 3, 3, [{ name: 'Vantrell', reason: 'surname only, by role', count: 1, documents: 1 }]],
      ['person', 'Dov Vantrell', [], 2, 2, null],
    ]);
    expect(['Senator from Velmora', 'Governor of Velmora', 'Ambassador to the United Nations', 'former U.S. President', 'Vice President for Sales', 'Minister in charge'].map(roleHead)).toEqual([
      'senator',
      'governor',
      'ambassador',
      'president',
      'vice president',
      'minister',
    ]);
  });

  test('"Vice Governor" is not "Governor"', () => {
    const vice = [...base, doc('d.txt', { type: 'person', name: 'Vantrell', sentences: ['Vice Governor Vantrell spoke.'], roles: ['Vice Governor'] })];
    expect(brief(rows(vice)).map((r) => r[1])).toEqual(['Dov Vantrell', 'Marna Vantrell', 'Vantrell']);
  });
});

describe('a surname alone: the honorific decides between a woman and a man of that surname', () => {
  const janet = doc('a.txt', { type: 'person', name: 'Janet Vantrell', sentences: ['Janet Vantrell opened the bakery.'] });
  const james = doc('b.txt', { type: 'person', name: 'James Vantrell', sentences: ['James Vantrell sold the farm.'] });
  const joan = doc('e.txt', { type: 'person', name: 'Joan Vantrell', sentences: ['Joan Vantrell swam.'] });
  const mrs = doc('c.txt', { type: 'person', name: 'Vantrell', sentences: ['Vantrell arrived at nine.', 'Later Mrs. Vantrell said the ovens were cold.'] });
  const mr = doc('d.txt', { type: 'person', name: 'Vantrell', sentences: ['Mr. Vantrell declined to comment.'] });

  test('"Mrs. Vantrell" joins Janet Vantrell, not James; "Mr. Vantrell" joins James', () => {
    expect(brief(rows([janet, james, mrs, mr]))).toEqual([
      ['person', 'Janet Vantrell', ['Vantrell'], 3, 2, [{ name: 'Vantrell', reason: 'surname only, by honorific', count: 2, documents: 1 }]],
      ['person', 'James Vantrell', ['Vantrell'], 2, 2, [{ name: 'Vantrell', reason: 'surname only, by honorific', count: 1, documents: 1 }]],
    ]);
  });

  test('"Mr. Vantrell" beside the one full name Janet Vantrell: no join; two women: no join', () => {
    expect(brief(rows([janet, mr])).map((r) => r[1])).toEqual(['Janet Vantrell', 'Vantrell']);
    expect(brief(rows([janet, joan, mrs])).map((r) => r[1])).toEqual(['Vantrell', 'Janet Vantrell', 'Joan Vantrell']);
  });

  test('which honorifics say what', () => {
    expect(honorificGender('Vantrell', ['Mr. Vantrell left.'])).toBe('m');
    expect(honorificGender('Vantrell', ['Ms Vantrell left.', 'MISS VANTRELL LEFT'])).toBe('f');
    expect(honorificGender('Vantrell', ['Mr. Vantrell and Mrs. Vantrell left.'])).toBeUndefined();
    expect(honorificGender('Vantrell', ['Mr. Vantrellson left.', 'Vantrell left.'])).toBeUndefined();
    // the verb is no honorific: only "Miss" or "MISS" as a title
    expect(honorificGender('Vantrell', ['Fans will miss Vantrell.'])).toBeUndefined();
    expect(honorificGender('Vantrell', ['Fans will miss Vantrell.', 'Mr. Vantrell waved.'])).toBe('m');
    expect(honorificGender('Vantrell', ['MR VANTRELL WAVED'])).toBe('m');
    // a name with an apostrophe or a hyphen, and a possessive
    expect(honorificGender("O'Varra", ["Mrs. O'Varra left."])).toBe('f');
    expect(honorificGender("O'Varra", ['Mrs. O’Varra left.'])).toBe('f');
    expect(honorificGender('Orlow-Sand', ['Ms Orlow-Sand left.', 'Mr. Orlow spoke.'])).toBe('f');
    expect(honorificGender('Vantrell', ["Mrs. Vantrell's ovens were cold."])).toBe('f');
    expect(honorificGender('Vantrell', ['Mr. Vantrell-Sand left.'])).toBeUndefined();
  });
});
