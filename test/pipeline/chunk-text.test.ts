// A long document is analysed chunk by chunk over its whole text (offsets stay absolute): the
// recognizers' first searches read only their chunk's text (chunkText), and find a token by its
// offset (tokenStartingAt).

import { analyze } from '../../src';
import { Doc } from '../../src/model';
import { analyzeChunk } from '../../src/pipeline';
import { chunkText, tokenStartingAt } from '../../src/pipeline/recognize/candidates';
import { splitSentences, tokenize } from '../../src/pipeline/segment';

function docOf(text: string, start = 0, end = text.length): Doc {
  const tokens = tokenize(text, start, end);
  return { text, tokens, sentences: splitSentences(tokens, text), refDate: null, refDateSource: null, annotations: [] };
}

describe('chunkText and tokenStartingAt', () => {
  const text = 'Ivo Brenn told The Marlow Sentinel on Monday.\n\nDana Kerr spoke to X.';

  test('a whole document is its text; a chunk is its own part, from its first token to its last', () => {
    expect(chunkText(docOf(text))).toBe(text);
    expect(chunkText(docOf(text, 47))).toBe('Dana Kerr spoke to X.');
    expect(chunkText(docOf(text, 0, 46))).toBe('Ivo Brenn told The Marlow Sentinel on Monday.');
    expect(chunkText(docOf('   '))).toBe('');
  });

  test('the token starting at an offset, or -1 inside a token or between tokens', () => {
    const doc = docOf(text);
    expect(tokenStartingAt(doc, 15)).toBe(3);
    expect(doc.tokens[3].text).toBe('The');
    expect(tokenStartingAt(doc, 0)).toBe(0);
    expect(tokenStartingAt(doc, 16)).toBe(-1);
    expect(tokenStartingAt(doc, 45)).toBe(-1);
    expect(doc.tokens[tokenStartingAt(doc, 66)].text).toBe('X');
  });

  test('each chunk finds its own names, the masthead after "told" in the first', () => {
    const names = (start: number, end: number) => analyzeChunk(text, start, end, null, null).mentions.map((m) => [text.slice(m.start, m.end), m.type, m.start, m.end]);
    expect(names(0, 46)).toEqual([['Ivo Brenn', 'person', 0, 9], ['The Marlow Sentinel', 'organization', 15, 34], ['Monday', 'date', 38, 44]]);
    expect(names(47, text.length)).toEqual([['Dana Kerr', 'person', 47, 56]]);
  });
});

describe('rules that read a sentence by its index, in a chunk after the first', () => {
  test('a side\'s line-up in the second chunk of a long sports story finds its players at their absolute offsets', () => {
    const first = 'Kelbrook beat Ashcombe 2-1 on Saturday in the league.\n\n'.repeat(1400);
    const second = 'SOCCER - LEAGUE RESULT.\nKelbrook beat Ashcombe 2-1 in the soccer league. Teams: Kelbrook - Vandrel; Osterby, Mwakilema; Taviton, Hollenby.';
    const text = first + second;
    const persons = analyze(text, {}).entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions.map((m) => [m.text, m.start]));
    const at = (word: string) => first.length + second.indexOf(word);
    expect(persons).toEqual([['Vandrel', at('Vandrel')], ['Osterby', at('Osterby')], ['Mwakilema', at('Mwakilema')], ['Taviton', at('Taviton')], ['Hollenby', at('Hollenby')]]);
  });
});
