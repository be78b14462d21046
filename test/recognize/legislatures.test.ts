import { brief, names } from './helpers';

describe('the legislative House', () => {
  test('in a story that names the Senate: "the House", "House Speaker X", "House and Senate", not inside longer names', () => {
    const text = 'The House passed the bill. House Speaker Ann Vell said House and Senate negotiators would meet at the ' +
      'White House. The House Farm Committee and the House of Commons were not told.';
    expect(names(text).filter((r) => r.rule === 'organization.legislature')).toEqual([
      { text: 'House', type: 'organization', start: 4, end: 9, rule: 'organization.legislature' },
      { text: 'House', type: 'organization', start: 27, end: 32, rule: 'organization.legislature' },
      { text: 'House', type: 'organization', start: 55, end: 60, rule: 'organization.legislature' },
    ]);
    expect(brief(text)).toEqual([
      'organization:House',
      'organization:House',
      'person:Ann Vell',
      'organization:House',
      'organization:Senate',
      'organization:White House',
      'organization:House Farm Committee',
      'organization:House of Commons',
    ]);
  });

  test('without a legislature in the story, "House" is left alone', () => {
    expect(brief('The House was sold to Ann Vell for a record price.')).toEqual(['person:Ann Vell']);
  });

  test('opening a sentence: part of a longer name, or before a noun, it is no chamber', () => {
    const text = 'Opera House tickets sold out, Sen. Ann Vell said. House prices rose. The House voted. House and Senate leaders met.';
    expect(brief(text)).toEqual(['person:Ann Vell', 'organization:House', 'organization:House', 'organization:Senate']);
  });

  test('before its members ("House Republicans"), after an article or "Former" opening a sentence, and before "-passed"', () => {
    const text = 'House Republicans met Sen. Ivo Marek. A House panel and the House Democratic caucus objected. ' +
      'Former House Speaker Lena Dorr backed the House-passed plan.';
    expect(names(text).filter((r) => r.rule === 'organization.legislature')).toEqual([
      { text: 'House', type: 'organization', start: 0, end: 5, rule: 'organization.legislature' },
      { text: 'House', type: 'organization', start: 40, end: 45, rule: 'organization.legislature' },
      { text: 'House', type: 'organization', start: 60, end: 65, rule: 'organization.legislature' },
      { text: 'House', type: 'organization', start: 101, end: 106, rule: 'organization.legislature' },
      { text: 'House', type: 'organization', start: 136, end: 141, rule: 'organization.legislature' },
    ]);
  });
});
