import { names } from './helpers';

describe('a body and a person touching in one run of capitals', () => {
  test('a head noun inside the run, then a known first name or a Chinese name to its end: two names', () => {
    const text = 'At the Velmar Standing Committee Li Lemin presided. The Minister of Finance Dana Kessel spoke.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Velmar Standing Committee', 'organization', 7, 32, 'organization.before-person'],
      ['Li Lemin', 'person', 33, 41, 'person.after-body'],
      ['Finance', 'organization', 68, 75, 'organization.before-person'],
      ['Dana Kessel', 'person', 76, 87, 'person.title'],
    ]);
    // after a title's "of", the body is the person's role ("Chairman of the Velmar Standing Committee")
    expect(names('Chairman of the Velmar Standing Committee Li Lemin presided.').map((r) => [r.text, r.start, r.rule, r.roles ?? null])).toEqual([
      ['Velmar Standing Committee', 16, 'organization.before-person', null],
      ['Li Lemin', 42, 'person.title', ['Chairman of the Velmar Standing Committee']],
    ]);
  });

  test('not a head that is an ordinary word too, nor words that are no person\'s name', () => {
    const text = 'He joined Velmar International Dana Kessel last year. The Velmar Harbour Board Tarvo Sinn met.';
    expect(names(text).filter((r) => r.rule.endsWith('-person') || r.rule.endsWith('after-body')).map((r) => r.text)).toEqual([]);
  });
});
