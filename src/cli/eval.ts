// Placeholder: the eval command lands in its own change.
import { Command } from 'commander';
export function registerEval(_program: Command): void {}
