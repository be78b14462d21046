import { brief, names } from './helpers';

describe("possessive names: a one-word name with \"'s\" and no noun after it is a firm", () => {
  test("a verb, a conjunction or a full stop after the \"'s\" ends the name", () => {
    const text = "The chain Quillon's opened a store. Quillon's and Dunmere's agreed. The bonds were cut by Fennick's.";
    // ("The chain Quillon's": the chain's noun labels it first, company-context.ts)
    expect(names(text)).toEqual([
      { text: "Quillon's", type: 'organization', start: 10, end: 19, rule: 'organization.company-context' },
      { text: "Quillon's", type: 'organization', start: 36, end: 45, rule: 'organization.company-context' },
      { text: "Dunmere's", type: 'organization', start: 50, end: 59, rule: 'organization.possessive-name' },
      { text: "Fennick's", type: 'organization', start: 90, end: 99, rule: 'organization.possessive-name' },
    ]);
  });

  test("not a possessive before a noun, a name the story writes alone, a person's, after a copula, a disease, a work", () => {
    const text = "Velcom said its screen beats Velcom's. Tarrant's garden flooded. Verdi's \"Requiem\" followed. " +
      "A friend of Ada Brenn's, he said. The choice was Kessler's. St. Kellan's was full. Parkinson's is incurable.";
    expect(brief(text)).toEqual(['organization:Velcom', 'organization:Velcom', 'person:Ada Brenn']);
  });
});
