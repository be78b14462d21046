import { names } from './helpers';

describe("possessive names: a one-word name with \"'s\" and no noun after it is a firm", () => {
  test("a verb, a conjunction or a full stop after the \"'s\" ends the name", () => {
    const text = "The auction house Quillon's pleaded guilty. The ring was Quillon's and Dunmere's. The bonds were cut by Fennick's.";
    expect(names(text)).toEqual([
      { text: "Quillon's", type: 'organization', start: 18, end: 27, rule: 'organization.possessive-name' },
      { text: "Quillon's", type: 'organization', start: 57, end: 66, rule: 'organization.possessive-name' },
      { text: "Dunmere's", type: 'organization', start: 71, end: 80, rule: 'organization.possessive-name' },
      { text: "Fennick's", type: 'organization', start: 104, end: 113, rule: 'organization.possessive-name' },
    ]);
  });

  test("not a possessive before a noun, a name the story writes alone, a person's, a disease, a work", () => {
    const text = "Velcom said its screen beats Velcom's. Quillon's shares rose. Tarrant's \"Air\" followed. " +
      "A friend of Ada Brenn's, he said. St. Kellan's was full. Parkinson's was induced.";
    expect(names(text).filter((r) => r.rule === 'organization.possessive-name')).toEqual([]);
  });
});
