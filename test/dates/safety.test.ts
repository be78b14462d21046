// Dates must never take a document down and must stay fast on hostile input.
import { recognizeDates } from '../../src/pipeline/recognize/dates';
import { makeDoc } from './helpers';

test('hostile text: runs of periods, digits and month names, in linear time', () => {
  const texts = [
    '.'.repeat(200000),
    '1999 '.repeat(20000),
    'May May May '.repeat(10000),
    'the end of the end of the '.repeat(5000),
    'Jan. '.repeat(20000) + '5',
    'a year ago a year earlier '.repeat(5000),
  ];
  for (const text of texts) {
    // CPU time (user + system): waiting for a core on a loaded machine does not count
    const started = process.cpuUsage();
    const doc = makeDoc(text, '2024-02-28');
    expect(() => recognizeDates(doc)).not.toThrow();
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(3000);
  }
});

test('an invalid reference date is ignored, not thrown on', () => {
  const doc = makeDoc('He resigned on Tuesday.', '2024-02-30');
  expect(recognizeDates(doc).map((m) => m.value)).toEqual(['XXXX-WXX-2']);
});

test('"a third quarter" phrase that crashes compromise-dates is a plain quarter here', () => {
  const doc = makeDoc('Analysts expect a loss in a third quarter, then a recovery.', '2024-02-28');
  expect(recognizeDates(doc).map((m) => [doc.text.slice(m.start, m.end), m.value])).toEqual([['third quarter', '2024-Q3']]);
});
