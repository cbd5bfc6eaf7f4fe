/**
 * The indicator catalogue reachable from the menu (issue 10): every area of the review outline, how each
 * indicator consolidates (a designated agency's figure for cases tried), and the central plan's targets.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshotOnFailure, startApp, toastShown, type RunningApp } from './support';

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
  const row = (code: string) =>
    page.locator('.ant-table-row').filter({ has: page.getByRole('cell', { name: code, exact: true }) });

  it('lists the indicators with how each consolidates and the targets of the rates', async () => {
    await page.getByRole('menuitem', { name: 'Chỉ tiêu số liệu' }).click();
    await page.getByRole('heading', { name: 'Chỉ tiêu số liệu' }).waitFor();
    await row('XX01').waitFor();
    expect(await row('XX01').textContent()).toContain('Lấy số của Tòa án nhân dân tỉnh');
    expect(await row('NN01').textContent()).toContain('Giới tính');
    expect(await row('NN01').textContent()).toContain('Trong đó: mục đích mua bán');
    expect(await row('TL04').textContent()).toContain('Phấn đấu ≥ 95%');
    expect(await page.locator('.ant-table-row:not(.consolidation-area-row)').count()).toBe(44);
    expect(await page.locator('.ant-table-row.consolidation-area-row').count()).toBe(9);
  });

  it('raises a target from the selected year on, and keeps it where it was for the years before', async () => {
    await row('TL04').getByRole('button', { name: 'Sửa' }).click();
    const dialog = page.getByRole('dialog', { name: /Chỉ tiêu phấn đấu/ });
    await dialog.getByRole('spinbutton', { name: 'Chỉ tiêu phấn đấu (%)' }).fill('97');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await toastShown(page, 'Đã lưu chỉ tiêu phấn đấu của TL04');
    await expect.poll(() => row('TL04').textContent()).toContain('Phấn đấu ≥ 97%');
    const year = new Date().getFullYear();
    const targets = app.store.sqlite
      .prepare("select from_year, target from indicators where code = 'TL04' order by from_year")
      .raw()
      .all();
    expect(targets).toEqual([
      [0, 0.95],
      [year, 0.97],
    ]);
  });
});
