/**
 * A calendar entry tied to the tasks it serves, in a real Chromium (issue 4: "each entry may link to a plan and to
 * tasks"): the entry dialog offers the chosen plan's tasks numbered as printed, saves the link, shows it again on
 * edit, and forgets the tasks when the plan changes.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toIsoDate } from '../../core/dates';
import { samplePlan } from '../support/samples';
import { apiOf, launchBrowser, openPage, screenshotOnFailure, startApp, toastShown, type RunningApp } from './support';

const TITLE = 'Lễ phát động hưởng ứng Ngày toàn dân phòng, chống mua bán người';
const TASK = 'Tổ chức hưởng ứng “Ngày toàn dân phòng, chống mua bán người” 30/7';

let app: RunningApp;
let browser: Browser;
let context: BrowserContext | undefined;
let page: Page;
/** Task II.b of 61/KH-UBND. */
let taskId = 0;
/** The id of 61/KH-UBND. */
let planId = 0;

beforeAll(async () => {
  browser = await launchBrowser();
});

// Each test on a database of its own (the link rows are compared whole) with the two plans, and a fresh page.
beforeEach(async () => {
  app = await startApp();
  const must = apiOf(app);
  for (const numberSymbol of ['61/KH-UBND', '19/KH-BCĐ138/CP']) {
    const plan = await must('plans.create', samplePlan(numberSymbol));
    const part = await must('sections.create', {
      planId: plan.id,
      parentId: null,
      section: { label: 'II', title: 'NHIỆM VỤ' },
    });
    await must('tasks.create', {
      planId: plan.id,
      sectionId: part.id,
      task: { label: 'a', text: `Tham mưu triển khai kế hoạch ${numberSymbol}` },
    });
    const task = await must('tasks.create', {
      planId: plan.id,
      sectionId: part.id,
      task: { label: 'b', text: TASK },
    });
    if (numberSymbol === '61/KH-UBND') {
      taskId = task.id;
      planId = plan.id;
    }
  }
});

afterEach(async (test) => {
  await screenshotOnFailure('calendar-tasks', () => page)(test);
  await context?.close();
  context = undefined;
  await app?.close();
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh page on 'Lịch công tác', once it has loaded what it shows. */
async function openCalendar(): Promise<void> {
  ({ context, page } = await openPage(browser, app));
  await page.getByRole('menuitem', { name: 'Lịch công tác' }).click();
  await page.locator('[data-testid="calendar"][aria-busy="false"]').waitFor();
}

async function choose(dialog: Locator, label: string, option: string): Promise<void> {
  await dialog.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).click();
}

const chosenTasks = (dialog: Locator) =>
  dialog
    .locator('.ant-form-item')
    .filter({ hasText: 'Nhiệm vụ liên quan' })
    .locator('.ant-select-selection-item')
    // The responsive tag list keeps a hidden "+ N ..." item for overflow.
    .filter({ hasNotText: /^\+ \d+ \.\.\.$/ });

describe('calendar entries linked to tasks in Chromium', () => {
  it("offers the plan's tasks numbered as printed, and saves the link", async () => {
    await openCalendar();
    await page.getByRole('button', { name: 'Thêm mục lịch' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Thêm mục lịch' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Nhiệm vụ liên quan').isDisabled()).toBe(true);
    await dialog.getByLabel('Tiêu đề').fill(TITLE);
    await choose(dialog, 'Thuộc kế hoạch', '61/KH-UBND');
    await dialog.getByLabel('Nhiệm vụ liên quan').click();
    const options = page
      .locator('.ant-select-dropdown:visible')
      .filter({ hasText: 'Tham mưu triển khai' })
      .locator('.ant-select-item-option');
    await expect
      .poll(() => options.allTextContents())
      .toEqual(['II.a. Tham mưu triển khai kế hoạch 61/KH-UBND', `II.b. ${TASK}`]);
    await options.filter({ hasText: TASK }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await toastShown(page, `Đã lưu “${TITLE}”`);
    await dialog.waitFor({ state: 'hidden' });
    expect(
      app.store.sqlite
        .prepare(
          'SELECT t.task_id FROM calendar_entry_tasks t JOIN calendar_entries e ON e.id = t.entry_id WHERE e.title = ?',
        )
        .pluck()
        .all(TITLE),
    ).toEqual([taskId]);
  });

  it('shows the task again on edit, and forgets it when the plan changes', async () => {
    // The entry as the officer saves it in the test above, stored through the API: a deadline on the browser's
    // today (the day 'Thêm mục lịch' opens on, so that the agenda of this year lists it), in 61/KH-UBND, for II.b.
    const now = new Date();
    await apiOf(app)('calendar.create', {
      kind: 'deadline',
      title: TITLE,
      startOn: toIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate()),
      planId,
      taskIds: [taskId],
    });
    await openCalendar();
    await page.getByRole('button', { name: 'Danh sách' }).click();
    await page.locator('.fc-event, .fc-list-event').filter({ hasText: TITLE }).first().click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Sửa mục lịch' });
    await dialog.waitFor();
    // Chosen, whether its tag is drawn in full or folded into “+ N …” (the select fits as many as its width allows).
    await chosenTasks(dialog).first().waitFor({ state: 'attached' });
    expect(await chosenTasks(dialog).allTextContents()).toEqual([`II.b. ${TASK}`]);
    await choose(dialog, 'Thuộc kế hoạch', '19/KH-BCĐ138/CP');
    await expect.poll(() => chosenTasks(dialog).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Huỷ' }).click();
  });
});
