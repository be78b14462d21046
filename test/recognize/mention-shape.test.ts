// The refiners that change a mention's span, type or rule make the new mention with
// recognize/mention.ts's remadeMention, which has mentionFromTokens' hidden class: a spread copy
// ({ ...m, end }) had one of its own, and each refiner after it (and placeMention) deoptimized at the
// first copy it met while warming up. Invented names and sentences.
import { setFlagsFromString } from 'v8';
import { analyzeChunk } from '../../src/pipeline';
import { mentionFromTokens } from '../../src/pipeline/recognize/mention';

// (the same keys in the same order are not enough: a spread copy has them too, with another hidden
// class; V8's own test of two objects' hidden classes needs its natives syntax)
setFlagsFromString('--allow-natives-syntax');
const sameHiddenClass = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

function remadeRules(text: string): { rule: string; text: string; same: boolean }[] {
  const { doc, mentions } = analyzeChunk(text, 0, text.length, null, null);
  const plain = mentionFromTokens(doc, 'person', 0, 1, 'person.given-name', 0.8);
  return mentions.map((m) => ({ rule: m.rule, text: text.slice(m.start, m.end), same: sameHiddenClass(m, plain) }));
}

describe('a mention a refiner remade has the hidden class of every other mention', () => {
  test('a house of worship, a country and its region, a name after a weekday', () => {
    const found = remadeRules('Worshippers gathered outside the Dorvani Mosque on Friday. Hog prices in the U.S. Midwest were steady. The talks ended in Velmora. On Tuesday Tarvo Brennick left for home.');
    expect(found.filter((m) => ['Dorvani Mosque', 'U.S. Midwest', 'Tarvo Brennick'].includes(m.text))).toEqual([
      { rule: 'place.worship-building', text: 'Dorvani Mosque', same: true },
      { rule: 'place.country-region', text: 'U.S. Midwest', same: true },
      { rule: 'person.given-name', text: 'Tarvo Brennick', same: true },
    ]);
    expect(found.filter((m) => !m.same)).toEqual([]);
  });
});
