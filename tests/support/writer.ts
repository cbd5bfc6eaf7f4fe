/**
 * A second process writing to the same file, for tests/integration/twoProcesses.test.ts: opens the store the way
 * the CLI does and records `count` versions of one report through the real API, then prints what failed as JSON.
 * Usage: node --import tsx tests/support/writer.ts DB_PATH COUNT REQUEST_ID AGENCY_ID
 */
import { closeStore, openStore } from '../../db/open';
import { dispatch } from '../../electron/api/dispatch';
import { MIGRATIONS_FOLDER } from './tempStore';

const [dbPath, count, requestId, agencyId] = process.argv.slice(2);
const store = openStore({ path: dbPath!, migrationsFolder: MIGRATIONS_FOLDER });
const failures: string[] = [];
for (let i = 0; i < Number(count); i++) {
  const result = await dispatch({ store, runtime: 'cli', version: 'test' }, 'submissions.record', {
    requestId: Number(requestId),
    agencyId: Number(agencyId),
    receivedOn: '2025-06-15',
    note: `${process.pid}#${i}`,
  });
  if (!result.ok) failures.push(result.error.message);
}
closeStore(store);
process.stdout.write(JSON.stringify({ failures }));
