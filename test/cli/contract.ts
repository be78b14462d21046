// The JSONL contract, checked on whatever the recognizers found: every mention is the exact slice
// of the document text at its offsets, on the line and column it claims, with no surrounding space.
import { DocumentResult, ENTITY_TYPES } from '../../src/model';

export function expectContract(record: DocumentResult, text: string): void {
  expect(Object.keys(record)).toEqual(['file', 'id', 'format', 'date', 'entities']);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  for (const entity of record.entities) {
    expect(ENTITY_TYPES).toContain(entity.type);
    expect(typeof entity.name).toBe('string');
    expect(entity.count).toBe(entity.mentions.length);
    for (const mention of entity.mentions) {
      expect(mention.start).toBeGreaterThanOrEqual(0);
      expect(mention.end).toBeGreaterThan(mention.start);
      expect(mention.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      expect(mention.text).toBe(mention.text.trim());
      expect(lineStarts[mention.line - 1]).toBeLessThanOrEqual(mention.start);
      if (mention.line < lineStarts.length) expect(mention.start).toBeLessThan(lineStarts[mention.line]);
      expect(mention.column).toBe(mention.start - lineStarts[mention.line - 1] + 1);
      expect(typeof mention.rule).toBe('string');
      expect(typeof mention.sentence).toBe('string');
    }
  }
}
