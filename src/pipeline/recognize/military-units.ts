// Military units are organizations: "the 101st Airborne Division", "the 3rd Cavalry", "the Fifth
// Fleet", "the 1st Marine Division". An ordinal, up to two capitalized words, and a unit's head
// word; the ordinal is part of the name (it is what tells the units apart).

import { Doc, Mention } from '../../model';
import { mentionFromTokens, newMentions } from './mention';
import { isSportsStory } from './sports';
import { WordMap } from '../../lexicon/word-map';

/** Last words of a unit's name */
const UNIT_HEADS = new Set([
  'division', 'divisions', 'brigade', 'cavalry', 'cav', 'fleet', 'infantry', 'regiment', 'battalion', 'corps', 'squadron',
  'airborne', 'army', 'marines', 'armored', 'armoured', 'mechanized', 'wing', 'flotilla', 'commando', 'rangers',
]);
const ORDINAL_NUMBER = /^\d+(?:st|nd|rd|th)$/;
/**
 * Heads that take a plain number in the British and Commonwealth style: "33 Squadron", "No. 3
 * Squadron", "21 Engineer Regiment", "45 Commando" (not the plural heads, "300 Marines" are men)
 */
const NUMBERED_UNIT_HEADS = new Set(['squadron', 'regiment', 'brigade', 'wing', 'flotilla', 'commando', 'battalion']);
const UNIT_NUMBER = /^\d{1,3}$/;
// (all of shape 'title': other tokens are not looked up)
const ORDINAL_WORDS = WordMap.of(['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth']);
const MAX_WORDS = 3;

export function recognizeMilitaryUnits(doc: Doc): Mention[] {
  // "the First Division", "the 2nd Division" of a sports story are leagues
  if (isSportsStory(doc)) return [];
  const tokens = doc.tokens;
  const found = newMentions();
  for (let i = 0; i < tokens.length - 1; i++) {
    const ordinal = tokens[i];
    // (every number and capitalized word is asked: an ordinal's last letter before the pattern, a
    // WordMap's cheap miss before hashing)
    const numbered = ordinal.shape === 'number' && UNIT_NUMBER.test(ordinal.text);
    if (!(ordinal.shape === 'number' ? numbered || (endsLikeOrdinal(ordinal.text) && ORDINAL_NUMBER.test(ordinal.text)) : ordinal.shape === 'title' && ORDINAL_WORDS.get(ordinal.text) !== undefined)) continue;
    // the longest run of capitalized words after the ordinal that ends in a unit's head word
    let end = -1;
    for (let j = i + 1; j < Math.min(i + 1 + MAX_WORDS, tokens.length); j++) {
      const word = tokens[j];
      if (word.shape !== 'title' || word.sentence !== ordinal.sentence) break;
      if ((numbered ? NUMBERED_UNIT_HEADS : UNIT_HEADS).has(word.lower)) end = j + 1;
    }
    // ("the Scottish First Division": a spelled ordinal with "Division" alone names a league too)
    if (end < 0 || (ordinal.shape !== 'number' && end === i + 2 && tokens[i + 1].lower.startsWith('division'))) continue;
    // ("No. 33 Squadron": the number's abbreviation is part of the name)
    const start = numbered && tokens[i - 1]?.text === '.' && tokens[i - 2]?.text === 'No' ? i - 2 : i;
    end = parentRegimentEnd(doc, end);
    found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.military-unit', 0.85));
    i = end - 1;
  }
  return found;
}

/** Units a regiment is made of, named before it after a comma: "1st Battalion, Royal Tarnland Regiment" */
const SUB_UNITS = new Set(['battalion', 'company', 'squadron', 'battery', 'troop']);
/** Last words of a regiment's name: "the Royal Velmar Regiment", "The Rifles", "the Tarn Highlanders" */
const REGIMENT_HEADS = new Set(['regiment', 'rifles', 'guards', 'fusiliers', 'highlanders', 'lancers', 'hussars', 'dragoons', 'borderers', 'engineers', 'artillery', 'signals', 'infantry', 'rangers', 'commandos']);
const MAX_REGIMENT_WORDS = 6;

/**
 * "1st Battalion, Royal Velmar Regiment", "3rd Battalion, The Rifles": a battalion (a company, a
 * squadron) is named with its regiment after a comma, one name in the British and Commonwealth
 * style. The end of the name with its regiment, or `end` where no regiment follows.
 */
function parentRegimentEnd(doc: Doc, end: number): number {
  const tokens = doc.tokens;
  if (!SUB_UNITS.has(tokens[end - 1].lower) || tokens[end]?.text !== ',') return end;
  let j = end + 1;
  if (tokens[j]?.text === 'The') j++;
  let last = -1;
  for (let k = j; k < Math.min(j + MAX_REGIMENT_WORDS, tokens.length); k++) {
    const word = tokens[k];
    if (word.shape !== 'title' || word.sentence !== tokens[end].sentence) break;
    last = k;
  }
  // (the run of capitals must end in the regiment's word: "2nd Battalion, Tarnland Army" is two names)
  return last >= 0 && REGIMENT_HEADS.has(tokens[last].lower) ? last + 1 : end;
}

/** "101st", "2nd", "3rd", "4th": the last letter of an ordinal's ending */
function endsLikeOrdinal(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 116 /* t */ || last === 100 /* d */ || last === 104 /* h */;
}
