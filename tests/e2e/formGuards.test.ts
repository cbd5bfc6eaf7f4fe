/**
 * Found as a new user (issue 9): the report-cycle form turned a due day of 99 into 31 and a window start of 0 into
 * 1 without a word; Enter in a date field submitted the whole request form; the calendar's agenda had English
 * column headers. Each test opens its own page on its own database state and checks nothing was saved behind the
 * officer's back.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiOf, launchBrowser, openPage, screenshotOnFailure, startApp, type RunningApp } from './support';
import { sampleEvent } from '../support/samples';

let app: RunningApp;
let browser: Browser;
let page: Page | undefined;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

// One hook, in this order: vitest runs `afterEach` hooks last-registered first, so a separate closing hook would
// close the page before the screenshot of a failure is taken.
afterEach(async (test) => {
  await screenshotOnFailure('formGuards', () => page)(test);
  await page?.context().close();
  page = undefined;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const count = (table: string) => app.store.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;

async function openCalendar(): Promise<Page> {
  ({ page } = await openPage(browser, app));
  await page.getByRole('menuitem', { name: 'Lịch công tác' }).click();
  await page.getByTestId('calendar').locator('.fc-toolbar-title').waitFor();
  return page;
}

describe('forms that say what they refuse', () => {
  it('refuses a due day of 99 and a window start of 0 in the cycle form instead of changing them', async () => {
    const current = await openCalendar();
    const before = count('report_cycles');
    await current.getByRole('button', { name: 'Báo cáo định kỳ…' }).click();
    const dialog = current.getByRole('dialog').filter({ hasText: 'Báo cáo định kỳ' }).last();
    await dialog.getByRole('button', { name: 'Thêm chu kỳ báo cáo' }).click();
    await dialog.getByLabel('Tên báo cáo').fill('Báo cáo quý về phòng, chống mua bán người');
    const dueDay = dialog.getByLabel('Hạn gửi: ngày');
    await dueDay.fill('99');
    const windowStart = dialog.getByLabel('Số liệu từ ngày (tháng trước kỳ)');
    await windowStart.fill('0');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText('Ngày phải từ 1 đến 31.').first().waitFor();
    expect(await dialog.getByText('Ngày phải từ 1 đến 31.').count()).toBe(2);
    // What the officer typed stays as typed, to be fixed, and nothing is saved.
    expect(await dueDay.inputValue()).toBe('99');
    expect(await windowStart.inputValue()).toBe('0');
    expect(count('report_cycles')).toBe(before);
  });

  it('takes Enter in a date field of the request form as confirming the date, not as saving the request', async () => {
    ({ page } = await openPage(browser, app));
    const current = page;
    const before = count('report_requests');
    await current.getByRole('menuitem', { name: 'Báo cáo phải nộp' }).click();
    await current.getByRole('button', { name: 'Thêm yêu cầu báo cáo' }).first().click();
    const dialog = current.getByRole('dialog').filter({ hasText: 'Thêm yêu cầu báo cáo' });
    await dialog.waitFor();
    await dialog.getByLabel('Tên báo cáo').fill('Báo cáo 6 tháng đầu năm 2025');
    const due = dialog.getByLabel('Hạn nộp');
    await due.click();
    await due.fill('20/06/2025');
    await due.press('Enter');
    // The date is taken, the dialog stays open, and the form has not been sent: no required-field errors either.
    await expect.poll(() => due.inputValue()).toBe('20/06/2025');
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.locator('.ant-form-item-explain-error').count()).toBe(0);
    expect(count('report_requests')).toBe(before);
  });

  it('heads the agenda’s columns in Vietnamese', async () => {
    // The agenda draws its table only around entries: one in the year the calendar opens on.
    await apiOf(app)(
      'calendar.create',
      sampleEvent('Ngày toàn dân phòng, chống mua bán người', `${new Date().getFullYear()}-07-30`),
    );
    const current = await openCalendar();
    await current.getByRole('button', { name: 'Danh sách', exact: true }).click();
    const headers = current.locator('.fc-list-table thead th');
    await headers.first().waitFor({ state: 'attached' });
    const texts = (await headers.allTextContents()).map((text) => text.trim()).filter(Boolean);
    expect(texts).toEqual(['Thời gian', 'Nội dung']);
  });
});
