/**
 * "Kết thúc theo dõi" in a real Chromium against the real server, on the real date: a request overdue by five days
 * with both agencies missing is on "Việc cần làm"; the officer closes it from its page (confirming), the page says
 * since when, the database holds today's date, and the to-do screen no longer lists it; "Theo dõi lại" brings it
 * back.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDays, formatDisplayDate } from '../../core/dates';
import { vietnamDate } from '../../core/reminders';
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

const REQUEST = 'Báo cáo kết quả rà soát nạn nhân bị mua bán trở về';

let app: RunningApp;
let browser: Browser;
let context: BrowserContext | undefined;
let page: Page;
let requestId: number;
/** The real date in Vietnam, as the browser and the server see it. */
const today = vietnamDate(new Date());

beforeAll(async () => {
  browser = await launchBrowser();
});

// Each test on a database of its own holding the overdue request, followed up (a test closes it if it needs it closed).
beforeEach(async () => {
  app = await startApp();
  const must = apiOf(app);
  const agencies = await must('agencies.list', {});
  const id = (name: string) => agencies.find((agency) => agency.name === name)!.id;
  const request = await must('requests.create', {
    title: REQUEST,
    requestedOn: addDays(today, -40),
    dueOn: addDays(today, -5),
    agencyIds: [id('Sở Tư pháp'), id('Sở Y tế')],
  });
  requestId = request.id;
});

afterEach(async (test) => {
  await screenshotOnFailure('requestClosing', () => page)(test);
  await context?.close();
  context = undefined;
  await app?.close();
});

afterAll(async () => {
  await browser?.close();
});

async function open(): Promise<void> {
  ({ context, page } = await openPage(browser, app));
}

/** The officer closed the follow-up today: stored through the API, as 'Kết thúc theo dõi' does. */
async function closedToday(): Promise<void> {
  await apiOf(app)('requests.close', { id: requestId, on: today });
}

function closedOn(): string | null {
  return app.store.sqlite.prepare('select closed_on from report_requests where id = ?').pluck().get(requestId) as
    string | null;
}

async function toast(text: string): Promise<void> {
  await toastShown(page, text);
}

/** The overdue cards of "Việc cần làm" for the request, once the screen has loaded. */
async function overdueCards() {
  await page.getByRole('menuitem', { name: 'Việc cần làm' }).click();
  await page.getByTestId('today').waitFor();
  await page.getByTestId('todo-list').waitFor();
  return page.getByTestId('todo-list').getByTestId('todo-item').filter({ hasText: REQUEST });
}

async function openRequest(): Promise<void> {
  await page.getByRole('menuitem', { name: 'Báo cáo phải nộp' }).click();
  await page.getByRole('heading', { name: 'Báo cáo phải nộp' }).waitFor();
  await page.getByTestId('requests-table').getByRole('link', { name: REQUEST }).click();
  await page.getByRole('heading', { name: REQUEST }).waitFor();
}

describe('stopping and resuming the follow-up of a report in Chromium', () => {
  it("lists the overdue request on 'Việc cần làm' with both agencies missing", async () => {
    await open();
    const card = page
      .getByTestId('todo-list')
      .getByRole('region', { name: 'Quá hạn' })
      .getByTestId('todo-item')
      .filter({ hasText: REQUEST });
    await page.getByRole('menuitem', { name: 'Việc cần làm' }).click();
    await card.waitFor();
    await card.locator('.ant-tag').filter({ hasText: 'Quá hạn 5 ngày' }).waitFor();
    expect(await card.textContent()).toContain('Chưa nộp: 2 cơ quan');
  });

  it("closes it from its page after confirming, showing today's date and writing it to the database", async () => {
    await open();
    await openRequest();
    expect(await page.getByTestId('closed-tag').count()).toBe(0);
    await page.getByRole('button', { name: 'Kết thúc theo dõi' }).click();
    const confirm = page.getByRole('tooltip').filter({ hasText: 'Kết thúc theo dõi báo cáo này?' });
    await confirm.waitFor();
    await animationsDone(page);
    // Nothing is written before the officer confirms.
    expect(closedOn()).toBeNull();
    await confirm.getByRole('button', { name: 'Kết thúc theo dõi' }).click();
    await toast(`Đã kết thúc theo dõi “${REQUEST}”`);

    const tag = page.getByTestId('closed-tag');
    await tag.waitFor();
    expect((await tag.textContent())?.trim()).toBe(`Đã kết thúc theo dõi từ ${formatDisplayDate(today)}`);
    expect(closedOn()).toBe(today);
    await page.getByRole('button', { name: 'Theo dõi lại' }).waitFor();
    expect(await page.getByRole('button', { name: 'Kết thúc theo dõi' }).count()).toBe(0);
  });

  it("no longer lists it on 'Việc cần làm', and marks it closed under 'Báo cáo phải nộp'", async () => {
    await closedToday();
    await open();
    const cards = await overdueCards();
    await expect.poll(() => cards.count()).toBe(0);
    await page.getByText('Không có báo cáo nào đến hạn hay quá hạn.').waitFor();

    await page.getByRole('menuitem', { name: 'Báo cáo phải nộp' }).click();
    const row = page.getByTestId('requests-table').locator('.ant-table-row').filter({ hasText: REQUEST });
    await row.locator('.ant-tag').filter({ hasText: 'Đã kết thúc theo dõi' }).waitFor();
    // The list can leave the closed ones out, and bring them back.
    const hide = page.getByRole('checkbox', { name: 'Ẩn báo cáo đã kết thúc theo dõi' });
    await hide.check();
    await row.waitFor({ state: 'detached' });
    await hide.uncheck();
    await row.waitFor();
  });

  it("takes it up again with 'Theo dõi lại', and it is back on 'Việc cần làm'", async () => {
    await closedToday();
    await open();
    await openRequest();
    await page.getByRole('button', { name: 'Theo dõi lại' }).click();
    await toast(`Đã theo dõi lại “${REQUEST}”`);
    await page.getByTestId('closed-tag').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Kết thúc theo dõi' }).waitFor();
    expect(closedOn()).toBeNull();

    const cards = await overdueCards();
    await cards.waitFor();
    expect(await cards.count()).toBe(1);
    await cards.locator('.ant-tag').filter({ hasText: 'Quá hạn 5 ngày' }).waitFor();
  });
});
