import { names } from './helpers';

describe('a state abbreviation written with a space after its initial (issue 13)', () => {
  test('"Tarnwell, W. Va.," and "Kessford, N. Dak.," are a town and a state, no person\'s initials', () => {
    const text = 'Orvane Steel Corp., of Tarnwell, W. Va., said it would cut jobs. Its plant in Kessford, N. Dak., stays open.\n';
    const rows = names(text).map((r) => [r.text, r.type]);
    expect(rows).toContainEqual(['W. Va.', 'place']);
    expect(rows).toContainEqual(['N. Dak.', 'place']);
    expect(rows.filter((r) => r[1] === 'person')).toEqual([]);
  });

  test('a body\'s last word after its head and "of" is no town before the state ("Tarn County Board of Education, W. Va.")', () => {
    const rows = names('The Tarnwell County Board of Education, W. Va., sold bonds.\n').map((r) => [r.text, r.type]);
    expect(rows).not.toContainEqual(['Education', 'place']);
  });
});

describe('review 23: a town and its state right after a text\'s opening "of"', () => {
  test('no crash where "of" is the first word (no head noun before it)', () => {
    expect(names('of Tarnwell, Nev. came the news.\n').map((r) => [r.text, r.type])).toContainEqual(['Tarnwell', 'place']);
  });
});
