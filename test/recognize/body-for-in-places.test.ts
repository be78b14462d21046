// "<Body> for <aim> in <Country>": the country is the name's own ("Organisation for Security and
// Cooperation in Europe") unless places are listed after it, where the body works
// (recognize/organizations.ts, head-of rule). Invented sentences; real places.
import { names } from './helpers';

const rows = (text: string) => names(text).map((r) => [r.text, r.type]);

describe('a body "for" something "in" a country', () => {
  test('the first of listed places after "in" is where the body works, no part of its name', () => {
    expect(rows('She worked for the Office for Rural Migration in Libya and Chad.')).toEqual([
      ['Office for Rural Migration', 'organization'],
      ['Libya', 'place'],
      ['Chad', 'place'],
    ]);
  });

  test('no crash where no name follows "in" and the text opens with "And" or "Or" (review 23)', () => {
    expect(rows('And the Office for Rural Migration in the city said so.')).toEqual([['Office for Rural Migration', 'organization']]);
    expect(rows('Or the Office for Rural Migration in 1990 was shut.')).toEqual([['Office for Rural Migration', 'organization']]);
  });

  test('one country alone stays in the name', () => {
    expect(rows('She worked for the Office for Rural Migration in Libya.')).toEqual([['Office for Rural Migration in Libya', 'organization']]);
  });
});

describe('a body "of <X> and <Y> Studies"', () => {
  test('a field of study closes the "and" list after a place\'s or a people\'s word', () => {
    expect(rows('She teaches at the Institute of Tarvian and Caspian Studies.')).toEqual([['Institute of Tarvian and Caspian Studies', 'organization']]);
  });
});
