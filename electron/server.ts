/**
 * The same API behind a loopback HTTP server, with the built renderer: how the
 * app runs in a browser where the Electron runtime is not installed, and how
 * the end-to-end tests drive it. 127.0.0.1 only; every API call must carry the
 * per-run token, a Host header other than the loopback one is refused (DNS
 * rebinding), and so is an API call from a page of another origin.
 *
 * Any web page the officer opens can send requests here, token or not, so
 * nothing a request carries may stop the server: every request is answered
 * inside one try/catch, a malformed one with a 4xx, a bug with a 500.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ErrorCode } from '../core/errors';
import type { ApiContext } from './api/context';
import { dispatch, isChannel } from './api/dispatch';

export const TOKEN_HEADER = 'x-plan-desk-token';
export const DEFAULT_MAX_BODY_BYTES = 100 * 1024 * 1024;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // antd writes its generated styles into <style> tags at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const NO_BUILD_MESSAGE = 'Chưa có bản dựng giao diện. Hãy chạy "npm run serve" (lệnh này tự dựng giao diện trước).';

export interface ServerOptions {
  context: ApiContext;
  rendererDir: string;
  port?: number;
  token?: string;
  /** The largest API request body accepted; a larger one is answered 413. */
  maxBodyBytes?: number;
}

export interface RunningServer {
  url: string;
  origin: string;
  token: string;
  close: () => Promise<void>;
}

/** A request the server refuses: answered with this status and Vietnamese message, never logged as a fault. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: ErrorCode = 'INVALID_INPUT',
  ) {
    super(message);
  }
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, extra: http.OutgoingHttpHeaders = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...extra,
  });
  res.end(payload);
}

function sendText(res: http.ServerResponse, status: number, text: string, extra: http.OutgoingHttpHeaders = {}): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...extra,
  });
  res.end(text);
}

/** The API answers in the `Result` shape even when it refuses, because the renderer reads every answer as one. */
function sendRefusal(res: http.ServerResponse, api: boolean, refusal: Refusal): void {
  const extra: http.OutgoingHttpHeaders = refusal.status === 405 ? { allow: api ? 'POST' : 'GET, HEAD' } : {};
  if (api) sendJson(res, refusal.status, { ok: false, error: { code: refusal.code, message: refusal.message } }, extra);
  else sendText(res, refusal.status, refusal.message, extra);
}

function sizeLabel(bytes: number): string {
  const mb = 1024 * 1024;
  return bytes >= mb ? `${Math.floor(bytes / mb)} MB` : `${Math.max(1, Math.floor(bytes / 1024))} KB`;
}

/**
 * The whole body, or `null` when it is over the limit. An oversize body is still
 * read to its end (and dropped): closing the connection while the client is
 * sending makes its side reset before it reads the 413.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function parseJsonBody(body: Buffer): unknown {
  try {
    const text = strictUtf8.decode(body);
    return text.trim() ? JSON.parse(text) : {};
  } catch {
    throw new Refusal(400, 'Dữ liệu gửi lên không đọc được (cần JSON, mã UTF-8).');
  }
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new Refusal(400, 'Địa chỉ yêu cầu không hợp lệ (mã hoá phần trăm sai).');
  }
}

/** The raw path of an origin-form request target (`/a/b?c`), once path and query are known to decode. */
function requestPath(rawUrl: string | undefined): string {
  if (!rawUrl?.startsWith('/')) throw new Refusal(400, 'Địa chỉ yêu cầu không hợp lệ.');
  const query = rawUrl.indexOf('?');
  const rawPath = query >= 0 ? rawUrl.slice(0, query) : rawUrl;
  decode(rawPath);
  if (query >= 0) decode(rawUrl.slice(query + 1));
  return rawPath;
}

/**
 * The file a static path names inside the renderer folder. Checked on the
 * decoded path, because `%2e%2e%2f` only becomes `../` there, and for
 * backslashes and drive colons too, which Windows reads as separators.
 */
function staticFile(rendererDir: string, rawPath: string): string {
  const decoded = decode(rawPath);
  const segments = decoded.split('/');
  if (/[\\\0:]/.test(decoded) || segments.includes('..')) throw new Refusal(400, 'Đường dẫn không hợp lệ.');
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, decoded.replace(/^\/+/, '') || 'index.html');
  if (file !== root && !file.startsWith(root + path.sep)) throw new Refusal(400, 'Đường dẫn không hợp lệ.');
  return file;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function serveStatic(rendererDir: string, rawPath: string, req: http.IncomingMessage, res: http.ServerResponse) {
  const wanted = staticFile(rendererDir, rawPath);
  // Anything not built is the single page's business: it reads its place from the hash.
  const target = (await isFile(wanted)) ? wanted : path.join(rendererDir, 'index.html');
  if (!(await isFile(target))) throw new Refusal(503, NO_BUILD_MESSAGE);
  // Opened before the headers go out, so a file that vanished mid-rebuild is still a clean answer.
  const handle = await open(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new Refusal(503, NO_BUILD_MESSAGE);
    throw error;
  });
  try {
    res.writeHead(200, {
      'content-type': MIME[path.extname(target)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': target.endsWith('index.html') ? 'no-store' : 'public, max-age=3600',
    });
    if (req.method === 'HEAD') res.end();
    else await pipeline(handle.createReadStream({ autoClose: false }), res);
  } finally {
    await handle.close();
  }
}

