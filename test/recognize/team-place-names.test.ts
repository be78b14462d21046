// A side named by its nickname after a place's words no list knows is called by those words alone
// too (refine/one-sense.ts, organization.team-place-name). Invented sides, people and sentences.
import { names } from './helpers';

const rows = (text: string) => names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule]);

describe('a side called by its place words alone', () => {
  test('"Tarnby Heights" after "the Tarnby Heights Ravens" is the side, not a place; after "from" the place', () => {
    const text =
      'The Tarnby Heights Ravens beat the Orsk Valley Otters 21-14 in the conference final on Saturday. Tarnby Heights led 14-0 at half-time, and fans from Orsk Valley left early. The Ravens quarterback threw two touchdown passes, and coach Dana Kerrow said the defense won the game.';
    expect(rows(text)).toEqual([
      ['Tarnby Heights Ravens', 'organization', 4, 25, 'organization.team-nickname'],
      ['Orsk Valley Otters', 'organization', 35, 53, 'organization.team-nickname'],
      ['Tarnby Heights', 'organization', 97, 111, 'organization.team-place-name'],
      ['Orsk Valley', 'place', 149, 160, 'place.head-noun'],
      ['Ravens', 'organization', 177, 183, 'organization.club'],
      ['Dana Kerrow', 'person', 234, 245, 'person.title'],
    ]);
  });
});
