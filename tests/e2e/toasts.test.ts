/**
 * Toasts never stand between the officer and a control (issue 9): on one machine the "Đã xuất lịch…" toasts sat
 * at the top of the calendar, kept alive by a pointer resting on them, over the "Ngày nghỉ…" button, and the click
 * landed on a toast. Here a toast is raised, the pointer is left on it, and the toolbar is used anyway.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  animationsDone,
  apiOf,
  launchBrowser,
  openPage,
  screenshotOnFailure,
  startApp,
  type RunningApp,
} from './support';
import { sampleEvent } from '../support/samples';

let app: RunningApp;
let browser: Browser;
let page: Page | undefined;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  // Something to export in the month the calendar opens on, so "Xuất .ics" succeeds and says so.
  const today = new Date();
  await apiOf(app)(
    'calendar.create',
    sampleEvent(
      'Hội nghị sơ kết công tác phòng, chống mua bán người',
      `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-01`,
    ),
  );
});

const screenshot = screenshotOnFailure('toasts', () => page);

// One hook, in this order: the screenshot of a failure needs the page the next line closes.
afterEach(async (test) => {
  await screenshot(test);
  await page?.context().close();
  page = undefined;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

/** Opens the calendar and exports it: the success toast the issue saw. */
async function raiseExportToast(): Promise<{ current: Page; toast: Locator }> {
  const { page: current } = await openPage(browser, app);
  page = current;
  await current.getByRole('menuitem', { name: 'Lịch công tác' }).click();
  await current.getByTestId('calendar').locator('.fc-toolbar-title').waitFor();
  await Promise.all([current.waitForEvent('download'), current.getByRole('button', { name: 'Xuất .ics' }).click()]);
  const toast = current.locator('.ant-message-notice').filter({ hasText: 'Đã xuất' }).last();
  await toast.waitFor();
  // Measured where it comes to rest, not halfway through its entrance.
  await animationsDone(current);
  return { current, toast };
}

describe('toasts in Chromium', () => {
  it('sit clear of every button of the toolbar and of the page header', async () => {
    const { current, toast } = await raiseExportToast();
    const toastBox = await boxOf(toast);
    const buttons = current.locator('.page button:visible, .fc-header-toolbar button:visible');
    const count = await buttons.count();
    expect(count).toBeGreaterThan(3);
    for (let index = 0; index < count; index++) {
      const button = buttons.nth(index);
      const box = await button.boundingBox();
      if (box) expect(overlaps(toastBox, box), `toast over “${await button.innerText()}”`).toBe(false);
    }
  });

  it('let a click through to what lies under them', async () => {
    const { current, toast } = await raiseExportToast();
    const center = await boxOf(toast);
    const x = center.x + center.width / 2;
    const y = center.y + center.height / 2;
    const hit = await current.evaluate(
      ([px, py]) => document.elementFromPoint(px!, py!)?.closest('.ant-message') !== null,
      [x, y],
    );
    expect(hit, 'the element under the toast’s centre is the toast').toBe(false);
  });

  it('go on their own while the pointer rests on them, and the toolbar still answers', async () => {
    const { current, toast } = await raiseExportToast();
    const box = await boxOf(toast);
    await current.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // The toast's own lifetime (3 s) and its leaving animation, with room for a slow machine.
    await toast.waitFor({ state: 'detached', timeout: 15_000 });
    await current.getByRole('button', { name: 'Ngày nghỉ…' }).click();
    await current.getByRole('dialog').filter({ hasText: 'Ngày nghỉ lễ, Tết và ngày làm bù' }).waitFor();
  });
});
