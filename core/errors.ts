/**
 * Errors the user can act on. Every one carries a stable code (for the UI and the
 * CLI's exit) and a Vietnamese message that says what is wrong and what to do.
 */

export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'DUPLICATE',
  'IN_USE',
  'CONFLICT',
  'DB_NEWER_THAN_APP',
  'MIGRATION_FAILED',
  'MIGRATION_EDITED',
  'DISK_FULL',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `Không tìm thấy ${what}. Có thể dữ liệu đã bị xoá; hãy tải lại danh sách.`);
}

export function invalidInput(message: string): AppError {
  return new AppError('INVALID_INPUT', message);
}
