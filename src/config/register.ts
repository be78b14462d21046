// The project file on the command line: `--config FILE` on every command (before or after the
// command name), else newsner.json in the working directory. Loaded once, before the command runs;
// a broken file is a usage error (one line, exit code 2).

import { Command } from 'commander';
import { setActiveProject } from './active';
import { findProject, ProjectError } from './project';

// scoring must not depend on whatever project file lies in the working directory
const WITHOUT_PROJECT = new Set(['eval']);

export function registerProjectOption(program: Command): void {
  program.option('--config <file>', 'project file (default: ./newsner.json when it exists): merges, deny and watch lists, titles');
  program.hook('preAction', (root: Command, command: Command) => {
    if (WITHOUT_PROJECT.has(command.name())) {
      setActiveProject(null);
      return;
    }
    const option = root.opts().config as string | undefined;
    try {
      setActiveProject(findProject(option));
    } catch (error) {
      if (!(error instanceof ProjectError)) throw error;
      root.error(error.message, { exitCode: 2, code: 'newsner.config' });
    }
  });
}
