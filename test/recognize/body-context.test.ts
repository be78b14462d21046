import { brief, names } from './helpers';

describe('bodies known by the words around one mention', () => {
  test('an outlet someone told, closing the clause, in every mention; not a person of the story, nor a title', () => {
    expect(names('"We will win," Ivo Brenn told Tarvex by telephone. Tarvex said later that the talks had failed.').map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Ivo Brenn', 'person', 15, 'person.speech-verb'],
      ['Tarvex', 'organization', 30, 'organization.body-context'],
      ['Tarvex', 'organization', 51, 'organization.body-context'],
    ]);
    expect(brief('The strike will go on, union leader Dana Kerr told Velmorin.')).toEqual(['person:Dana Kerr', 'organization:Velmorin']);
    // a person of the story, a title before a name, a name that goes on
    expect(brief('Ivo Brenn met the minister. Later he told Brenn.')).toEqual(['person:Ivo Brenn', 'person:Brenn']);
    expect(brief('The clerk told Mr. Orvane to wait.')).toEqual(['person:Orvane']);
  });

  test('a body whose sources speak for it', () => {
    expect(names('The talks failed on Monday, Velkor sources said.').map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Velkor', 'organization', 28, 'organization.body-context'],
    ]);
  });
});
