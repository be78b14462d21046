// The reporter's watch list (newsner.json "watch"): names that are always found, with the type she
// gave them, even where no rule would find them ("Berik Asylov" in lower-case wire copy, a company
// with a common-word name). Matching is by name key, token by token, so case, accents, periods and
// a possessive 's do not hide a watched name. Aliases are found too; the linker joins them to the
// watched name.

import { activeProject } from '../../config/active';
import { ProjectIndex } from '../../config/project-index';
import { Doc, EntityType, Mention } from '../../model';
import { nameKey } from '../link/names';
import { tokenize } from '../segment';
import { mentionFromTokens, newMentions } from './mention';

interface Pattern {
  type: EntityType;
  keys: string[];
}

/** Watched names as token keys, indexed by their first key; compiled once per project. */
let compiled: { project: ProjectIndex; byFirst: Map<string, Pattern[]> } | null = null;

function tokenKey(text: string): string {
  return nameKey(text);
}

function compile(project: ProjectIndex): Map<string, Pattern[]> {
  const byFirst = new Map<string, Pattern[]>();
  for (const entity of project.project.watch) {
    for (const name of [entity.name, ...entity.aliases]) {
      const keys = tokenize(name)
        .map((token) => tokenKey(token.text))
        .filter((key) => key !== '');
      if (keys.length === 0) continue;
      const list = byFirst.get(keys[0]) ?? [];
      // longest first, so "Berik Asylov" wins over "Berik" at the same token
      list.push({ type: entity.type, keys });
      list.sort((a, b) => b.keys.length - a.keys.length);
      byFirst.set(keys[0], list);
    }
  }
  return byFirst;
}

export function recognizeWatchlist(doc: Doc): Mention[] {
  const project = activeProject();
  if (!project || project.project.watch.length === 0) return [];
  if (!compiled || compiled.project !== project) compiled = { project, byFirst: compile(project) };
  const { byFirst } = compiled;
  // what the rules already found, by start: a watched name they found too keeps their mention
  // (and its roles: "Prosecutor General Saule Temirova")
  const foundAt = new Map<number, Mention[]>();
  for (const mention of doc.annotations) {
    const list = foundAt.get(mention.tokenStart);
    if (list) list.push(mention);
    else foundAt.set(mention.tokenStart, [mention]);
  }
  const mentions = newMentions();
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].shape === 'punct' || tokens[i].shape === 'number') continue;
    const patterns = byFirst.get(tokenKey(tokens[i].text));
    if (!patterns) continue;
    for (const pattern of patterns) {
      const end = i + pattern.keys.length;
      if (end > tokens.length) continue;
      let matches = true;
      for (let k = 1; k < pattern.keys.length && matches; k++) {
        matches = tokens[i + k].sentence === tokens[i].sentence && tokenKey(tokens[i + k].text) === pattern.keys[k];
      }
      if (!matches) continue;
      const same = foundAt.get(i)?.find((m) => m.tokenEnd === end && m.type === pattern.type);
      if (!same) mentions.push(mentionFromTokens(doc, pattern.type, i, end, 'watchlist', 1));
      i = end - 1;
      break;
    }
  }
  return mentions;
}
