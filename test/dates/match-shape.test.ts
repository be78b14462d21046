// Every date match has one shape: the same fields in the same order, whichever pattern made it
// (context.ts's dateMatch). recognizeDates and bestAt read the matches of all the patterns; matches
// of a few shapes made those reads polymorphic and deoptimized recognizeDates while warming up.
import { setFlagsFromString } from 'v8';
import { parseIsoDate } from '../../src/dates/calendar';
import { DateContext, DateMatch, match } from '../../src/dates/context';
import { PATTERNS } from '../../src/pipeline/recognize/dates';
import { makeDoc } from './helpers';

const FIELDS = ['start', 'end', 'rule', 'value', 'inferred', 'anchor', 'startChar', 'endChar', 'extra'];

// (the same keys in the same order are not enough: a spread copy has them too, with another hidden
// class; V8's own test of two objects' hidden classes needs its natives syntax)
setFlagsFromString('--allow-natives-syntax');
const sameHiddenClass = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

// invented: a day range, two days joined by "and", a year range, a possessive year, an anchored
// month, a relative day, a quarter, a weekday and a reference phrase (with and without anchors and
// character offsets)
const TEXT =
  'TARVIK, May 6 - The Velmar Trust said on Tuesday that its 2002-2005 plan and 1993\'s harvest ran ' +
  'from 12-14 March to June 11 and 12. Profit fell in the third quarter, two days ago, and next May ' +
  'it expects more, officials said last week. It has grown in the past years.';

function matchesIn(text: string): DateMatch[] {
  const doc = makeDoc(text, '2024-05-06');
  const ctx: DateContext = { doc, tokens: doc.tokens, ref: parseIsoDate('2024-05-06'), lastDate: null };
  const found: DateMatch[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    for (const pattern of PATTERNS) {
      const match = pattern.match(ctx, i);
      if (match) found.push(match, ...(match.extra ?? []));
    }
  }
  return found;
}

describe('date match shape', () => {
  it('gives every match of every pattern the same fields in the same order', () => {
    const found = matchesIn(TEXT);
    // the text has matches with an anchor, with character offsets and with further dates
    expect(found.some((m) => m.anchor !== undefined)).toBe(true);
    expect(found.some((m) => m.startChar !== undefined)).toBe(true);
    expect(found.some((m) => m.extra !== undefined)).toBe(true);
    for (const match of found) expect([match.rule, Object.keys(match)]).toEqual([match.rule, FIELDS]);
  });

  it('gives every match the hidden class of one made by match() ("the past years" is set on its match, not a copy)', () => {
    const plain = match(0, 1, 'date.year', { value: '2024', inferred: [] });
    const found = matchesIn(TEXT);
    expect(found.map((m) => m.rule)).toContain('date.reference');
    expect(found.filter((m) => !sameHiddenClass(m, plain)).map((m) => m.rule)).toEqual([]);
  });
});
