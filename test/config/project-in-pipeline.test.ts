// The project file's decisions where they act: while linking every document (merges, deny),
// and in the watch-list recognizer (always found).

import { setActiveProject } from '../../src/config/active';
import { parseProject } from '../../src/config/project';
import { linkMentions } from '../../src/pipeline/link';
import { recognizeWatchlist } from '../../src/pipeline/recognize/watchlist';
import { splitSentences, tokenize } from '../../src/pipeline/segment';
import { Doc } from '../../src/model';
import { place, summaryOf } from '../link/place';

afterEach(() => setActiveProject(null));

function docOf(text: string): Doc {
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens, text);
  return { text, tokens, sentences, refDate: null, refDateSource: null, annotations: [] };
}

describe('the project file while linking', () => {
  test('a confirmed merge joins the variant and names the entity; a denied name is dropped', () => {
    setActiveProject(
      parseProject({ merge: [{ type: 'person', name: 'Daniyar Kassymov', aliases: ['Daniyar Kasymov'] }], deny: ['Wire'] }, null),
    );
    const doc = 'ALMATY (Steppe Wire) - Daniyar Kasymov appeared in court. Kasymov said nothing.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Wire', type: 'person' },
        { text: 'Daniyar Kasymov', type: 'person' },
        { text: 'Kasymov', type: 'person', nth: 1 },
      ]),
    );
    expect(summaryOf(entities)).toEqual([['person', 'Daniyar Kassymov', 2, ['Daniyar Kasymov', 'Kasymov']]]);
  });

  test('"separate" stops a join: the story\'s "Macron" is not Brigitte Macron, so it is Emmanuel Macron', () => {
    const doc = 'Emmanuel Macron and Brigitte Macron arrived. Macron spoke. Karim Massimov left. Masimov stayed.';
    const specs = [
      { text: 'Emmanuel Macron', type: 'person' as const },
      { text: 'Brigitte Macron', type: 'person' as const },
      { text: 'Macron', type: 'person' as const, nth: 2 },
      { text: 'Karim Massimov', type: 'person' as const },
      { text: 'Masimov', type: 'person' as const },
    ];
    expect(summaryOf(linkMentions(place(doc, specs))).map(([, name, count]) => `${name} ${count}`)).toEqual([
      'Emmanuel Macron 1',
      'Brigitte Macron 1',
      'Macron 1',
      'Karim Massimov 2',
    ]);
    setActiveProject(parseProject({ separate: [['Macron', 'Brigitte Macron'], ['Masimov', 'Karim Massimov']] }, null));
    expect(summaryOf(linkMentions(place(doc, specs))).map(([, name, count]) => `${name} ${count}`)).toEqual([
      'Emmanuel Macron 2',
      'Brigitte Macron 1',
      'Karim Massimov 1',
      'Masimov 1',
    ]);
  });

  test('without a project the same mentions link as usual', () => {
    const doc = 'ALMATY (Steppe Wire) - Daniyar Kasymov appeared in court. Kasymov said nothing.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Wire', type: 'person' },
        { text: 'Daniyar Kasymov', type: 'person' },
        { text: 'Kasymov', type: 'person', nth: 1 },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['person', 'Wire', 1, []],
      ['person', 'Daniyar Kasymov', 2, ['Kasymov']],
    ]);
  });
});

describe('the watch list recognizer', () => {
  test('finds watched names and aliases in any case, with a possessive, never across sentences', () => {
    setActiveProject(
      parseProject(
        { watch: [{ type: 'person', name: 'Saule Temirova', aliases: ['Temirova'] }, { type: 'organization', name: 'Northern Grain' }] },
        null,
      ),
    );
    const text = "saule temirova spoke. Temirova's office and NORTHERN GRAIN said so. Northern. Grain.";
    const doc = docOf(text);
    const found = recognizeWatchlist(doc).map((m) => [m.type, text.slice(m.start, m.end), m.rule]);
    expect(found).toEqual([
      ['person', 'saule temirova', 'watchlist'],
      ['person', 'Temirova', 'watchlist'],
      ['organization', 'NORTHERN GRAIN', 'watchlist'],
    ]);
  });

  test('a watched name the rules found already keeps their mention (and its roles)', () => {
    setActiveProject(parseProject({ watch: [{ type: 'person', name: 'Saule Temirova' }, { type: 'organization', name: 'Temirova' }] }, null));
    const text = 'Prosecutor General Saule Temirova spoke.';
    const doc = docOf(text);
    const start = doc.tokens.findIndex((t) => t.text === 'Saule');
    doc.annotations.push({ type: 'person', start: doc.tokens[start].start, end: doc.tokens[start + 1].end, tokenStart: start, tokenEnd: start + 2, rule: 'person.title', strength: 0.8, roles: ['Prosecutor General'] });
    expect(recognizeWatchlist(doc)).toEqual([]);
  });

  test('finds nothing without a project', () => {
    expect(recognizeWatchlist(docOf('Saule Temirova spoke.'))).toEqual([]);
  });
});

describe('the project in --jobs workers', () => {
  test('a fresh copy of the module (a worker) finds the project file through the environment', () => {
    const file = require('path').join(__dirname, '..', '..', 'fixtures', 'corpus', 'newsner.json') as string;
    const { readProjectFile } = require('../../src/config/project') as typeof import('../../src/config/project');
    setActiveProject(readProjectFile(file));
    expect(process.env.NEWSNER_PROJECT_FILE).toBe(file);
    jest.isolateModules(() => {
      const fresh = require('../../src/config/active') as typeof import('../../src/config/active');
      expect(fresh.activeProject()?.canonicalName('person', 'Kasymov')).toBe('Daniyar Kassymov');
    });
    setActiveProject(null);
    expect(process.env.NEWSNER_PROJECT_FILE).toBe('');
    jest.isolateModules(() => {
      const fresh = require('../../src/config/active') as typeof import('../../src/config/active');
      expect(fresh.activeProject()).toBeNull();
    });
  });
});
