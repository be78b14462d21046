import { analyzeChunk } from '../../src/pipeline';
import { names } from './helpers';

describe('issue 13: a body\'s initials in brackets after its name say where the name ends', () => {
  test('"in Tarvesia", "and Kessan Dockers" and a capitalized preposition belong to the name the initials spell', () => {
    const text =
      'The Council for Peace in Tarvesia (CPT) met on Monday. The Union of Velmar and Kessan Dockers (UVKD) said so. ' +
      'The Association for Trade Across the Orvel Sea (ATAOS) was ready.';
    expect(names(text).filter((r) => r.type !== 'date').map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Council for Peace in Tarvesia', 'organization', 4, 33, 'organization.spelled-initials'],
      ['CPT', 'organization', 35, 38, 'organization.bracketed-acronym'],
      ['Union of Velmar and Kessan Dockers', 'organization', 59, 93, 'organization.spelled-initials'],
      ['UVKD', 'organization', 95, 99, 'organization.bracketed-acronym'],
      ['Association for Trade Across the Orvel Sea', 'organization', 114, 156, 'organization.spelled-initials'],
      ['ATAOS', 'organization', 158, 163, 'organization.bracketed-acronym'],
    ]);
  });

  test('not where the name found already spells them ("the Ministry of Health in Tarvesia (MOH)")', () => {
    const text = 'The Ministry of Health in Tarvesia (MOH) said so.';
    expect(names(text).filter((r) => r.type !== 'date').map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Ministry of Health', 'organization', 4, 22, 'organization.head-of'],
      ['Tarvesia', 'place', 26, 34, 'place.preposition'],
      ['MOH', 'organization', 36, 39, 'organization.acronym'],
    ]);
  });

  test('the capitalized words before a name that stops short of its initials are the body\'s, a person\'s reading too ("the Scottish Charity Grants Panel (SCGP)", "Hope Velmar Kessan (HVK)")', () => {
    const text = 'The church will appeal to the Scottish Charity Grants Panel (SCGP) on Monday. Ivo Brandt (IB) said so. Hope Velmar Kessan (HVK) voted.';
    expect(names(text).filter((r) => r.type !== 'date').map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Scottish Charity Grants Panel', 'organization', 30, 59, 'organization.spelled-initials'],
      ['SCGP', 'organization', 61, 65, 'organization.bracketed-acronym'],
      // (two names spelling two letters, the last a surname the lists know, stay a person's)
      ['Ivo Brandt', 'person', 78, 88, 'person.unknown-name'],
      ['IB', 'organization', 90, 92, 'organization.acronym'],
      ['Hope Velmar Kessan', 'organization', 103, 121, 'organization.spelled-initials'],
      ['HVK', 'organization', 123, 126, 'organization.bracketed-acronym'],
    ]);
  });
});

describe('review 23: a name the initials spell never overlaps another mention', () => {
  test('a date in the tail or among the words taken in before the name goes with the other readings', () => {
    const text = 'Officials of the Council for Peace in Tarvesia on Monday (CPTM) met. Officials said the Monday Water Supply Board (MWSB) met.';
    const { doc, mentions } = analyzeChunk(text, 0, text.length, null, null);
    const rows = mentions.map((m) => [doc.text.slice(m.start, m.end), m.type]);
    for (const a of mentions) for (const b of mentions) if (a !== b) expect(a.start < b.end && b.start < a.end).toBe(false);
    expect(rows).toEqual([
      ['Council for Peace in Tarvesia on Monday', 'organization'],
      ['CPTM', 'organization'],
      ['Monday Water Supply Board', 'organization'],
      ['MWSB', 'organization'],
    ]);
  });
});
