import { names } from './helpers';

describe('a family\'s surname before "family" (issue 13)', () => {
  const families = (text: string) => names(text).filter((r) => r.rule === 'person.family-name').map((r) => r.text);
  test('"the founding X family", "Cairo\'s X family", "the X family of <place>"', () => {
    expect(families('The founding Orlenko family sold the firm in 1998.')).toEqual(['Orlenko']);
    expect(families('The bank is controlled by Cairo\'s Kestrova family, a spokesman said.')).toEqual(['Kestrova']);
    expect(families('The mill is owned by the Brannix family of Lyon, in France.')).toEqual(['Brannix']);
  });
  test('not a firm\'s "family of funds", nor after a word no place\'s', () => {
    expect(families('He bought the Kestrova family of funds.')).toEqual([]);
  });
});
