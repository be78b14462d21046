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
  program.option('--no-config', 'ignore ./newsner.json (a project file that came with the documents could hide or merge names)');
  program.hook('preAction', (root: Command, command: Command) => {
    // commander gives false for --no-config, a string for --config FILE, and true when neither was given
    const option = root.opts().config as string | boolean;
    if (WITHOUT_PROJECT.has(command.name()) || option === false) {
      setActiveProject(null);
      return;
    }
    try {
      const project = findProject(typeof option === 'string' ? option : undefined);
      setActiveProject(project);
      // never silent: a newsner.json lying in the folder changes what is found and merged
      if (project?.file) process.stderr.write(`newsner: using project file ${project.file} (--no-config to ignore it)\n`);
    } catch (error) {
      if (!(error instanceof ProjectError)) throw error;
      root.error(error.message, { exitCode: 2, code: 'newsner.config' });
    }
  });
}
