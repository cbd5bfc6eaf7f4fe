/**
 * Importing a plan from its document, in a real Chromium against the real server:
 * upload the 836/KH-UBND review plan, check what was read, fix it on the review
 * screen (drop a duplicate date, give a task its lead, drop a task), save, and
 * find exactly that in the database and the matrix. Then a pasted plan naming an
 * agency the directory does not know, and files that are not plans at all.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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
import { SEED as SEED_FILES, seedPath } from '../fixtures/seeds';

const SEED = seedPath(SEED_FILES.reviewPlan);

let app: RunningApp;
let browser: Browser;
let context: BrowserContext | undefined;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});

// Each test on a database of its own (the first counts plans from none) and a fresh page.
beforeEach(async () => {
  app = await startApp();
});

afterEach(async (test) => {
  await screenshotOnFailure('planImport', () => page)(test);
  await context?.close();
  context = undefined;
  await app?.close();
});

afterAll(async () => {
  await browser?.close();
});

/** Each test on a fresh page, on the import screen. */
async function openImport(): Promise<void> {
  ({ context, page } = await openPage(browser, app));
  await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
  await page.getByRole('button', { name: 'Nhập từ văn bản' }).click();
  await page.getByRole('heading', { name: 'Nhập kế hoạch từ văn bản' }).waitFor();
}

type Upload = string | { name: string; mimeType: string; buffer: Buffer };

async function upload(file: Upload): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByText('Bấm hoặc kéo tệp vào đây').click(),
  ]);
  await chooser.setFiles(file);
}

async function toast(text: string): Promise<void> {
  await toastShown(page, text);
}

function count(sql: string, ...params: unknown[]): number {
  return app.store.sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as number;
}

