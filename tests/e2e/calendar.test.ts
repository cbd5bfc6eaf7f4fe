/**
 * The calendar in a real Chromium against the real server (issue 4, "done means"):
 * create by clicking a day the yearly 30/7 event and the 1/7–30/9 campaign, see
 * them in the month view (the campaign as a span across weeks) and the year view,
 * drag the event to another day, get the day-off warning on a deadline set on a
 * holiday and accept the proposed working day, export .ics and read it back, and
 * find Tết in the 2025 holidays.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../electron/api/contract';
import { apiOf, launchBrowser, openPage, screenshotOnFailure, startApp, toastShown, type RunningApp } from './support';

const EVENT = 'Ngày toàn dân phòng, chống mua bán người';
const CAMPAIGN = 'Cao điểm tấn công trấn áp tội phạm mua bán người';
const DEADLINE = 'Hạn gửi báo cáo kết quả tháng 4';

/** The entries as the officer leaves them: made by clicking a day, the event dragged to 24/7, the deadline moved. */
const MADE = {
  event: { kind: 'event', title: EVENT, startOn: '2025-07-30', yearly: true },
  campaign: { kind: 'period', title: CAMPAIGN, startOn: '2025-07-01', endOn: '2025-09-30' },
  moved: { kind: 'event', title: EVENT, startOn: '2025-07-24', yearly: true },
  deadline: { kind: 'deadline', title: DEADLINE, startOn: '2025-04-29' },
} satisfies Record<string, ChannelInput<'calendar.create'>>;

let app: RunningApp;
let browser: Browser;
let context: BrowserContext | undefined;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});

// Each test on a database of its own (it compares whole tables) and a fresh page.
beforeEach(async () => {
  app = await startApp();
});

afterEach(async (test) => {
  await screenshotOnFailure('calendar', () => page)(test);
  await context?.close();
  context = undefined;
  await app?.close();
});

afterAll(async () => {
  await browser?.close();
});

/** Stores the entries through the real API, before the calendar is opened. */
async function arrange(...entries: Array<ChannelInput<'calendar.create'>>): Promise<void> {
  const must = apiOf(app);
  for (const entry of entries) await must('calendar.create', entry);
}

/** A fresh page on 'Lịch công tác' (it opens on today's month). */
async function openCalendar(): Promise<void> {
  ({ context, page } = await openPage(browser, app));
  await page.getByRole('menuitem', { name: 'Lịch công tác' }).click();
  await toolbar().locator('.fc-toolbar-title').waitFor();
  await settled();
}

const calendar = () => page.getByTestId('calendar');
const toolbar = () => calendar().locator('.fc-header-toolbar');
/** A day of the month view (or of a small month in the year view, when scoped to it). */
const day = (iso: string, scope: Locator = calendar()) => scope.locator(`td.fc-daygrid-day[data-date="${iso}"]`);
/** The entries drawn with this title (in the year view the title is only in the tooltip). */
const drawn = (title: string, scope: Locator = calendar()) =>
  scope.locator('.fc-event:not(.fc-bg-event)').filter({ hasText: title });

function entryRows(): Array<{ kind: string; title: string; start_on: string; end_on: string | null; yearly: number }> {
  return app.store.sqlite
    .prepare('select kind, title, start_on, end_on, yearly from calendar_entries order by id')
    .all() as Array<{ kind: string; title: string; start_on: string; end_on: string | null; yearly: number }>;
}

function startOf(title: string): string | undefined {
  return app.store.sqlite.prepare('select start_on from calendar_entries where title = ?').pluck().get(title) as
    string | undefined;
}

async function toast(text: string): Promise<void> {
  await toastShown(page, text);
}

/** Waits until the calendar has loaded the entries of what it shows. */
async function settled(): Promise<void> {
  await page.locator('[data-testid="calendar"][aria-busy="false"]').waitFor();
}

/** To the month view of `month`/`year`: the month picker of the toolbar jumps there from wherever the test opened. */
async function goToMonth(month: number, year: number): Promise<void> {
  const viewButton = toolbar().getByRole('button', { name: 'Tháng', exact: true });
  if ((await viewButton.getAttribute('aria-pressed')) !== 'true') await viewButton.click();
  const expected = `Tháng ${month}/${year}`;
  if (((await toolbar().locator('.fc-toolbar-title').textContent()) ?? '') !== expected) {
    const jump = page.getByLabel('Đến tháng');
    await jump.click();
    await jump.fill(`${String(month).padStart(2, '0')}/${year}`);
    await jump.press('Enter');
  }
  await toolbar().getByRole('heading', { name: expected, exact: true }).waitFor();
  await settled();
}

