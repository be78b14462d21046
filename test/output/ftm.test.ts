// --format ftm on fixtures/corpus, checked against the FollowTheMoney model of its maintained npm
// package (@alephdata/followthemoney): every schema and property exists, required properties are
// there, entity references point at entities of the right schema in the same output, dates and
// lengths are what the types allow. Then exact lines for one invented article.
import { Model, defaultModel } from '@alephdata/followthemoney';
import { writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import { entityId } from '../../src/output/ftm';
import { newsner } from '../cli/binary';

interface Line {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const model = new Model(defaultModel);

function ftm(args: string[]): Line[] {
  const result = newsner(['extract', ...args, '-f', 'ftm', '-j', '1']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout.endsWith('\n')).toBe(true);
  return result.stdout.slice(0, -1).split('\n').map((line) => JSON.parse(line) as Line);
}

/** The model's own judgement of one entity, and of its references within the output. */
function problems(line: Line, byId: Map<string, Line>): string[] {
  const found: string[] = [];
  let schema;
  try {
    schema = model.getSchema(line.schema);
  } catch (error) {
    return [`${line.schema}: ${(error as Error).message}`];
  }
  if (schema.abstract) found.push(`${line.schema} is abstract`);
  if (!/^[0-9a-f]{40}$/.test(line.id)) found.push(`id ${line.id}`);
  try {
    model.getEntity(line); // throws on a property the schema lacks
  } catch (error) {
    found.push(`${line.schema}: ${(error as Error).message}`);
  }
  for (const required of schema.required) if (!line.properties[required]?.length) found.push(`${line.schema} lacks ${required}`);
  for (const [name, values] of Object.entries(line.properties)) {
    if (!schema.hasProperty(name)) continue;
    const property = schema.getProperty(name);
    if (values.length === 0) found.push(`${name}: empty list`);
    for (const value of values) {
      if (typeof value !== 'string' || value.trim() === '') found.push(`${name}: ${JSON.stringify(value)}`);
      if (property.maxLength && value.length > property.maxLength) found.push(`${name}: longer than ${property.maxLength}`);
      if (property.type.name === 'date' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) found.push(`${name}: date ${value}`);
      if (property.type.name === 'entity') {
        const target = byId.get(value);
        if (!target) found.push(`${name}: no entity ${value}`);
        else if (!model.getSchema(target.schema).isA(property.getRange())) found.push(`${name}: ${target.schema} is not a ${property.getRange().name}`);
      }
    }
  }
  return found;
}

describe('--format ftm on fixtures/corpus', () => {
  const lines = ftm(['fixtures/corpus']);
  const byId = new Map(lines.map((line) => [line.id, line]));

  test('every entity is valid in the FollowTheMoney model', () => {
    expect(lines.length).toBeGreaterThan(50);
    expect(lines.flatMap((line) => problems(line, byId))).toEqual([]);
  });

  test('one Document per article, a Person or Organization per entity, a Mention per document and entity', () => {
    const records = newsner(['extract', 'fixtures/corpus', '-f', 'jsonl', '-j', '1'])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { entities: { type: string; name: string }[] });
    const named = records.flatMap((r) => r.entities.filter((e) => e.type === 'person' || e.type === 'organization'));
    const count = (schema: string) => lines.filter((l) => l.schema === schema).length;
    expect(count('PlainText')).toBe(6);
    expect(count('Mention')).toBe(named.length);
    expect(count('Person') + count('Organization')).toBe(named.length);
    // the same person in several documents: one id, so Aleph merges the fragments
    const persons = new Set(lines.filter((l) => l.schema === 'Person').map((l) => l.id));
    expect(persons.size).toBeLessThan(count('Person'));
    expect(new Set(lines.filter((l) => l.schema === 'Mention').map((l) => l.id)).size).toBe(count('Mention'));
  });

  test('ids are the same from run to run and follow the corpus key', () => {
    expect(ftm(['fixtures/corpus']).map((l) => l.id)).toEqual(lines.map((l) => l.id));
    expect(entityId({ type: 'person', name: 'KARIM MASSIMOV' })).toBe(entityId({ type: 'person', name: 'Karim Massimov' }));
    expect(entityId({ type: 'person', name: 'Karim Massimov' })).not.toBe(entityId({ type: 'organization', name: 'Karim Massimov' }));
  });

  test('the validation catches what the model forbids', () => {
    const person = lines.find((l) => l.schema === 'Person')!;
    const mention = lines.find((l) => l.schema === 'Mention')!;
    expect(problems({ ...person, schema: 'Human' }, byId)).toEqual(['Human: No such schema: Human']);
    expect(problems({ ...person, properties: { ...person.properties, role: ['x'] } }, byId)).toEqual(['Person: Property does not exist: role']);
    expect(problems({ ...mention, properties: { ...mention.properties, resolved: [mention.properties.document[0]] } }, byId)).toEqual([
      'resolved: PlainText is not a LegalEntity',
    ]);
    expect(problems({ ...person, schema: 'Thing' }, byId)).toContain('Thing is abstract');
  });
});

test('exact entities for one JSONL record', () => {
  const record = {
    id: 'memo-7',
    date: '2024-03-05',
    text: 'Lawyer Orla Fennick met officials of Tarrowby Shipping Ltd in Velmar on Monday. Fennick said the firm had paid its fines.',
  };
  const file = join(tmpdir(), `newsner-ftm-${process.pid}.jsonl`);
  writeFileSync(file, `${JSON.stringify(record)}\n`);
  const lines = ftm([file]);
  const document = lines.find((l) => l.schema === 'PlainText')!;
  const person = entityId({ type: 'person', name: 'Orla Fennick' });
  const company = entityId({ type: 'organization', name: 'Tarrowby Shipping Ltd' });
  expect(lines.map((l) => l.schema)).toEqual(['Person', 'Organization', 'PlainText', 'Mention', 'Mention']);
  expect(lines[0]).toEqual({ id: person, schema: 'Person', properties: { name: ['Orla Fennick'], alias: ['Fennick'], position: ['Lawyer'] } });
  expect(lines[1]).toEqual({ id: company, schema: 'Organization', properties: { name: ['Tarrowby Shipping Ltd'] } });
  expect(document.properties).toEqual({
    fileName: [basename(file)],
    title: [`${file}#memo-7`],
    date: ['2024-03-05'],
    mimeType: ['text/plain'],
    peopleMentioned: ['Orla Fennick'],
    companiesMentioned: ['Tarrowby Shipping Ltd'],
    locationMentioned: ['Velmar'],
    processingAgent: ['newsner'],
  });
  expect(lines[3].properties).toEqual({ name: ['Orla Fennick', 'Fennick'], document: [document.id], resolved: [person], detectedSchema: ['Person'] });
  expect(lines[4].properties).toEqual({ name: ['Tarrowby Shipping Ltd'], document: [document.id], resolved: [company], detectedSchema: ['Organization'] });
  expect(lines.flatMap((line) => problems(line, new Map(lines.map((l) => [l.id, l]))))).toEqual([]);
});
