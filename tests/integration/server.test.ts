/**
 * The loopback server of `npm run serve`, spoken to in raw HTTP (node:http with
 * hand-set Host and Origin, node:net where even Node's client would refuse the
 * bytes), because any web page the officer opens can send it such requests.
 * After every refusal a normal call must still succeed: the server is still up.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agency } from '../../core/agency';
import type { Result } from '../../electron/api/contract';
import { startServer, TOKEN_HEADER, type RunningServer } from '../../electron/server';
import { openTempStore, type TempStore } from '../support/tempStore';

const INDEX_HTML = '<!doctype html><html lang="vi"><title>Plan Desk</title><div id="root"></div></html>';
const SECRET = 'nội dung không được lộ ra ngoài thư mục giao diện';
const BODY_LIMIT = 1024;
const repoRoot = path.resolve(import.meta.dirname, '..', '..');

let t: TempStore;
let server: RunningServer;
let port: number;

beforeEach(async () => {
  t = openTempStore();
  const rendererDir = path.join(t.dir, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("plan desk");\n');
  // Beside the renderer folder, where a traversal would land.
  writeFileSync(path.join(t.dir, 'secret.txt'), SECRET);
  server = await startServer({
    context: { store: t.store, runtime: 'browser', version: 'test' },
    rendererDir,
    maxBodyBytes: BODY_LIMIT,
  });
  port = Number(new URL(server.origin).port);
});

afterEach(async () => {
  try {
    await expectStillServing();
  } finally {
    await server.close();
    t.cleanup();
  }
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface Send {
  method?: string;
  path?: string;
  headers?: http.OutgoingHttpHeaders;
  body?: string | Buffer;
}

/** One request on its own connection; `path` goes on the wire exactly as given. */
function send({ method = 'GET', path: target = '/', headers = {}, body }: Send): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: target,
        agent: false,
        headers: { host: `127.0.0.1:${port}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    // A server that died, or never answers, fails the test here and says so, instead of at the test's timeout.
    req.setTimeout(5000, () => req.destroy(new Error(`no answer to ${method} ${target} within 5 s`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** An API call as the renderer makes it: POST, JSON, the token, the app's own Origin; a header set `undefined` is left out. */
function api(channel: string, input: unknown, headers: http.OutgoingHttpHeaders = {}): Promise<Reply> {
  const merged = {
    'content-type': 'application/json',
    origin: server.origin,
    [TOKEN_HEADER]: server.token,
    ...headers,
  };
  return send({
    method: 'POST',
    path: `/api/${channel}`,
    headers: Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined)),
    body: JSON.stringify(input),
  });
}

/** Bytes Node's own client would never send, straight onto a socket; the reply read until the server closes. */
function sendRaw(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(bytes));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer within 5 s')));
    socket.on('error', reject);
  });
}

function errorOf(reply: Reply): { code: string; message: string } {
  expect(reply.headers['content-type']).toMatch(/^application\/json/);
  const result = JSON.parse(reply.body) as Result<unknown>;
  if (result.ok) throw new Error(`expected a refusal, got ${reply.body}`);
  return result.error;
}

/** After every test, whatever it sent: a normal call still reads the database. */
async function expectStillServing(): Promise<void> {
  const reply = await api('agencies.list', { includeInactive: true });
  expect(reply.status).toBe(200);
  const result = JSON.parse(reply.body) as Result<Agency[]>;
  expect(result.ok && result.value.length).toBeGreaterThan(0);
}

describe('server', () => {
  it('serves the built screens with their security headers', async () => {
    const index = await send({ path: '/?token=abc' });
    expect(index.status).toBe(200);
    expect(index.body).toBe(INDEX_HTML);
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    const asset = await send({ path: '/assets/app.js' });
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const head = await send({ method: 'HEAD', path: '/assets/app.js' });
    expect([head.status, head.body]).toEqual([200, '']);
  });

  it('says in Vietnamese that the screens are not built yet', async () => {
    rmSync(path.join(t.dir, 'renderer', 'index.html'));
    const reply = await send({ path: '/' });
    expect(reply.status).toBe(503);
    expect(reply.body).toContain('Chưa có bản dựng giao diện');
  });

  it('refuses an API call without the token, or with a wrong one', async () => {
    const missing = await api('agencies.list', {}, { [TOKEN_HEADER]: undefined });
    expect(missing.status).toBe(401);
    expect(errorOf(missing).message).toContain('Phiên làm việc không hợp lệ');
    const wrong = await api('agencies.list', {}, { [TOKEN_HEADER]: `${server.token.slice(1)}x` });
    expect(wrong.status).toBe(401);
    expect(errorOf(wrong).message).toContain('Phiên làm việc không hợp lệ');
  });

  it('refuses a foreign Host header (DNS rebinding), on the API and the screens', async () => {
    const call = await api('agencies.list', {}, { host: `plan-desk.evil.example:${port}` });
    expect(call.status).toBe(421);
    expect(errorOf(call).message).toBe('Địa chỉ máy chủ không hợp lệ.');
    const page = await send({ path: '/', headers: { host: `plan-desk.evil.example:${port}` } });
    expect([page.status, page.body]).toEqual([421, 'Địa chỉ máy chủ không hợp lệ.']);
  });

  it('refuses an API call from a page of another origin, even one that holds the token', async () => {
    for (const origin of ['https://evil.example', `http://127.0.0.1:${port + 1}`, 'null']) {
      const reply = await api('agencies.list', {}, { origin });
      expect(reply.status, origin).toBe(403);
      expect(errorOf(reply).message).toContain('trang khác');
    }
    // The other loopback name of the same server is the app itself.
    expect((await api('agencies.list', {}, { origin: `http://localhost:${port}` })).status).toBe(200);
  });

  it('refuses path traversal out of the renderer folder, plain and encoded', async () => {
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%2fsecret.txt',
      '/assets%2f..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/..\\secret.txt',
      '/assets\\..\\..\\secret.txt',
      '/index.html%00.js',
      '/%00',
    ];
    for (const attempt of attempts) {
      const reply = await send({ path: attempt });
      expect(reply.status, attempt).toBe(400);
      expect(reply.body, attempt).toBe('Đường dẫn không hợp lệ.');
    }
  });

  it('answers malformed percent-encoding in the path with a 400 and keeps serving', async () => {
    // No token, no Origin, nothing: any page the officer opens can request this (an <img src>), which is why a
    // crash here would let any web site stop Plan Desk. It used to: decodeURIComponent threw, unhandled.
    const page = await send({ path: '/%E0%A4%A' });
    expect(page.status).toBe(400);
    expect(page.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(page.body).toContain('mã hoá phần trăm sai');
    expect((await send({ path: '/%ZZ' })).status).toBe(400);
    const call = await send({ method: 'POST', path: '/api/%E0%A4%A' });
    expect(call.status).toBe(400);
    expect(errorOf(call).message).toContain('mã hoá phần trăm sai');
  });

  it('answers malformed percent-encoding in the query with a 400', async () => {
    const page = await send({ path: '/?token=%E0%A4%A' });
    expect(page.status).toBe(400);
    expect(page.body).toContain('mã hoá phần trăm sai');
    const call = await send({ method: 'POST', path: '/api/agencies.list?x=%ZZ' });
    expect(call.status).toBe(400);
    expect(errorOf(call).message).toContain('mã hoá phần trăm sai');
  });

  it('answers a request Node cannot parse with a Vietnamese 400', async () => {
    const reply = await sendRaw(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nnot a header\r\n\r\n`);
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    expect(reply.endsWith('\r\n\r\nYêu cầu không hợp lệ.')).toBe(true);
  });

  it('sends the 413 for an oversize body, and the client receives it', async () => {
    // Far past the socket buffers, so that closing early would reset the connection before the answer is read.
    const reply = await api('agencies.list', { padding: 'x'.repeat(4 * 1024 * 1024) });
    expect(reply.status).toBe(413);
    expect(errorOf(reply).message).toBe(
      'Dữ liệu gửi lên quá lớn (tối đa 1 KB). Một kế hoạch thường dưới 2 MB; hãy kiểm tra lại tệp.',
    );
  });

  it('answers a body that is not JSON with a 400', async () => {
    for (const body of ['{"includeInactive": tru', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])]) {
      const reply = await send({
        method: 'POST',
        path: '/api/agencies.list',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
        body,
      });
      expect(reply.status).toBe(400);
      expect(errorOf(reply).message).toContain('Dữ liệu gửi lên không đọc được');
    }
  });

  it('answers an unknown channel with a 404 that names it', async () => {
    const reply = await api('agencies.frobnicate', {});
    expect(reply.status).toBe(404);
    expect(errorOf(reply).message).toBe('Chức năng “agencies.frobnicate” không tồn tại.');
  });

  it('takes only POST on the API and only GET or HEAD elsewhere', async () => {
    const get = await send({ path: '/api/agencies.list', headers: { [TOKEN_HEADER]: server.token } });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expect(errorOf(get).message).toBe('Chỉ nhận POST.');
    const post = await send({ method: 'POST', path: '/index.html' });
    expect([post.status, post.headers.allow, post.body]).toEqual([405, 'GET, HEAD', 'Chỉ nhận GET.']);
  });
});

describe('npm run serve --port', () => {
  /** electron/serve.ts as `npm run serve` starts it once the screens are built, on the test's database file. */
  function serve(...args: string[]) {
    return spawnSync(process.execPath, ['--import', 'tsx', 'electron/serve.ts', '--db', t.dbPath, ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, PLAN_DESK_DB: '' },
      timeout: 15_000,
    });
  }

  it('refuses a port that is not a number or out of range, in Vietnamese', () => {
    const cases: [string[], string][] = [
      [['--port', 'abc'], 'Lỗi: Cổng “abc” không hợp lệ: --port cần một số nguyên từ 1 đến 65535'],
      [['--port=70000'], 'Lỗi: Cổng “70000” không hợp lệ'],
      [['--port'], 'Lỗi: Thiếu số cổng sau --port.'],
    ];
    for (const [args, message] of cases) {
      const run = serve(...args);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).toContain(message);
      expect(run.stdout, args.join(' ')).not.toContain('đang chạy');
    }
  });

  it('says so when the port is taken', () => {
    const run = serve('--port', String(port));
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `Lỗi: Cổng ${port} đang được một chương trình khác dùng. Hãy chọn cổng khác (--port).`,
    );
  });
});
