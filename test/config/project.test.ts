import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findProject, parseProject, ProjectError, readProjectFile } from '../../src/config/project';
import { ProjectIndex } from '../../src/config/project-index';

const EXAMPLE = {
  merge: [{ type: 'person', name: 'Daniyar Kassymov', aliases: ['Daniyar Kasymov', 'Kasymov'] }, 'Steppe Wire'],
  separate: [['Jon Peterson', 'Jon Petersen']],
  deny: ['Wire', { type: 'place', name: 'Daniyar Kassymov' }],
  watch: [{ type: 'person', name: 'Saule Temirova', aliases: ['Temirova'] }],
  titles: ['akim', 'Prosecutor General'],
};

describe('the project file', () => {
  test('parses every section', () => {
    const project = parseProject(EXAMPLE, 'newsner.json');
    expect(project).toEqual({
      file: 'newsner.json',
      merge: [
        { type: 'person', name: 'Daniyar Kassymov', aliases: ['Daniyar Kasymov', 'Kasymov'] },
        { name: 'Steppe Wire', aliases: [] },
      ],
      separate: [['Jon Peterson', 'Jon Petersen']],
      deny: [{ name: 'Wire' }, { type: 'place', name: 'Daniyar Kassymov' }],
      watch: [{ type: 'person', name: 'Saule Temirova', aliases: ['Temirova'] }],
      titles: ['akim', 'Prosecutor General'],
    });
  });

  test.each([
    [[], 'newsner.json: must be a JSON object'],
    [{ merges: [] }, 'newsner.json: unknown field "merges" (merge, separate, deny, watch, titles)'],
    [{ merge: {} }, 'newsner.json: merge: must be a list'],
    [{ merge: [{ name: '' }] }, 'newsner.json: merge[0].name: must be a non-empty string'],
    [{ merge: [{ type: 'company', name: 'Acme' }] }, 'newsner.json: merge[0].type: type must be one of person, organization, place, date'],
    [{ watch: ['Acme'] }, 'newsner.json: watch[0]: needs a type (person, organization, place)'],
    [{ watch: [{ type: 'date', name: 'Monday' }] }, 'newsner.json: watch[0].type: dates cannot be watched'],
    [{ separate: [['A']] }, 'newsner.json: separate[0]: must be a pair of names ["A", "B"]'],
    [{ merge: [{ name: 'A', aliases: [3] }] }, 'newsner.json: merge[0].aliases[0]: must be a non-empty string'],
  ])('rejects %j with a message naming the field', (data, message) => {
    expect(() => parseProject(data, 'newsner.json')).toThrow(new ProjectError(message));
  });

  test('found in the working directory, or given with --config; a missing --config file is an error', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsner-config-'));
    expect(findProject(undefined, dir)).toBeNull();
    fs.writeFileSync(path.join(dir, 'newsner.json'), JSON.stringify({ deny: ['Wire'] }));
    expect(findProject(undefined, dir)?.deny).toEqual([{ name: 'Wire' }]);
    const other = path.join(dir, 'other.json');
    fs.writeFileSync(other, '\uFEFF{"titles": ["akim"]}');
    expect(findProject(other, dir)?.titles).toEqual(['akim']);
    expect(() => findProject(path.join(dir, 'missing.json'), dir)).toThrow(/cannot read project file .*missing\.json \(ENOENT\)/);
    fs.writeFileSync(other, '{"titles": [}');
    expect(() => readProjectFile(other)).toThrow(/other\.json: not valid JSON/);
  });

  test('the index answers by name key, typed entries before untyped ones', () => {
    const index = new ProjectIndex(parseProject(EXAMPLE, null));
    expect(index.canonicalName('person', 'KASYMOV')).toBe('Daniyar Kassymov');
    expect(index.canonicalName('place', 'Kasymov')).toBeUndefined();
    expect(index.canonicalName('organization', 'steppe wire')).toBe('Steppe Wire');
    expect(index.canonicalName('person', 'temirova')).toBe('Saule Temirova');
    expect(index.isDenied('person', 'WIRE')).toBe(true);
    expect(index.isDenied('place', 'Daniyar Kassymov')).toBe(true);
    expect(index.isDenied('person', 'Daniyar Kassymov')).toBe(false);
    expect(index.keptApart('jon petersen', 'Jon Peterson')).toBe(true);
    expect(index.keptApart('Jon Peterson', 'Jon Peterson Jr')).toBe(false);
  });
});

test('the example project file of fixtures/corpus is valid', () => {
  const project = readProjectFile(path.join(__dirname, '..', '..', 'fixtures', 'corpus', 'newsner.json'));
  expect(project.merge.map((m) => m.name)).toEqual(['Daniyar Kassymov', 'Committee for National Security']);
  expect(project.watch).toEqual([{ type: 'person', name: 'Saule Temirova', aliases: ['Temirova'] }]);
});
