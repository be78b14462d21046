// Trade bodies (recognize/trade-bodies.ts): a capitalized trade or public service and the place it serves.
import { names } from './helpers';
describe('trade bodies: a capitalized trade and the place it serves', () => {
  test('"Archives New Zealand", "Transport for Wales", "the Restaurants Canada group"; not the trade in lower case', () => {
    const text = 'Records held by Archives New Zealand were lost. Transport for Wales cut trains, and the Restaurants Canada group agreed. Fans of cricket Australia cheered.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Archives New Zealand', 'organization', 16, 36, 'organization.trade-body'],
      ['Transport for Wales', 'organization', 48, 67, 'organization.trade-body'],
      ['Restaurants Canada', 'organization', 88, 106, 'organization.trade-body'],
      ['Australia', 'place', 137, 146, 'place.gazetteer'],
    ]);
  });

  test('a trade that is a mass noun opening the sentence is the noun, unless the body speaks right after the place ("Water Kenya said")', () => {
    expect(names('Water Kenya is scarce in the dry season.').filter((r) => r.type === 'organization')).toEqual([]);
    expect(names('Water Kenya said the dams were full.').map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([['Water Kenya', 'organization', 0, 11, 'organization.trade-body']]);
  });

  test('issue 13: the colleges\' peak body is named by them and the province or country they serve ("Colleges Ontario")', () => {
    expect(names('Colleges Ontario, which speaks for the public colleges, said the cut was too deep.').map((r) => [r.text, r.type, r.rule])).toEqual([['Colleges Ontario', 'organization', 'organization.trade-body']]);
  });
});

describe('issue 13: employment, immigration and enterprise agencies and sports\' bodies named by the place they serve', () => {
  test('"Employment New Zealand", "Curling Canada"', () => {
    const text = 'The case was brought by Employment New Zealand. Curling Canada said the team had sent a letter.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Employment New Zealand', 'organization', 24, 46, 'organization.trade-body'],
      ['Curling Canada', 'organization', 48, 62, 'organization.trade-body'],
    ]);
  });
});
