/** Copies of the shipped migrations folder, for tests that play an older or a tampered version of the app. */
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_FOLDER } from './tempStore';

export interface JournalEntry {
  idx: number;
  version: string;
  when: number;
  tag: string;
  breakpoints: boolean;
}

export function readJournal(folder: string = MIGRATIONS_FOLDER): { entries: JournalEntry[] } & Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8'));
}

/** The shipped migrations up to and including `lastTag`, copied into `dir/migrations`: that version of the app. */
export function shippedMigrationsUpTo(dir: string, lastTag: string): string {
  const folder = path.join(dir, 'migrations');
  fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journal = readJournal(folder);
  const keep = journal.entries.findIndex((entry) => entry.tag === lastTag);
  if (keep < 0) throw new Error(`no migration ${lastTag}`);
  for (const entry of journal.entries.slice(keep + 1)) fs.rmSync(path.join(folder, `${entry.tag}.sql`));
  journal.entries = journal.entries.slice(0, keep + 1);
  fs.writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal, null, 2));
  return folder;
}
