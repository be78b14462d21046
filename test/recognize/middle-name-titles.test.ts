// A title word that is a name too, right after first names, is inside the name
// (recognize/persons.ts, isMiddleNameTitle). Invented names and sentences.
import { names } from './helpers';

const persons = (text: string) => names(text).filter((r) => r.type === 'person').map((r) => [r.text, r.start, r.end]);

describe('a title word after first names', () => {
  test('is a middle name, with exact offsets', () => {
    expect(persons('Police said Dana Earl Brennick was arrested.')).toEqual([['Dana Earl Brennick', 12, 30]]);
  });

  test('or a family name word', () => {
    expect(persons('Officials said Omar Sheikh Tarvoku was held.')).toEqual([['Omar Sheikh Tarvoku', 15, 34]]);
  });

  test('while a title opening the run is still one', () => {
    expect(persons('Police said Dana Earl Brennick met Minister Tarvo Halvi on Monday.').map((r) => r[0])).toEqual(['Dana Earl Brennick', 'Tarvo Halvi']);
  });
});
