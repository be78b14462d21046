// The project of the current run. The command line loads it once (newsner.json or --config); the
// linker and the watch-list recognizer read it for every document. A library user who wants one
// calls setActiveProject(readProjectFile(...)).
//
// --jobs workers (threads and child processes) do not share this module's state, but they start
// with a copy of the environment: the project file's path travels in NEWSNER_PROJECT_FILE, and a
// worker reads the same file the first time it links a document.

import * as path from 'path';
import { Project, readProjectFile } from './project';
import { ProjectIndex } from './project-index';

export const PROJECT_FILE_ENV = 'NEWSNER_PROJECT_FILE';

/** undefined: not decided yet in this thread (a worker looks at the environment) */
let active: ProjectIndex | null | undefined;

export function setActiveProject(project: Project | null): void {
  active = project ? new ProjectIndex(project) : null;
  process.env[PROJECT_FILE_ENV] = project?.file ? path.resolve(project.file) : '';
}

export function activeProject(): ProjectIndex | null {
  if (active === undefined) {
    const file = process.env[PROJECT_FILE_ENV];
    active = file ? new ProjectIndex(readProjectFile(file)) : null;
  }
  return active;
}
