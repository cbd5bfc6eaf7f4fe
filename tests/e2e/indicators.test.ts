/**
 * The indicator catalogue reachable from the menu (issue 10): every area of the review outline, how each
 * indicator consolidates (a designated agency's figure for cases tried), and the central plan's targets.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshotOnFailure, startApp, type RunningApp } from './support';

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  ({ page } = await openPage(browser, app));
});

afterEach(screenshotOnFailure('indicators', () => page));

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the indicator catalogue in Chromium', () => {
  it('lists the indicators with how each consolidates and the targets of the rates', async () => {
    await page.getByRole('menuitem', { name: 'Chỉ tiêu số liệu' }).click();
    await page.getByRole('heading', { name: 'Chỉ tiêu số liệu' }).waitFor();
    const row = (code: string) =>
      page.locator('.ant-table-row').filter({ has: page.getByRole('cell', { name: code, exact: true }) });
    await row('XX01').waitFor();
    expect(await row('XX01').textContent()).toContain('Lấy số của Tòa án nhân dân tỉnh');
    expect(await row('NN01').textContent()).toContain('Giới tính');
    expect(await row('NN01').textContent()).toContain('Trong đó: mục đích mua bán');
    expect(await row('TL04').textContent()).toContain('Phấn đấu ≥ 95%');
    expect(await page.locator('.ant-table-row').count()).toBe(44);
  });
});
