/**
 * Where the app keeps its data when nothing overrides it: the same per-user
 * folder Electron's `app.getPath('userData')` uses for "Plan Desk", so the
 * desktop app, `npm run serve` and the CLI find one database.
 */
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'Plan Desk';
export const DB_FILE_NAME = 'plan-desk.db';
export const DB_PATH_ENV = 'PLAN_DESK_DB';

export function defaultUserDataDir(): string {
  const home = os.homedir();
  if (process.platform === 'win32') {
    return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  }
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER_NAME);
}

/** `--db PATH` wins, then the PLAN_DESK_DB environment variable, then the user-data folder. */
export function resolveDbPath(argv: readonly string[], userDataDir: string = defaultUserDataDir()): string {
  const flag = argv.findIndex((arg) => arg === '--db' || arg.startsWith('--db='));
  if (flag >= 0) {
    const value = argv[flag]!.includes('=') ? argv[flag]!.slice('--db='.length) : argv[flag + 1];
    if (value) return path.resolve(value);
  }
  const fromEnv = process.env[DB_PATH_ENV];
  if (fromEnv) return path.resolve(fromEnv);
  return path.join(userDataDir, DB_FILE_NAME);
}