/** Picks the entry's kind; `field` is one the form shows only for that kind. */
async function chooseKind(dialog: Locator, label: string, field: Locator): Promise<void> {
  await dialog.getByRole('combobox', { name: 'Loại mục lịch' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).click();
  await field.waitFor();
}

/** Clicks a day of the month view and waits for the new-entry dialog, opened on that day. */
async function newEntryOn(iso: string): Promise<Locator> {
  await day(iso).click();
  const dialog = page.getByRole('dialog').filter({ hasText: 'Thêm mục lịch' });
  await dialog.waitFor();
  return dialog;
}

async function typeDate(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.fill(text);
  await field.press('Tab');
}

/** The year view of 2025 (reached from July 2025, whatever today is). */
async function showYear2025(): Promise<void> {
  await goToMonth(7, 2025);
  await toolbar().getByRole('button', { name: 'Năm', exact: true }).click();
  await toolbar().getByRole('heading', { name: 'Năm 2025', exact: true }).waitFor();
  await settled();
}

/** Exports the year 2025 as .ics: its file name, and its text unfolded and decoded. */
async function exportYear2025(): Promise<{ fileName: string; text: string }> {
  await showYear2025();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Xuất .ics' }).click(),
  ]);
  const bytes = readFileSync((await download.path())!);
  // Unfold (RFC 5545 §3.1) on the octets, then decode: a long UTF-8 line may be folded anywhere.
  const text = Buffer.from(bytes.toString('latin1').replace(/\r\n[ \t]/g, ''), 'latin1').toString('utf8');
  return { fileName: download.suggestedFilename(), text };
}

