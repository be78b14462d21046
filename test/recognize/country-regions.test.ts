import { names } from './helpers';

describe('a country or a state and its region named after it (refine/country-regions.ts)', () => {
  test('issue 13: "U.S. Midwest", "Texas Panhandle" are one place, the region', () => {
    const places = (text: string) => names(text).filter((r) => r.type === 'place').map((r) => [r.text, r.rule]);
    expect(places('Hog prices in the U.S. Midwest were steady on Tuesday.')).toEqual([['U.S. Midwest', 'place.country-region']]);
    expect(places('Rains fell over the Texas Panhandle on Monday.')).toEqual([['Texas Panhandle', 'place.country-region']]);
  });

  test('a country before another word or a region not touching it stays the country', () => {
    const places = (text: string) => names(text).filter((r) => r.type === 'place').map((r) => r.text);
    expect(places('Farmers in the U.S. and the Midwest waited.')).toEqual(['U.S.', 'Midwest']);
  });

  test('a name the region\'s word opens is no region: "the U.S. Gulf War" keeps the country alone', () => {
    const places = (text: string) => names(text).filter((r) => r.type === 'place').map((r) => [r.text, r.rule]);
    expect(places('Veterans of the U.S. Gulf War marched.')).toEqual([['U.S.', 'place.gazetteer']]);
  });
});
