import { names } from './helpers';

describe('organization branches: a known body and the country or region it serves', () => {
  test('a listed body right before a country or a region is one name ("Greenpeace Southeast Asia", "Shell Canada"), also before "division"', () => {
    const text = 'Greenpeace Southeast Asia called the ruling a landmark. A vice president of Shell Canada spoke, and the Shell Europe division agreed.';
    expect(names(text).filter((r) => r.type !== 'place').map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Greenpeace Southeast Asia', 'organization', 0, 25, 'organization.branch'],
      ['Shell Canada', 'organization', 76, 88, 'organization.branch'],
      ['Shell Europe', 'organization', 104, 116, 'organization.branch'],
    ]);
  });

  test('not with a word between them ("Shell said in China"), before a noun both describe ("the Shell China project"), nor in a headline', () => {
    const text = 'Shell said in China it would cut jobs. The Shell China project stalled.\nSHELL CHINA PROFIT FALLS';
    expect(names(text).filter((r) => r.rule === 'organization.branch')).toEqual([]);
    expect(names(text).map((r) => [r.text, r.type]).slice(0, 4)).toEqual([
      ['Shell', 'organization'],
      ['China', 'place'],
      ['Shell', 'organization'],
      ['China', 'place'],
    ]);
  });
});
