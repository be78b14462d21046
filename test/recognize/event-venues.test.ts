// A church or a theatre where something is held is the building, a place (refine/event-venues.ts).
// Invented buildings and sentences.
import { names } from './helpers';

const rows = (text: string) => names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule]);

describe('a church or a theatre where something is held is a place', () => {
  test('"held at Kessvik Methodist Church" and "held outside the Orvane Theatre" are places; "a deacon at" a church keeps the body', () => {
    const text = 'The funeral will be held at Kessvik Methodist Church on Friday. The hearing was held outside the Orvane Theatre. Dana Pell was a deacon at Tarbrook Baptist Church.';
    expect(rows(text).filter((r) => r[1] !== 'date')).toEqual([
      ['Kessvik Methodist Church', 'place', 28, 52, 'place.event-venue'],
      ['Orvane Theatre', 'place', 97, 111, 'place.event-venue'],
      ['Dana Pell', 'person', 113, 122, 'person.given-name'],
      ['Tarbrook Baptist Church', 'organization', 139, 162, 'organization.head-noun'],
    ]);
  });

  test('a post held at a church or a theatre leaves it the body, the employer ("holds a post at the Orvane Theatre")', () => {
    expect(rows('Dana Pell holds a post at the Orvane Theatre.')).toEqual([
      ['Dana Pell', 'person', 0, 9, 'person.given-name'],
      ['Orvane Theatre', 'organization', 30, 44, 'organization.head-noun'],
    ]);
  });
});