interface ApiGate {
  token: string;
  allowedOrigins: Set<string>;
  maxBodyBytes: number;
}

async function serveApi(
  context: ApiContext,
  gate: ApiGate,
  rawPath: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
) {
  if (req.method !== 'POST') throw new Refusal(405, 'Chỉ nhận POST.');
  // A browser names the page that sent a request; only the app's own pages may call the API.
  const origin = req.headers.origin;
  if (origin !== undefined && !gate.allowedOrigins.has(origin)) {
    throw new Refusal(403, 'Yêu cầu đến từ một trang khác, không phải Plan Desk; đã từ chối.');
  }
  const given = req.headers[TOKEN_HEADER];
  if (!sameToken(Array.isArray(given) ? given[0] : given, gate.token)) {
    throw new Refusal(401, 'Phiên làm việc không hợp lệ. Hãy mở lại đường dẫn mà lệnh “npm run serve” in ra.');
  }
  const body = await readBody(req, gate.maxBodyBytes);
  if (!body) {
    throw new Refusal(
      413,
      `Dữ liệu gửi lên quá lớn (tối đa ${sizeLabel(gate.maxBodyBytes)}). Một kế hoạch thường dưới 2 MB; hãy kiểm tra lại tệp.`,
    );
  }
  const input = parseJsonBody(body);
  const channel = rawPath.slice('/api/'.length);
  const result = await dispatch(context, channel, input);
  sendJson(res, isChannel(channel) ? 200 : 404, result);
}

const INTERNAL_MESSAGE = 'Máy chủ Plan Desk gặp lỗi không mong muốn khi xử lý yêu cầu này; máy chủ vẫn chạy.';

/** Node's own parser refused the request (bad header, bad framing): answered in Vietnamese, then closed. */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Phần đầu của yêu cầu quá lớn.']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Yêu cầu gửi quá chậm; đã hết thời gian chờ.']
        : [400, 'Yêu cầu không hợp lệ.'];
  const body = Buffer.from(message, 'utf8');
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n` +
      'Content-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${message}`,
  );
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let allowedHosts: Set<string> = new Set();
  const gate: ApiGate = {
    token,
    allowedOrigins: new Set(),
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  };

  async function respond(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // Decided on the raw target, before anything can fail, so that even a refusal has the right shape.
    const api = (req.url ?? '').startsWith('/api/');
    try {
      if (!allowedHosts.has(req.headers.host ?? '')) throw new Refusal(421, 'Địa chỉ máy chủ không hợp lệ.');
      const rawPath = requestPath(req.url);
      if (api) await serveApi(options.context, gate, rawPath, req, res);
      else if (req.method !== 'GET' && req.method !== 'HEAD') throw new Refusal(405, 'Chỉ nhận GET.');
      else await serveStatic(options.rendererDir, rawPath, req, res);
    } catch (error) {
      if (res.headersSent) {
        // Mid-answer: nothing clean left to say. A client that went away is not a fault.
        if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
          console.error('[plan-desk] answer cut short:', req.method, req.url?.split('?')[0], error);
        }
        res.destroy();
        return;
      }
      if (!(error instanceof Refusal)) {
        console.error('[plan-desk] request failed:', req.method, req.url?.split('?')[0], error);
      }
      const refusal = error instanceof Refusal ? error : new Refusal(500, INTERNAL_MESSAGE, 'INTERNAL');
      // A refusal sent before the body was read: the rest of it is dropped, not left to reset the connection.
      if (!req.complete) req.resume();
      sendRefusal(res, api, refusal);
    }
  }

  const server = http.createServer((req, res) => {
    respond(req, res).catch((error: unknown) => {
      // Only sending the refusal itself can land here; the socket is beyond saving.
      console.error('[plan-desk] could not answer:', error);
      res.destroy();
    });
  });
  server.on('clientError', answerClientError);

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      server.on('error', (error) => console.error('[plan-desk] server error:', error));
      const { port } = server.address() as AddressInfo;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      gate.allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        url: `${origin}/?token=${token}`,
        origin,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
