import type { HandlerMap } from './types';

export const appHandlers = {
  'app.info': ({ store, runtime, version }) => ({
    version,
    dbPath: store.path,
    schemaVersion: store.schemaVersion,
    runtime,
    lastBackupPath: store.backupPath,
  }),
} satisfies HandlerMap<'app'>;
