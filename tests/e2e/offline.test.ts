/**
 * The office PCs are air-gapped: when a cable is pulled or the adapter is off, Chromium (and
 * Electron) fire `offline` and report `navigator.onLine === false`. The data never crosses a
 * network, so nothing may wait for the network to come back. This guards the regression that
 * once failed CI: the day-off dialog stayed open for good because its refresh was paused until
 * the browser was "online" again.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshotOnFailure, startApp, toastShown, type RunningApp } from './support';

let app: RunningApp;
let browser: Browser;
let context: BrowserContext | undefined;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

// Each test on a fresh page that has just gone offline (the tests touch different rows: one database will do).
beforeEach(async () => {
  ({ context, page } = await openPage(browser, app));
  // What the browser does when the last network interface goes down.
  await page.evaluate(() => window.dispatchEvent(new Event('offline')));
});

afterEach(async (test) => {
  await screenshotOnFailure('offline', () => page)(test);
  await context?.close();
  context = undefined;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('an air-gapped PC that reports itself offline', () => {
  it('still loads a screen it has not shown yet', async () => {
    await page.getByRole('menuitem', { name: 'Giới thiệu' }).click();
    await expect.poll(() => page.getByTestId('db-path').textContent()).toBe(app.store.path);
  });

  it('still saves, and shows what it saved', async () => {
    await page.getByRole('menuitem', { name: 'Danh mục cơ quan' }).click();
    await page.getByRole('button', { name: 'Thêm cơ quan' }).click();
    await page.getByLabel('Tên đầy đủ').fill('Trung tâm Công tác xã hội tỉnh');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await toastShown(page, 'Đã lưu “Trung tâm Công tác xã hội tỉnh”');
    await page.getByLabel('Tìm cơ quan').fill('trung tam cong tac xa hoi');
    await page.locator('.ant-table-row').filter({ hasText: 'Trung tâm Công tác xã hội tỉnh' }).waitFor();
    expect(
      app.store.sqlite
        .prepare('select count(*) from agencies where name = ?')
        .pluck()
        .get('Trung tâm Công tác xã hội tỉnh'),
    ).toBe(1);
  });
});
