import { isSportsStory } from '../../src/pipeline/recognize/sports';
import { brief, docOf, names } from './helpers';

const CRICKET =
  'CRICKET - LEICESTERSHIRE TAKE OVER AT TOP.\n' +
  'Leicestershire beat Somerset by an innings and 39 runs at Grace Road on Friday. Somerset captain Andrew ' +
  'Hayhurst said the wickets fell too fast. Leicestershire 22 points, Somerset 4.';

describe('sports teams: a town in a sports story names its club', () => {
  test('the story is recognized as sport only with strong sports words', () => {
    expect(isSportsStory(docOf(CRICKET))).toBe(true);
    expect(isSportsStory(docOf('The party won the title of largest bloc and lost points in the final round of talks.'))).toBe(false);
  });

  test('teams by context (beat, captain, score), the venue stays a place, the headline follows the body', () => {
    expect(brief(CRICKET)).toEqual([
      'organization:LEICESTERSHIRE',
      'organization:Leicestershire',
      'organization:Somerset',
      'place:Grace Road',
      'organization:Somerset',
      'person:Andrew Hayhurst',
      'organization:Leicestershire',
      'organization:Somerset',
    ]);
  });

  test('club name patterns and results tables', () => {
    const text = 'SOCCER - ENGLISH LEAGUE RESULTS.\nDivision two: Bristol City 4 Luton Town 1, Stoke 2 Fulham 0. ' +
      'The halftime score was level and the striker scored late for Stoke.';
    expect(brief(text)).toEqual([
      'organization:ENGLISH LEAGUE',
      'organization:Bristol City',
      'organization:Luton Town',
      'organization:Stoke',
      'organization:Fulham',
      'organization:Stoke',
    ]);
  });

  test('a time, a distance or bowling figures after a name are an athlete\'s, not a score', () => {
    const text = 'CYCLING - TOUR RESULTS.\nThe sprint and the tournament: 9. Korvensen 1:34 10. Skibby 1:45. ' +
      'Bowling: Dharmasena 9-0-49-1. The striker scored twice and the goalkeeper was beaten.';
    expect(names(text).filter((r) => r.type === 'organization')).toEqual([]);
  });

  test('the ground before a colon in a results line is a place', () => {
    const text = 'CRICKET - COUNTY SCORES.\nThe bowler took six wickets and the batsman made 80 as the innings closed. ' +
      'Ashvale: Sussex 363. At Tunbridge Wells: Kent 108.';
    expect(brief(text)).toEqual(['place:Ashvale', 'organization:Sussex', 'place:Tunbridge Wells', 'organization:Kent']);
  });

  test('outside sports stories towns stay places', () => {
    expect(names('Leicestershire council raised taxes in Somerset.').map((r) => r.type)).toEqual(['place', 'place']);
  });
});
