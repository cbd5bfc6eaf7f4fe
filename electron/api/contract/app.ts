/** Facts about the running app. */
import { none, query } from './schema';

export interface AppInfo {
  version: string;
  dbPath: string;
  schemaVersion: string;
  runtime: 'electron' | 'browser' | 'cli';
  lastBackupPath: string | null;
}

export const appChannels = {
  'app.info': query<AppInfo>()(none),
};
