// The hand-built sample must itself honour the contract the formatters are tested with.
import { SAMPLE, SAMPLE_TEXT } from './sample';

test('every sample mention is the slice of the sample text at its offsets, at its line and column', () => {
  const lineStarts = [0, SAMPLE_TEXT.indexOf('\n') + 1];
  for (const entity of SAMPLE.entities) {
    expect(entity.count).toBe(entity.mentions.length);
    for (const mention of entity.mentions) {
      expect(SAMPLE_TEXT.slice(mention.start, mention.end)).toBe(mention.text);
      expect(mention.column).toBe(mention.start - lineStarts[mention.line - 1] + 1);
    }
  }
});
