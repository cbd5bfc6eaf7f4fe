import type { Store } from '../../db/open';

/** What every handler may use: the open store and facts about the running app. */
export interface ApiContext {
  store: Store;
  runtime: 'electron' | 'browser' | 'cli';
  version: string;
}
