/**
 * Report cycles feed the register (issue 5: "a request … kind from a report cycle"):
 * with the server's clock on 10/06/2025 (the browser keeps the real date) and a quarterly cycle for two agencies, the
 * to-do screen lists Quý II/2025 as a period nobody is chasing; one click opens its
 * register, filled in from the cycle. Quý III is opened from the calendar's deadline.
 * A second register for the same period is refused in Vietnamese and nothing is added.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestForPeriod } from '../../core/cyclePeriods';
import type { Cycle } from '../../core/calendar';
import {
  animationsDone,
  apiOf,
  launchBrowser,
  openPage,
  screenshotOnFailure,
  startApp,
  toastShown,
  type RunningApp,
} from './support';

const CYCLE = 'Báo cáo quý công tác phòng, chống mua bán người';
const AGENCIES = ['Sở Tư pháp', 'Tỉnh Đoàn'];

let app: RunningApp;
let browser: Browser;
let context: BrowserContext | undefined;
let page: Page;
let cycle: Cycle;

beforeAll(async () => {
  // The server runs in this process: its "today" is 10/06/2025, ten days before Quý II is due.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-06-10T09:00:00+07:00') });
  browser = await launchBrowser();
});

// Each test on a database of its own (which registers exist is what it checks) with the cycle, and a fresh page.
beforeEach(async () => {
  app = await startApp();
  const agencyIds = AGENCIES.map(
    (name) => app.store.sqlite.prepare('select id from agencies where name = ?').pluck().get(name) as number,
  );
  cycle = await apiOf(app)('cycles.create', {
    title: CYCLE,
    recurrence: 'quarterly',
    fromYear: 2025,
    receiver: 'Công an tỉnh (Phòng Tham mưu)',
    agencyIds,
  });
});

afterEach(async (test) => {
  await screenshotOnFailure('cycles', () => page)(test);
  await context?.close();
  context = undefined;
  await app?.close();
});

afterAll(async () => {
  vi.useRealTimers();
  await browser?.close();
});

async function open(): Promise<void> {
  ({ context, page } = await openPage(browser, app));
}

/** Opens the register of the cycle's period due on `dueOn` through the API, as the screens do (requestForPeriod). */
async function registerOpened(dueOn: string): Promise<void> {
  const must = apiOf(app);
  const { occurrences } = await must('calendar.list', { from: '2025-01-01', to: '2025-12-31' });
  const period = occurrences.find((occurrence) => occurrence.key === `c${cycle.id}@${dueOn}`);
  if (!period) throw new Error(`no period of the cycle due on ${dueOn}`);
  await must('requests.create', requestForPeriod(period));
}

function requestRows(): Array<{
  title: string;
  kind: string;
  requested_on: string;
  due_on: string;
  data_from: string;
  data_to: string;
}> {
  return app.store.sqlite
    .prepare('select title, kind, requested_on, due_on, data_from, data_to from report_requests order by id')
    .all() as Array<{
    title: string;
    kind: string;
    requested_on: string;
    due_on: string;
    data_from: string;
    data_to: string;
  }>;
}

const untracked = () => page.getByRole('region', { name: 'Kỳ báo cáo định kỳ chưa mở sổ theo dõi' });
const registerDialog = () => page.getByRole('dialog').filter({ hasText: 'Mở sổ theo dõi kỳ báo cáo' });

async function saveRegister(dialog: Locator, title: string): Promise<void> {
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await toastShown(page, `Đã mở sổ theo dõi “${title}”`);
  await page.getByRole('heading', { name: title }).waitFor();
}

