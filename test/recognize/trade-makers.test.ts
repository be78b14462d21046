import { names } from './helpers';

describe('a trade named by what it makes or builds introduces a firm (issue 13)', () => {
  test('"the glassmaker Vetrerie Orvani", "stockbroker Kessby Marle", "the pension fund Kessmar Pensjon" are firms, not persons', () => {
    const text = 'He later worked for the glassmaker Vetrerie Orvani in the north. ' +
      'Tom Hale, a trader at stockbroker Kessby Marle, said prices would rise. ' +
      'The plan is backed by the pension fund Kessmar Pensjon and two banks.\n';
    const rows = names(text).map((r) => [r.text, r.type]);
    expect(rows).toContainEqual(['Vetrerie Orvani', 'organization']);
    expect(rows).toContainEqual(['Kessby Marle', 'organization']);
    expect(rows).toContainEqual(['Kessmar Pensjon', 'organization']);
  });

  test('a maker that is a person\'s calling keeps the person ("the filmmaker Orvessa Dunmarle")', () => {
    const rows = names('The filmmaker Orvessa Dunmarle said the studio would close.\n').map((r) => [r.text, r.type]);
    expect(rows).toContainEqual(['Orvessa Dunmarle', 'person']);
  });
});
