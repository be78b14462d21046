import { linkMentions, PlacedMention } from '../../src/pipeline/link';

// Linking runs on every document: a long document (a leaked ledger, a name list) must not make it
// quadratic. 60,000 mentions of 12,000 different names must link in well under a few seconds.
test('60,000 mentions of 12,000 names link in linear time', () => {
  const mentions: PlacedMention[] = [];
  const syllables = ['ka', 'ri', 'mo', 'sa', 'ne', 'tu', 'li', 'va', 'do', 'be'];
  const word = (n: number) => syllables[n % 10] + syllables[Math.floor(n / 10) % 10] + syllables[Math.floor(n / 100) % 10] + 'ov';
  let offset = 0;
  for (let i = 0; i < 60000; i++) {
    const person = i % 12000;
    // full names, bare surnames and ALL-CAPS forms of 12,000 people sharing 1,000 surnames
    const surname = word(person % 1000);
    const given = word(person) + 'a';
    const text = i % 3 === 0 ? `${given} ${surname}` : i % 3 === 1 ? surname : `${given} ${surname}`.toUpperCase();
    const name = text[0].toUpperCase() + text.slice(1);
    mentions.push({
      type: i % 7 === 0 ? 'organization' : 'person',
      start: offset,
      end: offset + name.length,
      tokenStart: 0,
      tokenEnd: 1,
      rule: 'test',
      strength: 0.5,
      text: name,
      line: 1,
      column: offset + 1,
      sentenceText: name,
    });
    offset += name.length + 1;
  }
  const started = process.hrtime.bigint();
  const entities = linkMentions(mentions);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  expect(entities.reduce((sum, e) => sum + e.count, 0)).toBe(60000);
  expect(ms).toBeLessThan(3000);
});
