import { parseProject } from '../../src/config/project';
import { ProjectIndex } from '../../src/config/project-index';
import { SummaryBuilder } from '../../src/corpus/summary';
import { suggestVariants } from '../../src/corpus/variants';
import { DocumentResult } from '../../src/model';
import { corpus, doc } from './results';

function rowsOf(results: DocumentResult[]) {
  const builder = new SummaryBuilder();
  for (const result of results) builder.add(result);
  return builder.result();
}

function brief(results: DocumentResult[], project: ProjectIndex | null = null) {
  return suggestVariants(rowsOf(results), project).map((s) => [s.type, s.name, s.variant, s.reason]);
}

describe('variant suggestions across documents: never merged, always with a reason', () => {
  test('on the test corpus: alias learned elsewhere, spelling', () => {
    expect(brief(corpus())).toEqual([
      ['organization', 'Committee for National Security', 'KNB', '"KNB" is a name of "Committee for National Security" in another document'],
      ['person', 'Daniyar Kassymov', 'Daniyar Kasymov', 'surname one edit apart (Kassymov / Kasymov), same given name'],
    ]);
    // and the rows stay apart: a suggestion merges nothing ("Halloran" alone was joined, joins.ts)
    expect(rowsOf(corpus()).filter((r) => r.type === 'person').map((r) => r.name)).toEqual([
      'Daniyar Kassymov',
      'Peter Halloran',
      'Daniyar Kasymov',
    ]);
  });

  test('surname only: a surname that is an ordinary word is not joined, only suggested', () => {
    const results = [
      doc('a', { type: 'person', name: 'Colin Wood', sentences: ['Colin Wood filed the story.'] }),
      doc('b', { type: 'person', name: 'Wood', sentences: ['Wood led by two shots.'] }),
    ];
    expect(brief(results)).toEqual([['person', 'Colin Wood', 'Wood', 'surname only; the one full name in the corpus with this surname']]);
    expect(rowsOf(results).map((r) => r.name)).toEqual(['Colin Wood', 'Wood']);
  });

  test('counts travel with the suggestion; the name with more mentions is the one to keep', () => {
    const [suggestion] = suggestVariants(
      rowsOf([
        doc('a', { type: 'person', name: 'Karim Masimov', sentences: ['x'] }),
        doc('b', { type: 'person', name: 'Karim Massimov', sentences: ['y', 'z'] }),
      ]),
    );
    expect(suggestion).toEqual({
      type: 'person',
      name: 'Karim Massimov',
      variant: 'Karim Masimov',
      reason: 'surname one edit apart (Massimov / Masimov), same given name',
      nameCount: 2,
      variantCount: 1,
    });
  });

  test('an initial that fits one given name; a surname that ends two full names gives nothing', () => {
    expect(
      brief([
        doc('a', { type: 'person', name: 'Jeffrey Epstein', sentences: ['x', 'y'] }),
        doc('b', { type: 'person', name: 'J. Epstein', sentences: ['z'] }),
        doc('c', { type: 'person', name: 'Tomas Varga', sentences: ['x'] }, { type: 'person', name: 'Elena Varga', sentences: ['y'] }),
        doc('d', { type: 'person', name: 'Varga', sentences: ['z'] }),
      ]),
    ).toEqual([['person', 'Jeffrey Epstein', 'J. Epstein', 'initial "J." fits the given name, same surname']]);
  });

  test('a surname alone one edit from the only full name with such a surname', () => {
    expect(
      brief([
        doc('a', { type: 'person', name: 'Nursultan Nazarbayev', sentences: ['x', 'y'] }),
        doc('b', { type: 'person', name: 'Nazarbaev', sentences: ['z'] }),
      ]),
    ).toEqual([
      ['person', 'Nursultan Nazarbayev', 'Nazarbaev', 'surname only, one edit apart (Nazarbaev / Nazarbayev); the one full name with such a surname'],
    ]);
  });

  test('word order, organizations one edit apart, the same name typed differently', () => {
    expect(
      brief([
        doc('a', { type: 'person', name: 'Karim Massimov', sentences: ['x', 'y'] }, { type: 'organization', name: 'Gazprom', sentences: ['x', 'y'] }),
        doc('b', { type: 'person', name: 'Massimov Karim', sentences: ['z'] }, { type: 'organization', name: 'Gasprom', sentences: ['z'] }),
        doc('c', { type: 'place', name: 'Karim Massimov', sentences: ['z'] }),
      ]),
    ).toEqual([
      ['person', 'Karim Massimov', 'Massimov Karim', 'same words in another order'],
      ['organization', 'Gazprom', 'Gasprom', 'names one edit apart (Gazprom / Gasprom)'],
      ['person', 'Karim Massimov', 'Karim Massimov', 'same name typed person in 1 document(s) and place in 1'],
    ]);
  });

  test('short surnames and different given names are not suggested', () => {
    expect(
      brief([
        doc('a', { type: 'person', name: 'John Doe', sentences: ['x'] }),
        doc('b', { type: 'person', name: 'John Dae', sentences: ['y'] }),
        doc('c', { type: 'person', name: 'Jane Peterson', sentences: ['y'] }),
        doc('d', { type: 'person', name: 'Jon Petersen', sentences: ['y'] }),
      ]),
    ).toEqual([]);
  });

  test('a pair the reporter kept apart in the project file is not suggested again', () => {
    const results = [
      doc('a', { type: 'person', name: 'Jon Peterson', sentences: ['x'] }),
      doc('b', { type: 'person', name: 'Jon Petersen', sentences: ['y'] }),
    ];
    expect(brief(results)).toEqual([['person', 'Jon Petersen', 'Jon Peterson', 'surname one edit apart (Petersen / Peterson), same given name']]);
    const project = new ProjectIndex(parseProject({ separate: [['Jon Petersen', 'Jon Peterson']] }, null));
    expect(brief(results, project)).toEqual([]);
  });

  test('suggestions come sorted by how many mentions they would move', () => {
    const results = [
      doc('a', { type: 'person', name: 'Jon Petersen', sentences: ['1', '2', '3', '4', '5', '6'] }),
      doc('b', { type: 'person', name: 'Jon Peterson', sentences: ['1'] }),
      doc('c', { type: 'person', name: 'Karim Massimov', sentences: ['1', '2', '3', '4', '5'] }),
      doc('d', { type: 'person', name: 'Karim Masimov', sentences: ['1', '2', '3'] }),
    ];
    expect(suggestVariants(rowsOf(results)).map((s) => [s.variant, s.variantCount])).toEqual([
      ['Karim Masimov', 3],
      ['Jon Peterson', 1],
    ]);
  });

  test('an organization with and without its legal form is one row, so no suggestion', () => {
    expect(
      brief([
        doc('a', { type: 'organization', name: 'Lockheed', sentences: ['x', 'y'] }),
        doc('b', { type: 'organization', name: 'Lockheed Corp.', sentences: ['z'] }),
      ]),
    ).toEqual([]);
  });

  test('a given name and its short form, same surname', () => {
    expect(
      brief([
        doc('a', { type: 'person', name: 'William Clinton', sentences: ['x'] }),
        doc('b', { type: 'person', name: 'Bill Clinton', sentences: ['y', 'z'] }),
      ]),
    ).toEqual([['person', 'William Clinton', 'Bill Clinton', 'given name a short form (Bill / William), same surname']]);
  });
});
