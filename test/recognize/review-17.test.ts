// Review 17's cases: rules of the eleventh session that misfired on ordinary news, each with the
// sentence that showed it (invented) and what the rule gives now.
import { brief, names } from './helpers';

const spans = (text: string) => names(text).map((r) => [r.text, r.type, r.start, r.end]);

describe('review 17: a first name and an unknown word after "in" is a place only where nothing says person', () => {
  test('a surname the story writes alone is the person ("interest in Dana Okorafor ... Okorafor, 19"); the place\'s own apposition keeps it a place', () => {
    expect(spans('Scouts showed interest in Dana Okorafor after the match. Okorafor, 19, scored twice.')).toEqual([
      ['Dana Okorafor', 'person', 26, 39],
      ['Okorafor', 'person', 57, 65],
    ]);
    expect(spans('Rain fell in Dorla Vesk, a small town near the coast.')).toEqual([['Dorla Vesk', 'place', 13, 23]]);
  });
});

describe('review 17: "X, based in Y" is no firm where the story says person', () => {
  test('a surname written alone later or a pronoun after it keeps the correspondent a person', () => {
    expect(spans('Vuko Brandl, based in Belgrade, said the talks failed. Brandl, 54, said he would run again.')).toEqual([
      ['Vuko Brandl', 'person', 0, 11],
      ['Belgrade', 'place', 22, 30],
      ['Brandl', 'person', 55, 61],
    ]);
    expect(brief('Okafor, based in Abuja, said he would appeal.')).toEqual(['place:Abuja']);
  });
});

describe('review 17: narrower name shapes', () => {
  test('a month after "the end of" is the time, after "a photo of" a first name', () => {
    expect(brief('At the end of June Tarvolin will close its plant. He showed a photo of June Abernathy.')).toEqual(['person:June Abernathy']);
  });

  test('"Christian" before a plural is a creed, no first name', () => {
    expect(brief('Christian Zionists lobbied the council.')).toEqual([]);
  });

  test('an accented legal form ("Sàrl") keeps its flag; a listed place after "of" and a title\'s word stays whole', () => {
    expect(spans('Velmar Conseil Sàrl said profits rose. She studied at the University of Prince Edward Island.')).toEqual([
      ['Velmar Conseil Sàrl', 'organization', 0, 19],
      ['University of Prince Edward Island', 'organization', 58, 92],
    ]);
  });

  test('"Against" joins no two names in a headline; "joined the X family" is no family\'s name; a hometown after "of" is no firm', () => {
    expect(brief('Dockers Union Against Korvane Takeover, Says Leader')).toEqual(['organization:Dockers Union']);
    expect(brief('Tarvex Ltd said it hired Ivo Marsh. He joined the Tarvex family in 2019.')).toEqual(['organization:Tarvex Ltd', 'person:Ivo Marsh']);
    expect(brief('Dana Kerrigan of Warren Tolby won the lottery.')).toEqual(['person:Dana Kerrigan', 'person:Warren Tolby']);
  });

  test('"Rua" before a surname and a hyphenated surname with a particle are no places', () => {
    expect(brief('Rua Tavares said the strike would go on.')).toEqual(['person:Rua Tavares']);
    expect(brief('Perez-de-Tudela said the bank would appeal.')).toEqual([]);
  });
});
