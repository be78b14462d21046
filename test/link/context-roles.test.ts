// Roles that need the document's tokens: appositions and the project file's extra titles.
import { setActiveProject } from '../../src/config/active';
import { parseProject } from '../../src/config/project';
import { Doc, EntityType, Mention } from '../../src/model';
import { attachContextRoles } from '../../src/pipeline/link/context-roles';
import { mentionFromTokens } from '../../src/pipeline/recognize/mention';
import { splitSentences, tokenize } from '../../src/pipeline/segment';

afterEach(() => setActiveProject(null));

function docOf(text: string): Doc {
  const tokens = tokenize(text);
  return { text, tokens, sentences: splitSentences(tokens, text), refDate: null, refDateSource: null, annotations: [] };
}

/** A mention over the tokens of the first occurrence of `name` in the text. */
function mention(doc: Doc, name: string, type: EntityType = 'person'): Mention {
  const at = doc.text.indexOf(name);
  const first = doc.tokens.findIndex((t) => t.start === at);
  const last = doc.tokens.findIndex((t) => t.end === at + name.length);
  if (first < 0 || last < 0) throw new Error(`"${name}" is not on token edges`);
  return mentionFromTokens(doc, type, first, last + 1, 'test', 0.5);
}

function rolesIn(text: string, names: [string, EntityType?][]): [string, string[] | undefined][] {
  const doc = docOf(text);
  const mentions = names.map(([name, type]) => mention(doc, name, type));
  attachContextRoles(doc, mentions);
  return mentions.filter((m) => m.type === 'person').map((m) => [text.slice(m.start, m.end), m.roles]);
}

describe('roles from appositions', () => {
  test('"X, the former Y," after the name', () => {
    expect(rolesIn('A court extended the arrest of Daniyar Kasymov, the former prime minister, by two months.', [['Daniyar Kasymov']])).toEqual([
      ['Daniyar Kasymov', ['former prime minister']],
    ]);
  });

  test('a role at the end of the sentence leaves the full stop out', () => {
    expect(rolesIn('The report was written by John Baldwin, the president.', [['John Baldwin']])).toEqual([['John Baldwin', ['president']]]);
  });

  test('"X (former chairman of Z)" keeps the complement when Z is a found entity', () => {
    expect(
      rolesIn('Peter Halloran (former chairman of Northern Grain Bank) said no.', [['Peter Halloran'], ['Northern Grain Bank', 'organization']]),
    ).toEqual([['Peter Halloran', ['former chairman of Northern Grain Bank']]]);
  });

  test('conjoined titles stay one role, with their complement', () => {
    expect(
      rolesIn('Jane Roe, chairman and chief executive of Acme Holdings, said no.', [['Jane Roe'], ['Acme Holdings', 'organization']]),
    ).toEqual([['Jane Roe', ['chairman and chief executive of Acme Holdings']]]);
  });

  test('"Y, X," before the name, opened by a possessive or a determiner', () => {
    expect(rolesIn("Kassymov's lawyer, Arman Bekov, called the detention political.", [['Kassymov', 'person'], ['Arman Bekov']])).toEqual([
      ['Kassymov', undefined],
      ['Arman Bekov', ['lawyer']],
    ]);
  });

  test('no title, no role: an age, a place, an unclosed phrase, a list', () => {
    expect(
      rolesIn('Kasymov, 61, led the government. Roe, the minister of finance and tourism of nowhere today, left. He met the minister, Jane Doe and John Roe.', [
        ['Kasymov'],
        ['Roe'],
        ['Jane Doe'],
      ]),
    ).toEqual([
      ['Kasymov', undefined],
      ['Roe', undefined],
      ['Jane Doe', undefined],
    ]);
  });
});

describe('extra titles from the project file', () => {
  test('a title inside the name span is cut off into a role; one before the name becomes a role', () => {
    setActiveProject(parseProject({ titles: ['akim', 'Chief Rabbi'] }, null));
    expect(
      rolesIn('Akim Berik Asylov met chief rabbi Jane Roe in Astana.', [['Akim Berik Asylov'], ['Jane Roe']]),
    ).toEqual([
      ['Berik Asylov', ['Akim']],
      ['Jane Roe', ['chief rabbi']],
    ]);
  });

  test('without a project the span is left alone', () => {
    expect(rolesIn('Akim Berik Asylov met Jane Roe.', [['Akim Berik Asylov'], ['Jane Roe']])).toEqual([
      ['Akim Berik Asylov', undefined],
      ['Jane Roe', undefined],
    ]);
  });
});
