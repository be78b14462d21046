// Hand-built records for the formatter tests, so they do not depend on what the recognizers find.
import { DocumentResult, ErrorRecord } from '../../src/model';

export const SAMPLE_TEXT =
  'Prosecutor General Jane Roe met Karim Bello in Astana.\nRoe, Bello & Partners said on March 3, 2020 it would appeal.';

const SENTENCE_1 = 'Prosecutor General Jane Roe met Karim Bello in Astana.';
const SENTENCE_2 = 'Roe, Bello & Partners said on March 3, 2020 it would appeal.';

export const SAMPLE: DocumentResult = {
  file: 'news/astana.txt',
  id: null,
  date: '2020-03-01',
  entities: [
    {
      type: 'person',
      name: 'Jane Roe',
      count: 1,
      mentions: [{ text: 'Jane Roe', start: 19, end: 27, line: 1, column: 20, sentence: SENTENCE_1, rule: 'person.title' }],
      aliases: [],
      roles: ['Prosecutor General'],
    },
    {
      type: 'date',
      name: 'March 3, 2020',
      count: 1,
      mentions: [
        { text: 'March 3, 2020', start: 85, end: 98, line: 2, column: 31, sentence: SENTENCE_2, rule: 'date.month-day-year' },
      ],
      value: '2020-03-03',
    },
    {
      type: 'organization',
      name: 'Roe, Bello & Partners',
      count: 1,
      mentions: [
        { text: 'Roe, Bello & Partners', start: 55, end: 76, line: 2, column: 1, sentence: SENTENCE_2, rule: 'org.suffix' },
      ],
      aliases: [],
    },
    {
      type: 'person',
      name: 'Karim Bello',
      count: 1,
      mentions: [{ text: 'Karim Bello', start: 32, end: 43, line: 1, column: 33, sentence: SENTENCE_1, rule: 'person.given-name' }],
      aliases: ['Bello'],
      roles: [],
    },
    {
      type: 'place',
      name: 'Astana',
      count: 1,
      mentions: [{ text: 'Astana', start: 47, end: 53, line: 1, column: 48, sentence: SENTENCE_1, rule: 'place.gazetteer' }],
      aliases: [],
    },
  ],
};

export const EMPTY: DocumentResult = { file: null, id: 'rec-2', date: null, entities: [] };

export const BROKEN_LINE: ErrorRecord = { file: 'records.jsonl', id: null, line: 3, error: 'invalid JSON: Unexpected end of JSON input' };
