import { brief, names } from './helpers';

describe('one sense per document', () => {
  test('a surname alone, sentence-initial and in an ALL-CAPS headline, after the full name', () => {
    const text = 'SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN.\nLONDON 1996-08-30\nAlan Shearer was named England captain. Shearer said he was delighted.';
    expect(names(text).filter((r) => r.type === 'person').map((r) => [r.text, r.rule])).toEqual([
      ['SHEARER', 'person.surname-in-document'],
      ['Alan Shearer', 'person.given-name'],
      ['Shearer', 'person.surname-in-document'],
    ]);
  });

  test('a surname that opens with a particle is taught whole', () => {
    expect(names('Police sought Omar Bin Rashed. Later Bin Rashed said he was abroad.').map((r) => [r.text, r.start, r.end, r.rule])).toEqual([
      ['Omar Bin Rashed', 14, 29, 'person.given-name'],
      ['Bin Rashed', 37, 47, 'person.surname-in-document'],
    ]);
  });

  test('a first name alone after the full name', () => {
    expect(brief('Karim Massimov spoke first. Later Karim left the room.')).toEqual(['person:Karim Massimov', 'person:Karim']);
  });

  test("a weak guess yields to the document's strong evidence", () => {
    // "to Ostrelo" alone would be a weak place; the document names Ostrelo as a person
    expect(names('Mr. Ostrelo arrived late. Reporters went to Ostrelo for comment.').map((r) => [r.type, r.text, r.rule])).toEqual([
      ['person', 'Ostrelo', 'person.title'],
      ['person', 'Ostrelo', 'person.one-sense'],
    ]);
  });

  test('a company with a legal form teaches its short name, but not an ordinary word', () => {
    expect(names('Lockheed Corp. and Hoylake Investments Ltd. agreed. Later Lockheed said Hoylake would pay. Giant Group Ltd. was a giant.').map((r) => [r.text, r.rule])).toEqual([
      ['Lockheed Corp.', 'organization.legal-suffix'],
      ['Hoylake Investments Ltd.', 'organization.legal-suffix'],
      ['Lockheed', 'organization.short-name'],
      ['Hoylake', 'organization.short-name'],
      ['Giant Group Ltd.', 'organization.legal-suffix'],
    ]);
  });

  test('a company short name drops business words and a country; a first name alone is the company when no person has it', () => {
    const text = 'Dorvan Products Inc. and Qelmar Australia Ltd. sued Justin Toys International Inc. Later Dorvan said Justin would pay Qelmar.';
    expect(names(text).map((r) => [r.text, r.start, r.end, r.rule])).toEqual([
      ['Dorvan Products Inc.', 0, 20, 'organization.legal-suffix'],
      ['Qelmar Australia Ltd.', 25, 46, 'organization.legal-suffix'],
      ['Justin Toys International Inc', 52, 81, 'organization.legal-suffix'],
      ['Dorvan', 89, 95, 'organization.short-name'],
      ['Justin', 101, 107, 'organization.short-name'],
      ['Qelmar', 118, 124, 'organization.short-name'],
    ]);
  });

  test('a first name that a person in the story has is not taught as the company', () => {
    expect(brief('Justin Toys Inc. hired Justin Webb. Justin said so.')).toEqual([
      'organization:Justin Toys Inc.',
      'person:Justin Webb',
      'person:Justin',
    ]);
  });

  test('a company named by an ordinary word: mid-sentence, or opening a sentence before a verb', () => {
    expect(names('Giant Group Ltd. bid for Aspen. Giant agreed to pay. Giant pandas live in zoos. Shares of Giant fell.').map((r) => [r.text, r.start, r.end, r.rule])).toEqual([
      ['Giant Group Ltd.', 0, 16, 'organization.legal-suffix'],
      ['Giant', 32, 37, 'organization.short-name'],
      ['Giant', 90, 95, 'organization.short-name'],
    ]);
  });

  test('a company whose first word has two capitalized halves teaches the first half', () => {
    expect(names('Vexa-Midi Group bid for the firm. The sale to Vexa needs approval.').map((r) => [r.text, r.start, r.end, r.rule])).toEqual([
      ['Vexa-Midi Group', 0, 15, 'organization.head-noun'],
      ['Vexa', 46, 50, 'organization.short-name'],
    ]);
  });

  test('a bracketed acronym takes the type of its name, and keeps it later', () => {
    expect(names('The plan came from the Committee for Public Safety (CPSX) in Varnavik. The CPSX said it would report.').map((r) => [r.type, r.text, r.rule])).toEqual([
      ['organization', 'Committee for Public Safety', 'organization.head-of'],
      ['organization', 'CPSX', 'organization.bracketed-acronym'],
      ['place', 'Varnavik', 'place.preposition'],
      ['organization', 'CPSX', 'organization.one-sense'],
    ]);
  });
});

describe('lists of names', () => {
  test('unknown one-word items of a list of persons are persons; known places stay places', () => {
    expect(brief('The squad: Halvey, Brennick, Dorsa, Roy Keane, Alan McLoughlin and Paris.')).toEqual([
      'person:Halvey',
      'person:Brennick',
      'person:Dorsa',
      'person:Roy Keane',
      'person:Alan McLoughlin',
      'place:Paris',
    ]);
  });

  test('a list with too few persons teaches nothing', () => {
    expect(brief('The brands Halvey, Brennick, Dorsa, Ostrel and Varnik sold well, said Roy Keane.')).toEqual(['person:Roy Keane']);
  });
});

describe('unknown names: the last, weak guess', () => {
  test('an unknown title-case name in running text is a person; an ordinary plural is not', () => {
    expect(names('Talks with Bohdan Ulihrach ended. Balls were going fast.').map((r) => [r.type, r.text, r.rule])).toEqual([
      ['person', 'Bohdan Ulihrach', 'person.unknown-name'],
    ]);
  });

  test('table abbreviations and contractions are no names', () => {
    expect(names("Shr loss $0.22 vs Chg 1.5. We'll see, I'm sure.")).toEqual([]);
  });
});
