import { linkMentions } from '../../src/pipeline/link';
import { place, summaryOf } from './place';

describe('short forms join the one full name they end', () => {
  test('surname only, before and after the full name', () => {
    const doc = 'Epstein denied it. Jeffrey Epstein flew to New York. Later, Epstein said no.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Epstein', type: 'person' },
        { text: 'Jeffrey Epstein', type: 'person' },
        { text: 'Epstein', type: 'person', nth: 2 },
      ]),
    );
    expect(summaryOf(entities)).toEqual([['person', 'Jeffrey Epstein', 3, ['Epstein']]]);
    expect(entities[0].mentions.map((m) => [m.text, m.start])).toEqual([
      ['Epstein', 0],
      ['Jeffrey Epstein', 19],
      ['Epstein', 60],
    ]);
    expect(entities[0].ambiguous).toBeUndefined();
  });

  test('Mr. X: the honorific is neither the name nor a role', () => {
    const doc = 'Karim Massimov resigned. Mr. Massimov said Dr. Jane Roe had left.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Karim Massimov', type: 'person' },
        { text: 'Mr. Massimov', type: 'person', roles: ['Mr.'] },
        { text: 'Dr. Jane Roe', type: 'person' },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['person', 'Karim Massimov', 2, ['Massimov']],
      ['person', 'Jane Roe', 1, []],
    ]);
    expect(entities[0].roles).toEqual([]);
  });

  test('possessive: "Massimov\'s" is Massimov', () => {
    const doc = "Karim Massimov resigned. Massimov's deputy stayed.";
    const entities = linkMentions(
      place(doc, [
        { text: 'Karim Massimov', type: 'person' },
        { text: "Massimov's", type: 'person' },
      ]),
    );
    expect(summaryOf(entities)).toEqual([['person', 'Karim Massimov', 2, ['Massimov']]]);
    expect(entities[0].mentions[1].text).toBe("Massimov's");
  });

  test('ALL-CAPS headline forms join the full name and are not aliases', () => {
    const doc = 'KARIM MASSIMOV DETAINED. Karim Massimov was held. MASSIMOV denied it.';
    const entities = linkMentions(
      place(doc, [
        { text: 'KARIM MASSIMOV', type: 'person' },
        { text: 'Karim Massimov', type: 'person' },
        { text: 'MASSIMOV', type: 'person', nth: 1 },
      ]),
    );
    expect(summaryOf(entities)).toEqual([['person', 'Karim Massimov', 3, ['MASSIMOV']]]);
  });

  test('sentence-initial surname joins', () => {
    const doc = 'Prosecutor General Berik Asylov spoke. Asylov, a former judge, said so.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Berik Asylov', type: 'person', roles: ['Prosecutor General'] },
        { text: 'Asylov', type: 'person', nth: 1, roles: ['former judge'] },
      ]),
    );
    expect(summaryOf(entities)).toEqual([['person', 'Berik Asylov', 2, ['Asylov']]]);
    expect(entities[0].roles).toEqual(['Prosecutor General', 'former judge']);
  });

  test('a first name alone does not join', () => {
    const doc = 'Karim Massimov resigned. Karim said nothing.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Karim Massimov', type: 'person' },
        { text: 'Karim', type: 'person', nth: 1 },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['person', 'Karim Massimov', 1, []],
      ['person', 'Karim', 1, []],
    ]);
  });

  test('two full names share the surname: the bare surname stays ambiguous and names both', () => {
    const doc = 'Emmanuel Macron and Brigitte Macron arrived. Macron spoke first.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Emmanuel Macron', type: 'person' },
        { text: 'Brigitte Macron', type: 'person' },
        { text: 'Macron', type: 'person', nth: 2 },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['person', 'Emmanuel Macron', 1, []],
      ['person', 'Brigitte Macron', 1, []],
      ['person', 'Macron', 1, []],
    ]);
    expect(entities[2].ambiguous).toEqual(['Emmanuel Macron', 'Brigitte Macron']);
    expect(entities[0].ambiguous).toBeUndefined();
  });

  test('a multi-word surname and its last word join the full name', () => {
    const doc = 'Ursula von der Leyen spoke. Von der Leyen said Leyen would not.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Ursula von der Leyen', type: 'person' },
        { text: 'Von der Leyen', type: 'person' },
        { text: 'Leyen', type: 'person', nth: 2 },
      ]),
    );
    expect(summaryOf(entities)).toEqual([['person', 'Ursula von der Leyen', 3, ['Von der Leyen', 'Leyen']]]);
  });

  test('a generation suffix is not the surname', () => {
    const doc = 'Martin Luther King Jr. spoke. King said so.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Martin Luther King Jr.', type: 'person' },
        { text: 'King', type: 'person', nth: 1 },
      ]),
    );
    expect(summaryOf(entities)).toEqual([['person', 'Martin Luther King Jr.', 2, ['King']]]);
  });

  test('names of other types never join a person', () => {
    const doc = 'George Washington slept here. Washington is a city.';
    const entities = linkMentions(
      place(doc, [
        { text: 'George Washington', type: 'person' },
        { text: 'Washington', type: 'place', nth: 1 },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['person', 'George Washington', 1, []],
      ['place', 'Washington', 1, []],
    ]);
  });
});
