import { names } from './helpers';

describe('a party called by its members in the plural (issue 13)', () => {
  const parties = (text: string) => names(text).filter((r) => r.rule === 'organization.party-plural').map((r) => [r.text, r.start]);
  test('"the Liberals", "the Conservatives" and a seat count ("Liberals 41,") in a story of a vote are the parties', () => {
    const text = 'The Liberals gained nine seats in the vote, and the Conservatives lost four. Seats before the vote: Liberals 41, Conservatives 38; Greens 2.';
    expect(parties(text)).toEqual([['Liberals', 4], ['Conservatives', 52], ['Liberals', 100], ['Conservatives', 113]]);
  });
  test('not the people of those views without "the", nor a longer name, nor a story of no vote', () => {
    expect(parties('Conservatives question the studies, and many voters agree. The Young Conservatives met in the vote hall.')).toEqual([]);
    expect(parties('The Conservatives of the village garden club met on Monday.')).toEqual([]);
  });
});
