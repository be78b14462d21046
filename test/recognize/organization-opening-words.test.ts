// An ordinary word with a capital in mid-sentence opens the organization named after it
// (refine/organization-opening-words.ts). Invented names and sentences.
import { names } from './helpers';

const FIRM = 'Velmora Holdings Ltd. said on Monday it would sell its farm unit. ';
const orgs = (text: string) => names(text).filter((r) => r.type === 'organization').map((r) => r.text);

describe('an ordinary word before an organization', () => {
  test('opens its name where it has a capital in mid-sentence, with exact offsets', () => {
    const text = `${FIRM}The farm unit goes to Rural Velmora, a lender.`;
    const found = names(text).filter((r) => r.type === 'organization').map((r) => [r.text, r.start, r.end]);
    expect(found).toEqual([
      ['Velmora Holdings Ltd.', 0, 21],
      ['Rural Velmora', 88, 101],
    ]);
  });

  test('also in a list after a comma', () => {
    expect(orgs(`${FIRM}Investors in Veskor Bank, Rural Velmora and others were told.`)).toContain('Rural Velmora');
  });

  test('not where it ends another run of capitals', () => {
    const found = orgs(`${FIRM}He runs the Tarnley Heights Velmora fund, and the unit goes to Rural Velmora.`);
    expect(found).not.toContain('Heights Velmora');
    expect(found).toContain('Rural Velmora');
  });

  test('not a number word, nor a people', () => {
    const found = orgs(`${FIRM}He ran the Second Velmora fund and a Kenyan Velmora office; the unit goes to Rural Velmora.`);
    expect(found).not.toContain('Second Velmora');
    expect(found).not.toContain('Kenyan Velmora');
    expect(found).toContain('Rural Velmora');
  });
});

describe('issue 13: a party\'s adjective before a chamber', () => {
  test('"the Democratic House speaker": a party\'s adjective does not open the chamber\'s name', () => {
    expect(names('Senators met Ivo Brekka, the Democratic House speaker, on Monday.').filter((r) => r.type === 'organization').map((r) => r.text)).toEqual(['House']);
  });
});
