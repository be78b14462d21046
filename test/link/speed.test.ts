import { linkMentions, PlacedMention } from '../../src/pipeline/link';

// Linking runs on every document: a long document (a leaked ledger, a name list) must not make it
// quadratic. Measured as a ratio of CPU time (user + system, so the time spent waiting for a core
// on a busy machine does not count), so neither a slow nor a loaded machine fails it: four times the
// mentions must take well under sixteen times as long (quadratic), here under eight.
function mentionsOf(count: number): PlacedMention[] {
  const mentions: PlacedMention[] = [];
  const syllables = ['ka', 'ri', 'mo', 'sa', 'ne', 'tu', 'li', 'va', 'do', 'be'];
  const word = (n: number) => syllables[n % 10] + syllables[Math.floor(n / 10) % 10] + syllables[Math.floor(n / 100) % 10] + 'ov';
  const people = count / 5;
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const person = i % people;
    // full names, bare surnames and ALL-CAPS forms of people sharing a thousand surnames
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
  return mentions;
}

function bestTime(mentions: PlacedMention[]): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = process.cpuUsage();
    const entities = linkMentions(mentions);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1e3);
    expect(entities.reduce((sum, e) => sum + e.count, 0)).toBe(mentions.length);
  }
  return best;
}

test('linking time grows linearly: 60,000 mentions take less than 8x the time of 15,000', () => {
  linkMentions(mentionsOf(5000)); // warm up the JIT and load the lexicon
  const small = bestTime(mentionsOf(15000));
  const large = bestTime(mentionsOf(60000));
  expect(large).toBeLessThan(8 * small + 50);
});
