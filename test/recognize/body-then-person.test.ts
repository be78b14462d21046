import { names } from './helpers';

describe('a body and a person touching in one run of capitals', () => {
  test('a head noun inside the run, then a known first name or a Chinese name to its end: two names', () => {
    const text = 'Chairman of the Velmar Standing Committee Li Lemin presided. The Minister of Finance Dana Kessel spoke.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Velmar Standing Committee', 'organization', 16, 41, 'organization.before-person'],
      ['Li Lemin', 'person', 42, 50, 'person.after-body'],
      ['Finance', 'organization', 77, 84, 'organization.before-person'],
      ['Dana Kessel', 'person', 85, 96, 'person.title'],
    ]);
  });

  test('not a head that is an ordinary word too, nor words that are no person\'s name', () => {
    const text = 'He joined Velmar International Dana Kessel last year. The Velmar Harbour Board Tarvo Sinn met.';
    expect(names(text).filter((r) => r.rule.endsWith('-person') || r.rule.endsWith('after-body')).map((r) => r.text)).toEqual([]);
  });
});
