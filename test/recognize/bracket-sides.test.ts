import { names } from './helpers';

describe('bracket sides: a story\'s brackets after names hold clubs or countries, by their majority', () => {
  const only = (text: string, rule: string) => names(text).filter((r) => r.rule === rule).map((r) => [r.text, r.type, r.start, r.end]);

  test('a list of towns makes every bracket a club: after a name no rule is sure of, a city-state, a town that is a first name', () => {
    const text = "ICE HOCKEY - NORTHERN LEAGUE TOP SCORERS. Goals scored in the northern ice hockey league this season, after the weekend's games: " +
      'Ivo Brandt (Harrogate) 14 goals, Ed Velnor (Dundee) 12, Tarvo Sinn (Monaco) 11, Dana Kessel (Lyon) 9, Al Morvik (Swindon) 9.';
    expect(only(text, 'organization.bracket-club')).toEqual([
      ['Harrogate', 'organization', 141, 150],
      ['Dundee', 'organization', 173, 179],
      ['Monaco', 'organization', 197, 203],
      ['Lyon', 'organization', 222, 226],
      ['Swindon', 'organization', 242, 249],
    ]);
  });

  test('a list of countries makes an abbreviation no list knows a country, not a club', () => {
    const text = "TABLE TENNIS - OPEN RESULTS. Results of the table tennis tournament's second round: Ivo Brandt (Belgium) beat Ed Velnor (Tarv) 3-1, " +
      'Tarvo Sinn (Italy) beat Dana Kessel (Oskl) 3-2, Al Morvik (Norway) beat Ivo Tarn (Spain) 3-0.';
    expect(only(text, 'place.bracket-country')).toEqual([
      ['Tarv', 'place', 121, 125],
      ['Oskl', 'place', 169, 173],
    ]);
  });

  test('a list of countries makes a town in brackets a place: a player\'s home, or a country named like a town, not a club', () => {
    const text = "GOLF - ORDER OF MERIT. The season's top earners on the Velmar golf tour after the latest tournament: " +
      '1. Ivo Brandt (Belgium) 410,220 2. Ed Velnor (Lyon) 388,105 3. Tarvo Sinn (Italy) 301,950 4. Al Morvik (Norway) 287,400 5. Ivo Tarn (Spain) 250,000.';
    expect(names(text).filter((r) => r.text === 'Lyon').map((r) => [r.text, r.type, r.start, r.rule])).toEqual([['Lyon', 'place', 147, 'place.bracket-country']]);
  });

  test('two brackets are too few in a sports story, and a third decides; a person\'s name in brackets is neither; no sports story, no vote', () => {
    const two = 'The league leaders won 3-1 on Saturday in the soccer league. Goals: Ivo Brandt (Harrogate) 2, Ed Velnor (Dundee) 1.';
    expect(only(two, 'organization.bracket-club')).toEqual([]);
    const three = `${two.slice(0, -1)}, Al Morvik (Swindon) 1, Lena Marsh (Dana Kessel) 1.`;
    expect(only(three, 'organization.bracket-club').map((r) => r[0])).toEqual(['Harrogate', 'Dundee', 'Swindon']);
    expect(only('Ivo Brandt (Harrogate), Ed Velnor (Dundee) and Al Morvik (Swindon) signed the letter.', 'organization.bracket-club')).toEqual([]);
  });

  test('a word no list knows before a listed town in brackets is a club named with its town, and "(both ...)" holds one club of two players', () => {
    const text = "SOCCER - LEAGUE TOP SCORERS. Top goalscorers of the Velmar league so far this season: " +
      '6 - Ivo Brandt (Velkor Swindon) 5 - Ed Velnor (Harrogate), Tarvo Sinn, Dana Kessel (both Dundee) 4 - Al Morvik (Orvan Lyon), Ivo Tarn (Swindon).';
    expect(only(text, 'organization.bracket-club')).toEqual([
      ['Velkor Swindon', 'organization', 102, 116],
      ['Harrogate', 'organization', 133, 142],
      ['Dundee', 'organization', 175, 181],
      ['Orvan Lyon', 'organization', 198, 208],
      ['Swindon', 'organization', 221, 228],
    ]);
  });
});
