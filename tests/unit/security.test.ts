/**
 * The desktop app's gates (electron/security.ts): the dev server only outside an installed app, the API only for
 * Plan Desk's own page, the browser only for http(s), and a received file opened only when it is a document or an
 * image. Each gate is shown letting through what it must and stopping what it must.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  APP_USER_MODEL_ID,
  isOwnPage,
  openDecision,
  rendererDevUrl,
  safeExternalUrl,
  type OwnPages,
} from '../../electron/security';

describe('rendererDevUrl', () => {
  it.each([
    ['http://localhost:5173', 'http://localhost:5173/'],
    ['http://localhost:5173/', 'http://localhost:5173/'],
    ['http://127.0.0.1:5173/', 'http://127.0.0.1:5173/'],
    ['https://[::1]:5173/', 'https://[::1]:5173/'],
    ['http://LOCALHOST:5173/', 'http://localhost:5173/'],
  ])('honours a loopback dev server when run from source: %s', (envUrl, expected) => {
    expect(rendererDevUrl(false, envUrl)).toBe(expected);
  });

  it('is ignored by an installed app, even for a loopback URL', () => {
    expect(rendererDevUrl(true, 'http://localhost:5173/')).toBeNull();
    expect(rendererDevUrl(true, 'http://127.0.0.1:5173/')).toBeNull();
  });

  it.each([
    undefined,
    '',
    'not a url',
    'http://example.com:5173/',
    'http://192.168.1.10:5173/',
    'http://localhost.evil.example:5173/',
    'http://127.0.0.1.nip.io:5173/',
    'http://user:pass@localhost:5173/',
    'file:///tmp/renderer/index.html',
    'javascript:alert(1)',
    'ws://localhost:5173/',
  ])('refuses anything but a loopback http(s) server: %s', (envUrl) => {
    expect(rendererDevUrl(false, envUrl)).toBeNull();
  });
});

describe('isOwnPage', () => {
  const rendererIndex = '/opt/Plan Desk/resources/app.asar/out/renderer/index.html';
  const packaged: OwnPages = { devUrl: null, rendererFileUrl: pathToFileURL(rendererIndex).href };
  const dev: OwnPages = { ...packaged, devUrl: 'http://localhost:5173/' };

  it('accepts the bundled page, with any hash or query of the router', () => {
    expect(isOwnPage(packaged.rendererFileUrl, packaged)).toBe(true);
    expect(isOwnPage(`${packaged.rendererFileUrl}#/plans/3`, packaged)).toBe(true);
    expect(isOwnPage(`${packaged.rendererFileUrl}?tab=2#/requests`, packaged)).toBe(true);
    // Chromium spells the same file its own way: a literal space, or a dot segment it resolves.
    expect(isOwnPage('file:///opt/Plan Desk/resources/app.asar/out/renderer/index.html', packaged)).toBe(true);
    expect(isOwnPage('file:///opt/Plan%20Desk/resources/app.asar/out/main/../renderer/index.html', packaged)).toBe(
      true,
    );
  });

  it('accepts the bundled page under a Vietnamese user folder, however its letters are encoded', () => {
    const own: OwnPages = {
      devUrl: null,
      rendererFileUrl: pathToFileURL('/home/nguyễn/Plan Desk/out/renderer/index.html').href,
    };
    expect(isOwnPage('file:///home/nguy%E1%BB%85n/Plan%20Desk/out/renderer/index.html', own)).toBe(true);
    expect(isOwnPage('file:///home/nguyễn/Plan Desk/out/renderer/index.html#/', own)).toBe(true);
  });

  it('matches a Windows drive letter whatever its case', () => {
    const own: OwnPages = {
      devUrl: null,
      rendererFileUrl:
        'file:///c:/Users/C%C3%A1n%20b%E1%BB%99/AppData/Local/Programs/Plan%20Desk/out/renderer/index.html',
    };
    expect(isOwnPage('file:///C:/Users/Cán bộ/AppData/Local/Programs/Plan Desk/out/renderer/index.html', own)).toBe(
      true,
    );
    expect(isOwnPage('file:///D:/Users/Cán bộ/AppData/Local/Programs/Plan Desk/out/renderer/index.html', own)).toBe(
      false,
    );
  });

  it.each([
    // What the old check (any file: URL ending in /renderer/index.html) let through.
    'file:///home/officer/Downloads/renderer/index.html',
    'file:///tmp/plan-desk/5f0c/renderer/index.html',
    'file:///opt/Plan%20Desk/resources/app.asar/out/renderer/../../evil/renderer/index.html',
    'file:///opt/evil%2F..%2F..%2Fopt/Plan%20Desk/resources/app.asar/out/renderer/index.html',
    'file://fileserver/opt/Plan%20Desk/resources/app.asar/out/renderer/index.html',
    'file:///opt/Plan%20Desk/resources/app.asar/out/renderer/index.html.evil',
    'file:///opt/Plan%20Desk/resources/app.asar/out/renderer/other.html',
    'file:///opt/Plan%20Desk/resources/app.asar/out/renderer/',
    'file:///opt/Plan%20Desk/resources/app.asar/out/renderer/index%2Ehtml%00.png',
    'file:///opt/Plan%20Desk/resources/app.asar/out/renderer/%E0%A4%A',
  ])('refuses another file: %s', (url) => {
    expect(isOwnPage(url, packaged)).toBe(false);
    expect(isOwnPage(url, dev)).toBe(false);
  });

  it.each([
    undefined,
    '',
    'about:blank',
    'not a url',
    'http://localhost:5173/',
    'https://example.com/opt/Plan%20Desk/resources/app.asar/out/renderer/index.html',
    'data:text/html,<script>planDesk</script>',
  ])('refuses a non-file page of an installed app: %s', (url) => {
    expect(isOwnPage(url, packaged)).toBe(false);
  });

  it('in development, accepts the dev server origin and the bundled page, nothing else', () => {
    expect(isOwnPage('http://localhost:5173/', dev)).toBe(true);
    expect(isOwnPage('http://localhost:5173/#/plans', dev)).toBe(true);
    expect(isOwnPage('http://localhost:5173/src/main.tsx?t=1', dev)).toBe(true);
    expect(isOwnPage(packaged.rendererFileUrl, dev)).toBe(true);
    // The old check was a string prefix: these began with "http://localhost:5173".
    expect(isOwnPage('http://localhost:51730/', dev)).toBe(false);
    expect(isOwnPage('http://localhost:5173.evil.example/', dev)).toBe(false);
    expect(isOwnPage('http://localhost:5174/', dev)).toBe(false);
    expect(isOwnPage('https://localhost:5173/', dev)).toBe(false);
    expect(isOwnPage('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isOwnPage('file:///home/officer/renderer/index.html', dev)).toBe(false);
  });
});

describe('safeExternalUrl', () => {
  it.each([
    ['https://dichvucong.gov.vn/', 'https://dichvucong.gov.vn/'],
    ['http://example.com/a?b=1#c', 'http://example.com/a?b=1#c'],
    ['HTTPS://Example.COM', 'https://example.com/'],
  ])('lets an http(s) link go to the browser: %s', (url, expected) => {
    expect(safeExternalUrl(url)).toBe(expected);
  });

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'data:text/html,hi',
    'mailto:vanphong@example.gov.vn',
    'smb://fileserver/share',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    '\\\\fileserver\\share\\x.exe',
    'not a url',
    '',
  ])('opens nothing else: %s', (url) => {
    expect(safeExternalUrl(url)).toBeNull();
  });
});

describe('openDecision', () => {
  const allowed = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'odt', 'ods', 'rtf', 'txt', 'csv', 'jpg', 'jpeg', 'png'];

  it.each(allowed)('opens a .%s document or image, in any case of its extension', (extension) => {
    expect(openDecision(`Báo cáo 6 tháng - Sở Tư pháp.${extension}`)).toEqual({ action: 'open' });
    expect(openDecision(`BAO CAO.${extension.toUpperCase()}`)).toEqual({ action: 'open' });
  });

  it('decides by the last extension only', () => {
    expect(openDecision('bao.cao.quy.3.docx')).toEqual({ action: 'open' });
    expect(openDecision('kem-theo.exe.pdf')).toEqual({ action: 'open' });
    expect(openDecision('.pdf')).toEqual({ action: 'open' });
  });

  function warningOf(fileName: string): string {
    const decision = openDecision(fileName);
    if (decision.action !== 'reveal') throw new Error(`${fileName} would be opened`);
    return decision.warning;
  }

  it.each([
    ['exe', 'x.exe'],
    ['msi', 'caidat.msi'],
    ['bat', 'chay.bat'],
    ['cmd', 'chay.cmd'],
    ['com', 'chay.com'],
    ['scr', 'anh.scr'],
    ['lnk', 'Báo cáo.pdf.lnk'],
    ['js', 'bao-cao.js'],
    ['vbs', 'bao-cao.vbs'],
    ['hta', 'bao-cao.hta'],
    ['ps1', 'bao-cao.ps1'],
    ['exe', 'baocao.pdf.exe'],
    ['exe', 'BAOCAO.PDF.EXE'],
    ['exe', 'x.exe.'],
    ['exe', 'x.exe . .'],
    ['exe', 'x.exe   '],
    ['exe', 'baocao\u202Efdp.exe'],
    ['html', 'trang.html'],
    ['zip', 'ho-so.zip'],
    ['iso', 'dia.iso'],
    ['pdf\u200b', 'bao-cao.pdf\u200b'],
  ])('shows a .%s in its folder with a warning: %s', (extension, fileName) => {
    const warning = warningOf(fileName);
    expect(warning).toContain(`loại .${extension}`);
    expect(warning).toContain('có thể chạy chương trình');
    expect(warning).toContain('nên Plan Desk không mở trực tiếp');
    expect(warning).toContain('Thư mục chứa bản sao đã được mở');
    expect(warning).toContain('phần mềm diệt virus');
  });

  it('names the file as sent, without the marks that hide its real type', () => {
    expect(warningOf('baocao.pdf.exe')).toBe(
      'Tệp “baocao.pdf.exe” có thể chạy chương trình (loại .exe) nên Plan Desk không mở trực tiếp. ' +
        'Thư mục chứa bản sao đã được mở; hãy kiểm tra bằng phần mềm diệt virus trước khi mở.',
    );
    expect(warningOf('baocao\u202Efdp.exe')).toContain('Tệp “baocaofdp.exe”');
  });

  it.each(['docm', 'xlsm', 'XLSM', 'pptm', 'dotm', 'xlsb'])('says a .%s may carry macros', (extension) => {
    const warning = warningOf(`Báo cáo.${extension}`);
    expect(warning).toContain(`loại .${extension.toLowerCase()}`);
    expect(warning).toContain('có thể chứa macro');
  });

  it.each(['README', 'bao-cao', 'x.', 'x. . ', ''])('refuses a file without an extension: “%s”', (fileName) => {
    expect(warningOf(fileName)).toContain('không có phần mở rộng');
  });
});

describe('APP_USER_MODEL_ID', () => {
  it('is the appId the installer stamps on the shortcut, so Windows shows the reminders', () => {
    const config = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(new RegExp(`^appId: ${APP_USER_MODEL_ID.replace(/\./g, '\\.')}$`, 'm'));
  });
});