describe('report cycle periods in Chromium', () => {
  it('lists Quý II/2025 on the to-do screen as a period nobody is chasing', async () => {
    await open();
    await page.getByRole('menuitem', { name: 'Việc cần làm' }).click();
    const row = untracked()
      .locator('.ant-table-row')
      .filter({ hasText: `${CYCLE} — Quý II/2025` });
    await row.waitFor();
    expect(await row.textContent()).toContain('20/06/2025');
    expect(await row.textContent()).toContain('Còn 10 ngày');
    expect(await row.textContent()).toContain('15/03/2025 – 14/06/2025');
    expect(await row.textContent()).toContain('2 cơ quan');
    // Quý III is due on 20/09/2025, more than a month away.
    expect(await untracked().getByText('Quý III/2025').count()).toBe(0);
  });

  it('opens its register in one click, filled in from the cycle', async () => {
    const title = `${CYCLE} — Quý II/2025`;
    await open();
    await page.getByRole('menuitem', { name: 'Việc cần làm' }).click();
    await untracked()
      .locator('.ant-table-row')
      .filter({ hasText: title })
      .getByRole('button', { name: 'Mở sổ theo dõi' })
      .click();
    const dialog = registerDialog();
    await dialog.waitFor();
    expect(await dialog.getByLabel('Tên báo cáo').inputValue()).toBe(title);
    expect(await dialog.getByLabel('Hạn nộp').inputValue()).toBe('20/06/2025');
    expect(await dialog.getByLabel('Số liệu từ ngày').inputValue()).toBe('15/03/2025');
    expect(await dialog.getByLabel('Số liệu đến ngày').inputValue()).toBe('14/06/2025');
    // Chosen, whether its tag is drawn in full or folded into “+ N …” (the select fits as many as its width allows).
    for (const name of AGENCIES) {
      await dialog.locator('.ant-select-selection-item').filter({ hasText: name }).waitFor({ state: 'attached' });
    }
    await saveRegister(dialog, title);
    expect(requestRows()).toEqual([
      {
        title,
        kind: 'cycle',
        requested_on: '2025-03-15',
        due_on: '2025-06-20',
        data_from: '2025-03-15',
        data_to: '2025-06-14',
      },
    ]);
    // The register lists both agencies, neither has sent yet.
    for (const name of AGENCIES) {
      const row = page.locator('.ant-table-row').filter({ hasText: name });
      await row.waitFor();
      expect(await row.textContent()).toContain('Chưa nộp');
    }
    // Back home it is an upcoming report now (reminders start 7 days ahead), no longer a period to open.
    await page.getByRole('menuitem', { name: 'Việc cần làm' }).click();
    await page
      .getByRole('region', { name: 'Báo cáo sắp tới' })
      .locator('.ant-table-row')
      .filter({ hasText: title })
      .waitFor();
    expect(await untracked().count()).toBe(0);
  });

  it('opens Quý III from its deadline on the calendar', async () => {
    await registerOpened('2025-06-20');
    await open();
    await page.getByRole('menuitem', { name: 'Lịch công tác' }).click();
    const toolbar = page.getByTestId('calendar').locator('.fc-header-toolbar');
    // The browser keeps the real date: jump to June 2025 with the month picker.
    const jump = page.getByLabel('Đến tháng');
    await jump.click();
    await jump.fill('06/2025');
    await jump.press('Enter');
    await toolbar.getByRole('heading', { name: 'Tháng 6/2025', exact: true }).waitFor();
    await page.locator('[data-testid="calendar"][aria-busy="false"]').waitFor();
    // Quý II shows once, as its register's deadline, not also as the cycle's.
    const june20 = page.locator('td.fc-daygrid-day[data-date="2025-06-20"] .fc-event');
    await june20.filter({ hasText: 'Hạn nộp' }).waitFor();
    expect(await june20.count()).toBe(1);

    for (const month of ['Tháng 7/2025', 'Tháng 8/2025', 'Tháng 9/2025']) {
      await toolbar.getByRole('button', { name: 'Kỳ sau' }).click();
      await toolbar.getByRole('heading', { name: month, exact: true }).waitFor();
    }
    await page.locator('[data-testid="calendar"][aria-busy="false"]').waitFor();
    await page.locator('td.fc-daygrid-day[data-date="2025-09-20"] .fc-event').first().click();
    const report = page.getByRole('dialog').filter({ hasText: 'Hạn báo cáo định kỳ' });
    // Clicked once the dialog has finished zooming in: a click during the animation can miss the moving button.
    await report.waitFor();
    await animationsDone(page);
    await report.getByRole('button', { name: 'Mở sổ theo dõi kỳ này' }).click();
    const dialog = registerDialog();
    await dialog.waitFor();
    expect(await dialog.getByLabel('Số liệu từ ngày').inputValue()).toBe('15/06/2025');
    await saveRegister(dialog, `${CYCLE} — Quý III/2025`);
    expect(requestRows().map((row) => row.due_on)).toEqual(['2025-06-20', '2025-09-20']);
  });

  it('refuses a second register for Quý II in Vietnamese, and adds nothing', async () => {
    await registerOpened('2025-06-20');
    await registerOpened('2025-09-20');
    await open();
    await page.getByRole('menuitem', { name: 'Báo cáo phải nộp' }).click();
    await page.getByRole('button', { name: 'Thêm yêu cầu báo cáo' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Thêm yêu cầu báo cáo' });
    await dialog.waitFor();
    const pick = async (label: string, option: string) => {
      await dialog.getByLabel(label, { exact: true }).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).click();
    };
    await pick('Loại báo cáo', 'Định kỳ');
    await pick('Kỳ báo cáo định kỳ', CYCLE);
    await pick('Kỳ báo cáo', 'Quý II/2025');
    expect(await dialog.getByLabel('Hạn nộp').inputValue()).toBe('20/06/2025');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await toastShown(page, 'Kỳ báo cáo này đã có sổ theo dõi');
    expect(await dialog.isVisible()).toBe(true);
    expect(requestRows()).toHaveLength(2);
  });
});
