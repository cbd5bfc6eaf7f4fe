import type { Store } from '../../db/open';

/** What every handler may use: the open store and facts about the running app. */
export interface ApiContext {
  store: Store;
  runtime: 'electron' | 'browser' | 'cli';
  version: string;
  /**
   * Opens a file with the PC's default program (Word, a PDF reader…), where the runtime can: the desktop app.
   * Absent in a browser, which downloads the file instead. Injected so that handlers never import electron.
   */
  openWithDefaultApp?: (fileName: string, bytes: Buffer) => Promise<void>;
}
