// --format text and html through the built command: the document text reaches the formatter in
// both run modes (in this process, and with --jobs through workers). Colour: test/output/text.test.ts.
import { readFileSync } from 'fs';
import { join } from 'path';
import { newsner, ROOT } from '../cli/binary';

const ARTICLE = 'fixtures/articles/court-ruling.txt';

describe('newsner --format text / html', () => {
  test('piped: plain markers; the text between them is the article', () => {
    const result = newsner([ARTICLE, '--format', 'text']);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`${ARTICLE}  reference date 2023-06-17`);
    expect(result.stdout).toContain('sentenced former deputy mayor [Tomas Rieger|person] to four years');
    expect(result.stdout).toContain('\nperson        Tomas Rieger (3): former deputy mayor; also Rieger\n');
    const article = readFileSync(join(ROOT, ARTICLE), 'utf8').trimEnd();
    expect(lines.slice(2, 2 + article.split('\n').length).join('\n').replace(/\[([^|\]]*)\|[a-z]+\]/g, '$1')).toBe(article);
  });

  test('with --jobs 2 (workers) the pages are the same bytes as in one process', () => {
    for (const format of ['text', 'html']) {
      const one = newsner(['fixtures/articles', '--format', format, '--jobs', '1', '--quiet']);
      const two = newsner(['fixtures/articles', '--format', format, '--jobs', '2', '--quiet']);
      expect(one.status).toBe(0);
      expect(two.stdout).toBe(one.stdout);
      expect(one.stdout).toContain(format === 'text' ? '[Norrland|place]' : '>Norrland</mark>');
    }
  });
});
