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

class UsageError extends Error {}

/** `--port N` or `--port=N`; 0 (the default) lets the system pick a free port. */
function parsePort(argv: readonly string[]): number {
  const flag = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  if (flag < 0) return 0;
  const value = argv[flag]!.startsWith('--port=') ? argv[flag]!.slice('--port='.length) : argv[flag + 1];
  // Number('') is 0 and Number('1e3') is 1000: only plain digits are a port.
  if (value === undefined || value === '') throw new UsageError('Thiếu số cổng sau --port.');
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
    throw new UsageError(
      `Cổng “${value}” không hợp lệ: --port cần một số nguyên từ 1 đến 65535 (bỏ --port để tự chọn một cổng trống).`,
    );
  }
  return Number(value);
}

function describeFailure(error: unknown): string | null {
  if (error instanceof AppError || error instanceof UsageError) return error.message;
  const { code, port } = (error ?? {}) as NodeJS.ErrnoException & { port?: number };
  if (code === 'EADDRINUSE') return `Cổng ${port} đang được một chương trình khác dùng. Hãy chọn cổng khác (--port).`;
  if (code === 'EACCES') return `Không được phép mở cổng ${port}. Hãy chọn cổng khác (--port), lớn hơn 1024.`;
  return null;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const port = parsePort(argv);
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
  const known = describeFailure(error);
  console.error(known ? `Lỗi: ${known}` : error);
  process.exit(1);
});
