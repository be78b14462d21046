// The refiners that change a mention's span, type or rule make the new mention with
// recognize/mention.ts's remadeMention, which has mentionFromTokens' hidden class: a spread copy
// ({ ...m, end }) had one of its own, and each refiner after it (and placeMention) deoptimized at the
// first copy it met while warming up. Invented names and sentences.
import { setFlagsFromString } from 'v8';
import { Mention } from '../../src/model';
import { analyzeChunk } from '../../src/pipeline';
import { mentionFromTokens, remadeMention } from '../../src/pipeline/recognize/mention';
import { docOf } from './helpers';

// (the same keys in the same order are not enough: a spread copy has them too, with another hidden
// class; V8's own test of two objects' hidden classes needs its natives syntax)
setFlagsFromString('--allow-natives-syntax');
const sameHiddenClass = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

type Found = [type: string, text: string, start: number, end: number, rule: string, same: boolean];

function found(text: string): Found[] {
  const { doc, mentions } = analyzeChunk(text, 0, text.length, null, null);
  const plain = mentionFromTokens(doc, 'person', 0, 1, 'person.given-name', 0.8);
  return mentions.map((m) => [m.type, text.slice(m.start, m.end), m.start, m.end, m.rule, sameHiddenClass(m, plain)]);
}

describe('a mention a refiner remade has the hidden class of every other mention', () => {
  test('a house of worship, a country and its region, a name after a weekday', () => {
    expect(found('Worshippers gathered outside the Dorvani Mosque on Friday. Hog prices in the U.S. Midwest were steady. The talks ended in Velmora. On Tuesday Tarvo Brennick left for home.')).toEqual([
      ['place', 'Dorvani Mosque', 33, 47, 'place.worship-building', true],
      ['date', 'Friday', 51, 57, 'date.relative-weekday', true],
      ['place', 'U.S. Midwest', 77, 89, 'place.country-region', true],
      ['place', 'Velmora', 122, 129, 'place.preposition', true],
      ['person', 'Tarvo Brennick', 142, 156, 'person.given-name', true],
    ]);
  });

  // (review of issue-16ah: the other refiners that remake a mention, each shown to give another
  // hidden class with the spread it had: event-venues, acronym-spans' two spans, the opening word;
  // the two spelled names end in "Plan", a scheme's word, which recognize/spelled-bodies.ts leaves to acronym-spans)
  test('a venue, a name its initials lengthen or open, an ordinary word opening a firm\'s name', () => {
    const text = 'The funeral will be held at Brunmark Methodist Church on Friday. The Institute of Korvel Anglers Plan (IKAP) met on Monday. ' +
      'Hope Tarvo Brennick Plan (HTBP) voted. Ostrel Holdings Ltd. said it would sell its farm unit. Investors in Kelvar Bank, Rural Ostrel and others were told.';
    expect(found(text)).toEqual([
      ['place', 'Brunmark Methodist Church', 28, 53, 'place.event-venue', true],
      ['date', 'Friday', 57, 63, 'date.relative-weekday', true],
      ['organization', 'Institute of Korvel Anglers Plan', 69, 101, 'organization.head-of', true],
      ['organization', 'IKAP', 103, 107, 'organization.acronym', true],
      ['date', 'Monday', 116, 122, 'date.relative-weekday', true],
      ['organization', 'Hope Tarvo Brennick Plan', 124, 148, 'organization.acronym-spelled', true],
      ['organization', 'HTBP', 150, 154, 'organization.acronym', true],
      ['organization', 'Ostrel Holdings Ltd.', 163, 183, 'organization.legal-suffix', true],
      ['organization', 'Kelvar Bank', 231, 242, 'organization.head-noun', true],
      ['organization', 'Rural Ostrel', 244, 256, 'organization.short-name', true],
    ]);
  });

  test('a club with its town letters in brackets (club-brackets)', () => {
    const story = 'SOCCER - ORVISH FIRST DIVISION RESULTS.\nHALMSTEAD 1996-08-24\nResults of Orvish first division soccer matches played on Saturday:\n' +
      'Telvaro 2 Drumholt 1\nKestwick 1 Drumholt (N) 2\n';
    expect(found(story).filter((m) => m[0] === 'organization')).toEqual([
      ['organization', 'Telvaro', 129, 136, 'organization.results-table', true],
      ['organization', 'Drumholt', 139, 147, 'organization.results-table', true],
      ['organization', 'Kestwick', 150, 158, 'organization.sports-team', true],
      ['organization', 'Drumholt (N)', 161, 173, 'organization.one-sense', true],
    ]);
  });
});

describe('remadeMention', () => {
  // (model.ts's EveryField makes tsc name a field Mention gains that the copy leaves out; this
  // checks that each field it is not given is the mention's own, not undefined)
  test('keeps every field it is not given, in mentionFromTokens\' order', () => {
    const doc = docOf('Minister Tarvo Brennick met the Kelvar Bank board.');
    const full: Required<Mention> = {
      type: 'person', start: 9, end: 23, tokenStart: 1, tokenEnd: 3, rule: 'person.given-name', strength: 0.8,
      name: 'Tarvo Brennick', roles: ['Minister'], value: '2024-05', resolution: { inferred: ['year'] }, source: true,
    };
    const remade = remadeMention(full, 'organization', 'organization.acronym-spelled', 0, 23, 0, 3, undefined);
    expect(remade).toStrictEqual({
      type: 'organization', start: 0, end: 23, tokenStart: 0, tokenEnd: 3, rule: 'organization.acronym-spelled', strength: 0.8,
      name: undefined, roles: ['Minister'], value: '2024-05', resolution: { inferred: ['year'] }, source: true,
    });
    expect(Object.keys(remade)).toEqual(Object.keys(mentionFromTokens(doc, 'person', 1, 3, 'person.given-name', 0.8)));
  });
});
