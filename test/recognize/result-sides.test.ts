import { names } from './helpers';

const bySidesRule = (text: string) => names(text).filter((r) => r.rule === 'organization.result-sides').map((r) => [r.text, r.start, r.end]);

describe('the two sides of a result are of one kind', () => {
  test('two names no list knows around "beat" and one score (its half-time in brackets) are both clubs, with their offsets', () => {
    const text = 'BASKETBALL - LEAGUE RESULTS.\nOSLO 1997-03-04\nResults of league games on Tuesday: Orvalia Brenvik beat Kessin Tavrel 88-79 (40-41 half-time).';
    expect(names(text).filter((r) => r.type === 'organization').map((r) => [r.text, r.start, r.end, r.rule])).toEqual([
      ['Orvalia Brenvik', 81, 96, 'organization.result-sides'],
      ['Kessin Tavrel', 102, 115, 'organization.sports-team'],
    ]);
  });

  test('not players: a match of sets, or a surname the story gives a person', () => {
    expect(bySidesRule('BADMINTON - OPEN RESULTS.\nOSLO 1997-03-04\nResults of the open on Tuesday: Orvalia Brenvik beat Kessin Tavrel 21-15, 21-18.')).toEqual([]);
    expect(bySidesRule('CYCLING - WORLD CHAMPIONSHIPS.\nOSLO 1997-03-04\nResults of the sprint: Semi-final: Ivo Brenvik (Norway) beat Tomas Olstad (Sweden) 2-0. Final: Brenvik beat Olstad 2-0.')).toEqual([]);
  });

  test('not players, where an earlier rule reads a side as a person or its last word is a known surname (review-22)', () => {
    const text = 'SNOOKER - OPEN RESULTS.\nOSLO 1997-03-04\nFirst round: Tarvo Oguns beat Brenvik Gallagher 5-2.';
    expect(bySidesRule(text)).toEqual([]);
    expect(names(text).filter((r) => r.type !== 'place').map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['Tarvo Oguns', 'person', 53, 64],
      ['Brenvik Gallagher', 'person', 70, 87],
    ]);
  });
});
