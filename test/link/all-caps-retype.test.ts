import { linkMentions } from '../../src/pipeline/link';
import { place, summaryOf } from './place';

describe('one sense per document', () => {
  test('a headline surname in capitals taken for an organization is the person', () => {
    const doc = 'NAZARBAYEV RESIGNS. Nursultan Nazarbayev left office on Tuesday.';
    const entities = linkMentions(
      place(doc, [
        { text: 'NAZARBAYEV', type: 'organization' },
        { text: 'Nursultan Nazarbayev', type: 'person' },
      ]),
    );
    expect(summaryOf(entities)).toEqual([['person', 'Nursultan Nazarbayev', 2, ['NAZARBAYEV']]]);
  });

  test('a place in capitals stays a place (WASHINGTON dateline, George Washington)', () => {
    const doc = 'WASHINGTON - George Washington slept here.';
    const entities = linkMentions(
      place(doc, [
        { text: 'WASHINGTON', type: 'place' },
        { text: 'George Washington', type: 'person' },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['person', 'George Washington', 1, []],
      ['place', 'WASHINGTON', 1, []],
    ]);
  });
});
