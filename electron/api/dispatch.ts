/**
 * The boundary: every call from the UI (IPC or HTTP) or the CLI comes through
 * here as `unknown`, is parsed with the channel's zod schema, runs its handler
 * and returns a `Result` with a stable code and a Vietnamese message.
 */
import { AppError } from '../../core/errors';
import { contract, type Channel, type Result } from './contract';
import type { ApiContext } from './context';
import { handlers } from './handlers';
import { describeZodError } from './inputErrors';

export function isChannel(value: string): value is Channel {
  return Object.hasOwn(contract, value);
}

export async function dispatch(context: ApiContext, channel: string, raw: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: `Chức năng “${channel}” không tồn tại.` } };
  }
  const parsed = contract[channel].input.safeParse(raw ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: describeZodError(parsed.error, channel) } };
  }
  try {
    const handler = handlers[channel] as (context: ApiContext, input: unknown) => unknown;
    return { ok: true, value: await handler(context, parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
    console.error(`[plan-desk] ${channel} failed:`, error);
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: `Đã xảy ra lỗi không mong muốn; dữ liệu không bị thay đổi. Chi tiết: ${(error as Error)?.message ?? String(error)}`,
      },
    };
  }
}
