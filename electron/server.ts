/**
 * The same API behind a loopback HTTP server, with the built renderer: how the
 * app runs in a browser where the Electron runtime is not installed, and how
 * the end-to-end tests drive it. 127.0.0.1 only; every API call must carry the
 * per-run token, and a Host header other than the loopback one is refused
 * (DNS rebinding).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ApiContext } from './api/context';
import { dispatch } from './api/dispatch';

export const TOKEN_HEADER = 'x-plan-desk-token';
const MAX_BODY_BYTES = 100 * 1024 * 1024;

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

export interface ServerOptions {
  context: ApiContext;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface RunningServer {
  url: string;
  origin: string;
  token: string;
  close: () => Promise<void>;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(payload);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function serveStatic(rendererDir: string, urlPath: string, res: http.ServerResponse): void {
  const relative = decodeURIComponent(urlPath).replace(/^\/+/, '') || 'index.html';
  const file = path.resolve(rendererDir, relative);
  const inside = file.startsWith(path.resolve(rendererDir) + path.sep);
  const target = inside && existsSync(file) && statSync(file).isFile() ? file : path.join(rendererDir, 'index.html');
  if (!existsSync(target)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Chưa có bản dựng giao diện. Hãy chạy "npm run serve" (lệnh này tự dựng giao diện trước).');
    return;
  }
  res.writeHead(200, {
    'content-type': MIME[path.extname(target)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': target.endsWith('index.html') ? 'no-store' : 'public, max-age=3600',
  });
  createReadStream(target).pipe(res);
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let allowedHosts: Set<string> = new Set();

  const server = http.createServer(async (req, res) => {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Địa chỉ máy chủ không hợp lệ.');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST')
        return sendJson(res, 405, { ok: false, error: { code: 'INVALID_INPUT', message: 'Chỉ nhận POST.' } });
      const given = req.headers[TOKEN_HEADER];
      if (!sameToken(Array.isArray(given) ? given[0] : given, token)) {
        return sendJson(res, 401, {
          ok: false,
          error: {
            code: 'INVALID_INPUT',
            message: 'Phiên làm việc không hợp lệ. Hãy mở lại đường dẫn mà lệnh “npm run serve” in ra.',
          },
        });
      }
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body ? JSON.parse(body) : {};
      } catch (error) {
        const tooLarge = (error as Error).message === 'too large';
        return sendJson(res, tooLarge ? 413 : 400, {
          ok: false,
          error: {
            code: 'INVALID_INPUT',
            message: tooLarge
              ? `Dữ liệu gửi lên quá lớn (tối đa ${MAX_BODY_BYTES / 1024 / 1024} MB). Một kế hoạch thường dưới 2 MB; hãy kiểm tra lại tệp.`
              : 'Dữ liệu gửi lên không đọc được.',
          },
        });
      }
      const result = await dispatch(options.context, url.pathname.slice('/api/'.length), input);
      return sendJson(res, 200, result);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405);
      res.end();
      return;
    }
    serveStatic(options.rendererDir, url.pathname, res);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
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
