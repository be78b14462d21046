import { linkMentions } from '../../src/pipeline/link';
import { dedupeRoles } from '../../src/pipeline/link/roles';
import { place } from './place';

describe('roles are attached to the person, each once', () => {
  test('case, spacing and a leading article do not make a new role; "former" does', () => {
    expect(
      dedupeRoles(['Prosecutor General', 'prosecutor  general', 'the Prosecutor General,', 'former Prime Minister', 'Prime Minister', 'Mr.']),
    ).toEqual(['Prosecutor General', 'former Prime Minister', 'Prime Minister']);
  });

  test('a role holds no honorific and no time word; of case variants the capitalized one is shown', () => {
    expect(dedupeRoles(['chief executive Mr', 'then Prime Minister', 'now chairman', 'Chief Executive', 'Mr'])).toEqual([
      'Chief Executive',
      'Prime Minister',
      'chairman',
    ]);
  });

  test('conjoined titles give both roles, the second with the words before its title', () => {
    const { extract } = require('../../src') as typeof import('../../src');
    const result = extract('Former Prime Minister and former central bank Governor Lena Holm resigned.');
    expect(result.entities.map((e) => [e.type, e.name, e.roles])).toEqual([['person', 'Lena Holm', ['Former Prime Minister', 'former central bank Governor']]]);
  });

  test('roles of every mention of the entity, in order of appearance', () => {
    const doc = 'Prosecutor General Jane Roe spoke. Roe, the former chairman of Acme, said so. Prosecutor General Roe left.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Jane Roe', type: 'person', roles: ['Prosecutor General'] },
        { text: 'Roe', type: 'person', nth: 1, roles: ['former chairman of Acme'] },
        { text: 'Roe', type: 'person', nth: 2, roles: ['Prosecutor General'] },
      ]),
    );
    expect(entities).toHaveLength(1);
    expect(entities[0].roles).toEqual(['Prosecutor General', 'former chairman of Acme']);
  });

  test('organizations and places carry no roles field; dates carry their value', () => {
    const doc = 'Acme said on March 3 that Acme had left Astana on March 3.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Acme', type: 'organization' },
        { text: 'March 3', type: 'date', value: '2024-03-03' },
        { text: 'Acme', type: 'organization', nth: 1 },
        { text: 'Astana', type: 'place' },
        { text: 'March 3', type: 'date', nth: 1, value: '2024-03-03' },
      ]),
    );
    expect(entities.map((e) => [e.type, e.name, e.count, e.roles, e.value])).toEqual([
      ['organization', 'Acme', 2, undefined, undefined],
      ['place', 'Astana', 1, undefined, undefined],
      ['date', 'March 3', 2, undefined, '2024-03-03'],
    ]);
  });
});
