/**
 * A generated document opened in LibreOffice, as the office's PCs open it: converted to PDF headless and read back
 * as laid-out text. Where LibreOffice (or a Times New Roman-compatible font) is missing, the checks say why and skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A program on PATH, without running it. */
export function onPath(program: string): boolean {
  const names = process.platform === 'win32' ? [`${program}.exe`, `${program}.com`] : [program];
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => dir !== '' && names.some((name) => existsSync(path.join(dir, name))));
}

/** Why the render check cannot run here, or null when it can. */
export function renderSkipReason(): string | null {
  if (!onPath('soffice')) return 'soffice (LibreOffice) is not on PATH';
  if (!onPath('pdftotext')) return 'pdftotext (poppler) is not on PATH';
  // Where fontconfig answers, a wider stand-in (DejaVu Serif) would wrap any header sized for Times New Roman.
  if (onPath('fc-match')) {
    const family = spawnSync('fc-match', ['-f', '%{family}', 'Times New Roman:bold'], { encoding: 'utf8' }).stdout;
    if (!/Times New Roman|Liberation Serif|Tinos/i.test(family ?? '')) {
      return `neither Times New Roman nor a metric-compatible font is installed (fontconfig offers ${family || 'nothing'})`;
    }
  }
  return null;
}

/** The document converted by LibreOffice to PDF, then to text with its layout (`pdftotext -layout`). */
export function renderedText(fileName: string, bytes: Buffer): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'plan-desk-render-'));
  try {
    const file = path.join(dir, fileName);
    writeFileSync(file, bytes);
    // A profile of its own, so a LibreOffice already open on this machine neither blocks nor serves the run.
    const converted = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile').replace(/\\/g, '/')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        file,
      ],
      { encoding: 'utf8', timeout: 110_000 },
    );
    if (converted.status !== 0) throw new Error(`soffice failed: ${converted.stderr}`);
    const pdf = path.join(dir, fileName.replace(/\.[^.]+$/, '.pdf'));
    if (!existsSync(pdf)) throw new Error(`soffice wrote no PDF: ${converted.stdout} ${converted.stderr}`);
    const layout = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    if (layout.status !== 0) throw new Error(`pdftotext failed: ${layout.stderr}`);
    return layout.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
