// Runs the built command (`node bin/newsner.js`, after `npx tsc -p .` / `npm run build`) from the
// repository root, so fixture paths in the output read "fixtures/...".
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';

export const ROOT = join(__dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'newsner.js');

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function newsner(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Result {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npx tsc -p .` first');
  const env = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  delete env.NEWSNER_DEBUG;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function jsonLines(stdout: string): Record<string, unknown>[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
