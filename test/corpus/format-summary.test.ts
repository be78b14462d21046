import { formatSuggestionsCsv, formatSummaryCsv, formatSummaryJson, formatSummaryTable, SummaryOutput } from '../../src/corpus/format-summary';
import { SummaryBuilder } from '../../src/corpus/summary';
import { suggestVariants } from '../../src/corpus/variants';
import { corpus } from './results';

function output(): SummaryOutput {
  const builder = new SummaryBuilder();
  for (const result of corpus()) builder.add(result);
  const entities = builder.result({ types: ['person'] });
  return { documents: builder.documentCount, entities, suggestions: suggestVariants(entities) };
}

describe('summary output formats', () => {
  test('CSV: one row per entity, aliases and roles joined with "; "', () => {
    expect(formatSummaryCsv(output())).toBe(
      'type,name,aliases,roles,count,documents,value,first_date,last_date,example_file,example_sentence,inferred\n' +
        'person,Daniyar Kassymov,Kassymov,Former Prime Minister,3,2,,,,a.txt,Former Prime Minister Daniyar Kassymov was detained by the KNB in Astana.,\n' +
        'person,Peter Halloran,Halloran,,2,2,,,,c.txt,Peter Halloran of Northern Grain Bank resigned in London.,"Halloran (surname only, 1 document)"\n' +
        'person,Daniyar Kasymov,,,1,1,,,,b.txt,A court in Almaty extended the arrest of Daniyar Kasymov.,\n',
    );
  });

  test('CSV of the suggestions', () => {
    expect(formatSuggestionsCsv(output())).toBe(
      'type,name,variant,variant_type,reason,name_count,variant_count\n' +
        'person,Daniyar Kassymov,Daniyar Kasymov,person,"surname one edit apart (Kassymov / Kasymov), same given name",3,1\n',
    );
  });

  test('JSON: documents, entities, suggestions', () => {
    const parsed = JSON.parse(formatSummaryJson(output()));
    expect(Object.keys(parsed)).toEqual(['documents', 'entities', 'suggestions']);
    expect(parsed.documents).toBe(4);
    expect(parsed.entities[0]).toEqual({
      type: 'person',
      name: 'Daniyar Kassymov',
      aliases: ['Kassymov'],
      roles: ['Former Prime Minister'],
      count: 3,
      documents: 2,
      example: { sentence: 'Former Prime Minister Daniyar Kassymov was detained by the KNB in Astana.', file: 'a.txt' },
    });
  });

  test('table without colour: a heading, the rows, then the suggestions', () => {
    const text = formatSummaryTable(output(), false);
    const lines = text.split('\n');
    expect(lines[0]).toBe('3 entities in 4 documents');
    expect(lines[2]).toMatch(/^│ type +│ name +│ mentions │ docs │ roles, aliases or value +│ example +│$/);
    expect(lines[3]).toMatch(/^│ person +│ Daniyar Kassymov +│ +3 │ +2 │ Former Prime Minister; also Kassymov +│ a\.txt: Former Prime Minister Daniyar Kassymov … +│$/);
    expect(lines[4]).toBe('│ person │ Peter Halloran   │        2 │    2 │ also Halloran; inferred: Halloran (surname only, … │ c.txt: Peter Halloran of Northern Grain Bank r… │');
    expect(text).toContain('1 possible variants (not merged: confirm in newsner.json "merge", or reject in "separate")');
    expect(text).toMatch(/│ person +│ Daniyar Kassymov \(3\) +│ Daniyar Kasymov \(1\) +│ surname one edit apart \(Kassymov \/ Kasymov\), same given name +│/);
    expect(text).not.toMatch(/\u001b\[/);
  });
});
