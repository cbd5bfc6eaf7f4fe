/**
 * Received files, kept beside the database under their SHA-256
 * (`files/ab/abcdef…`): never modified, never lost, and the same file received
 * twice is stored once. A file is written to a temporary name, checked, then
 * renamed, so a crash or a full disk never leaves a half file under a real name.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../core/errors';

export function filesDir(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'files');
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function storedPath(dbPath: string, hash: string): string {
  if (!/^[0-9a-f]{64}$/.test(hash)) throw new AppError('INVALID_INPUT', 'Mã tệp không hợp lệ.');
  return path.join(filesDir(dbPath), hash.slice(0, 2), hash);
}

/** Stores the bytes (once) and returns their hash. */
export function storeFile(dbPath: string, bytes: Uint8Array): string {
  const hash = sha256(bytes);
  const target = storedPath(dbPath, hash);
  if (fs.existsSync(target) && sha256(fs.readFileSync(target)) === hash) return hash;
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(temp, bytes, { flag: 'wx' });
    const fd = fs.openSync(temp, 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    if (sha256(fs.readFileSync(temp)) !== hash) throw new Error('written bytes differ');
    fs.renameSync(temp, target);
    return hash;
  } catch (error) {
    fs.rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') {
      throw new AppError(
        'DISK_FULL',
        'Ổ đĩa đã đầy, không lưu được tệp báo cáo. Hãy giải phóng dung lượng rồi thử lại; chưa có gì được ghi.',
        {
          cause: error,
        },
      );
    }
    throw new AppError(
      'INTERNAL',
      `Không lưu được tệp báo cáo (${code ?? (error as Error).message}); chưa có gì được ghi.`,
      {
        cause: error,
      },
    );
  }
}

export function readStoredFile(dbPath: string, hash: string): Buffer {
  const file = storedPath(dbPath, hash);
  if (!fs.existsSync(file)) {
    throw new AppError(
      'NOT_FOUND',
      'Không tìm thấy tệp đã lưu trong thư mục dữ liệu (có thể đã bị xoá ngoài ứng dụng).',
    );
  }
  return fs.readFileSync(file);
}
