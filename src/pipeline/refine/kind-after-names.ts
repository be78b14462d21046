// A name guessed a person from its shape alone, right before a lower-case kind of area or works,
// is that place's name: "residents of the Tarvo Kessin district", "the Dana Velk refinery", "at
// Orvan Tessila station", "the Mira Tosk circuit". A person's name modifies "camp", "estate",
// "case" or "family" ("the Kessin camp"), never an area's or a works' kind word. Only for the
// shape-only person rules (a title, an age or a verb of speech said person for a reason), and not
// for a listed first name with a last word listed as a name.

import { Doc, Mention } from '../../model';
import { FLAGS } from '../../lexicon';
import { tokenFlags } from '../recognize/gazetteer';
import { SHAPE_ONLY_PERSON_RULES } from '../recognize/company-context';
import { retypedMention } from '../recognize/mention';

/** Lower-case kinds of area, works and grounds that follow a place's name and no person's */
const KINDS_AFTER_PLACE_NAMES = new Set([
  'district', 'districts', 'province', 'provinces', 'prefecture', 'oblast', 'governorate', 'municipality', 'township', 'constituency',
  'refinery', 'oilfield', 'gasfield', 'field', 'port', 'terminal', 'station', 'circuit', 'temple', 'development', 'dam', 'reservoir',
]);

/** A word the lists know as a person's name */
const PERSON_NAME_FLAGS = FLAGS.given | FLAGS.surname | FLAGS.person;

export function withKindAfterNames(doc: Doc, mentions: Mention[]): Mention[] {
  const tokens = doc.tokens;
  let out: Mention[] | null = null;
  mentions.forEach((m, index) => {
    if (m.type !== 'person' || !SHAPE_ONLY_PERSON_RULES.has(m.rule)) return;
    const kind = tokens[m.tokenEnd];
    if (kind === undefined || kind.shape !== 'lower' || kind.sentence !== tokens[m.tokenStart].sentence || !KINDS_AFTER_PLACE_NAMES.has(kind.lower)) return;
    // (a listed first name and a last word the lists know as a name are a person's whole name, the
    // works named after them: "the Ivy Hanson port")
    if (m.tokenEnd - m.tokenStart > 1 && tokenFlags(tokens[m.tokenStart]) & FLAGS.given && tokenFlags(tokens[m.tokenEnd - 1]) & PERSON_NAME_FLAGS) return;
    out ??= mentions.slice();
    out[index] = retypedMention(m, 'place', 'place.kind-after-name');
  });
  return out ?? mentions;
}
