/** The register seen from one agency across a year, in Chromium against the real server. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiOf, launchBrowser, openPage, pickOption, startApp, type RunningApp } from './support';

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  const must = apiOf(app);
  const agencies = await must('agencies.list', {});
  const id = (name: string) => agencies.find((agency) => agency.name === name)!.id;
  const quarter = await must('requests.create', {
    title: 'Báo cáo quý I/2026',
    requestedOn: '2026-01-02',
    dueOn: '2026-03-20',
    agencyIds: [id('Sở Tư pháp'), id('Sở Y tế')],
  });
  await must('requests.create', {
    title: 'Báo cáo 6 tháng đầu năm 2026',
    requestedOn: '2026-01-02',
    dueOn: '2026-06-20',
    agencyIds: [id('Sở Tư pháp')],
  });
  await must('requests.create', {
    title: 'Báo cáo năm 2025',
    requestedOn: '2025-11-02',
    dueOn: '2025-12-20',
    agencyIds: [id('Sở Tư pháp')],
  });
  await must('submissions.record', { requestId: quarter.id, agencyId: id('Sở Tư pháp'), receivedOn: '2026-03-25' });
  browser = await launchBrowser();
  ({ page } = await openPage(browser, app));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

it("lists one agency's reports of a year with what it sent and how late", async () => {
  await page.getByRole('menuitem', { name: 'Báo cáo phải nộp' }).click();
  await page.getByRole('tab', { name: 'Theo cơ quan trong năm' }).click();
  await pickOption(page, page.getByRole('combobox', { name: 'Xem theo cơ quan' }), 'so tu phap', 'Sở Tư pháp');
  const table = page.getByTestId('agency-year');
  await table.getByText('Nộp muộn').waitFor();
  const rows = await table.locator('.ant-table-row').allInnerTexts();
  expect(rows.map((row) => row.replace(/\s+/g, ' ').trim())).toEqual([
    'Báo cáo quý I/2026 20/03/2026 Nộp muộn 25/03/2026 5 ngày',
    'Báo cáo 6 tháng đầu năm 2026 20/06/2026 Chưa nộp',
  ]);
  await page.getByText('1/2 báo cáo đã gửi').waitFor();
});
