// A body's head noun right before a country's name, the run of capitals ending there: the body and
// its branch are one name (recognize/organization-branches.ts). Invented bodies and sentences.
import { names } from './helpers';

const rows = (text: string) => names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule]);

describe('"<Body> <Head> <Country>" ending a run of capitals is one body', () => {
  test('"Quillane Farmers Alliance Kenya said", not before a noun the two describe, nor a town\'s region after a comma', () => {
    const text = 'Quillane Farmers Alliance Kenya said the harvest was poor. The Ostermoor Growers Alliance Kenya office shut. She joined Ostermoor Clinic Rochester, Minn.';
    expect(rows(text).filter((r) => r[4] === 'organization.branch')).toEqual([
      ['Quillane Farmers Alliance Kenya', 'organization', 0, 31, 'organization.branch'],
    ]);
  });
});
