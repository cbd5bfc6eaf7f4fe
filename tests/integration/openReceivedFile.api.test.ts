/**
 * "Files … can be opened from the app" (issue 5): in the desktop app a received file opens with the PC's default
 * program, which gets exactly the stored bytes under the agency's file name; in a browser there is no such program
 * and the same call hands the file back to be saved. The opener stands in for the operating system only.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import type { ApiContext } from '../../electron/api/context';
import { dispatch } from '../../electron/api/dispatch';
import { errorOf, openTempStore, type TempStore } from '../support/tempStore';

let t: TempStore;
const BYTES = Buffer.from('%PDF-1.4\n% Báo cáo 6 tháng đầu năm 2025 của Sở Tư pháp\n', 'utf8');
const NAME = 'Báo cáo 6 tháng - Sở Tư pháp.pdf';

beforeEach(() => {
  t = openTempStore();
});

afterEach(() => {
  t.cleanup();
});

async function receivedFileId(): Promise<number> {
  const agencies = await t.must('agencies.list', {});
  const justice = agencies.find((agency) => agency.name === 'Sở Tư pháp')!.id;
  const request = await t.must('requests.create', {
    title: 'Báo cáo 6 tháng đầu năm 2025',
    requestedOn: '2025-06-01',
    dueOn: '2025-06-20',
    agencyIds: [justice],
  });
  const submission = await t.must('submissions.record', {
    requestId: request.id,
    agencyId: justice,
    receivedOn: '2025-06-15',
    files: [{ fileName: NAME, base64: BYTES.toString('base64') }],
  });
  return submission.files[0]!.id;
}

describe('opening a received file', () => {
  it('hands the exact stored bytes, under the name it was sent with, to the default program', async () => {
    const fileId = await receivedFileId();
    const opened: Array<{ fileName: string; bytes: Buffer }> = [];
    const context: ApiContext = {
      store: t.store,
      runtime: 'electron',
      version: 'test',
      openWithDefaultApp: async (fileName, bytes) => {
        opened.push({ fileName, bytes });
      },
    };
    expect(await dispatch(context, 'submissions.open', { fileId })).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toHaveLength(1);
    expect(opened[0]!.fileName).toBe(NAME);
    expect(opened[0]!.bytes.equals(BYTES)).toBe(true);
  });

  it('gives the file back to be saved where no program can be started (a browser)', async () => {
    const fileId = await receivedFileId();
    const result = await t.must('submissions.open', { fileId });
    expect(result.opened).toBe(false);
    if (result.opened) return;
    expect(result.file.fileName).toBe(NAME);
    expect(Buffer.from(result.file.base64, 'base64').equals(BYTES)).toBe(true);
  });

  it("passes on the program's refusal in Vietnamese, and an unknown file is NOT_FOUND", async () => {
    const fileId = await receivedFileId();
    const message = 'Máy không mở được tệp “Báo cáo 6 tháng - Sở Tư pháp.pdf”.';
    const context: ApiContext = {
      store: t.store,
      runtime: 'electron',
      version: 'test',
      openWithDefaultApp: async () => {
        throw new AppError('INTERNAL', message);
      },
    };
    expect(errorOf(await dispatch(context, 'submissions.open', { fileId }))).toEqual({ code: 'INTERNAL', message });
    expect(errorOf(await t.call('submissions.open', { fileId: 99_999 })).code).toBe('NOT_FOUND');
  });
});
