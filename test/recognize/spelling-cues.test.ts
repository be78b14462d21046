import { recognizeSpellingCues } from '../../src/pipeline/recognize/spelling-cues';
import { names, run } from './helpers';

describe('spelling cues: a name\'s other spelling takes the type of the name before it', () => {
  test('"spelled X", "X as the papers spell it", "or X as his colleagues call him": a person\'s; "also spelled X" after a town: a place', () => {
    const text = 'Police held a reporter, Hasan Velik Orkut, spelled Örküt by his paper. The minister Tarun Prasad Velu, Taroon as the papers spell it, ' +
      'promised aid. Mister Varlik-Osman, or Varlik as his colleagues call him, may win. Troops left Kyiv, also spelled Kiev, on Monday.';
    expect(names(text).filter((r) => r.rule.endsWith('.spelling')).map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['Örküt', 'person', 51, 56],
      ['Taroon', 'person', 103, 109],
      ['Varlik', 'person', 172, 178],
      ['Kiev', 'place', 247, 251],
    ]);
  });

  test('a capitalized word between the name found and the cue is the name spelled: the name before it lends no type', () => {
    // ('Velkor' would make 'Tamzin' a body, 'Kabul' a place; 'Srivellan' is still found as the
    // weak name's variant by the refiners)
    const text = 'Then a Velkor official said Tamsin, written Tamzin in some papers, had resigned. Troops reached Kabul and freed Tarvo Srivelan, who some spell Srivellan, on Monday.';
    expect(names(text).filter((r) => r.text === 'Tamzin' || r.text === 'Srivellan').map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Srivellan', 'person', 143, 'person.spelling-variant'],
    ]);
    // review 14: a nationality between is no name spelled
    expect(names('The envoy Hasan Kervanli, whose name Turkish papers spell Kervanlı, arrived.').filter((r) => r.rule.endsWith('.spelling')).map((r) => [r.text, r.type, r.start])).toEqual([
      ['Kervanlı', 'person', 58],
    ]);
  });

  test('the word before the cue is a word of a person the story names ("Shchelgin, spelled Schelgyov"); an Arabic article in lower case ("spelled al-Harmy")', () => {
    const text = 'Governor Pavel Shchelgin said the plant would close. Shchelgin, spelled Schelgyov in some reports, was accused. Owner Omar bin Sultan al-Harmi agreed. Al-Harmi, also spelled al-Harmy in the racecard, bought the colt.';
    expect(names(text).filter((r) => r.rule.endsWith('.spelling')).map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['Schelgyov', 'person', 72, 81],
      ['al-Harmy', 'person', 174, 182],
    ]);
  });

  test('no name before it in the sentence, no spelling: "The word is spelled Colour in Britain"', () => {
    expect(run(recognizeSpellingCues, 'The word is spelled Colour in Britain.')).toEqual([]);
  });
});

describe('a nickname after ", known as"', () => {
  test('takes the type of the name right before its comma (an age between too), its small words with it; not of a place further back (the group\'s noun names a body)', () => {
    const text = 'Tiago Velaz Orrin, 51, known as "El Tarvo", was held. Tomas Moura, known to fans as "Zito do Vale", scored. The Lisbon-based group, known as Cenvar, grew.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Tiago Velaz Orrin', 'person', 0, 17, 'person.given-name'],
      ['El Tarvo', 'person', 33, 41, 'person.spelling'],
      ['Tomas Moura', 'person', 54, 65, 'person.given-name'],
      ['Zito do Vale', 'person', 85, 97, 'person.spelling'],
      ['Lisbon', 'place', 112, 118, 'place.gazetteer'],
      ['Cenvar', 'organization', 141, 147, 'organization.spelling'],
    ]);
  });
});

describe('words that say a person is called so (issue 13)', () => {
  test('"the pen name", "stage name", "goes by", "records as", "gave his name only as", "called her" make the name after them a person, in quotes or not', () => {
    const text = 'He wrote under the pen name "Sondar" for years. The rapper, who records as Vezza, won. A manager, who gave his name only as Tarik, said so. Friends called her Orlisa. The host, who goes by "Kesto Dunvick" on air, spoke.';
    expect(names(text).filter((r) => r.rule === 'person.name-cue').map((r) => [r.text, r.start, r.end])).toEqual([
      ['Sondar', 29, 35],
      ['Vezza', 75, 80],
      ['Tarik', 124, 129],
      ['Orlisa', 159, 165],
      ['Kesto Dunvick', 190, 203],
    ]);
  });

  test('not a title or an ordinary word after the cue ("called him Master of the Rolls"), nor "first name"', () => {
    const text = 'The judges called him Master of the Rolls. He is known by his first name Orlisa.';
    expect(names(text).filter((r) => r.rule === 'person.name-cue')).toEqual([]);
  });
});

describe('a body\'s noun before ", known as"', () => {
  test('"the company, known as Celvamar," names a body; "Tarvesa Hermanos" ends in "brothers" in Spanish; "Doña" is a title outside the name', () => {
    const text = 'Customers sued the company, known as Celvamar, in May. Tarvesa Hermanos closed its mill. His wife, Doña Marta Quell, spoke.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Celvamar', 'organization', 37, 45, 'organization.spelling'],
      ['Tarvesa Hermanos', 'organization', 55, 71, 'organization.head-noun'],
      ['Marta Quell', 'person', 104, 115, 'person.title'],
    ]);
  });
});

describe('nicknames: a name someone is known or called by is a person\'s, and the story\'s other mentions of it too', () => {
  const cued = (text: string) => names(text).filter((r) => r.text === 'Tumbo' || r.text === 'Pellucci' || r.text === 'Tarsello' || r.text === 'Dorvasco' || r.text === 'Kessaro').map((r) => [r.text, r.type]);
  test('"who was known as X", "the left winger known throughout Marvuko as X", and X alone later in the story', () => {
    const text = 'Ondrich Velani, the left winger known throughout Marvuko as Tumbo whose runs lit up the side, died. Tumbo was born in 1941. ' +
      'His teammate, who was known as Pellucci, wept.';
    expect(cued(text)).toEqual([['Tumbo', 'person'], ['Tumbo', 'person'], ['Pellucci', 'person']]);
  });
  test('\'Known to two generations of dockers as "Tarsello," Velani was born ...\', \'known to her pupils simply as "Dorvasco,"\', \'called him "Kessaro."\'', () => {
    const text = 'He was 71. Known to two generations of dockers as "Tarsello," Velani was born in 1943. ' +
      'Anna Gruffel, a teacher who trained champions and was known to her pupils simply as "Dorvasco," died on Monday. ' +
      'Those who served under him called him "Kessaro." "Kessaro never shouted," one said.';
    expect(cued(text)).toEqual([['Tarsello', 'person'], ['Dorvasco', 'person'], ['Kessaro', 'person'], ['Kessaro', 'person']]);
  });
  test('\'Known to ... as "X," Name\' as the story\'s very first words (review24: the scan began at its second token)', () => {
    expect(cued('Known to two generations of dockers as "Tarsello," Velani was born in 1943.')).toEqual([['Tarsello', 'person']]);
  });
  test('\'GRUFFEL, Ondrich James ("Tumbo").\' in a death notice; not a nickname inside the name, \'Judge Ondrich ("Iron Tumbo") Gruffel\'', () => {
    expect(cued('GRUFFEL, Ondrich James ("Tumbo"). Peacefully at home on July 9.')).toEqual([['Tumbo', 'person']]);
    expect(names('Judge Ondrich ("Iron Tumbo") Gruffel sentenced him.').filter((r) => r.rule === 'person.nickname')).toEqual([]);
  });
});
