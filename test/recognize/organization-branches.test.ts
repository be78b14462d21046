import { names } from './helpers';

describe('organization branches: a known body and the country or region it serves', () => {
  test('a listed body right before a country or a region is one name ("Greenpeace Southeast Asia", "Oxfam Peru"), also before "division"', () => {
    const text = 'Greenpeace Southeast Asia called the ruling a landmark. A spokesman for Oxfam Peru spoke, and the Oxfam Europe division agreed.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Greenpeace Southeast Asia', 'organization', 0, 25, 'organization.branch'],
      ['Oxfam Peru', 'organization', 72, 82, 'organization.branch'],
      ['Oxfam Europe', 'organization', 98, 110, 'organization.branch'],
    ]);
  });

  test('not with a word between them ("Oxfam said in China"), before a noun both describe ("the Oxfam China project"), nor in a headline', () => {
    const text = 'Oxfam said in China it would cut jobs. The Oxfam China project stalled.\nOXFAM CHINA PROFIT FALLS';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Oxfam', 'organization', 0, 5, 'organization.gazetteer'],
      ['China', 'place', 14, 19, 'place.gazetteer'],
      ['Oxfam', 'organization', 43, 48, 'organization.one-sense'],
      ['China', 'place', 49, 54, 'place.one-sense'],
      ['OXFAM', 'organization', 72, 77, 'organization.one-sense'],
      ['CHINA', 'place', 78, 83, 'place.one-sense'],
    ]);
  });
});

describe('organization head-place: a body\'s head noun run on into the country or region it serves', () => {
  test('one name in running text ("Glassworkers Association Tasmania", "the Pewter Council Norway"), also before a noun', () => {
    const text = 'The Glassworkers Association Tasmania said on Monday that the Pewter Council Norway reviewing panel had met.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Glassworkers Association Tasmania', 'organization', 4, 37, 'organization.head-place'],
      ['Pewter Council Norway', 'organization', 62, 83, 'organization.head-place'],
    ]);
  });

  test('not in a headline in capitals, nor with a city, which a college\'s name holds in its own step', () => {
    const text = 'LACEMAKERS GUILD NORWAY CUTS FEES\nShe taught at Quarrymen College Dublin.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['NORWAY', 'place', 17, 23, 'place.gazetteer'],
      ['Quarrymen College Dublin', 'organization', 48, 72, 'organization.head-noun'],
    ]);
  });
});
