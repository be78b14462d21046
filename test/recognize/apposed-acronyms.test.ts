// An acronym set off by commas after a body's lower-case noun names that body
// (recognize/acronyms.ts, recognizeApposedAcronyms). Invented bodies and sentences.
import { names } from './helpers';

const orgs = (text: string) => names(text).filter((r) => r.type === 'organization').map((r) => [r.text, r.rule]);

describe('"the cocoa marketing board, TARCOBOD," names the board', () => {
  test('an acronym of seven or eight capitals after a body\'s noun and a comma', () => {
    expect(orgs('Kessoria\'s cocoa marketing board, TARCOBOD, raised prices, and the peacekeeping mission, MINVELSO, stayed.')).toEqual([
      ['TARCOBOD', 'organization.apposed-acronym'],
      ['MINVELSO', 'organization.apposed-acronym'],
    ]);
  });

  test('not after another noun, nor where the sentence goes on after the acronym', () => {
    expect(orgs('The fertiliser, ORVAGRIX, was cheap. As the board said, ORVAGRIX rose in price.').filter((r) => r[1] === 'organization.apposed-acronym')).toEqual([]);
  });
});
