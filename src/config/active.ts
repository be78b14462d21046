// The project of the current run. The command line loads it once (newsner.json or --config); the
// linker and the watch-list recognizer read it for every document. A library user who wants one
// calls setActiveProject(readProjectFile(...)).

import { Project } from './project';
import { ProjectIndex } from './project-index';

let active: ProjectIndex | null = null;

export function setActiveProject(project: Project | null): void {
  active = project ? new ProjectIndex(project) : null;
}

export function activeProject(): ProjectIndex | null {
  return active;
}
