import { brief, names } from './helpers';

describe('a department named inside its secretary title', () => {
  test('"<Department> Secretary" and "Secretary of <Department>": the department is an organization beside the person', () => {
    const text = 'Energy Secretary Tomas Vell met Secretary of State Ana Droste and the Homeland Security Secretary on Friday.';
    expect(names(text)).toEqual([
      { text: 'Energy', type: 'organization', start: 0, end: 6, rule: 'organization.cabinet-department', roles: undefined },
      { text: 'Tomas Vell', type: 'person', start: 17, end: 27, rule: 'person.title', roles: ['Energy Secretary'] },
      { text: 'State', type: 'organization', start: 45, end: 50, rule: 'organization.cabinet-department', roles: undefined },
      { text: 'Ana Droste', type: 'person', start: 51, end: 61, rule: 'person.title', roles: ['Secretary of State'] },
      { text: 'Homeland Security', type: 'organization', start: 70, end: 87, rule: 'organization.cabinet-department', roles: undefined },
    ]);
  });

  test('a rank or the country may stand before the department; a list of secretaries names each', () => {
    expect(brief('Former Defense Secretary Pim Holt, the Commerce Secretary Ivo Rask and Labor Secretary Edda Lind spoke.')).toEqual([
      'organization:Defense',
      'person:Pim Holt',
      'organization:Commerce',
      'person:Ivo Rask',
      'organization:Labor',
      'person:Edda Lind',
    ]);
  });

  test('not a British portfolio, a minister, a "State Secretary", nor a department of a longer name', () => {
    expect(brief('The Secretary of State for Transport, Interior Minister Olaf Brenn and State Secretary Kai Moll met.')).toEqual([
      'person:Olaf Brenn',
      'person:Kai Moll',
    ]);
    expect(brief('Marrowfield Fish and Energy Secretary Jo Park toured the farms.')).toEqual(['person:Jo Park']);
    // a state's own secretary of state is no federal department
    expect(brief('The Ohio Secretary of State certified the vote.')).toEqual(['place:Ohio']);
  });

  test('the department does not teach its word to the rest of the story', () => {
    expect(brief('Secretary of State Ana Droste spoke. State officials in Ohio disagreed.')).toEqual([
      'organization:State',
      'person:Ana Droste',
      'place:Ohio',
    ]);
  });

  test('departments listed by their short names before "departments" or after "departments of"', () => {
    const text = 'The bill funds the Energy, State and Labor departments. The departments of Interior and Justice objected.';
    expect(names(text).map((r) => [r.text, r.start, r.end])).toEqual([
      ['Energy', 19, 25],
      ['State', 27, 32],
      ['Labor', 37, 42],
      ['Interior', 75, 83],
      ['Justice', 88, 95],
    ]);
    expect(names('The state and federal departments agreed.')).toEqual([]);
  });

  test('where the story names the department in full, its short name alone before its staff or a verb, or after "at"', () => {
    const text = 'The Justice Department reopened the case. Justice aides met Justice Ivo Rask, and a clerk at Justice said Justice wants a ruling. ' +
      'Chief Justice Pim Holt spoke. Transportation officials did not.';
    expect(names(text).filter((r) => r.type === 'organization').map((r) => [r.text, r.start, r.end, r.rule])).toEqual([
      ['Justice Department', 4, 22, 'organization.gazetteer'],
      ['Justice', 42, 49, 'organization.cabinet-department'],
      ['Justice', 93, 100, 'organization.cabinet-department'],
      ['Justice', 106, 113, 'organization.cabinet-department'],
    ]);
    expect(names(text).filter((r) => r.type === 'person').map((r) => r.text)).toEqual(['Ivo Rask', 'Pim Holt']);
    // nor is the common noun or a copula after it the department: "Defense lawyers", "Justice was served"
    const common = 'The Defense Department sued the firm. Defense lawyers said the contractor lied. The Justice Department agreed, and Justice was served, Vell said.';
    expect(names(common).filter((r) => r.rule === 'organization.cabinet-department')).toEqual([]);
    // without the full name, the short name alone stays unnamed
    expect(names('Justice aides met on Friday. Energy officials agreed.').filter((r) => r.type === 'organization')).toEqual([]);
  });
});
