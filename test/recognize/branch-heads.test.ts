// A body's head noun right before a country's name, the run of capitals ending there: the body and
// its branch are one name (recognize/organization-branches.ts). Invented bodies and sentences.
import { names } from './helpers';

const rows = (text: string) => names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule]);

describe('"<Body> <Head> <Country>" ending a run of capitals is one body', () => {
  test('"Evangelical Alliance Kenya said" (an ordinary word opening it, which the head-place rule leaves), not a town\'s region after a comma', () => {
    const text = 'Prices fell. Evangelical Alliance Kenya said the harvest was poor. She joined Ostermoor Clinic Rochester, Minn.';
    expect(rows(text).filter((r) => r[1] === 'organization')).toEqual([
      ['Evangelical Alliance Kenya', 'organization', 13, 39, 'organization.branch'],
    ]);
  });
});
