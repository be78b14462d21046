import { names } from './helpers';

describe('a club\'s town letters in brackets (refine/club-brackets.ts)', () => {
  test('issue 13: in a sports story, one or two capitals in brackets after a club are its name\'s, and no body of their own', () => {
    const story = 'SOCCER - VELKAN FIRST DIVISION RESULTS.\nTARNBY 1996-08-24\nResults of Velkan first division soccer matches played on Saturday:\n' +
      'Orvalia 2 Kessin 1\nBrenmoor 1 Kessin (N) 2\nOrvalia (BJ) 0 Brenmoor 0\nStandings: Kessin (N) 3 2 1 0 5 2 7\n';
    const clubs = names(story).filter((r) => r.type === 'organization').map((r) => [r.text, r.start, r.end]);
    expect(clubs).toEqual(expect.arrayContaining([['Kessin (N)', 156, 166], ['Orvalia (BJ)', 169, 181], ['Kessin (N)', 206, 216]]));
    expect(clubs.map(([text]) => text)).not.toContain('BJ');
  });

  test('outside sports a bracket after a body is no part of its name', () => {
    const text = 'The Velkan National Congress (N) won the vote, the Velkan National Congress said.';
    expect(names(text).filter((r) => r.type === 'organization').map((r) => [r.text, r.start, r.end])).toEqual([
      ['Velkan National Congress', 4, 28],
      ['Velkan National Congress', 51, 75],
    ]);
  });
});
