// Firms and unions named in German, Swedish or Turkish close their names with a trade word that
// those languages write as one word with what is made ("Kessler Fahrzeugbau", "Orvik Motorenwerke",
// "Tarnholm Antriebstechnik", "Velgren Verkstäder", "Dravik Kablo Sistemleri") or, for a Turkish
// union, with "-İş" joined to its trade ("Tekstil-İş", "Liman-İş"). No list knows such names, and the
// person rules read the firm's owner's name before the trade word as someone's ("Wendel Fahrzeugbau"
// is no person). A person's name never ends in such a word: the whole run is the firm or the union.

import { Doc, Mention, Token } from '../../model';
import { FLAGS } from '../../lexicon';
import { withoutAccents } from '../../lexicon/fold';
import { nameCandidates } from './candidates';
import { tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';

/**
 * The ends of German and Nordic trade compounds (general knowledge): building, works, engineering,
 * electrics, electronics, chemicals, logistics, factory, shipyard, brewery, shipping line,
 * insurance, plant; the Swedish workshops and works ("Verkstäder", "Bruksverken"), industries
 * and factories
 */
const COMPOUND_ENDS = ['bau', 'werke', 'werk', 'technik', 'elektrik', 'elektronik', 'chemie', 'logistik', 'fabrik', 'werft', 'brauerei', 'reederei',
  'versicherung', 'anlagen', 'verkstader', 'verkstad', 'verken', 'industrier', 'fabriker', ...NORDIC_DAIRY_BANK_ENDS()];
/**
 * Danish and Norwegian trade compounds (general knowledge): a dairy ("-mejeri", "-meieri", with the
 * article "-et"), a brewery ("-bryggeri"), a slaughterhouse ("-slagteri", "-slakteri"), a savings
 * bank ("-sparekasse", "-sparebank", "-sparbank")
 */
function NORDIC_DAIRY_BANK_ENDS(): string[] {
  const trades = ['mejeri', 'meieri', 'bryggeri', 'slagteri', 'slakteri'];
  return [...trades, ...trades.map((t) => `${t}et`), 'sparekasse', 'sparekassen', 'sparebank', 'sparebanken', 'sparbank', 'sparbanken'];
}
/** A compound's part before its end has at least this many letters ("Fahrzeug-bau"; not the surname "Ebau") */
const MIN_STEM = 3;

/**
 * Turkish trade words that close a firm's name (general knowledge): systems, products, cable,
 * electric, foundry, machinery, chemicals, food, plastics, paint, packaging, industry
 * (their possessive forms with "-leri", "-ları", "-i")
 */
const TURKISH_TRADE_WORDS = new Set(['sistemleri', 'urunleri', 'fabrikalari', 'makinalari', 'kablo', 'elektrik', 'dokum', 'makina', 'makine', 'kimya', 'gida',
  'plastik', 'boya', 'ambalaj', 'sanayii']);

/** A Turkish union's name: its trade joined to "-İş" (work) */
const TURKISH_UNION = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*-(?:İş|Iş|İs)$/u;

/** The most words of such a name */
const MAX_WORDS = 4;

export function recognizeFirmCompounds(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const found = newMentions();
  for (const candidate of nameCandidates(doc)) {
    const { start, end } = candidate;
    if (candidate.allCaps || end - start < 2 || end - start > MAX_WORDS) continue;
    const last = tokens[end - 1];
    // ("Kessby Mejeriet Orvang": the Nordic trade word may open the name, its place or founder after it)
    const first = tokens[start];
    const opening = first.shape === 'title' && !(tokenFlags(first) & FLAGS.orgHead) && /(?:mejeri|meieri|bryggeri)(?:et)?$/.test(withoutAccents(first.lower));
    if (!opening) {
      if (last.shape !== 'title' && !TURKISH_UNION.test(last.text)) continue;
      // (a listed head, "Maschinenbau", "Sanayi", is the head-noun rule's)
      if (tokenFlags(last) & FLAGS.orgHead || !isTradeEnd(last)) continue;
    }
    found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.trade-compound', 0.85));
  }
  return found;
}

/** Does this word close a firm's or a union's name in German, Swedish or Turkish? */
function isTradeEnd(token: Token): boolean {
  if (TURKISH_UNION.test(token.text)) return true;
  const plain = withoutAccents(token.lower).replace(/ı/g, 'i');
  if (TURKISH_TRADE_WORDS.has(plain)) return true;
  // the German power company's "-kraft" ("Wasserkraft", "Windkraft"), never alone: "Kraft" is a surname
  if (plain.endsWith('kraft') && plain.length - 'kraft'.length >= MIN_STEM) return true;
  for (const ending of COMPOUND_ENDS) {
    if (plain === ending || (plain.endsWith(ending) && plain.length - ending.length >= MIN_STEM)) return true;
  }
  return false;
}
