import { names } from './helpers';

describe('bracket sides: a story\'s brackets after names hold clubs or countries, by their majority', () => {
  const only = (text: string, rule: string) => names(text).filter((r) => r.rule === rule).map((r) => [r.text, r.type, r.start, r.end]);

  test('a list of towns makes every bracket a club: after a name no rule is sure of, a city-state, a town that is a first name', () => {
    const text = 'SOCCER - LEADING SCORERS. PARIS 1996-08-30 Leading goal scorers in the French soccer league: 3 goals - Ivo Brandt (Bastia), ' +
      'Ed Mero (Lille). 2 - Al Kessel (Lens), Tarvo Sinn (Monaco), Dana Vell (Lyon).';
    expect(only(text, 'organization.bracket-club')).toEqual([
      ['Bastia', 'organization', 115, 121],
      ['Lille', 'organization', 133, 138],
      ['Lens', 'organization', 156, 160],
      ['Monaco', 'organization', 175, 181],
      ['Lyon', 'organization', 195, 199],
    ]);
  });

  test('a list of countries makes an abbreviation no list knows a country, not a club', () => {
    const text = 'CYCLING - STAGE RESULT. Leading results of the cycling tournament: 1. Ivo Brandt (Belgium) Velmor 2. Ed Mero (Neths) Tarvex ' +
      '3. Al Kessel (USA) Velmor 4. Tarvo Sinn (Italy) Carrex same time.';
    expect(only(text, 'place.bracket-country')).toEqual([['Neths', 'place', 110, 115]]);
    expect(names(text).filter((r) => r.text === 'Neths' || r.text === 'Belgium').map((r) => r.type)).toEqual(['place', 'place']);
  });

  test('too few brackets, or no sports story: nothing', () => {
    expect(only('SOCCER - Ivo Brandt (Bastia) scored twice in the league, Ed Mero (Neths) once.', 'organization.bracket-club')).toEqual([]);
    expect(only('Ivo Brandt (Bastia), Ed Mero (Lille) and Al Kessel (Lens) signed the letter.', 'organization.bracket-club')).toEqual([]);
  });
});
