import { linkMentions } from '../../src/pipeline/link';
import { place, summaryOf } from './place';

describe('full names that say less join the fuller name', () => {
  test('"J. Epstein" and "Jeffrey E. Epstein" are Jeffrey Edward Epstein', () => {
    const doc = 'Jeffrey Edward Epstein flew. J. Epstein landed. Jeffrey E. Epstein left. Epstein said no.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Jeffrey Edward Epstein', type: 'person' },
        { text: 'J. Epstein', type: 'person' },
        { text: 'Jeffrey E. Epstein', type: 'person' },
        { text: 'Epstein', type: 'person', nth: 3 },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['person', 'Jeffrey Edward Epstein', 4, ['J. Epstein', 'Jeffrey E. Epstein', 'Epstein']],
    ]);
  });

  test('two first names without the surname are the one longer name that opens with them', () => {
    const doc = 'Pablo Andres Ferrel arrived. Pablo Andres said so. Nora Ferrel and Pablo Ferrel Ruiz left.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Pablo Andres Ferrel', type: 'person' },
        { text: 'Pablo Andres', type: 'person', nth: 1 },
        { text: 'Nora Ferrel', type: 'person' },
        { text: 'Pablo Ferrel Ruiz', type: 'person' },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['person', 'Pablo Andres Ferrel', 2, ['Pablo Andres']],
      ['person', 'Nora Ferrel', 1, []],
      ['person', 'Pablo Ferrel Ruiz', 1, []],
    ]);
  });

  test('"J. Smith" with John Smith and Jane Smith joins neither and says so', () => {
    const doc = 'John Smith and Jane Smith met. J. Smith said no.';
    const entities = linkMentions(
      place(doc, [
        { text: 'John Smith', type: 'person' },
        { text: 'Jane Smith', type: 'person' },
        { text: 'J. Smith', type: 'person' },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['person', 'John Smith', 1, []],
      ['person', 'Jane Smith', 1, []],
      ['person', 'J. Smith', 1, []],
    ]);
    expect(entities[2].ambiguous).toEqual(['John Smith', 'Jane Smith']);
  });

  test('a different given name is a different person', () => {
    const doc = 'Tomas Varga and Elena Varga met.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Tomas Varga', type: 'person' },
        { text: 'Elena Varga', type: 'person' },
      ]),
    );
    expect(entities.map((e) => e.name)).toEqual(['Tomas Varga', 'Elena Varga']);
  });

  test('"Bill Clinton" is William Jefferson Clinton; "Bill Gates" is not', () => {
    const doc = 'William Jefferson Clinton spoke. Bill Clinton and Bill Gates met. Clinton left.';
    const entities = linkMentions(
      place(doc, [
        { text: 'William Jefferson Clinton', type: 'person' },
        { text: 'Bill Clinton', type: 'person' },
        { text: 'Bill Gates', type: 'person' },
        { text: 'Clinton', type: 'person', nth: 2 },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['person', 'William Jefferson Clinton', 3, ['Bill Clinton', 'Clinton']],
      ['person', 'Bill Gates', 1, []],
    ]);
  });
});
