// A body's initials in brackets right after its name say where the name ends: "the United Nations
// Interim Force in Lebanon (UNIFIL)", "the Council for Peace in Tarvesia (CPT)", "the Union of
// Velmar and Kessan Dockers (UVKD)". The rules stop such a name at "in", "and" or a capitalized
// preposition and read its tail as a place or another name; where the organization found before
// the tail does not spell the initials and the organization with its tail does, the tail is the
// name's (and the initials a body's, whatever a rule took them for).

import { Doc, Mention, Token } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { phraseFlags, tokenFlags } from '../recognize/gazetteer';
import { FUNCTION_WORDS } from '../link/acronyms';
import { remadeMention, retypedMention } from '../recognize/mention';

/** Small words inside a body's name, which may give their letter to the initials or not: the linker's, and "at" */
const SMALL_WORDS = new Set([...FUNCTION_WORDS, 'at']);
/** Initials in the brackets: two to ten capitals */
const INITIALS = /^[A-Z]{2,10}$/;
/** The most tokens a tail may have before the brackets */
const MAX_TAIL = 6;

export function withAcronymSpans(doc: Doc, mentions: Mention[]): Mention[] {
  const tokens = doc.tokens;
  let changed: Mention[] | null = null;
  let dropped: Set<number> | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type === 'person' || m.type === 'organization') {
      const start = spelledStartBefore(doc, m);
      // (not over a name or a date that starts before the words taken in: no two mentions overlap)
      if (start >= 0 && !mentions.some((other) => other.tokenStart < start && other.tokenEnd > start)) {
        const list = (changed ??= mentions.slice());
        list[i] = remadeMention(m, 'organization', m.type === 'organization' ? m.rule : 'organization.acronym-spelled', tokens[start].start, m.end, start, m.tokenEnd, undefined);
        // the words taken in lose their own readings, a date's too ("the Monday Water Supply Board (MWSB)")
        for (let j = 0; j < list.length; j++) if (j !== i && list[j].tokenStart >= start && list[j].tokenEnd <= m.tokenStart) (dropped ??= new Set()).add(j);
        continue;
      }
    }
    if (m.type !== 'organization') continue;
    const open = bracketAfterTail(tokens, m.tokenEnd);
    if (open < 0 || open === m.tokenEnd) continue;
    const initials = tokens[open + 1].text;
    if (spells(tokens, m.tokenStart, m.tokenEnd, initials) || !spells(tokens, m.tokenStart, open, initials)) continue;
    const list = (changed ??= mentions.slice());
    list[i] = remadeMention(m, m.type, m.rule, m.start, tokens[open - 1].end, m.tokenStart, open, undefined);
    // the tail's own readings go, a date's too (no two mentions overlap: "the Council for Peace in
    // Tarvesia on Monday (CPTM)"), and the initials are the body's
    for (let j = 0; j < list.length; j++) {
      const other = list[j];
      if (j === i) continue;
      if (other.tokenStart >= m.tokenEnd && other.tokenEnd <= open) (dropped ??= new Set()).add(j);
      else if (other.tokenStart === open + 1 && other.tokenEnd === open + 2 && other.type !== 'organization') list[j] = retypedMention(other, 'organization', 'organization.acronym');
    }
  }
  if (!changed) return mentions;
  return dropped ? changed.filter((_, j) => !dropped!.has(j)) : changed;
}

/** The most capitalized words a name may take in before the mention */
const MAX_HEAD = 3;

/**
 * "the Scottish Charity Grants Panel (SCGP)": where a person's reading or a body's name stops short
 * of initials in brackets right after it, the start of the capitalized words before it that with
 * its own spell them, three letters or more over three words or more, or a person's reading of three
 * words or more that spells them alone (news seldom gives a person's initials in brackets); -1 where none does
 */
function spelledStartBefore(doc: Doc, m: Mention): number {
  const tokens = doc.tokens;
  const open = tokens[m.tokenEnd];
  const initials = tokens[m.tokenEnd + 1];
  if (open?.text !== '(' || !initials || tokens[m.tokenEnd + 2]?.text !== ')' || !INITIALS.test(initials.text) || initials.text.length < 3) return -1;
  if (spells(tokens, m.tokenStart, m.tokenEnd, initials.text)) return m.type === 'person' && m.tokenEnd - m.tokenStart >= 3 ? m.tokenStart : -1;
  const sentence = tokens[m.tokenStart].sentence;
  for (let s = m.tokenStart - 1; s >= 0 && m.tokenStart - s <= MAX_HEAD; s--) {
    const token = tokens[s];
    if (token.sentence !== sentence || token.shape !== 'title' || (token.sentenceInitial && tokenFlags(token) & FLAGS.common)) return -1;
    if (spells(tokens, s, m.tokenEnd, initials.text)) return m.tokenEnd - s >= 3 && !(phraseFlags(doc, s, m.tokenEnd) & PLACE_FLAGS) ? s : -1;
  }
  return -1;
}

/**
 * The index of the "(" of "(ABC)" after a tail of small and capitalized words from token `from`
 * in the same sentence, or -1
 */
function bracketAfterTail(tokens: Token[], from: number): number {
  const sentence = tokens[from - 1].sentence;
  for (let k = from; k < tokens.length && k - from <= MAX_TAIL; k++) {
    const token = tokens[k];
    if (token.sentence !== sentence) return -1;
    if (token.text === '(') {
      const initials = tokens[k + 1];
      const close = tokens[k + 2];
      return initials && close?.text === ')' && INITIALS.test(initials.text) ? k : -1;
    }
    if (token.shape === 'lower' ? !SMALL_WORDS.has(token.lower) : token.shape !== 'title' && token.text !== '&') return -1;
  }
  return -1;
}

/** Do the words [start, end) spell the initials, each capitalized word one letter, a small word one or none? */
function spells(tokens: Token[], start: number, end: number, initials: string): boolean {
  const letters: { letter: string; optional: boolean }[] = [];
  for (let k = start; k < end; k++) {
    const token = tokens[k];
    if (token.shape === 'punct' && token.text !== '&') continue;
    letters.push({ letter: token.text[0].toUpperCase(), optional: token.shape === 'lower' || token.text === '&' });
  }
  // (the search backtracks over the small words: no more words than a name takes)
  return letters.length <= MAX_SPELLED_WORDS && spellsFrom(letters, 0, initials, 0);
}

/** The most words whose initials are tried against the brackets */
const MAX_SPELLED_WORDS = 16;

function spellsFrom(letters: { letter: string; optional: boolean }[], w: number, initials: string, c: number): boolean {
  if (w === letters.length) return c === initials.length;
  const { letter, optional } = letters[w];
  if (c < initials.length && letter === initials[c] && spellsFrom(letters, w + 1, initials, c + 1)) return true;
  return optional && spellsFrom(letters, w + 1, initials, c);
}
