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

  test('"The" opens a longer phrase when a noun or a number follows the title', () => {
    const text = 'The Harbour Times newspaper reported it. The Harbour Times 100 index fell.';
    expect(names(text).map((r) => [r.text, r.start, r.end])).toEqual([
      ['Harbour Times', 4, 17],
      ['Harbour Times', 45, 58],
    ]);
  });

  test('the paper with and without its "The" is one organization', () => {
    const text = 'A report in The Velmora Post said the mayor resigned. Editors at the Velmora Post declined to comment.';
    const papers = extract(text).entities.filter((e) => e.type === 'organization');
    expect(papers.map((e) => [e.name, e.mentions.map((m) => [m.text, m.start])])).toEqual([
      ['The Velmora Post', [['The Velmora Post', 12], ['Velmora Post', 69]]],
    ]);
  });
});
