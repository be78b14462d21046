import { recognizeSportsPlayers } from '../../src/pipeline/recognize/sports-players';
import { brief, names, run } from './helpers';

describe('players in results lines are persons', () => {
  test('scorers with the minute of the goal, in brackets or after a dash', () => {
    const text = 'SOCCER - HIGHLAND LEAGUE RESULTS.\nThe striker and the goalkeeper starred in the league. ' +
      'Tarnley 3 (Okoro 12th, Brandt 54th 80th) Ashcombe 1 (Velasquez 33rd). Scorers: Marbury - Ilse Drummond (71st minute).';
    expect(run(recognizeSportsPlayers, text)).toEqual([
      { text: 'Okoro', type: 'person', start: 99, end: 104, rule: 'person.scorer' },
      { text: 'Brandt', type: 'person', start: 111, end: 117, rule: 'person.scorer' },
      { text: 'Velasquez', type: 'person', start: 141, end: 150, rule: 'person.scorer' },
      { text: 'Ilse Drummond', type: 'person', start: 177, end: 190, rule: 'person.scorer' },
      { text: 'Marbury', type: 'organization', start: 167, end: 174, rule: 'organization.scorers-club' },
    ]);
    expect(text.slice(141, 150)).toBe('Velasquez');
    // the clubs stay clubs beside them
    expect(brief(text).filter((r) => r.startsWith('organization'))).toEqual([
      'organization:HIGHLAND LEAGUE',
      'organization:Tarnley',
      'organization:Ashcombe',
      'organization:Marbury',
    ]);
  });

  test('a competitor\'s first name that is also a word or a month, opening the line or after "beat", is in the name ("Els Varga", "Jan Orlik")', () => {
    const text = 'TENNIS - RESULTS AT THE HALVERN OPEN.\nWomen\'s singles, first round:\nEls Varga (Hungary) beat Jana Kandel (Germany) 6-2 6-1\n' +
      'Mira Holm (Sweden) beat Jan Orlik (Poland) 7-6 6-2\nThe Tarvo (Finland) beat Ana Pardo (Spain) 6-3 6-4';
    expect(run(recognizeSportsPlayers, text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Els Varga', 'person', 68, 77, 'person.competitor'],
      ['Jana Kandel', 'person', 93, 104, 'person.competitor'],
      ['Mira Holm', 'person', 123, 132, 'person.competitor'],
      ['Jan Orlik', 'person', 147, 156, 'person.competitor'],
      // (an article is no first name)
      ['Tarvo', 'person', 178, 183, 'person.competitor'],
      ['Ana Pardo', 'person', 199, 208, 'person.competitor'],
    ]);
  });

  test('a cricket scorecard: the fielder and bowler of a dismissal, bowling figures', () => {
    const text = 'CRICKET - SCOREBOARD.\nThe batsman and the bowler shared the innings. Pellowe c Fairbank b Hallamby 41 ' +
      'Ostrander lbw b Quarry 7. Bowling: Hallamby 21-4-63-2.';
    expect(run(recognizeSportsPlayers, text).map((r) => `${r.text}:${r.rule}`)).toEqual([
      'Fairbank:person.scorecard',
      'Hallamby:person.scorecard',
      'Quarry:person.scorecard',
      'Hallamby:person.scorecard',
    ]);
  });

  test("a driver's team after his country in brackets, with a lap time or points", () => {
    const text = 'MOTOR RACING - GRID.\nThe championship standings after qualifying for the grand prix:\n4. Ivo Brandt (Norway) Halvard 1:52.977\n5. Ole Marken (Norway) Orvis 49\n';
    expect(run(recognizeSportsPlayers, text).map((r) => `${r.text}:${r.rule}`)).toEqual([
      'Ivo Brandt:person.competitor',
      'Halvard:organization.racing-team',
      'Ole Marken:person.competitor',
      'Orvis:organization.racing-team',
    ]);
  });

  test('on a ranked line the whole run before a country in brackets and a result is one competitor, whatever its words are alone', () => {
    const text = 'ATHLETICS - RESULTS.\nThe champion beat the sprinter in the final. Results of the 200 metres race at the athletics meeting:\n' +
      '1. Friday Adewumi (Ghana) 20.02\n2. Ilse Leeds (Britain) 20.31\n3. San Marino (Europe) 20.40\n';
    expect(names(text).filter((r) => r.type === 'person').map((r) => [r.text, r.start, r.end, r.rule])).toEqual([
      ['Friday Adewumi', 126, 140, 'person.competitor'],
      ['Ilse Leeds', 158, 168, 'person.competitor'],
    ]);
  });

  test('a scorecard says "player" louder than a town list; a country never is one', () => {
    const text = 'CRICKET - SCOREBOARD.\nThe batsman and the bowler shared the innings. Pellowe c Salisbury b Norway 41. Bowling: Salisbury 9-1-40-2.';
    expect(run(recognizeSportsPlayers, text).map((r) => `${r.text}:${r.start}`)).toEqual(['Salisbury:79', 'Salisbury:111']);
  });

  test('competitors with a country in brackets; clubs with a score after the bracket are left alone', () => {
    const text = 'TENNIS - OPEN RESULTS.\nThe seeded players reached the semifinal of the tournament. ' +
      'Anouk Verlinde (Belgium) beat Saskia Brandauer (Austria) 6-3 6-4.\n4. Tervo (Finland) 10.31\nOn Sunday, 5. Lahti (Finland) moved.\n' +
      'Kvarstad (Norway) 2 Dinamo (Russia) 1.';
    expect(run(recognizeSportsPlayers, text).map((r) => `${r.text}:${r.rule}`)).toEqual([
      'Anouk Verlinde:person.competitor',
      'Saskia Brandauer:person.competitor',
      'Tervo:person.competitor',
    ]);
    expect(names(text).find((r) => r.text === 'Kvarstad')?.type).toBe('organization');
  });

  test('outside sports stories nothing is found', () => {
    expect(run(recognizeSportsPlayers, 'The court heard that Marsh 21-4-63-2 was the code, and Vane c Holt b Marsh signed. Kell Varga (Norway) spoke.')).toEqual([]);
  });
});

