// A newspaper's title keeps its capitalized "The" (refine/paper-titles.ts), and the title with and
// without it is one paper (link/legal-form.ts). Invented papers and sentences.
import { extract } from '../../src';
import { names } from './helpers';

describe('a newspaper title keeps its "The"', () => {
  test('mid-sentence and at the start of a sentence: "The" is part of the name, with exact offsets', () => {
    const text = 'A report in The Velmora Post said the port would close. The Harbour Times disagreed.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['The Velmora Post', 'organization', 12, 28],
      ['The Harbour Times', 'organization', 56, 73],
    ]);
  });

  test('a lower-case "the" stays out, and so does "The" before a one-word paper', () => {
    const text = 'Editors at the Velmora Post declined to comment. The Tribune said nothing.';
    expect(names(text).map((r) => [r.text, r.start, r.end])).toEqual([
      ['Velmora Post', 15, 27],
      ['Tribune', 53, 60],
    ]);
  });

  test('"The" opens a longer phrase when a noun or a number follows the title, not a verb', () => {
    const text = 'The Harbour Times reporter left. The Harbour Times 250 index fell. The Harbour Times quoted him.';
    expect(names(text).map((r) => [r.text, r.start, r.end])).toEqual([
      ['Harbour Times', 4, 17],
      ['Harbour Times', 37, 50],
      ['The Harbour Times', 67, 84],
    ]);
  });

  test('"The" must touch the title in its sentence: not across two spaces or a line break', () => {
    const text = 'He read The  Velmora Post.\nThe\nVelmora Post said so.';
    expect(names(text).map((r) => [r.text, r.start])).toEqual([
      ['Velmora Post', 13],
      ['Velmora Post', 31],
    ]);
  });

  test('a listed body that is no news organization keeps no "The", though its last word is a paper\'s', () => {
    expect(names('He sent it with The Deutsche Post on Monday.').map((r) => [r.text, r.start])).toEqual([['Deutsche Post', 20]]);
  });

  test('the paper with and without its "The" is one organization', () => {
    const text = 'A report in The Velmora Post said the mayor resigned. Editors at the Velmora Post declined to comment.';
    const papers = extract(text).entities.filter((e) => e.type === 'organization');
    expect(papers.map((e) => [e.name, e.mentions.map((m) => [m.text, m.start])])).toEqual([
      ['The Velmora Post', [['The Velmora Post', 12], ['Velmora Post', 69]]],
    ]);
  });
});
