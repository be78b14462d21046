import { names } from './helpers';

describe('initials the story counts are things, not bodies (refine/counted-acronyms.ts)', () => {
  test('"IRAs" makes every "IRA" of the story the account; without the plural the listed body stays', () => {
    const at = (text: string) => names(text).filter((r) => r.type !== 'date').map((r) => `${r.type}:${r.text}@${r.start}`);
    expect(at('Savers moved money into IRAs, and an IRA grows tax-free, Velk Tarvo told the IRA desk.')).toEqual(['person:Velk Tarvo@57']);
    expect(at('The IRA said it would talk, Velk Tarvo said.')).toEqual(['organization:IRA@4', 'person:Velk Tarvo@28']);
  });

  test('issue 13: initials of basis points after their number are no firm ("+20 BP"); the firm of those letters elsewhere stays', () => {
    const at = (text: string) => names(text).filter((r) => r.type === 'organization').map((r) => `${r.text}@${r.start}`);
    expect(at('The notes were priced at 12.5 BP over Libor, and BP shares rose.')).toEqual(['BP@49']);
    expect(at('MARGIN +35 BP TERM 11.MAR.04')).toEqual([]);
  });
});
