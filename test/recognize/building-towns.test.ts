// A town between commas after a church's, a school's or a hospital's name is a place
// (refine/building-towns.ts). Invented buildings, towns and sentences.
import { names } from './helpers';

const rows = (text: string) => names(text).filter((r) => r.type !== 'date').map((r) => [r.text, r.type, r.start, r.end, r.rule]);

describe('a town between commas after a building is a place', () => {
  test('"St Fennick\'s Church, Dravelly Tessby," and "Quellby School, Velby," name the towns', () => {
    const text = "The bells of St Fennick's Church, Dravelly Tessby, rang on Sunday. A pupil at Quellby School, Velby, was picked.";
    expect(rows(text)).toEqual([
      ["St Fennick's Church", 'organization', 13, 32, 'organization.head-noun'],
      ['Dravelly Tessby', 'place', 34, 49, 'place.building-town'],
      ['Quellby School', 'organization', 78, 92, 'organization.head-noun'],
      ['Velby', 'place', 94, 99, 'place.building-town'],
    ]);
  });

  test('a name in apposition after a role at the building ("the vicar of") or before "said" stays the person', () => {
    const text = "The head teacher of Orvik School, Tarvo Kessinen, said pupils were safe. The vicar of St Orvan's Church, Ilvo Kessly Darnen, rang the bell.";
    expect(rows(text)).toEqual([
      ['Orvik School', 'organization', 20, 32, 'organization.head-noun'],
      ['Tarvo Kessinen', 'person', 34, 48, 'person.unknown-name'],
      ["St Orvan's Church", 'organization', 86, 103, 'organization.head-noun'],
      ['Ilvo Kessly Darnen', 'person', 105, 123, 'person.unknown-name'],
    ]);
  });

  test('the building\'s priest after the comma, with a title or a first name, stays a person', () => {
    const text = "St Fennick's Church, Father Dana Maskill, said the bells would ring.";
    expect(rows(text).map((r) => [r[0], r[1]])).toEqual([
      ["St Fennick's Church", 'organization'],
      ['Dana Maskill', 'person'],
    ]);
  });
});
