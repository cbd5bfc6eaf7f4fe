/**
 * Opening a received file with the PC's default program (Word, a PDF reader…), for the desktop app. The program
 * gets a copy in the temp folder: the stored original, kept under its SHA-256, is never handed to anything that
 * could change it. Only documents and images are opened (security.ts, `openDecision`); any other type is shown in
 * its folder with a warning, since "opening" a program or a script is running it.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, shell } from 'electron';
import { AppError } from '../core/errors';
import { safeFileName } from '../core/fileNames';
import { openDecision } from './security';

export async function openWithDefaultApp(fileName: string, bytes: Buffer): Promise<void> {
  const folder = path.join(app.getPath('temp'), 'plan-desk', randomUUID());
  await mkdir(folder, { recursive: true });
  const copy = path.join(folder, safeFileName(fileName));
  await writeFile(copy, bytes, { flag: 'wx' });
  const decision = openDecision(fileName);
  if (decision.action === 'reveal') {
    shell.showItemInFolder(copy);
    // Thrown, not returned: the contract's answer stays { opened: true } for a file that did open, and the UI
    // already shows a refusal's message.
    throw new AppError('INVALID_INPUT', decision.warning);
  }
  const failure = await shell.openPath(copy);
  if (failure) {
    throw new AppError(
      'INTERNAL',
      `Máy không mở được tệp “${fileName}” (${failure}). Có thể chưa cài chương trình đọc loại tệp này; ` +
        `bản sao của tệp nằm ở ${copy}.`,
    );
  }
}