describe('calendar in Chromium', () => {
  it('creates, by clicking a day, the yearly 30/7 event and the 1/7–30/9 campaign', async () => {
    await openCalendar();
    await goToMonth(7, 2025);

    let dialog = await newEntryOn('2025-07-30');
    await chooseKind(dialog, 'Sự kiện, ngày kỷ niệm', dialog.getByRole('checkbox', { name: 'Lặp lại hằng năm' }));
    expect(await dialog.getByLabel('Ngày', { exact: true }).inputValue()).toBe('30/07/2025');
    await dialog.getByLabel('Tiêu đề').fill(EVENT);
    await dialog.getByRole('checkbox', { name: 'Lặp lại hằng năm' }).check();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await toast(`Đã lưu “${EVENT}”`);
    await dialog.waitFor({ state: 'hidden' });

    dialog = await newEntryOn('2025-07-01');
    await chooseKind(dialog, 'Đợt, chiến dịch', dialog.getByLabel('Đến ngày'));
    expect(await dialog.getByLabel('Từ ngày').inputValue()).toBe('01/07/2025');
    await dialog.getByLabel('Tiêu đề').fill(CAMPAIGN);
    await typeDate(dialog.getByLabel('Đến ngày'), '30/09/2025');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await toast(`Đã lưu “${CAMPAIGN}”`);
    await dialog.waitFor({ state: 'hidden' });

    expect(entryRows()).toEqual([
      { kind: 'event', title: EVENT, start_on: '2025-07-30', end_on: null, yearly: 1 },
      { kind: 'period', title: CAMPAIGN, start_on: '2025-07-01', end_on: '2025-09-30', yearly: 0 },
    ]);
  });

  it('shows both in the month view, the campaign as one bar per week', async () => {
    await arrange(MADE.event, MADE.campaign);
    await openCalendar();
    await goToMonth(7, 2025);
    await drawn(EVENT, day('2025-07-30')).waitFor();
    // July 2025, weeks from Monday: 30/6–6/7, 7–13, 14–20, 21–27, 28/7–3/8; the campaign runs through all five.
    const bars = drawn(CAMPAIGN);
    await expect.poll(() => bars.count()).toBe(5);
    await drawn(CAMPAIGN, day('2025-07-01')).waitFor();
    expect(await bars.first().getAttribute('class')).toContain('fc-event-start');
    expect(await bars.last().getAttribute('class')).not.toContain('fc-event-end');
    // A whole week's bar is about seven days wide.
    const week = (await bars.nth(1).boundingBox())!;
    const cell = (await day('2025-07-09').boundingBox())!;
    expect(week.width).toBeGreaterThan(6 * cell.width);
    // Nothing before 1/7: 30/6 is on screen but not in the campaign.
    expect(await drawn(CAMPAIGN, day('2025-06-30')).count()).toBe(0);

    // The kind filter hides the campaigns and keeps the event; ticked again, they come back.
    const campaigns = page.getByRole('checkbox', { name: 'Đợt, chiến dịch', exact: true });
    await campaigns.uncheck();
    await expect.poll(() => bars.count()).toBe(0);
    await settled();
    await drawn(EVENT, day('2025-07-30')).waitFor();
    await campaigns.check();
    await expect.poll(() => bars.count()).toBe(5);
    await settled();

    // The campaign carries on in August and ends with September.
    await goToMonth(9, 2025);
    const end = drawn(CAMPAIGN);
    await end.last().waitFor();
    expect(await end.last().getAttribute('class')).toContain('fc-event-end');
  });

  it('shows both in the year view, and the event again in 2026', async () => {
    await arrange(MADE.event, MADE.campaign);
    await openCalendar();
    await showYear2025();
    const july = calendar().locator('.fc-multimonth-month[data-date="2025-07"]');
    await july.waitFor();
    const event = july.locator(`td.fc-daygrid-day[data-date="2025-07-30"] .fc-event[title*="${EVENT}"]`);
    await event.waitFor();
    expect(await event.getAttribute('title')).toContain('Sự kiện, ngày kỷ niệm');
    for (const month of ['2025-07', '2025-08', '2025-09']) {
      await calendar()
        .locator(`.fc-multimonth-month[data-date="${month}"] .fc-event[title*="${CAMPAIGN}"]`)
        .first()
        .waitFor();
    }
    expect(
      await calendar().locator(`.fc-multimonth-month[data-date="2025-10"] .fc-event[title*="${CAMPAIGN}"]`).count(),
    ).toBe(0);
    expect(
      await calendar().locator(`.fc-multimonth-month[data-date="2025-06"] .fc-event[title*="${CAMPAIGN}"]`).count(),
    ).toBe(0);

    // Yearly: 30/7/2026 too; the campaign was for 2025 only.
    await toolbar().getByRole('button', { name: 'Kỳ sau' }).click();
    await toolbar().getByRole('heading', { name: 'Năm 2026', exact: true }).waitFor();
    await settled();
    await calendar().locator(`td.fc-daygrid-day[data-date="2026-07-30"] .fc-event[title*="${EVENT}"]`).waitFor();
    expect(await calendar().locator(`.fc-event[title*="${CAMPAIGN}"]`).count()).toBe(0);
  });

  it('moves the event by dragging it to another day', async () => {
    await arrange(MADE.event, MADE.campaign);
    await openCalendar();
    await goToMonth(7, 2025);
    const source = drawn(EVENT, day('2025-07-30'));
    await source.waitFor();
    const from = (await source.boundingBox())!;
    const to = (await day('2025-07-24').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 - 20, from.y + from.height / 2 - 10, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height - 12, { steps: 15 });
    await page.mouse.up();
    await toast(`Đã dời “${EVENT}” sang ngày 24/07/2025`);
    await expect.poll(() => startOf(EVENT)).toBe('2025-07-24');
    await settled();
    await drawn(EVENT, day('2025-07-24')).waitFor();
    expect(await drawn(EVENT, day('2025-07-30')).count()).toBe(0);
    // Still yearly, still one row.
    expect(entryRows().filter((row) => row.title === EVENT)).toEqual([
      { kind: 'event', title: EVENT, start_on: '2025-07-24', end_on: null, yearly: 1 },
    ]);
  });

  it('warns of a deadline set on 30/4, a holiday, and moves it to the working day before', async () => {
    await openCalendar();
    await goToMonth(4, 2025);
    const dialog = await newEntryOn('2025-04-30');
    // A new entry is a deadline unless told otherwise.
    await dialog.getByRole('combobox', { name: 'Loại mục lịch' }).waitFor();
    expect(await dialog.locator('.ant-select').first().textContent()).toContain('Hạn gửi, hạn hoàn thành');
    expect(await dialog.getByLabel('Hạn gửi, hạn hoàn thành').inputValue()).toBe('30/04/2025');
    await dialog.getByLabel('Tiêu đề').fill(DEADLINE);
    await dialog.getByRole('button', { name: 'Lưu' }).click();

    const warning = page.getByTestId('day-off-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('Hạn 30/04/2025 rơi vào ngày nghỉ');
    expect(await warning.textContent()).toContain('Đề xuất: 29/04/2025');
    expect(startOf(DEADLINE)).toBe('2025-04-30');
    await page.getByRole('button', { name: 'Dời về ngày đề xuất' }).click();
    await warning.waitFor({ state: 'hidden' });
    await expect.poll(() => startOf(DEADLINE)).toBe('2025-04-29');
    await settled();
    await drawn(DEADLINE, day('2025-04-29')).waitFor();
    expect(await drawn(DEADLINE, day('2025-04-30')).count()).toBe(0);
    expect(await drawn(DEADLINE, day('2025-04-29')).textContent()).not.toContain('⚠');
  });

  it('exports the year to .ics with both entries, UTF-8 intact', async () => {
    await arrange(MADE.moved, MADE.campaign, MADE.deadline);
    await openCalendar();
    const { fileName, text } = await exportYear2025();
    expect(fileName).toMatch(/\.ics$/);
    expect(text).not.toContain('\uFFFD');
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(text).toContain('END:VCALENDAR');

    const events = text.split('BEGIN:VEVENT').slice(1);
    // A TEXT value escapes `,` `;` `\` and newlines (RFC 5545 §3.3.11).
    const unescape = (value: string) =>
      value.replace(/\\([\\,;nN])/g, (_, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));
    const summary = (event: string) => unescape(/^SUMMARY:(.*?)\r?$/m.exec(event)?.[1] ?? '');
    const find = (title: string) => {
      const found = events.filter((event) => summary(event) === title);
      expect(found, title).toHaveLength(1);
      return found[0]!;
    };
    const campaign = find(CAMPAIGN);
    expect(campaign).toMatch(/^DTSTART;VALUE=DATE:20250701\r?$/m);
    expect(campaign).toMatch(/^DTEND;VALUE=DATE:20251001\r?$/m);
    expect(campaign).not.toContain('RRULE');
    const event = find(EVENT);
    expect(event).toMatch(/^DTSTART;VALUE=DATE:20250724\r?$/m);
    expect(event).toContain('RRULE:FREQ=YEARLY');
    expect(text.match(/RRULE:FREQ=YEARLY/g)).toHaveLength(1);
    expect(find(DEADLINE)).toMatch(/^DTSTART;VALUE=DATE:20250429\r?$/m);
  });

  it("writes each entry's kind as one category in the .ics", async () => {
    await arrange(MADE.moved, MADE.campaign, MADE.deadline);
    await openCalendar();
    const { text: ics } = await exportYear2025();
    // Regression guard (this was a bug, now fixed): CATEGORIES is a comma-separated list (RFC 5545 §3.8.1.2), so a comma inside one category must be
    // escaped as `\,`. electron/api/handlers/calendar.ts passes the kind's label ('Hạn gửi, hạn hoàn thành',
    // 'Đợt, chiến dịch', 'Sự kiện, ngày kỷ niệm') as one category and the `ics` package writes it unescaped:
    // `CATEGORIES:Đợt, chiến dịch` reads in Outlook/Thunderbird as two categories, 'Đợt' and 'chiến dịch'.
    const categories = ics.match(/^CATEGORIES:.*$/gm) ?? [];
    expect(categories.length).toBeGreaterThan(0);
    for (const line of categories) expect(line).not.toMatch(/[^\\],/);
    expect(ics).toContain('CATEGORIES:Đợt\\, chiến dịch');
  });

  it('lists Tết Nguyên đán on 29/01/2025 among the 2025 days off', async () => {
    await openCalendar();
    await showYear2025();
    await page.getByRole('button', { name: 'Ngày nghỉ…' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Ngày nghỉ lễ, Tết và ngày làm bù' });
    await dialog.waitFor();
    // It opens on the year the calendar shows.
    expect(await dialog.getByRole('textbox', { name: 'Năm', exact: true }).inputValue()).toBe('2025');
    const row = dialog.locator('.ant-table-row').filter({ hasText: 'Tết Nguyên đán (mùng 1)' });
    await row.waitFor();
    expect(await row.locator('td').first().textContent()).toBe('29/01/2025');
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });
});
