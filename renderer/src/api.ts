/**
 * The renderer's only way to the data: `api.plans.list()` etc., typed from the
 * contract. In Electron the preload's `window.planDesk` carries the call over
 * IPC; in a browser (`npm run serve`) it goes to the loopback HTTP server with
 * the per-run token. Either way a failed call throws an `ApiError` whose
 * message is ready to show.
 */
import { CHANNELS, type ApiShape, type Channel, type Result } from '../../electron/api/contract';
import type { ErrorCode } from '../../core/errors';

declare global {
  interface Window {
    planDesk?: ApiShape<'result'>;
  }
}

export class ApiError extends Error {
  readonly code: ErrorCode | 'NETWORK';

  constructor(code: ErrorCode | 'NETWORK', message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

const TOKEN_KEY = 'plan-desk-token';

/** Takes the token from `?token=` once, keeps it for the tab, and clears it from the address bar. */
function sessionToken(): string | null {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`,
    );
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

async function overHttp(channel: Channel, input: unknown): Promise<Result<unknown>> {
  const token = sessionToken();
  let response: Response;
  try {
    response = await fetch(`./api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-plan-desk-token': token ?? '' },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'Mất kết nối tới Plan Desk. Máy chủ “npm run serve” còn chạy không?' },
    };
  }
  return (await response.json()) as Result<unknown>;
}

async function invoke(channel: Channel, input: unknown): Promise<unknown> {
  const [group, method] = channel.split('.') as [string, string];
  const bridge = window.planDesk as unknown as
    Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> | undefined;
  const result = bridge ? await bridge[group]![method]!(input) : await overHttp(channel, input);
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value;
}

function buildApi(): ApiShape<'promise'> {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const [group, method] = channel.split('.') as [string, string];
    (api[group] ??= {})[method] = (input?: unknown) => invoke(channel, input);
  }
  return api as unknown as ApiShape<'promise'>;
}

export const api = buildApi();

/** Call once at start-up so the token leaves the address bar before anything else runs. */
export function initTransport(): void {
  if (!window.planDesk) sessionToken();
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return `Đã xảy ra lỗi: ${error instanceof Error ? error.message : String(error)}`;
}
