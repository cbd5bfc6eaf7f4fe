/**
 * `npm run serve`: the app in a browser, for machines without the Electron
 * runtime. Opens the database (migrating it), serves the built renderer and
 * the API on 127.0.0.1, and prints the address to open.
 */
import path from 'node:path';
import { AppError } from '../core/errors';
import { closeStore, openStore } from '../db/open';
import { resolveDbPath } from './paths';
import { startServer } from './server';
import { appVersion } from './version';

const root = path.resolve(import.meta.dirname, '..');

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const portFlag = argv.indexOf('--port');
  const port = portFlag >= 0 ? Number(argv[portFlag + 1]) : 0;
  const dbPath = resolveDbPath(argv);
  const store = openStore({ path: dbPath, migrationsFolder: path.join(root, 'db', 'migrations') });
  if (store.backupPath) console.log(`Đã sao lưu dữ liệu trước khi cập nhật cấu trúc: ${store.backupPath}`);
  const server = await startServer({
    context: { store, runtime: 'browser', version: appVersion(root) },
    rendererDir: path.join(root, 'out', 'renderer'),
    port,
  });
  console.log(`Plan Desk đang chạy. Mở địa chỉ sau trong trình duyệt:\n\n  ${server.url}\n`);
  console.log(`Dữ liệu: ${dbPath}`);
  console.log('Nhấn Ctrl+C để dừng.');
  const stop = () => {
    void server.close().then(() => {
      closeStore(store);
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof AppError ? `Lỗi: ${error.message}` : error);
  process.exit(1);
});
