// Property-based tests over random text: whatever the input, extract() never throws, every
// mention is the exact slice of the text at its offsets, the result is valid JSON, and a second
// run gives the same result.

import fc from 'fast-check';
import { extract } from '../../src';

// Words that make recognizers fire, mixed into random Unicode so the rules meet odd neighbours.
const NEWS_WORDS = ['Jane', 'Roe', 'Mr.', 'Prosecutor', 'General', 'Ministry', 'of', 'Lowton', 'Corp.', '(AP)', 'on', 'Tuesday', 'Feb.', '27,', '2024', 'the', 'U.S.', "'s", 'ASTANA,', '-', '\n\n', '"', '(KNB)'];

const newsLikeText = fc
  .array(fc.oneof(fc.constantFrom(...NEWS_WORDS), fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 60 })
  .map((parts) => parts.join(' '));

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'binary-ascii', maxLength: 300 }), newsLikeText);

describe('extract on random text', () => {
  it('never throws; mentions are exact slices inside the text; JSON round-trips; deterministic', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(null, '2024-02-28'), (text, refDate) => {
        const result = extract(text, { refDate });
        for (const entity of result.entities) {
          if (entity.count !== entity.mentions.length) return false;
          for (const m of entity.mentions) {
            if (!(m.start >= 0 && m.start < m.end && m.end <= text.length)) return false;
            if (m.text !== text.slice(m.start, m.end)) return false;
            if (m.text.trim() !== m.text) return false; // never surrounding space
          }
        }
        const json = JSON.stringify(result);
        if (JSON.stringify(JSON.parse(json)) !== json) return false;
        return JSON.stringify(extract(text, { refDate })) === json;
      }),
      { numRuns: 400, seed: 20261125 },
    );
  });
});
