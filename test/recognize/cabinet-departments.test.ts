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
    expect(brief('Marrowfield Food and Agriculture Secretary Jo Park toured the farms.')).toEqual(['person:Jo Park']);
  });

  test('the department does not teach its word to the rest of the story', () => {
    expect(brief('Secretary of State Ana Droste spoke. State officials in Ohio disagreed.')).toEqual([
      'organization:State',
      'person:Ana Droste',
      'place:Ohio',
    ]);
  });

  test('departments listed by their short names before "departments" or after "departments of"', () => {
    const text = 'The bill funds the State, Commerce and Justice departments. The departments of Labor and Interior objected.';
    expect(names(text).map((r) => [r.text, r.start, r.end])).toEqual([
      ['State', 19, 24],
      ['Commerce', 26, 34],
      ['Justice', 39, 46],
      ['Labor', 79, 84],
      ['Interior', 89, 97],
    ]);
    expect(names('The state and federal departments agreed.')).toEqual([]);
  });
});
