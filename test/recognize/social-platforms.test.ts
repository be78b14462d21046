import { names } from './helpers';

describe('the platform X, by the words around the letter', () => {
  test('"on X", "via X", beside another platform, "X, formerly Twitter"; not a grade, a street or a name\'s letter', () => {
    const text =
      'She posted the video on X on Monday. Users of TikTok and X shared it; X, formerly Twitter, removed it. ' +
      'Dana X. Vell spoke. Grade X steel is hard. Police closed X Street. The bolt on X is loose.';
    expect(names(text).map((r) => [r.text, r.start, r.end, r.type, r.rule])).toEqual([
      ['X', 24, 25, 'organization', 'organization.platform'],
      ['TikTok', 46, 52, 'organization', 'organization.company-context'],
      ['X', 57, 58, 'organization', 'organization.platform'],
      ['X', 70, 71, 'organization', 'organization.platform'],
      ['Twitter', 82, 89, 'organization', 'organization.gazetteer'],
      ['Dana X. Vell', 103, 115, 'person', 'person.given-name'],
      ['X Street', 160, 168, 'place', 'place.head-noun'],
    ]);
  });

  test('the platform ending a sentence is no initial of a person ("on TikTok and X. Internet monitors ...")', () => {
    const text = 'Protesters organised on TikTok and X. Internet monitors saw outages.';
    expect(names(text).map((r) => [r.text, r.start, r.end, r.type, r.rule])).toEqual([
      ['TikTok', 24, 30, 'organization', 'organization.camel-case'],
      ['X', 35, 36, 'organization', 'organization.platform'],
    ]);
  });
});
