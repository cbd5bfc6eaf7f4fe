/** The real CLI, spawned the way IT staff run it (`npm run cli -- …`), on a given database file. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one command. Each spawn costs about a second (tsx compiles the CLI), so
 * tests share them sparingly. `--db` goes after the command, as an officer types it.
 */
export function runCli(dbPath: string, args: readonly string[]): CliRun {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', ...args, '--db', dbPath], {
    cwd: repoRoot,
    encoding: 'utf8',
    // The test's own file, never a PLAN_DESK_DB the machine may have set.
    env: { ...process.env, PLAN_DESK_DB: '' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
