// A party called by its members in the plural: "Labour's lead over the Conservatives", "ahead of
// the Liberals", a standings line "Conservatives 127, Liberals 96". With "the" (or a seat count
// after it) in a story of elections or a parliament, the plural names the party, a body; without
// it the word speaks of people of those views ("Conservatives question the studies"), and is left
// alone. Only the plurals that are the parties' everyday names in Britain, Canada and Australia:
// "Socialists", "Nationalists" and "Communists" are as often the members or a movement
// (measured: conll2003-train leaves "The Socialists, ..." unmarked), and "Democrats" and
// "Republicans" are a people's word in both train sets' conventions. "Social Democrats" and
// "Welsh Conservatives" are organizations.ts's party shapes.

import { Doc, Mention } from '../../model';
import { chunkText } from './candidates';
import { isCapitalized } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';

const PARTY_PLURALS = new Set(['Conservatives', 'Liberals']);
/** Words that show the story is about an election or a parliament (any case) */
const POLITICS = /\b(?:elections?|by-elections?|polls?|votes?|voters|seats?|parliament|parliamentary|constituency|campaign|ballot|majority|MPs?|opposition)\b/i;
const STRENGTH = 0.7;

export function recognizePartyPlurals(doc: Doc): Mention[] {
  const text = chunkText(doc);
  if (!text.includes('Conservatives') && !text.includes('Liberals')) return [];
  if (!POLITICS.test(text)) return [];
  const tokens = doc.tokens;
  const found = newMentions();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!PARTY_PLURALS.has(token.text)) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    // (no longer name: "the Young Conservatives", "Conservatives Abroad")
    if ((before && before.sentence === token.sentence && isCapitalized(before) && before.lower !== 'the') || (after && after.sentence === token.sentence && isCapitalized(after))) continue;
    // "the Conservatives", "The Conservatives' heartland"; "Conservatives 127," in a standings line
    const withThe = before?.lower === 'the' && before.sentence === token.sentence;
    // (a count may end the text: no token after it, whose undefined sentence differs)
    const counted = after?.shape === 'number' && (tokens[i + 2]?.text === ',' || tokens[i + 2]?.text === ';' || tokens[i + 2]?.sentence !== token.sentence);
    if (withThe || counted) found.push(mentionFromTokens(doc, 'organization', i, i + 1, 'organization.party-plural', STRENGTH));
  }
  return found;
}
