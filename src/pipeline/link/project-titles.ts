// Extra titles from the project file (newsner.json "titles"): a reporter covering Kazakhstan adds
// "akim" (a regional governor), and "Akim Berik Asylov" becomes the person Berik Asylov with the
// role "Akim", even though the built-in title list does not know the word. A title a rule took
// into the name is cut off the front of the mention; one right before it becomes a role.

import { activeProject } from '../../config/active';
import { ProjectIndex } from '../../config/project-index';
import { Doc, Mention } from '../../model';
import { tokenize } from '../segment';
import { nameKey } from './names';

let compiled: { project: ProjectIndex; titles: string[][]; longest: number } | null = null;

function titlesOf(project: ProjectIndex): { titles: string[][]; longest: number } {
  if (!compiled || compiled.project !== project) {
    const titles = project.titles
      .map((title) => tokenize(title).map((token) => nameKey(token.text)).filter((key) => key !== ''))
      .filter((keys) => keys.length > 0)
      .sort((a, b) => b.length - a.length);
    compiled = { project, titles, longest: titles.length ? titles[0].length : 0 };
  }
  return compiled;
}

/** Length in tokens of the project title at token i (longest first), or 0. */
function titleAt(doc: Doc, i: number, titles: string[][]): number {
  for (const title of titles) {
    if (i + title.length > doc.tokens.length) continue;
    let matches = true;
    for (let k = 0; k < title.length && matches; k++) {
      const token = doc.tokens[i + k];
      matches = token.sentence === doc.tokens[i].sentence && nameKey(token.text) === title[k];
    }
    if (matches) return title.length;
  }
  return 0;
}

function roleText(doc: Doc, start: number, end: number): string {
  return doc.text.slice(doc.tokens[start].start, doc.tokens[end - 1].end).replace(/\s+/g, ' ');
}

export function applyProjectTitles(doc: Doc, mentions: Mention[]): void {
  const project = activeProject();
  if (!project || project.titles.length === 0) return;
  const { titles, longest } = titlesOf(project);
  for (const mention of mentions) {
    if (mention.type !== 'person') continue;
    // inside the span: "Akim Berik Asylov" -> "Berik Asylov", role "Akim"
    const inside = titleAt(doc, mention.tokenStart, titles);
    if (inside > 0 && inside < mention.tokenEnd - mention.tokenStart) {
      const role = roleText(doc, mention.tokenStart, mention.tokenStart + inside);
      mention.tokenStart += inside;
      mention.start = doc.tokens[mention.tokenStart].start;
      // a canonical form the recognizer gave ("Akim Asylov" for "Akim Asylov's") loses the title too
      if (mention.name !== undefined && nameKey(mention.name).startsWith(`${nameKey(role)} `)) {
        mention.name = mention.name.split(/\s+/).slice(role.split(' ').length).join(' ');
      }
      mention.roles = [...(mention.roles ?? []), role];
      continue;
    }
    // right before it: "akim Berik Asylov"
    for (let length = Math.min(longest, mention.tokenStart); length >= 1; length--) {
      const from = mention.tokenStart - length;
      if (titleAt(doc, from, titles) === length) {
        mention.roles = [...(mention.roles ?? []), roleText(doc, from, mention.tokenStart)];
        break;
      }
    }
  }
}
