/** A real SQLite file in a temp folder, built with the real migrations. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeStore, openStore, type OpenOptions, type Store } from '../../db/open';
import type { ApiContext } from '../../electron/api/context';
import type { Channel, ChannelInput, ChannelOutput, Result } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';

export const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, '..', '..', 'db', 'migrations');

export interface TempStore {
  store: Store;
  dir: string;
  dbPath: string;
  /** Calls the API exactly as the UI does (raw input through zod and the handler). */
  call: <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
  /** Same, but throws on an error result: for arranging a test. */
  must: <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;
  reopen: () => Store;
  cleanup: () => void;
}

export function tempDir(prefix = 'plan-desk-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function openTempStore(options: Partial<OpenOptions> = {}): TempStore {
  const dir = tempDir();
  const dbPath = path.join(dir, 'plan-desk.db');
  const open = () => openStore({ path: dbPath, migrationsFolder: MIGRATIONS_FOLDER, ...options });
  const handle: TempStore = {
    store: open(),
    dir,
    dbPath,
    call: async (channel, input) => {
      const context: ApiContext = { store: handle.store, runtime: 'cli', version: 'test' };
      return (await dispatch(context, channel, input)) as Result<ChannelOutput<typeof channel>>;
    },
    must: async (channel, input) => {
      const result = await handle.call(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    reopen: () => {
      closeStore(handle.store);
      handle.store = open();
      return handle.store;
    },
    cleanup: () => {
      closeStore(handle.store);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return handle;
}

/** The error of a result that must have failed: for asserting a refusal. */
export function errorOf<T>(result: Result<T>): { code: string; message: string } {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}
