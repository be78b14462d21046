// A nationality before "<Ministry|Department> of ..." after "the" says whose ministry it is and is no
// part of its name (recognize/organizations.ts, afterNationalityBeforeMinistry). Invented sentences.
import { names } from './helpers';

const rows = (text: string) => names(text).filter((r) => r.type === 'organization').map((r) => [r.text, r.rule]);

describe('"the <nationality> Ministry of ..." is the ministry without the nationality', () => {
  test('one word and two words of a people, before a ministry and a department', () => {
    expect(rows('The Peruvian Ministry of Fisheries and Mining said on Monday that the South African Department of Water would reply.')).toEqual([
      ['Ministry of Fisheries and Mining', 'organization.head-of'],
      ['Department of Water', 'organization.head-of'],
    ]);
  });

  test('a place\'s own name stays, and without "the" the nationality stays', () => {
    expect(rows('The Tasmania Ministry of Roads agreed, and a Peruvian Ministry of Fisheries official said so.')).toEqual([
      ['Tasmania Ministry of Roads', 'organization.head-of'],
      ['Peruvian Ministry of Fisheries', 'organization.head-of'],
    ]);
  });
});
