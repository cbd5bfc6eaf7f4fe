/**
 * The desktop app's gates, as pure decisions: which renderer URL to load, which page may call the API or be
 * navigated to, which URL may leave for the browser, which received file may be handed to its default program.
 * No electron import, so every gate is tested on its own (tests/unit/security.test.ts) and main.ts only wires them.
 */
import { safeFileName } from '../core/fileNames';

/**
 * The Windows AppUserModelID. It must equal `appId` in electron-builder.yml: the installer stamps that id on the
 * Start-menu shortcut, and Windows shows a notification (the reminders) only for an app whose id has a shortcut.
 */
export const APP_USER_MODEL_ID = 'vn.gov.plandesk';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function parse(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The dev server's URL (electron-vite's ELECTRON_RENDERER_URL), or null to load the bundled files. An installed app
 * ignores it: otherwise anyone able to set an environment variable on the PC could make Plan Desk load their page
 * with the API bridge attached. Only a loopback http(s) server is a dev server.
 */
export function rendererDevUrl(isPackaged: boolean, envUrl: string | undefined): string | null {
  if (isPackaged) return null;
  const url = parse(envUrl);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  if (!LOOPBACK_HOSTS.has(url.hostname) || url.username || url.password) return null;
  return url.href;
}

export interface OwnPages {
  /** From `rendererDevUrl`: when set, every page of that origin is the app's. */
  devUrl: string | null;
  /** `pathToFileURL(rendererIndex).href`: the one bundled page. */
  rendererFileUrl: string;
}

/**
 * The file a file: URL names, for comparison: percent-decoded (Chromium and Node may encode the same path
 * differently, and decoding cannot make two different files equal) and with the drive letter in one case (Chromium
 * upper-cases it, a path from Node may not).
 */
function fileKey(url: URL): string | null {
  try {
    const pathname = decodeURIComponent(url.pathname).replace(/^\/([a-z]):/i, (_match, drive: string) => {
      return `/${drive.toUpperCase()}:`;
    });
    return `${url.host.toLowerCase()}|${pathname}`;
  } catch {
    return null;
  }
}

/**
 * Whether a frame shows Plan Desk's own page: the bundled index.html itself (any hash or query: the router's), or,
 * in development, the dev server's origin. Any other file is not ours, even one called renderer/index.html: a page
 * the user saved or an agency sent must not reach the API.
 */
export function isOwnPage(url: string | undefined, own: OwnPages): boolean {
  const page = parse(url);
  if (!page) return false;
  const dev = parse(own.devUrl ?? undefined);
  if (dev && page.origin === dev.origin && page.origin !== 'null') return true;
  if (page.protocol !== 'file:') return false;
  const renderer = parse(own.rendererFileUrl);
  if (!renderer || renderer.protocol !== 'file:') return false;
  const key = fileKey(page);
  return key !== null && key === fileKey(renderer);
}

/** The one way out of the app to the web: an http(s) URL to hand to the user's browser, or null. */
export function safeExternalUrl(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return null;
  return parsed.href;
}

/** Documents and images: what an agency legitimately sends, and what their default programs open without running code. */
const OPENABLE = new Set([
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'odt',
  'ods',
  'rtf',
  'txt',
  'csv',
  'jpg',
  'jpeg',
  'png',
]);

/** Office files whose whole point is macros: the one refused kind that is not plainly a program. */
const MACRO = new Set(['docm', 'dotm', 'xlsm', 'xltm', 'xlsb', 'xlam', 'pptm', 'potm', 'ppsm', 'ppam']);

// Right-to-left and other direction marks: "baocao\u202Efdp.exe" shows as "baocaoexe.pdf".
const DIRECTION_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export type OpenDecision = { action: 'open' } | { action: 'reveal'; warning: string };

/**
 * Whether a received file may go straight to its default program, or only be shown in its folder. Decided on the
 * name as it is written to disk (`safeFileName`: Windows drops trailing dots and spaces, so "x.exe." is an .exe),
 * by its last extension, against a list of what may open: anything not known to be a document or an image is
 * refused, so a type nobody thought of is refused too.
 */
export function openDecision(fileName: string): OpenDecision {
  const name = safeFileName(fileName);
  const dot = name.lastIndexOf('.');
  const extension = dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (OPENABLE.has(extension)) return { action: 'open' };
  const shown = fileName.replace(DIRECTION_MARKS, '');
  const kind = extension ? `loại .${extension}` : 'không có phần mở rộng cho biết loại tệp';
  const risk = MACRO.has(extension) ? 'có thể chứa macro (chương trình chạy khi mở tệp)' : 'có thể chạy chương trình';
  return {
    action: 'reveal',
    warning:
      `Tệp “${shown}” ${risk} (${kind}) nên Plan Desk không mở trực tiếp. Thư mục chứa bản sao đã được mở; ` +
      'hãy kiểm tra bằng phần mềm diệt virus trước khi mở.',
  };
}