/** The number in a tab's label, e.g. 3 in “Mốc thời gian (3)”. */
async function tabCount(tab: Locator): Promise<number> {
  const label = (await tab.textContent()) ?? '';
  const found = /\((\d+)/.exec(label);
  if (!found) throw new Error(`no count in tab label “${label}”`);
  return Number(found[1]);
}

/** The visible tab panel (hidden ones are aria-hidden, so the role query skips them). */
const activePane = () => page.getByRole('tabpanel');

describe('plan import in Chromium', () => {
  // One story: each step works on what the step before left on the review screen.
  it('reads 836/KH-UBND, lets the officer fix it, and saves exactly what was reviewed', async () => {
    await step('reads the header fields, on the first tab', async () => {
      await openImport();
      await upload(SEED);
      await page.getByRole('heading', { name: 'Kiểm tra kế hoạch nhận dạng' }).waitFor();
      expect(await page.getByLabel('Số, ký hiệu').inputValue()).toBe('836/KH-UBND');
      expect(await page.getByLabel('Ngày ban hành').inputValue()).toBe('05/04/2025');
    });

    await step('shows the source, with what was found marked in it', async () => {
      const source = page.getByTestId('import-source');
      await source.locator('.hl-date').first().waitFor();
      expect((await source.locator('.hl-date').allTextContents()).join('')).toContain('20/6/2025');
      expect(await source.locator('.hl-task').count()).toBeGreaterThan(0);
    });

    await step('writes nothing before the officer saves', () => {
      expect(count('select count(*) from plans')).toBe(0);
      expect(count('select count(*) from tasks')).toBe(0);
      expect(count('select count(*) from plan_sources')).toBe(0);
    });

    const datesTab = page.getByRole('tab', { name: /^Mốc thời gian/ });
    const { datesFound, periodsFound } = await step(
      'names who receives the deadline, and drops one of the two identical data periods',
      async () => {
        await datesTab.click();
        const dateRows = activePane().locator('.ant-table-row');
        await dateRows.first().waitFor();
        const datesFound = await tabCount(datesTab);
        expect(await dateRows.count()).toBe(datesFound);
        const deadline = dateRows.filter({ hasText: 'Hạn gửi, hạn hoàn thành' }).filter({ hasText: '20/06/2025' });
        await deadline.getByText('Công an tỉnh (Phòng Tham mưu)').waitFor();
        const periods = dateRows.filter({ hasText: 'Kỳ số liệu' });
        const periodsFound = await periods.count();
        expect(periodsFound).toBe(2);
        expect(await periods.nth(0).locator('td').nth(1).textContent()).toBe(
          await periods.nth(1).locator('td').nth(1).textContent(),
        );
        await periods.nth(1).getByRole('button', { name: 'Bỏ mốc thời gian' }).click();
        await expect.poll(() => tabCount(datesTab)).toBe(datesFound - 1);
        expect(await periods.count()).toBe(periodsFound - 1);
        await deadline.waitFor();
        return { datesFound, periodsFound };
      },
    );

    const EDITED = 'Đánh giá về thực trạng, tình hình, kết quả thực hiện Chương trình';
    const DROPPED = 'Biểu dương, khen thưởng những tập thể, cá nhân';
    const nodesTab = page.getByRole('tab', { name: /^Nội dung/ });
    const tasks = page.getByTestId('review-task');
    const tasksFound = await step(
      'gives a task without a lead Sở Tư pháp (found by typing without diacritics), and drops another',
      async () => {
        await nodesTab.click();
        await tasks.first().waitFor();
        const tasksFound = await tabCount(nodesTab);
        expect(await tasks.count()).toBe(tasksFound);

        const edited = tasks.filter({ hasText: EDITED });
        expect(await edited.count()).toBe(1);
        expect(await edited.locator('.ant-tag').filter({ hasText: /^C: / }).count()).toBe(0);
        await edited.getByRole('button', { name: 'Sửa nhiệm vụ' }).click();
        const drawer = page.getByRole('dialog').filter({ hasText: 'Sửa nhiệm vụ đề xuất' });
        await drawer.waitFor();
        await pickOption(page, drawer.getByRole('combobox', { name: 'Cơ quan chủ trì' }), 'so tu phap', 'Sở Tư pháp', {
          exact: true,
        });
        // Close the dropdown without Escape (which would also close the drawer).
        await drawer.getByText('Sửa nhiệm vụ đề xuất').click();
        await drawer.getByRole('button', { name: 'Cập nhật' }).click();
        await drawer.waitFor({ state: 'hidden' });
        await edited.locator('.ant-tag').filter({ hasText: 'C: Sở Tư pháp' }).waitFor();

        await tasks.filter({ hasText: DROPPED }).getByRole('button', { name: 'Bỏ nhiệm vụ' }).click();
        await tasks.filter({ hasText: DROPPED }).waitFor({ state: 'detached' });
        await expect.poll(() => tabCount(nodesTab)).toBe(tasksFound - 1);
        expect(count('select count(*) from plans')).toBe(0);
        return tasksFound;
      },
    );

    await step('saves exactly what was reviewed', async () => {
      await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
      await page.getByRole('heading', { name: /836\/KH-UBND/ }).waitFor();

      const plans = app.store.sqlite.prepare('select id, number_symbol, issued_on from plans').all() as Array<{
        id: number;
        number_symbol: string;
        issued_on: string;
      }>;
      expect(plans.map(({ number_symbol, issued_on }) => ({ number_symbol, issued_on }))).toEqual([
        { number_symbol: '836/KH-UBND', issued_on: '2025-04-05' },
      ]);
      const planId = plans[0]!.id;
      expect(count('select count(*) from tasks where plan_id = ?', planId)).toBe(tasksFound - 1);
      expect(count('select count(*) from tasks where plan_id = ? and text like ?', planId, `${DROPPED}%`)).toBe(0);
      const leads = app.store.sqlite
        .prepare(
          `select a.name from assignments x join tasks t on t.id = x.task_id join agencies a on a.id = x.agency_id
           where t.plan_id = ? and t.text like ? and x.role = 'lead'`,
        )
        .pluck()
        .all(planId, `${EDITED}%`);
      expect(leads).toEqual(['Sở Tư pháp']);

      const extraction = JSON.parse(
        app.store.sqlite.prepare('select extraction from plan_sources where plan_id = ?').pluck().get(planId) as string,
      ) as { dates: Array<{ kind: string }> };
      expect(extraction.dates).toHaveLength(datesFound - 1);
      expect(extraction.dates.filter((date) => date.kind === 'period')).toHaveLength(periodsFound - 1);
      expect(extraction.dates.filter((date) => date.kind === 'deadline')).toHaveLength(1);
    });

    await step('shows the lead the officer set in the matrix', async () => {
      await page.getByRole('tab', { name: 'Ma trận phân công' }).click();
      const grid = page.getByTestId('matrix-grid');
      await grid.locator('.matrix-col-header').first().waitFor();
      expect(await grid.locator('.matrix-col-header .matrix-col-name').allTextContents()).toContain('Sở Tư pháp');
    });
  });

  it('proposes an agency the directory does not know, and adds it on save', async () => {
    const NEW_AGENCY = 'Trung tâm Công tác xã hội tỉnh';
    const TASK = 'Tổ chức tập huấn cho cán bộ xã';
    expect(count('select count(*) from agencies where name = ?', NEW_AGENCY)).toBe(0);
    const agenciesBefore = count('select count(*) from agencies');
    const plansBefore = count('select count(*) from plans');

    await openImport();
    await page
      .getByLabel('Nội dung văn bản')
      .fill(
        [
          'KẾ HOẠCH',
          'Số: 12/KH-BCĐ',
          'Gia Lai, ngày 02 tháng 01 năm 2026',
          'II. NHIỆM VỤ',
          `1. ${TASK} (${NEW_AGENCY} chủ trì, phối hợp Sở Tư pháp thực hiện).`,
        ].join('\n'),
      );
    await page.getByRole('button', { name: 'Nhận dạng' }).click();
    await page.getByRole('heading', { name: 'Kiểm tra kế hoạch nhận dạng' }).waitFor();
    expect(await page.getByLabel('Số, ký hiệu').inputValue()).toBe('12/KH-BCĐ');
    expect(await page.getByLabel('Ngày ban hành').inputValue()).toBe('02/01/2026');

    // With no issuer line above the title, an outline heading (“II. NHIỆM VỤ”) must not be taken for the issuer.
    const issuer = page.getByLabel('Cơ quan ban hành');
    expect(await issuer.inputValue()).not.toMatch(/nhiệm vụ/i);
    // The document has no title and no issuer: the officer completes them, as the form asks.
    await page.getByLabel('Trích yếu').fill('Tập huấn phòng, chống mua bán người cho cán bộ xã năm 2026');
    await issuer.fill('Ban Chỉ đạo phòng, chống tội phạm tỉnh');

    const agenciesTab = page.getByRole('tab', { name: 'Cơ quan mới (1)' });
    await agenciesTab.click();
    expect(await activePane().getByLabel('Tên cơ quan mới').inputValue()).toBe(NEW_AGENCY);

    await page.getByRole('tab', { name: /^Nội dung/ }).click();
    const task = page.getByTestId('review-task').filter({ hasText: TASK });
    await task
      .locator('.ant-tag')
      .filter({ hasText: `C: ${NEW_AGENCY}` })
      .waitFor();
    await task.locator('.ant-tag').filter({ hasText: 'P: Sở Tư pháp' }).waitFor();
    expect(count('select count(*) from agencies')).toBe(agenciesBefore);

    await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await page.getByRole('heading', { name: /12\/KH-BCĐ/ }).waitFor();

    expect(count('select count(*) from plans')).toBe(plansBefore + 1);
    expect(count('select count(*) from agencies where name = ?', NEW_AGENCY)).toBe(1);
    const roles = app.store.sqlite
      .prepare(
        `select a.name, x.role from assignments x join tasks t on t.id = x.task_id join agencies a on a.id = x.agency_id
         join plans p on p.id = t.plan_id where p.number_symbol = ? order by x.role desc`,
      )
      .all('12/KH-BCĐ');
    expect(roles).toEqual([
      { name: NEW_AGENCY, role: 'lead' },
      { name: 'Sở Tư pháp', role: 'coordinating' },
    ]);
  });

  it('refuses a file that is not a plan with a Vietnamese message, and saves nothing', async () => {
    const plansBefore = count('select count(*) from plans');
    await openImport();

    await upload({ name: 'hong.docx', mimeType: 'text/plain', buffer: Buffer.from('Đây không phải tệp Word.\n') });
    await toast('không phải tệp Word .docx hợp lệ');
    await page.getByRole('heading', { name: 'Nhập kế hoạch từ văn bản' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Kiểm tra kế hoạch nhận dạng' }).count()).toBe(0);

    await upload({ name: 'rong.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await toast('Tệp rỗng');
    await page.getByRole('heading', { name: 'Nhập kế hoạch từ văn bản' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Kiểm tra kế hoạch nhận dạng' }).count()).toBe(0);
    expect(count('select count(*) from plans')).toBe(plansBefore);
  });
});
