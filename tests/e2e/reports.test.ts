/**
 * Reports owed in a real Chromium against the real server (issue 5): the 836/KH-UBND
 * plan imported through the import screen asks its report of the agencies; the
 * register shows them all missing; two submissions are recorded through the
 * dialog (one with a file, one first refused for a date before the request);
 * the file comes back identical; the reminder letter names exactly the agencies
 * still missing; and the to-do home screen lists the request with them, overdue
 * (the real date is after 20/6/2025) — and, with the server's clock set to
 * 13/6/2025, due in 7 days with every agency missing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { vietnamDate } from '../../core/reminders';
import {
  launchBrowser,
  openPage,
  pickOption,
  screenshotOnFailure,
  startApp,
  step,
  toastShown,
  type RunningApp,
} from './support';
import { SEED, seedPath } from '../fixtures/seeds';

const REQUEST = 'Báo cáo tổng kết (theo Kế hoạch 836/KH-UBND)';
const ON_TIME = 'Sở Tư pháp';
const LATE = 'Tỉnh Đoàn';
const FILE = {
  name: 'Báo cáo tổng kết 2021-2025 - Sở Tư pháp.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.concat([
    Buffer.from('%PDF-1.4\n% Báo cáo tổng kết\n', 'utf8'),
    Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 37 + 11) % 256)),
  ]),
};

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  ({ page } = await openPage(browser, app));
});

afterEach(async (test) => {
  vi.useRealTimers();
  await screenshotOnFailure('reports', () => page)(test);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function toast(text: string): Promise<void> {
  await toastShown(page, text);
}

function requestId(): number {
  return app.store.sqlite.prepare('select id from report_requests where title = ?').pluck().get(REQUEST) as number;
}

/** The agencies the request is asked of, by name, from the database. */
function required(): Array<{ id: number; name: string }> {
  return app.store.sqlite
    .prepare(
      `select a.id, a.name from report_request_agencies x join agencies a on a.id = x.agency_id
       where x.request_id = ? order by a.name`,
    )
    .all(requestId()) as Array<{ id: number; name: string }>;
}

function agencyId(name: string): number {
  return app.store.sqlite.prepare('select id from agencies where name = ?').pluck().get(name) as number;
}

/** Required agencies that have sent nothing, by name. */
function missingNames(): string[] {
  const sent = new Set(
    app.store.sqlite
      .prepare('select agency_id from submissions where request_id = ?')
      .pluck()
      .all(requestId()) as number[],
  );
  return required()
    .filter((agency) => !sent.has(agency.id))
    .map((agency) => agency.name)
    .sort();
}

const statuses = () => page.getByTestId('request-statuses');
const statusRow = (name: string) => statuses().locator(`tr[data-row-key="${agencyId(name)}"]`);

async function statusOf(name: string): Promise<string> {
  return ((await statusRow(name).locator('.ant-tag').textContent()) ?? '').trim();
}

async function typeDate(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.fill(text);
  await field.press('Tab');
}

/** Opens the register of the request from the 'Báo cáo phải nộp' list. */
async function openRequest(): Promise<void> {
  await page.getByRole('menuitem', { name: 'Báo cáo phải nộp' }).click();
  await page.getByRole('heading', { name: 'Báo cáo phải nộp' }).waitFor();
  await page.getByTestId('requests-table').getByRole('link', { name: REQUEST }).click();
  await page.getByRole('heading', { name: REQUEST }).waitFor();
  await statuses().locator('.ant-table-row').first().waitFor();
}

