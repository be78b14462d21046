import { recognizeResultsTables } from '../../src/pipeline/recognize/results-tables';
import { names, run } from './helpers';

const STANDINGS =
  'SOCCER - HIGHLAND LEAGUE STANDINGS.\n' +
  'The striker scored and the goalkeeper saved a penalty as the league leaders won.\n' +
  'The table after three rounds, played, won, drawn, lost, for, against and points:\n' +
  'Gloria Vantor 3 2 1 0 7 2 7\n' +
  'Tarnley 3 1 1 1 4 4 4\n' +
  'Ashcombe Rovers 2 Kvarstad 1\n' +
  'Norway 2 Belgium 1\n';

describe('results tables: the names in standings rows and match results are clubs', () => {
  test('a standings row and a result line, countries left out', () => {
    expect(run(recognizeResultsTables, STANDINGS)).toEqual([
      { text: 'Gloria Vantor', type: 'organization', start: 198, end: 211, rule: 'organization.results-table' },
      { text: 'Tarnley', type: 'organization', start: 226, end: 233, rule: 'organization.results-table' },
      { text: 'Ashcombe Rovers', type: 'organization', start: 248, end: 263, rule: 'organization.results-table' },
      { text: 'Kvarstad', type: 'organization', start: 266, end: 274, rule: 'organization.results-table' },
    ]);
    // "Gloria" is a first name, but the row makes it a club; the national sides stay places
    expect(names(STANDINGS).filter((r) => ['Gloria Vantor', 'Norway', 'Belgium'].includes(r.text)).map((r) => `${r.type}:${r.text}`)).toEqual([
      'organization:Gloria Vantor',
      'place:Norway',
      'place:Belgium',
    ]);
  });

  test('a line that opens with an ordinary word is still a row: the word is the club', () => {
    const text = 'SOCCER - LOWLAND LEAGUE.\nThe striker scored and the goalkeeper saved a penalty.\n' +
      'Standings (played, won, drawn, lost, for, against, points):\nReading 3 2 1 0 8 3 7\nSale 2 Tarnley 1\nAttendance 16,000\n';
    expect(run(recognizeResultsTables, text)).toEqual([
      { text: 'Reading', type: 'organization', start: 140, end: 147, rule: 'organization.results-table' },
      { text: 'Sale', type: 'organization', start: 162, end: 166, rule: 'organization.results-table' },
      { text: 'Tarnley', type: 'organization', start: 169, end: 176, rule: 'organization.results-table' },
    ]);
  });

  test('results and fixtures inside a line; a pair of players is left alone', () => {
    const text = 'SOCCER - WEEKEND.\nThe striker and the goalkeeper shone in the league.\n' +
      'Played Saturday: Ashcombe 14 Tarnley Rovers 26. Fixtures: Leeds v Kvarstad, Anna Velev v Mira Holm.';
    expect(run(recognizeResultsTables, text).map((r) => `${r.text}:${r.start}`)).toEqual([
      'Ashcombe:87',
      'Tarnley Rovers:99',
      'Leeds:128',
      'Kvarstad:136',
    ]);
  });

  test('a country beside a club in a score is a club named as a country; two countries stay national sides', () => {
    const text = 'SOCCER - FRENCH LEAGUE.\nThe striker and the goalkeeper shone in the league.\n' +
      'Tarnley 0 Monaco 2\nNorway 2 Belgium 1\nPlayed Sunday: Ashcombe 1 Monaco 1, Norway 0 Belgium 0.';
    expect(names(text).filter((r) => ['Monaco', 'Norway', 'Belgium'].includes(r.text)).map((r) => `${r.type}:${r.text}`)).toEqual([
      'organization:Monaco',
      'place:Norway',
      'place:Belgium',
      'organization:Monaco',
      'place:Norway',
      'place:Belgium',
    ]);
    // both Monacos are the recognizer's own (the whole-line result and the one inside a line), not taught by one-sense
    expect(run(recognizeResultsTables, text).filter((r) => r.text === 'Monaco').map((r) => r.start)).toEqual([text.indexOf('Monaco'), text.lastIndexOf('Monaco')]);
  });

  test('a country row in a league table of clubs is a club; in a table of national sides it stays a place', () => {
    const league = 'SOCCER - FRENCH LEAGUE STANDINGS.\nThe striker and the goalkeeper shone in the league.\n' +
      'Tarnley 6 5 0 1 8 2 15\nVelmar 6 3 1 2 7 5 9\nMonaco 6 2 3 1 5 5 9\nAshcombe 6 0 2 4 3 9 2\n';
    expect(names(league).filter((r) => r.start > 80).map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Tarnley', 'organization', 86, 'organization.results-table'],
      ['Velmar', 'organization', 109, 'organization.results-table'],
      ['Monaco', 'organization', 130, 'organization.results-table'],
      ['Ashcombe', 'organization', 151, 'organization.results-table'],
    ]);
    // a qualifying group: the countries are national sides, and a table of two clubs proves no league
    const group = 'SOCCER - WORLD CUP QUALIFYING GROUP.\nThe striker and the goalkeeper shone.\n' +
      'Norway 6 5 0 1 8 2 15\nBelgium 6 3 1 2 7 5 9\nMonaco 6 2 3 1 5 5 9\nTarnley 6 0 2 4 3 9 2\n';
    expect(names(group).filter((r) => ['Norway', 'Belgium', 'Monaco'].includes(r.text)).map((r) => `${r.type}:${r.text}`)).toEqual([
      'place:Norway',
      'place:Belgium',
      'place:Monaco',
    ]);
  });

  test('a fixture list that wraps between the two sides', () => {
    const text = 'SOCCER - FIXTURES.\nThe league programme for the weekend:\nTarnley v\nAshcombe, Leeds v Kvarstad.';
    expect(run(recognizeResultsTables, text).map((r) => r.text)).toEqual(['Tarnley', 'Ashcombe', 'Leeds', 'Kvarstad']);
  });

  test("a row with an average is a player's", () => {
    const text = 'CRICKET - AVERAGES.\nThe batsman and the bowler topped the averages after the test.\nAnton Velev 4 6 1 287 112 57.40\n';
    expect(run(recognizeResultsTables, text)).toEqual([]);
  });

  test('results after a colon or a semicolon, an ordinary word opening each ("Results: Lens 2 Tarnley 0; Sale 1 Kvarstad 1")', () => {
    const text = 'Velmar won the league match 2-0 with two goals.\nResults: Lens 2 Tarnley 0; Sale 1 Kvarstad 1.';
    // (the pairs are read after the lines: sorted by offset here)
    expect(run(recognizeResultsTables, text).sort((a, b) => a.start - b.start).map((r) => [r.text, r.start, r.end])).toEqual([
      ['Lens', 57, 61],
      ['Tarnley', 64, 71],
      ['Sale', 75, 79],
      ['Kvarstad', 82, 90],
    ]);
  });

  test('a result with the first side\'s scorers in brackets: both sides are clubs, an ordinary word ("Harbour"), a first name or a country too', () => {
    const text = 'SOCCER - LOWLAND LEAGUE SUMMARIES.\nThe striker scored and the goalkeeper saved a penalty.\n' +
      'Tarnley 1 (Oskarsen 12th). 1-0. 8,100. Harbour 1 (Vorel 39th) Kvarstad 2 (Mero 10th, 88th). 0-1. 4,300.\n' +
      'Ashcombe 2 (Brandt 23rd, Dana Holm 31st) Marian 0. 1-0. 12,700. Kvarstad 3 (Ilic 5th) Andorra 1 (Tavi 61st).\n';
    expect(run(recognizeResultsTables, text).sort((a, b) => a.start - b.start).map((r) => [r.text, r.start, r.end])).toEqual([
      ['Harbour', 129, 136],
      ['Kvarstad', 152, 160],
      ['Ashcombe', 194, 202],
      ['Marian', 235, 241],
      ['Kvarstad', 258, 266],
      ['Andorra', 280, 287],
    ]);
  });

  test('a club\'s founding year is part of its name in results and standings ("1860 Orsberg", "Orsberg 1860")', () => {
    const text = 'SOCCER - HIGHLAND LEAGUE.\nThe striker scored and the goalkeeper saved a penalty.\n' +
      'Played Saturday: Kelsdorf 0 1860 Orsberg 2.\nStandings (played, won, drawn, lost, for, against, points):\n' +
      'Kelsdorf 6 4 1 1 12 5 13\n1860 Orsberg 6 2 1 3 8 11 7\nTarnley 1899 6 0 2 4 3 12 2\n';
    expect(run(recognizeResultsTables, text).sort((a, b) => a.start - b.start).map((r) => [r.text, r.start, r.end])).toEqual([
      ['Kelsdorf', 98, 106],
      ['1860 Orsberg', 109, 121],
      ['Kelsdorf', 185, 193],
      ['1860 Orsberg', 210, 222],
      ['Tarnley 1899', 238, 250],
    ]);
  });

  test('a year that opens a line where several lines open so is the row\'s, a roll of past finals, not a club\'s (review 18)', () => {
    const text = 'SOCCER - TARNLEY CUP.\nThe striker scored and the goalkeeper saved a penalty. Past finals:\n1923 Tarnley Rovers 2 Velmar United 0\n1924 Orsberg City 1 Kelsdorf Athletic 0\n1925 Ashcombe 1 Marlow Town 0\n';
    expect(run(recognizeResultsTables, text).sort((a, b) => a.start - b.start).map((r) => [r.text, r.start, r.end])).toEqual([
      ['Tarnley Rovers', 95, 109],
      ['Velmar United', 112, 125],
      ['Orsberg City', 133, 145],
      ['Kelsdorf Athletic', 148, 165],
      ['Ashcombe', 173, 181],
    ]);
  });
});
