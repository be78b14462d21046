// CSV injection: cells from a hostile document that a spreadsheet would run as formulas get a
// leading apostrophe in every CSV the tool writes (extract, summary, merge, graph); --csv-raw keeps
// the bytes. The documents are invented.
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { csvRows, spreadsheetSafe } from '../../src/output/csv-cells';
import { newsner } from '../cli/binary';

describe('spreadsheetSafe', () => {
  test.each([
    ['=1+2', "'=1+2"],
    ['+44 20', "'+44 20"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', "'\rCR"],
  ])('%j starts a formula: prefixed', (cell, expected) => {
    expect(spreadsheetSafe(cell)).toBe(expected);
  });

  test.each(['Maria Kovacs', ' =1+2', "'=1+2", '', 'a=b', '2024-01-05'])('%j is left alone', (cell) => {
    expect(spreadsheetSafe(cell)).toBe(cell);
  });

  test('numbers are never changed', () => {
    expect(spreadsheetSafe(-3)).toBe(-3);
    expect(csvRows([['=x', 5, 'ok']])).toBe("'=x,5,ok\n");
    expect(csvRows([['=x', 5, 'ok']], true)).toBe('=x,5,ok\n');
  });
});

describe('every CSV the tool writes, on a hostile document', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsner-csv-'));
  const file = join(dir, 'leak.jsonl');
  writeFileSync(
    file,
    [
      { id: '=1+2', text: '=HYPERLINK("http://example.test/x","Open") Maria Kovacs met Tomas Reyes in Lisbon.' },
      { id: '@SUM(A1)', text: '-2+3 was the score when Dunmore Holdings hired Tomas Reyes.' },
    ]
      .map((record) => JSON.stringify(record))
      .join('\n') + '\n',
  );
  const run = (args: string[]) => {
    const result = newsner(args);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return result.stdout.split(dir).join('<DIR>');
  };
  const SENTENCE = '"\'=HYPERLINK(""http://example.test/x"",""Open"") Maria Kovacs met Tomas Reyes in Lisbon."';

  test('extract --format csv: the ids are quoted as text; --csv-raw keeps them', () => {
    expect(run(['extract', file, '-f', 'csv', '-t', 'person'])).toBe(
      [
        'file,id,type,name,text,start,end,line,column,value',
        "<DIR>/leak.jsonl,'=1+2,person,Maria Kovacs,Maria Kovacs,43,55,1,44,",
        "<DIR>/leak.jsonl,'=1+2,person,Tomas Reyes,Tomas Reyes,60,71,1,61,",
        "<DIR>/leak.jsonl,'@SUM(A1),person,Tomas Reyes,Tomas Reyes,47,58,1,48,",
        '',
      ].join('\n'),
    );
    expect(run(['extract', file, '-f', 'csv', '-t', 'person', '--csv-raw']).split('\n')[1]).toBe(
      '<DIR>/leak.jsonl,=1+2,person,Maria Kovacs,Maria Kovacs,43,55,1,44,',
    );
  });

  test('summary and merge --format csv: example sentences that start a formula are text', () => {
    const expected = [
      'type,name,aliases,roles,count,documents,value,first_date,last_date,example_file,example_sentence,inferred',
      `person,Tomas Reyes,,,2,2,,,,<DIR>/leak.jsonl#=1+2,${SENTENCE},`,
      `person,Maria Kovacs,,,1,1,,,,<DIR>/leak.jsonl#=1+2,${SENTENCE},`,
      `organization,Dunmore Holdings,,,1,1,,,,<DIR>/leak.jsonl#@SUM(A1),'-2+3 was the score when Dunmore Holdings hired Tomas Reyes.,`,
      '',
    ].join('\n');
    expect(run(['summary', file, '-f', 'csv', '-t', 'person,organization'])).toBe(expected);
    const results = join(dir, 'results.jsonl');
    writeFileSync(results, newsner(['extract', file, '-f', 'jsonl']).stdout);
    expect(run(['merge', results, '-f', 'csv', '-t', 'person,organization']).split('\n').slice(1)).toEqual(expected.split('\n').slice(1));
    expect(run(['summary', file, '-f', 'csv', '-t', 'organization', '--csv-raw']).split('\n')[1]).toBe(
      'organization,Dunmore Holdings,,,1,1,,,,<DIR>/leak.jsonl#@SUM(A1),-2+3 was the score when Dunmore Holdings hired Tomas Reyes.,',
    );
  });

  test('graph --format csv: the example column is text; --csv-raw keeps it', () => {
    expect(run(['graph', file, '-f', 'csv', '-t', 'person,organization'])).toBe(
      [
        'source,target,source_type,target_type,weight,sentences,documents,example,file',
        `Maria Kovacs,Tomas Reyes,person,person,1,1,1,${SENTENCE},<DIR>/leak.jsonl#=1+2`,
        "Tomas Reyes,Dunmore Holdings,person,organization,1,1,1,'-2+3 was the score when Dunmore Holdings hired Tomas Reyes.,<DIR>/leak.jsonl#@SUM(A1)",
        '',
      ].join('\n'),
    );
    expect(run(['graph', file, '-f', 'csv', '-t', 'person,organization', '--csv-raw']).split('\n')[2]).toBe(
      'Tomas Reyes,Dunmore Holdings,person,organization,1,1,1,-2+3 was the score when Dunmore Holdings hired Tomas Reyes.,<DIR>/leak.jsonl#@SUM(A1)',
    );
  });
});
