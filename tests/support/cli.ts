/** The real CLI, spawned the way IT staff run it (`npm run cli -- …`), on a given database file. */
import { spawn, spawnSync } from 'node:child_process';
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
  const run = spawnSync(process.execPath, cliArgs(dbPath, args), { cwd: repoRoot, encoding: 'utf8', env: cliEnv() });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * Runs one command whose stdout is closed before it writes anything, as `… | head`
 * leaves it once head has read enough: every write meets EPIPE, deterministically.
 */
export function runCliIntoClosedPipe(dbPath: string, args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, cliArgs(dbPath, args), {
      cwd: repoRoot,
      env: cliEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: '', stderr }));
  });
}

function cliArgs(dbPath: string, args: readonly string[]): string[] {
  return ['--import', 'tsx', 'electron/cli.ts', ...args, '--db', dbPath];
}

/** The test's own file, never a PLAN_DESK_DB the machine may have set. */
function cliEnv(): NodeJS.ProcessEnv {
  return { ...process.env, PLAN_DESK_DB: '' };
}
