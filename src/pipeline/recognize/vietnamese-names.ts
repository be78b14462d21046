// Vietnamese names: a family name, a middle name and a given name, each one syllable ("Tran Van
// Hieu", "Đặng Thị Hồng"). A dozen family names cover most of the country and "Van"/"Thi" are the
// usual middle names of men and women, but many of those syllables are English or French words
// ("Dang", "Van", "Le"), so no word list types them: the shape of the whole name does. Later
// mentions use the given name, the last word, as the surname rule already reads them.

import { Doc, Token } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { withoutAccents } from '../../lexicon/fold';
import { tokenFlags } from './gazetteer';

/** Common Vietnamese family names, written without their marks (general knowledge) */
const FAMILY_NAMES = new Set([
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly',
  'dinh', 'trinh', 'truong', 'luong', 'doan', 'vuong', 'trieu', 'lam', 'mai', 'cao', 'ha', 'ta', 'to', 'chu', 'quach', 'lai', 'kieu',
]);

/** Middle names that mark a Vietnamese name (written without their marks) */
const MIDDLE_NAMES = new Set([
  'van', 'thi', 'duc', 'huu', 'ngoc', 'quoc', 'minh', 'thanh', 'xuan', 'hong', 'cong', 'dinh', 'quang', 'trong', 'tien', 'manh', 'tuan', 'kim', 'anh', 'thu', 'bao', 'gia',
]);

/**
 * Letters that only Vietnamese writes among the languages of the news: "ơ", "ư", a hook above, a
 * dot below beside another mark ("đ" is Croatian and Serbian too, "ẹ" and "ọ" Yoruba: they alone
 * do not say Vietnamese)
 */
const VIETNAMESE_LETTERS = /[ơưƠƯạảấầẩẫậắằẳẵặẻẽếềểễệỉịỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/;
/** Middle names that mark a four-word name too: "Nguyen Thi Minh Khai" (not "Hoang Anh Gia Lai", a firm) */
const MARKING_MIDDLE_NAMES = new Set(['van', 'thi']);

/** One syllable: letters only, at most seven of them without marks ("nguyen", "truong") */
const SYLLABLE = /^[a-z]{1,7}$/;

/** What a word of the name may not be known as */
const NOT_NAME_WORD = PLACE_FLAGS | FLAGS.organization | FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.title | FLAGS.demonym | FLAGS.time | FLAGS.notName;

/**
 * Are tokens [start, end) a Vietnamese name: three or four capitalized syllables, a family name
 * first, then a usual middle name or a letter only Vietnamese uses ("Ho Van Tu", "Lê Thị Mỹ")?
 */
export function isVietnameseName(doc: Doc, start: number, end: number): boolean {
  const length = end - start;
  if (length < 3 || length > 4) return false;
  const tokens = doc.tokens;
  let vietnameseLetters = false;
  for (let i = start; i < end; i++) {
    const token: Token = tokens[i];
    if (token.shape !== 'title' || !SYLLABLE.test(withoutAccents(token.lower))) return false;
    // (a place or a body's word is no part of a person's name: "Ho Chi Minh City"; a family name may
    // also be a town's, "Chu Van Tam")
    if (i > start && tokenFlags(token) & NOT_NAME_WORD) return false;
    if (VIETNAMESE_LETTERS.test(token.text)) vietnameseLetters = true;
  }
  if (!FAMILY_NAMES.has(withoutAccents(tokens[start].lower))) return false;
  const middle = withoutAccents(tokens[start + 1].lower);
  if (length === 4) return MARKING_MIDDLE_NAMES.has(middle);
  return vietnameseLetters || MIDDLE_NAMES.has(middle);
}
