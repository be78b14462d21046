import { parseProject } from '../../src/config/project';
import { ProjectIndex } from '../../src/config/project-index';
import { applyProjectToResult } from '../../src/corpus/apply-project';
import { doc } from './results';

describe('the project file on results extracted before the decision', () => {
  const project = new ProjectIndex(
    parseProject(
      {
        merge: [{ type: 'person', name: 'Daniyar Kassymov', aliases: ['Daniyar Kasymov', 'Kasymov'] }],
        deny: ['Wire', { type: 'place', name: 'Daniyar Kassymov' }],
      },
      null,
    ),
  );

  test('renames confirmed variants, joins what now has one name, drops denied names', () => {
    const result = applyProjectToResult(
      doc(
        'b.txt',
        { type: 'person', name: 'Daniyar Kasymov', sentences: ['s1', 's2'], aliases: ['Kasymov'], roles: ['former prime minister'] },
        { type: 'person', name: 'Wire', sentences: ['s1'] },
        { type: 'person', name: 'Daniyar Kassymov', sentences: ['s3'], roles: ['ex-premier'] },
        { type: 'place', name: 'Daniyar Kassymov', sentences: ['s4'] },
        { type: 'place', name: 'Almaty', sentences: ['s1'] },
      ),
      project,
    );
    expect(result.entities.map((e) => [e.type, e.name, e.count, e.aliases, e.roles, e.mentions.map((m) => m.sentence)])).toEqual([
      ['person', 'Daniyar Kassymov', 3, ['Daniyar Kasymov', 'Kasymov'], ['former prime minister', 'ex-premier'], ['s1', 's3', 's2']],
      ['place', 'Almaty', 1, [], undefined, ['s1']],
    ]);
  });

  test('is idempotent, and does nothing without a project', () => {
    const input = doc('b.txt', { type: 'person', name: 'Kasymov', sentences: ['s1'] }, { type: 'person', name: 'Wire', sentences: ['s2'] });
    const once = applyProjectToResult(input, project);
    expect(applyProjectToResult(once, project)).toEqual(once);
    expect(once.entities.map((e) => [e.name, e.aliases])).toEqual([['Daniyar Kassymov', ['Kasymov']]]);
    expect(applyProjectToResult(input, null)).toBe(input);
  });
});
