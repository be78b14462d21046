import { names } from './helpers';

describe('team nicknames: a side called by a plural noun with a capital, "the Bobcats"', () => {
  const rows = (text: string) => names(text).filter((r) => r.type !== 'date').map((r) => [r.text, r.type, r.start, r.rule]);

  test('the nickname alone and after its school or town, once written with "the"', () => {
    const text = 'The Marlow State Bobcats beat the Owls 28-14 in the conference opener. The Bobcats quarterback threw three touchdowns, ' +
      'and Owls coach Dana Pell said his team was outplayed. The Calder Junction Fishermen won their league game.';
    expect(rows(text)).toEqual([
      ['Marlow State Bobcats', 'organization', 4, 'organization.team-nickname'],
      ['Owls', 'organization', 34, 'organization.team-nickname'],
      ['Bobcats', 'organization', 75, 'organization.team-nickname'],
      ['Owls', 'organization', 123, 'organization.team-nickname'],
      ['Dana Pell', 'person', 134, 'person.title'],
      ['Calder Junction Fishermen', 'organization', 177, 'organization.team-nickname'],
    ]);
  });

  test('a plural no list knows before a side\'s officer and a name ("Marnocks captain Orvil Kestel") is a nickname, and teaches its other mentions (issue 13)', () => {
    const text = 'Varnby beat Dunmark by five wickets in the final. Marnocks captain Orvil Kestel made 81 in the match. The Marnocks play again on Sunday.';
    expect(rows(text).filter((r) => r[1] === 'organization' && String(r[0]).includes('Marnocks'))).toEqual([
      ['Marnocks', 'organization', 50, 'organization.team-nickname'],
      ['Marnocks', 'organization', 106, 'organization.one-sense'],
    ]);
    // (not outside sport)
    expect(rows('The parish council met on Monday to talk about the budget. Marnocks captain Orvil Kestel spoke.').filter((r) => r[3] === 'organization.team-nickname')).toEqual([]);
  });

  test('not a golfer whose surname is a plural word, nor an event, nor outside sport', () => {
    const golf = 'Dana Woods won the golf tournament by two shots, and the striker scored. Woods said the Masters came next.';
    expect(rows(golf).filter((r) => r[1] === 'person' || r[3] === 'organization.team-nickname')).toEqual([
      ['Dana Woods', 'person', 0, 'person.given-name'],
      ['Woods', 'person', 73, 'person.surname-in-document'],
    ]);
    expect(rows('The Owls and the Bobcats met in the county hall to talk about the budget.').filter((r) => r[3] === 'organization.team-nickname')).toEqual([]);
  });
});
