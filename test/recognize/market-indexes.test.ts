import { brief, names } from './helpers';

describe('stock market indexes are left out', () => {
  test('"the Dow Jones Industrial Average", "the Nasdaq composite", "the Nikkei index": no rows', () => {
    const text = 'The Dow Jones Industrial Average rose 40 points, the Nasdaq composite fell and the Nikkei index was flat. Dow Jones & Co. publishes the average.';
    expect(brief(text)).toEqual(['organization:Dow Jones & Co.']);
  });

  test('an exchange stays: "the Harbor Stock Exchange index", and "composite trading" is trading: "In Nasdaq composite trading"', () => {
    const text = 'In Harbor Stock Exchange composite trading, Velmor shares rose. The Harbor Stock Exchange index fell. In Nasdaq composite trading, Tarnley shares fell.';
    expect(brief(text)).toEqual([
      'organization:Harbor Stock Exchange', 'organization:Velmor', 'organization:Harbor Stock Exchange', 'organization:Nasdaq', 'organization:Tarnley',
    ]);
  });

  test('a one-word name with an index\'s size after it is the index: "the VKX 500", "VKX 500 futures"; not a product\'s model', () => {
    const at = (text: string) => names(text).map((r) => `${r.type}:${r.text}@${r.start}`);
    expect(at('Traders bought VKX 500 futures. The fund tracks the VKX 500. VKX said so.')).toEqual(['organization:VKX@61']);
    expect(at('VKX said so. VKX 500 tires wore out.')).toEqual(['organization:VKX@0', 'organization:VKX@13']);
  });

  test('"average" after a name is an index word only capitalized or after "industrial": "the EU average" stays', () => {
    expect(brief('Wages in Greece are a third of the EU average.')).toEqual(['place:Greece', 'organization:EU']);
  });
});
