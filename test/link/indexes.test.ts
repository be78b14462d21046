// The linker builds its indexes only where a document needs them: groups are keyed per type, the
// full-name variant index holds only names that share their given names, the surname index is
// built when a one-word name first asks, and the canonical name is only ranked where an entity is
// written more than one way. These tests pin the results those shortcuts must keep.

import { linkMentions } from '../../src/pipeline/link';
import { place, summaryOf } from './place';

describe('linking with indexes built on demand', () => {
  test('full-name variants join only names with the same given names; two families, each joined', () => {
    const doc =
      'Karim Massimov met Aliya Nazarbayeva. Karim Masimov left. Karin Massimov stayed. Aliya Nazarbaeva spoke. Dana Nazarbaeva came.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Karim Massimov', type: 'person' },
        { text: 'Aliya Nazarbayeva', type: 'person' },
        { text: 'Karim Masimov', type: 'person' },
        { text: 'Karin Massimov', type: 'person' },
        { text: 'Aliya Nazarbaeva', type: 'person' },
        { text: 'Dana Nazarbaeva', type: 'person' },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['person', 'Karim Massimov', 2, ['Karim Masimov']],
      ['person', 'Aliya Nazarbayeva', 2, ['Aliya Nazarbaeva']],
      ['person', 'Karin Massimov', 1, []],
      ['person', 'Dana Nazarbaeva', 1, []],
    ]);
  });

  test('a one-word variant asks the surname index; a given name never does', () => {
    const doc = 'Dana Kuznetsova met Tom Michaels. Kuznetsva nodded. Michael left.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Dana Kuznetsova', type: 'person' },
        { text: 'Tom Michaels', type: 'person' },
        { text: 'Kuznetsva', type: 'person' },
        { text: 'Michael', type: 'person' },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['person', 'Dana Kuznetsova', 2, ['Kuznetsva']],
      ['person', 'Tom Michaels', 1, []],
      ['person', 'Michael', 1, []],
    ]);
  });

  test('the canonical name: one spelling as it is; several ranked (capitals last, most full words first)', () => {
    const doc = 'KARIM MASSIMOV arrived. Massimov spoke. Karim Massimov left. Berik Asylov stayed.';
    const entities = linkMentions(
      place(doc, [
        { text: 'KARIM MASSIMOV', type: 'person' },
        { text: 'Massimov', type: 'person' },
        { text: 'Karim Massimov', type: 'person' },
        { text: 'Berik Asylov', type: 'person' },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['person', 'Karim Massimov', 3, ['Massimov']],
      ['person', 'Berik Asylov', 1, []],
    ]);
  });

  test('one name key, two types: two entities, persons first, each type by first mention; roles in text order', () => {
    const doc = 'In Jordan, Ann Jordan, the envoy, met Jordan, the king. Jordan agreed. Vell Corp. said so.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Jordan', type: 'place' },
        { text: 'Ann Jordan', type: 'person', roles: ['envoy'] },
        { text: 'Jordan', type: 'person', nth: 2, roles: ['king', 'Envoy'] },
        { text: 'Vell Corp.', type: 'organization' },
        { text: 'Jordan', type: 'place', nth: 3 },
      ]),
    );
    expect(entities.map((e) => [e.type, e.name, e.count, e.mentions.map((m) => m.start), e.roles ?? null])).toEqual([
      ['person', 'Ann Jordan', 2, [11, 38], ['Envoy', 'king']],
      ['organization', 'Vell Corp.', 1, [71], null],
      ['place', 'Jordan', 2, [3, 56], null],
    ]);
  });

  test("possessives: a person drops 's always; an organization only where its bare name occurs", () => {
    const doc = "McDonald's grew. Vell's profit rose. Vell said so. Ann Hale's aide and Hale's lawyer spoke.";
    const entities = linkMentions(
      place(doc, [
        { text: "McDonald's", type: 'organization' },
        { text: "Vell's", type: 'organization' },
        { text: 'Vell', type: 'organization', nth: 1 },
        { text: "Ann Hale's", type: 'person' },
        { text: "Hale's", type: 'person', nth: 1 },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['person', 'Ann Hale', 2, ['Hale']],
      ['organization', "McDonald's", 1, []],
      ['organization', 'Vell', 2, []],
    ]);
  });
});
