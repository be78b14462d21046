import { recognizePaperMastheads } from '../../src/pipeline/recognize/paper-mastheads';
import { names, run } from './helpers';

describe('paper mastheads: a capitalized "The" in mid-sentence opens a title', () => {
  test('a title ending in a paper\'s head word is a newspaper, "The" included, even when its words are a person\'s', () => {
    const text = 'He said in an interview with The Marlow Sentinel that he agreed, and he wrote for The Varn Courier.';
    expect(run(recognizePaperMastheads, text)).toEqual([
      { text: 'The Marlow Sentinel', type: 'organization', start: 29, end: 48, rule: 'organization.paper-masthead' },
      { text: 'The Varn Courier', type: 'organization', start: 82, end: 98, rule: 'organization.paper-masthead' },
    ]);
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['The Marlow Sentinel', 'organization', 29, 48],
      ['The Varn Courier', 'organization', 82, 98],
    ]);
  });

  test('after "told", "according to" or "interview with" any title is an outlet ("told The Age"), up to the noun after it', () => {
    expect(run(recognizePaperMastheads, 'Police told The Age newspaper they had a suspect. According to The Kell Weekly Dial, talks failed.')).toEqual([
      { text: 'The Age', type: 'organization', start: 12, end: 19, rule: 'organization.paper-masthead' },
      { text: 'The Kell Weekly Dial', type: 'organization', start: 63, end: 83, rule: 'organization.paper-masthead' },
    ]);
  });

  test('after "told the", a title ending in a paper\'s head word is a paper, without the writer\'s lower-case "the"; not another title nor a title before a noun', () => {
    const text = 'Ann Rusk told the Ostrel Courier that sales fell. He told the Ostrel Harbour Board so. She told the Kell Courier reporter that.';
    expect(run(recognizePaperMastheads, text)).toEqual([
      { text: 'Ostrel Courier', type: 'organization', start: 18, end: 32, rule: 'organization.paper-masthead' },
    ]);
  });

  test('not a place "The" opens, a listed paper, a title that modifies a noun, a title without a cue or a head word, a title running on past "of", nor a song\'s or a ship\'s (a sentence\'s opening "The": below)', () => {
    const text = 'He told The Hague court he was innocent. He read The Guardian daily. She read it in The Varn Courier reporter notes. ' +
      'She saw The Grey Harbour Blues twice. He read The Sentinel. He quoted in The Art of War a line. ' +
      'She sang House of The Rising Sun. He sailed on The Northern Star. He told The Washington Post so.';
    expect(run(recognizePaperMastheads, text)).toEqual([]);
  });

  test('after the writer\'s own "the", a title ending in a paper\'s word before "of" is a register or a list, no paper ("the Velby Register of Old Mills")', () => {
    const text = 'The Orvane mill joined the Velby Register of Old Mills in 1979; the Velby Ledger said so.';
    expect(names(text).filter((r) => r.type === 'organization').map((r) => [r.text, r.start, r.end, r.rule])).toEqual([
      ['Velby Ledger', 68, 80, 'organization.paper-masthead'],
    ]);
  });

  test('issue 13: after the writer\'s own "the", a title ending in a paper\'s word is a paper, not a person who said something ("the Ostrel Ledger said"); not after an issue\'s month, nor before a noun', () => {
    const text = 'The deal was off, the Ostrel Ledger said. A report in the Kell Valley Observer agreed. He read the October Kell Review and the Ostrel Courier reporter notes.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Ostrel Ledger', 'organization', 22, 35, 'organization.paper-masthead'],
      ['Kell Valley Observer', 'organization', 58, 78, 'organization.paper-masthead'],
    ]);
  });

  test('issue 13: after the writer\'s "the", two words whose first is an ordinary word are no paper ("the Late Echo"), unless it opens papers\' names ("the Daily ...", "the Sunday ...")', () => {
    expect(run(recognizePaperMastheads, 'They heard the Late Echo in the valley. The deal was off, the Daily Orvik Courier said, and the Sunday Kell Ledger agreed.').map((m) => [m.text, m.start, m.end])).toEqual([
      ['Daily Orvik Courier', 62, 81],
      ['Sunday Kell Ledger', 96, 114],
    ]);
  });

  test('review 21: an award won or an anthem sung after "the" is no paper ("won the Golden Globe", "the Star Spangled Banner")', () => {
    expect(run(recognizePaperMastheads, 'She won the Golden Globe for best actress, and fans sang the Star Spangled Banner.')).toEqual([]);
  });

  test('issue 13: a sentence\'s opening "The" before a title ending in a paper\'s word is a paper too, not a person who said something ("The Ostrel Ledger said")', () => {
    expect(names('The Ostrel Ledger said on Monday that the mill would close. The Kell Drift Echo agreed.').map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Ostrel Ledger', 'organization', 4, 17, 'organization.paper-masthead'],
      ['Kell Drift Echo', 'organization', 64, 79, 'organization.paper-masthead'],
    ]);
  });

  test('a story that opens with "The" and a title ending in "Globe" is read, not a crash (the award check asks no word before the first)', () => {
    expect(names('The Kell Globe said on Monday that the mill would close.').map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['The Kell Globe', 'organization', 0, 14, 'organization.paper-masthead'],
    ]);
  });

  test('issue 13ah: two papers\' words joined by a hyphen end a paper\'s name after "the", and stand alone as one ("the Tarnby Echo-Post", "the Clarion-Messenger")', () => {
    const text = 'Rival papers include the Tarnby Echo-Post. He joined the Clarion-Messenger in 1990. She read the Kell Post-Haste report.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Tarnby Echo-Post', 'organization', 25, 41, 'organization.paper-masthead'],
      ['Clarion-Messenger', 'organization', 57, 74, 'organization.paper-masthead'],
    ]);
  });
});