describe('clubs named beside their players', () => {
  test("a player's club in brackets in a squad list, a town included", () => {
    const text = 'SOCCER - SQUAD NAMED.\nThe coach named his squad for the qualifier. ' +
      'Goalkeepers - Pieter Voskuijl (Tarnley), Marco Deventer (Lille). Defenders - Ivo Brandt (Belgium).';
    expect(brief(text)).toEqual([
      'person:Pieter Voskuijl',
      'organization:Tarnley',
      'person:Marco Deventer',
      'organization:Lille',
      'person:Ivo Brandt',
      'place:Belgium',
    ]);
    expect(names(text).find((r) => r.text === 'Lille')?.rule).toBe('organization.players-club');
  });

  test('the club before the dash that opens its scorers', () => {
    const text = 'SOCCER - CUP RESULT.\nThe striker scored as the cup holders lost the match. ' +
      'Scorers: Ashcombe Rovers - Ivo Brandt (44th) Kvarstad - Ole Marken (59th).';
    expect(names(text).map((r) => `${r.type}:${r.text}:${r.rule}`)).toEqual([
      'organization:Ashcombe Rovers:organization.head-noun',
      'person:Ivo Brandt:person.scorer',
      'organization:Kvarstad:organization.scorers-club',
      'person:Ole Marken:person.scorer',
    ]);
  });

  test('a minute without its ordinal ending counts only inside a club\'s bracket of scorers ("Tarnley 2 (Okoro 34, Brandt 40 penalty, Mero 71)")', () => {
    const text = 'Results of league matches on Saturday: Tarnley 3 (Okoro 34, Vessel 40 penalty, Mero 71) Kvarstad 1 (Halden 80). Halftime 2-0.';
    // (the clubs of a result with its scorers are read by results-tables.ts)
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Tarnley', 'organization', 39, 46, 'organization.results-table'],
      ['Okoro', 'person', 50, 55, 'person.scorer'],
      ['Vessel', 'person', 60, 66, 'person.scorer'],
      ['Mero', 'person', 79, 83, 'person.scorer'],
      ['Kvarstad', 'organization', 88, 96, 'organization.results-table'],
      ['Halden', 'person', 100, 106, 'person.scorer'],
    ]);
    // not a number after a name outside such a bracket: "(Kvarstad 4, Ashcombe 2)" has no score before it
    expect(run(recognizeSportsPlayers, 'The league match ended after a goal (Kvarstad 4, Ashcombe 2) in the final minutes of the cup tie.')).toEqual([]);
  });

  test('a team after a driver\'s country in brackets, before a race time, a gap in seconds, "same time" or "at" a gap, even one ending in a head noun ("Tarvo Racing")', () => {
    const text = 'MOTOR RACING - TARNLEY GRAND PRIX RESULT.\nResult of the Tarnley Grand Prix, a motor race run on Sunday as the championship\'s ninth round:\n' +
      '1. Marco Fantoni (Italy) Tarvo Racing 1 hour 2 minutes 14.5 seconds\n2. Hugo Wendt (Germany) Kestrel Motorsport 3.1 seconds behind\n' +
      '3. Pedro Nunes (Portugal) Velk same time\n4. Ivo Brandt (Norway) Halvard at 4.2 seconds';
    expect(names(text).filter((r) => r.type === 'organization').map((r) => [r.text, r.start, r.end, r.rule])).toEqual([
      ['Tarvo Racing', 163, 175, 'organization.racing-team'],
      ['Kestrel Motorsport', 230, 248, 'organization.racing-team'],
      ['Velk', 294, 298, 'organization.racing-team'],
      ['Halvard', 332, 339, 'organization.racing-team'],
    ]);
  });

  test('a one-word athlete before a country in brackets and a race time is a person ("Kiprotane (Kenya) 2:09:41"), not a club', () => {
    const text = 'ATHLETICS - KIPROTANE WINS TARNLEY MARATHON.\nThe Kenyan won the marathon race in a course record, the championship\'s fastest. ' +
      'Results: 1. Kiprotane (Kenya) 2:09:41 2. Morivaga (Japan) 2:10:03 3. Ikandu (Tanzania) 2:10:55.';
    expect(names(text).filter((r) => r.type !== 'place').map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['KIPROTANE', 'person', 12, 21],
      ['Kiprotane', 'person', 138, 147],
      ['Morivaga', 'person', 167, 175],
      ['Ikandu', 'person', 195, 201],
    ]);
  });

  test('players in a box score: a goal\'s scorer and assists before the game time, a player with a small count in brackets, the winning and losing pitchers', () => {
    const hockey = 'ICE HOCKEY - SUMMARY.\nSummary of the league game, Calgary 2 Edmonton 1: First period: 1, Calgary, Fortane 8 (Halvik), 6:12. ' +
      'Second period: 2, Edmonton, Sikorvel 5 (pp), 14:40. Third period: 3, Calgary, Halvik 11, 18:03.';
    expect(names(hockey).filter((r) => r.type === 'person').map((r) => [r.text, r.start, r.end, r.rule])).toEqual([
      ['Fortane', 98, 105, 'person.box-score'],
      ['Halvik', 109, 115, 'person.box-score'],
      ['Sikorvel', 152, 160, 'person.box-score'],
      ['Halvik', 202, 208, 'person.box-score'],
    ]);
    const baseball = 'BASEBALL - BOX SCORE.\nThe pitcher won the baseball game with a homer late in the game. Varnagy, Plunket (8), Mesova (9) and Alomer; ' +
      'Harwick, Ocamo (7) and Hoyle. W - Varnagy. L - Harwick. HRs - Tarnley, Bellow (39).';
    // (also the pitchers with no count beside one with it, "Varnagy, Plunket (8)"; not the side after "HRs -")
    expect(names(baseball).filter((r) => r.rule === 'person.box-score').map((r) => r.text)).toEqual(['Varnagy', 'Plunket', 'Mesova', 'Alomer', 'Harwick', 'Ocamo', 'Hoyle', 'Varnagy', 'Harwick', 'Bellow']);
  });

  test('a scoring label lists persons, also a surname that is a town\'s club ("Penalties: Harrogate 2"), and after a label of two words ("Drop goal:"); not the side a dash or a colon follows, nor a player\'s club in brackets', () => {
    const text = 'RUGBY UNION - TARNLEY BEAT ASHCOMBE.\nAshcombe lost 24-18 to Tarnley in the rugby union league on Saturday. Scorers: Tarnley - Tries: ' +
      'Okoro 2, Harrogate. Conversions: Harrogate 3. Penalty: Velnor. Ashcombe - Try: Kessel. Drop goal: Mero.';
    expect(names(text).filter((r) => r.rule === 'person.scoring-list').map((r) => [r.text, r.start, r.end])).toEqual([
      ['Okoro', 133, 138],
      ['Harrogate', 142, 151],
      ['Harrogate', 166, 175],
      ['Velnor', 188, 194],
      ['Kessel', 212, 218],
      ['Mero', 231, 235],
    ]);
    const clubs = 'SOCCER - TARNLEY WIN.\nTarnley beat Ashcombe 2-1 in the soccer league on Saturday. Scorers: Ivo Brandt (Harrogate) 23, Ed Velnor (Dundee) 67.';
    expect(names(clubs).filter((r) => r.rule === 'person.scoring-list').map((r) => r.text)).toEqual(['Ivo Brandt', 'Ed Velnor']);
  });

  test('a side\'s line-up lists persons: "Kelbrook - Vandrel; Osterby, Mwakilema, Quernac; ..." (the side before the dash is not one)', () => {
    const text = 'SOCCER - LEAGUE RESULT.\nKelbrook beat Ashcombe 2-1 on Saturday. Teams: Kelbrook - Vandrel; Osterby, Mwakilema, Quernac; Taviton, Hollenby (Presquin 72nd). ' +
      'Ashcombe - Ruddock; Zelnik, Amarov; Fennimore, Castelló.';
    expect(names(text).filter((r) => r.type === 'person').map((r) => [r.text, r.start, r.end, r.rule])).toEqual([
      ['Vandrel', 82, 89, 'person.line-up'],
      ['Osterby', 91, 98, 'person.line-up'],
      ['Mwakilema', 100, 109, 'person.line-up'],
      ['Quernac', 111, 118, 'person.line-up'],
      ['Taviton', 120, 127, 'person.line-up'],
      ['Hollenby', 129, 137, 'person.line-up'],
      ['Presquin', 139, 147, 'person.scorer'],
      ['Ruddock', 166, 173, 'person.line-up'],
      ['Zelnik', 175, 181, 'person.line-up'],
      ['Amarov', 183, 189, 'person.line-up'],
      ['Fennimore', 191, 200, 'person.line-up'],
      ['Castelló', 202, 210, 'person.line-up'],
    ]);
    // a colon after the side opens a line-up too, and a substitute's minute may be a plain number
    const colon = 'SOCCER - FRIENDLY.\nTarnland drew 1-1 with Velmara on Wednesday.\nTarnland: Cvelmara; Tarvosa, Orvin, Dalmaro; Pechelli, Lontorp (Huamari 60), Mantiro; Zegrano.\n';
    expect(names(colon).filter((r) => r.rule === 'person.line-up').map((r) => [r.text, r.start, r.end])).toEqual([
      ['Cvelmara', 74, 82],
      ['Tarvosa', 84, 91],
      ['Orvin', 93, 98],
      ['Dalmaro', 100, 107],
      ['Pechelli', 109, 117],
      ['Lontorp', 119, 126],
      ['Huamari', 128, 135],
      ['Mantiro', 141, 148],
      ['Zegrano', 150, 157],
    ]);
    // review 15: a list of fixtures, a dash in each pair and no comma, holds no line-up
    const fixtures = 'SOCCER - FIXTURES.\nTarnley beat Ashcombe 2-1 in the league on Saturday. Fixtures for Saturday: Kelbrook - Vandrel; Osterby - Mwakil; Quernac - Tavit; Brevik - Ashcombe.';
    expect(names(fixtures).filter((r) => r.rule === 'person.line-up')).toEqual([]);
  });

  test('issue 13: a scorer wrapped at the line\'s end before the minute ("Gimanok\\n86th,"), and a penalty\'s minute ("89th-pen")', () => {
    const text = 'SOCCER - KELVAN FIRST DIVISION RESULTS.\nResults of Kelvan top flight soccer games played Saturday:\n' +
      'Velmar 1 (Vopaka 52nd) Tarnstadt 3 (Garoudel 9th, Gimanok\n86th, 90th). 0-2. 21,400\nKelbrin 0 Ashcombe 2 (Brenok 80th, Tavik 89th-pen). 1-0. 20,000.\n';
    expect(names(text).filter((r) => r.type === 'person').map((r) => [r.text, r.start, r.rule])).toEqual([
      ['Vopaka', 109, 'person.scorer'],
      ['Garoudel', 135, 'person.scorer'],
      ['Gimanok', 149, 'person.scorer'],
      ['Brenok', 204, 'person.scorer'],
      ['Tavik', 217, 'person.scorer'],
    ]);
  });

  test('issue 13: a rugby team sheet numbers its players ("15-Tavin Orrel"): each full name is a person', () => {
    const text = 'RUGBY UNION - TARNLAND WIN.\nTeams:\nTarnland: 15-Tavin Orrel, 14-Corvin Dallaway; 10-Alwen Quelling (captain)\n';
    expect(names(text).filter((r) => r.type === 'person').map((r) => r.text)).toEqual(['Tavin Orrel', 'Corvin Dallaway', 'Alwen Quelling']);
  });

  test('issue 13: a country\'s Olympic code that is an English word ("NOR", "AND") is the country after a competitor in a results list', () => {
    const text = 'SKIING - WORLD CUP\nTarnland\'s Tavin Kessane won the giant slalom on Saturday, his second World Cup win of the season, after the fastest second run. The race was held in fresh snow.\n' +
      'Results of men\'s giant slalom:\n1. Tavin Kessane (SUI) 2:28.41\n2. Tavin Orrel (NOR) 2:28.60\n3. Corvin Dallaway (AUT) 2:29.12\n';
    expect(names(text).filter((r) => r.type === 'place' && r.rule === 'place.country-code').map((r) => r.text)).toEqual(['SUI', 'NOR', 'AUT']);
  });
});
