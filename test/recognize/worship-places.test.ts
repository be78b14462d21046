// A house of worship other than a church, named by its own word, is a building, a place
// (refine/worship-places.ts). Invented buildings and sentences.
import { names } from './helpers';

const rows = (text: string) => names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule]);

describe('a mosque, temple or synagogue by its own name is a place', () => {
  test('"the Dorvani Mosque" and "the Velbrook Synagogue" are places; a church stays a body', () => {
    expect(rows('Worshippers gathered outside the Dorvani Mosque on Friday, and the Velbrook Synagogue reopened. The Velmark Baptist Church said it would help.')).toEqual([
      ['Dorvani Mosque', 'place', 33, 47, 'place.worship-building'],
      ['Velbrook Synagogue', 'place', 67, 85, 'place.worship-building'],
      ['Velmark Baptist Church', 'organization', 100, 122, 'organization.head-noun'],
    ]);
  });

  test('a first name and "Temple" are a person\'s name, no building', () => {
    expect(rows('The film starred Shirley Temple, then aged six.').filter((r) => r[1] === 'place')).toEqual([]);
  });
});
