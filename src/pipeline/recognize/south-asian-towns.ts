// Towns of South Asia named with a word for town or fort at their end ("-pur", "-abad", "-ganj",
// "-garh": "Velampur", "Tarnabad", "Kesganj", "Orvigarh"): the ending says town where no list knows the word.
import { Token } from '../../model';
import { isUnlisted } from './gazetteer';
import { endsWithAfterStem } from './word-endings';

/** "-pur" (town), "-abad" (settled place), "-ganj" (market town), "-garh" (fort) */
const TOWN_ENDINGS = ['pur', 'abad', 'ganj', 'garh'];
/** Letters a word must have before its ending: "Kapur" and other short surnames stay out */
const MIN_STEM = 4;

/** Is the token one title-case word no list knows, ending in a South Asian town's word? */
export function isSouthAsianTownWord(token: Token): boolean {
  return token.shape === 'title' && isUnlisted(token) && endsWithAfterStem(token.lower, TOWN_ENDINGS, MIN_STEM);
}
