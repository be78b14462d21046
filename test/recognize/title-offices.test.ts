import { recognizeTitleOffices } from '../../src/pipeline/recognize/title-offices';
import { brief, names, run } from './helpers';

describe("institutions named by a title and a possessive", () => {
  test("\"the Prosecutor's Office\", \"the Attorney General's Office\", a county sheriff's: one organization, title included", () => {
    const text = "The Prosecutor's Office said the Attorney General's Office and the Harlow County Sheriff's Department agreed.";
    expect(names(text)).toEqual([
      { text: "Prosecutor's Office", type: 'organization', start: 4, end: 23, rule: 'organization.title-office' },
      { text: "Attorney General's Office", type: 'organization', start: 33, end: 58, rule: 'organization.title-office' },
      { text: "Harlow County Sheriff's Department", type: 'organization', start: 67, end: 101, rule: 'organization.title-office' },
    ]);
  });

  test("a lower-case office is a description, and a person's office stays the person's", () => {
    expect(brief("The prosecutor's office, the prosecutor's Office and Ann Vell's Office declined to comment.")).toEqual(['person:Ann Vell']);
  });

  test('party nicknames are organizations', () => {
    expect(brief('The Tories and the Lib Dems voted against; the Dems abstained.')).toEqual([
      'organization:Tories',
      'organization:Lib Dems',
      'organization:Dems',
    ]);
  });

  test('a magistrate\'s court is an institution ("the Velmar Magistrate\'s Court"); another title\'s court is a building ("the King\'s Court")', () => {
    const text = "All three appeared in the Velmar Magistrate's Court on Thursday. The King's Court was full.";
    expect(run(recognizeTitleOffices, text)).toEqual([
      { text: "Velmar Magistrate's Court", type: 'organization', start: 26, end: 51, rule: 'organization.title-office' },
    ]);
  });
});