describe('reports owed in Chromium', () => {
  // One story: each step works on what the step before left (the imported request, the submissions recorded). Its
  // eight steps were eight tests of 90 s each: the story gets their time together.
  it(
    'follows the report 836/KH-UBND asks, from its import to the reminder letter and the overdue list',
    { timeout: 8 * 90_000 },
    async () => {
      await step('imports 836/KH-UBND through the import screen, which asks its report of the agencies', async () => {
        await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
        await page.getByRole('button', { name: 'Nhập từ văn bản' }).click();
        await page.getByRole('heading', { name: 'Nhập kế hoạch từ văn bản' }).waitFor();
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          page.getByText('Bấm hoặc kéo tệp vào đây').click(),
        ]);
        await chooser.setFiles(seedPath(SEED.reviewPlan));
        await page.getByRole('heading', { name: 'Kiểm tra kế hoạch nhận dạng' }).waitFor();
        await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
        await page.getByRole('heading', { name: /836\/KH-UBND/ }).waitFor();

        const request = app.store.sqlite
          .prepare('select title, requested_on, due_on, data_from, data_to from report_requests')
          .all();
        expect(request).toEqual([
          {
            title: REQUEST,
            requested_on: '2025-04-05',
            due_on: '2025-06-20',
            data_from: '2021-02-09',
            data_to: '2025-06-15',
          },
        ]);
        const names = required().map((agency) => agency.name);
        expect(names).toHaveLength(22);
        expect(names).toEqual(expect.arrayContaining([ON_TIME, LATE]));
        // So that "not in the letter" means something: no other name, nor the letter's own text, contains these two.
        for (const name of names.filter((other) => other !== ON_TIME && other !== LATE)) {
          expect(name).not.toContain(ON_TIME);
          expect(name).not.toContain(LATE);
        }
      });

      await step('on 13/6/2025 the to-do screen has it due in 7 days with every agency missing', async () => {
        // The server runs in this process: its clock (Date only; timers stay real) says 13/6/2025, 09:00 in Vietnam.
        vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-06-13T09:00:00+07:00') });
        await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
        await page.getByRole('menuitem', { name: 'Việc cần làm' }).click();
        await page.getByTestId('today').getByText('Thứ Sáu, 13/06/2025').waitFor();
        const card = page
          .getByTestId('todo-list')
          .getByRole('region', { name: 'Sắp đến hạn' })
          .getByTestId('todo-item');
        await card.filter({ hasText: REQUEST }).waitFor();
        expect(await card.count()).toBe(1);
        await card.locator('.ant-tag').filter({ hasText: 'Còn 7 ngày' }).waitFor();
        expect(await card.textContent()).toContain('Chưa nộp: 22 cơ quan');
        expect(await page.getByTestId('todo-list').getByRole('region', { name: 'Quá hạn' }).count()).toBe(0);
        vi.useRealTimers();
      });

      await step("lists the request under 'Báo cáo phải nộp', every required agency 'Chưa nộp'", async () => {
        await openRequest();
        const rows = statuses().locator('.ant-table-row');
        expect(await rows.count()).toBe(22);
        const shown = await rows.evaluateAll((trs) =>
          trs.map((tr) => ({
            name: tr.querySelector('td')?.textContent?.trim() ?? '',
            status: tr.querySelector('.ant-tag')?.textContent?.trim() ?? '',
          })),
        );
        expect(shown.map((row) => row.name).sort()).toEqual(required().map((agency) => agency.name));
        expect(new Set(shown.map((row) => row.status))).toEqual(new Set(['Chưa nộp']));
        await page.getByText('Còn 22 cơ quan chưa nộp').waitFor();
      });

      await step('records an on-time report with its file from the row of the agency', async () => {
        await statusRow(ON_TIME)
          .getByRole('button', { name: `Ghi nhận báo cáo của ${ON_TIME}` })
          .click();
        const dialog = page.getByRole('dialog').filter({ hasText: 'Ghi nhận báo cáo đã nộp' });
        await dialog.waitFor();
        // The row's agency is chosen already.
        await dialog.getByText(ON_TIME, { exact: true }).waitFor();
        await typeDate(dialog.getByLabel('Ngày nhận'), '16/06/2025');
        await dialog.getByLabel('Số văn bản của cơ quan').fill('125/BC-STP');
        await dialog.locator('input[type="file"]').setInputFiles(FILE);
        await dialog.locator('.ant-upload-list-item').filter({ hasText: FILE.name }).waitFor();
        await dialog.getByRole('button', { name: 'Lưu' }).click();
        await toast(`Đã ghi nhận báo cáo của ${ON_TIME}`);
        await dialog.waitFor({ state: 'hidden' });

        await expect.poll(() => statusOf(ON_TIME)).toBe('Đã nộp đúng hạn');
        const saved = app.store.sqlite
          .prepare(
            `select s.received_on, s.document_number, f.file_name, f.size, f.sha256 from submissions s
           join submission_files f on f.submission_id = s.id where s.agency_id = ?`,
          )
          .all(agencyId(ON_TIME));
        expect(saved).toEqual([
          {
            received_on: '2025-06-16',
            document_number: '125/BC-STP',
            file_name: FILE.name,
            size: FILE.buffer.length,
            sha256: createHash('sha256').update(FILE.buffer).digest('hex'),
          },
        ]);
      });

      await step(
        'refuses a report dated before the request in Vietnamese, keeping the dialog, then records it late',
        async () => {
          await page.getByRole('button', { name: 'Ghi nhận đã nộp' }).click();
          const dialog = page.getByRole('dialog').filter({ hasText: 'Ghi nhận báo cáo đã nộp' });
          await dialog.waitFor();
          await pickOption(page, dialog.getByLabel('Cơ quan gửi báo cáo'), 'tinh doan', LATE, { exact: true });
          await dialog.getByLabel('Số văn bản của cơ quan').fill('48/BC-TĐTN');
          await typeDate(dialog.getByLabel('Ngày nhận'), '01/03/2025');
          await dialog.getByRole('button', { name: 'Lưu' }).click();

          await dialog
            .locator('.ant-alert-error')
            .filter({ hasText: 'Ngày nhận 01/03/2025 trước ngày yêu cầu báo cáo (05/04/2025)' })
            .waitFor();
          expect(await dialog.isVisible()).toBe(true);
          expect(app.store.sqlite.prepare('select count(*) from submissions').pluck().get()).toBe(1);
          // Nothing the officer typed is lost.
          expect(await dialog.getByLabel('Số văn bản của cơ quan').inputValue()).toBe('48/BC-TĐTN');
          await dialog.getByText(LATE, { exact: true }).waitFor();

          await typeDate(dialog.getByLabel('Ngày nhận'), '23/06/2025');
          await dialog.locator('.ant-alert-error').waitFor({ state: 'hidden' });
          await dialog.getByRole('button', { name: 'Lưu' }).click();
          await toast(`Đã ghi nhận báo cáo của ${LATE}`);
          await dialog.waitFor({ state: 'hidden' });

          await expect.poll(() => statusOf(LATE)).toBe('Nộp muộn');
          expect(await statusRow(LATE).textContent()).toContain('3 ngày');
          expect(await statusOf(ON_TIME)).toBe('Đã nộp đúng hạn');
          const saved = app.store.sqlite
            .prepare('select received_on, document_number from submissions where agency_id = ?')
            .all(agencyId(LATE));
          expect(saved).toEqual([{ received_on: '2025-06-23', document_number: '48/BC-TĐTN' }]);
          await page.getByText('Còn 20 cơ quan chưa nộp').waitFor();
          const stillMissing = await statuses()
            .locator('.ant-table-row')
            .filter({ has: page.locator('.ant-tag', { hasText: 'Chưa nộp' }) })
            .count();
          expect(stillMissing).toBe(20);
        },
      );

      await step('gives the received file back identical', async () => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          statusRow(ON_TIME).getByText(FILE.name).click(),
        ]);
        expect(download.suggestedFilename()).toBe(FILE.name);
        expect(readFileSync((await download.path())!).equals(FILE.buffer)).toBe(true);
      });

      await step('drafts a reminder letter addressed to exactly the agencies still missing', async () => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Soạn công văn đôn đốc' }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/\.docx$/);
        const text = (await mammoth.extractRawText({ path: (await download.path())! })).value;
        const lines = text
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        const start = lines.indexOf('Kính gửi:');
        expect(start).toBeGreaterThan(0);
        const end = lines.findIndex((line, index) => index > start && !line.startsWith('- '));
        const addressed = lines.slice(start + 1, end).map((line) => line.replace(/^- /, '').replace(/[;.]$/, ''));
        const missing = missingNames();
        expect(missing).toHaveLength(20);
        expect([...addressed].sort()).toEqual(missing);
        expect(lines[end]).toMatch(/^Thực hiện/);
        expect(text).toContain(`chưa nhận được báo cáo của 20 cơ quan, đơn vị: `);
        expect(text).not.toContain(ON_TIME);
        expect(text).not.toContain(LATE);
      });

      await step("shows the request overdue on 'Việc cần làm', with the missing agencies", async () => {
        await page.getByRole('menuitem', { name: 'Việc cần làm' }).click();
        const today = vietnamDate(new Date());
        expect(today > '2025-06-20').toBe(true);
        const overdueDays = Math.round(
          (Date.parse(`${today}T00:00:00Z`) - Date.parse('2025-06-20T00:00:00Z')) / 86_400_000,
        );

        const overdue = page.getByTestId('todo-list').getByRole('region', { name: 'Quá hạn' });
        const card = overdue.getByTestId('todo-item').filter({ hasText: REQUEST });
        await card.waitFor();
        await card
          .locator('.ant-tag')
          .filter({ hasText: `Quá hạn ${overdueDays} ngày` })
          .waitFor();
        expect(await card.textContent()).toContain('Hạn nộp: 20/06/2025');
        expect(await card.textContent()).toContain('Chưa nộp: 20 cơ quan');

        const agencies = card.getByLabel('Cơ quan chưa nộp');
        await agencies.getByRole('button', { name: /^và \d+ cơ quan khác$/ }).click();
        await agencies.getByRole('button', { name: 'Thu gọn' }).waitFor();
        const names = (await agencies.locator('.ant-tag').allTextContents()).map((name) => name.trim());
        expect([...names].sort()).toEqual(missingNames());
        expect(names).not.toContain(ON_TIME);
        expect(names).not.toContain(LATE);
      });
    },
  );
});
