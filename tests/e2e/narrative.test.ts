/**
 * The province's consolidated report in a real Chromium against the real server (issue 11, "Done when"): two
 * agencies' .docx reports, one numbered 1., 2. with Word's heading styles, the other I., II. in its own words with
 * a heading the outline does not have, are read from the register (preview, then "Lưu"); the officer moves the
 * unmatched section under a heading, writes two headings (one starting from an agency's paragraph copied with
 * "Chép"), sets the signer, and exports the report: the .docx holds the outline in order, the office's text, the
 * merged draft under the heading left unwritten, the figures written the Vietnamese way and the rates against
 * their targets.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { agencyReportDocx, type AgencyReportPart } from '../support/agencyReports';
import { reviewRequestInput } from '../support/samples';
import {
  animationsDone,
  apiOf,
  launchBrowser,
  openPage,
  screenshotOnFailure,
  startApp,
  step,
  toastShown,
  type RunningApp,
} from './support';

const POLICE = 'Công an tỉnh';
const WOMEN = 'Hội Liên hiệp Phụ nữ tỉnh';
const SCREENSHOT = '/tmp/narrative-tab.png';

const PREVENTION = 'I. Công tác phòng ngừa mua bán người';
const FIGHTING = 'II. Đấu tranh phòng, chống tội phạm mua bán người';
const RESCUE = 'III. Tiếp nhận, xác minh, xác định, giải cứu và bảo vệ nạn nhân';
const SUPPORT = 'IV. Hỗ trợ nạn nhân';

const POLICE_PROPAGANDA = 'Công an tỉnh đã tổ chức 120 buổi tuyên truyền tại các xã biên giới.';
const POLICE_CASES = 'Phát hiện, điều tra 14 vụ, 27 đối tượng mua bán người.';
const WOMEN_SUPPORT = 'Hỗ trợ 12 nạn nhân học nghề và vay vốn tạo việc làm.';
const WOMEN_PROPOSAL = 'Đề nghị bố trí kinh phí hỗ trợ nạn nhân tái hòa nhập cộng đồng.';
const TYPED_PREVENTION = 'Toàn tỉnh đã tổ chức 1.234 cuộc tuyên truyền, lồng ghép trong sinh hoạt cộng đồng.';
const TYPED_FIGHTING = 'Lực lượng chức năng tập trung đấu tranh các đường dây qua biên giới.';
const TYPED_BULLET = 'Triệt phá 3 đường dây mua bán người.';

/** The police: numbered 1., 2., headings in Word's heading style, a letterhead before them; no rescue section. */
const POLICE_REPORT: AgencyReportPart[] = [
  { heading: null, paragraphs: ['CÔNG AN TỈNH', 'Báo cáo kết quả thực hiện Chương trình giai đoạn 2021 - 2025'] },
  { heading: '1. Công tác phòng ngừa', paragraphs: [POLICE_PROPAGANDA] },
  { heading: '2. Đấu tranh phòng, chống tội phạm mua bán người', paragraphs: [POLICE_CASES] },
];

/** The women's union: I., II. in its own words, plain paragraphs, and a heading the outline does not have. */
const WOMEN_REPORT: AgencyReportPart[] = [
  {
    heading: 'I. PHÒNG NGỪA MUA BÁN NGƯỜI',
    paragraphs: ['Hội đã lồng ghép tuyên truyền trong 300 buổi sinh hoạt chi hội.'],
  },
  { heading: 'II. HỖ TRỢ NẠN NHÂN TRỞ VỀ', paragraphs: [WOMEN_SUPPORT] },
  { heading: 'III. Một số kiến nghị, đề xuất', paragraphs: [WOMEN_PROPOSAL] },
];

let app: RunningApp;
let browser: Browser;
let page: Page;
let requestId: number;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  ({ page } = await openPage(browser, app));
  const api = apiOf(app);
  const agencies = await api('agencies.list', {});
  const idOf = (seedKey: string) => agencies.find((agency) => agency.seedKey === seedKey)!.id;
  const police = idOf('province.cong-an-tinh');
  const women = idOf('province.hoi-lien-hiep-phu-nu-tinh');
  requestId = (await api('requests.create', reviewRequestInput([police, women]))).id;

  // Figures: propaganda sessions (1.234 in all), and two rates against the plan's 90%: 9 of 10 cases solved
  // (Đạt), 5 of 10 reports settled (Không đạt).
  const proposed = await api('figures.form', { requestId });
  const form = await api('figures.saveForm', {
    requestId,
    indicatorCodes: ['PN01', 'TG01', 'TG02', 'DT01', 'DT03', 'TL02', 'TL03'],
    columns: proposed.columns,
  });
  const y2021 = form.columns.find((column) => column.label === 'Năm 2021')!.uuid;
  await api('figures.setValues', {
    requestId,
    agencyId: women,
    cells: [{ column: y2021, key: 'PN01', text: '1.234' }],
  });
  await api('figures.setValues', {
    requestId,
    agencyId: police,
    cells: [
      { column: y2021, key: 'TG01', text: '10' },
      { column: y2021, key: 'TG02', text: '5' },
      { column: y2021, key: 'DT01', text: '10' },
      { column: y2021, key: 'DT03', text: '9' },
    ],
  });

  // What arrived: each agency's report, a .docx, in the register.
  for (const [agencyId, parts, styled, fileName] of [
    [police, POLICE_REPORT, true, 'Bao cao Cong an tinh.docx'],
    [women, WOMEN_REPORT, false, 'Bao cao Hoi Phu nu.docx'],
  ] as const) {
    const bytes = await agencyReportDocx(parts, styled);
    await api('submissions.record', {
      requestId,
      agencyId,
      receivedOn: '2025-06-18',
      files: [{ fileName, base64: bytes.toString('base64') }],
    });
  }
});

afterEach(screenshotOnFailure('narrative', () => page));

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const heading = (label: string) => page.getByRole('region', { name: label, exact: true });
/** An agency's paragraph in a heading's right column (the draft on the left may hold the same text). */
const agencyParagraph = (label: string, text: string) => heading(label).getByRole('listitem').filter({ hasText: text });
const officeText = (label: string) => page.getByRole('textbox', { name: `Nội dung của tỉnh — mục ${label}` });
const sourceRow = (agency: string) =>
  page.getByTestId('narrative-sources').locator('.ant-table-row').filter({ hasText: agency });

function stored<T>(sql: string, ...params: unknown[]): T[] {
  return app.store.sqlite
    .prepare(sql)
    .raw()
    .all(...params) as T[];
}

/** "Đọc báo cáo" on the agency's row, the preview checked by `check`, then "Lưu". */
async function readReport(agency: string, check: (preview: Locator) => Promise<void>): Promise<void> {
  await sourceRow(agency).getByRole('button', { name: 'Đọc báo cáo' }).click();
  const dialog = page.getByRole('dialog', { name: `Đọc báo cáo — ${agency}` });
  const preview = dialog.getByTestId('narrative-preview');
  await preview.locator('.ant-table-row').first().waitFor();
  await check(preview);
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  await toastShown(page, `Đã đọc báo cáo của ${agency}`);
  await dialog.waitFor({ state: 'hidden' });
  await sourceRow(agency).getByText('Đã đọc từ tệp').waitFor();
}

/** The preview's row for an agency's heading: what it is proposed for. */
async function proposedFor(preview: Locator, agencyHeading: string): Promise<string> {
  return (await preview.locator('.ant-table-row').filter({ hasText: agencyHeading }).innerText()).replace(/\s+/g, ' ');
}

describe('the province’s consolidated report in Chromium', () => {
  it(
    'reads two agencies’ reports, takes a correction, writes two headings and exports the .docx',
    { timeout: 4 * 90_000 },
    async () => {
      await step('opens the request’s “Báo cáo tổng hợp” tab', async () => {
        await page.getByRole('menuitem', { name: 'Báo cáo phải nộp' }).click();
        await page
          .getByText(/Báo cáo tổng kết Chương trình phòng, chống mua bán người/)
          .first()
          .click();
        await page.getByRole('tab', { name: 'Báo cáo tổng hợp' }).click();
        await page.getByRole('heading', { name: 'Báo cáo của các cơ quan' }).waitFor();
        expect(page.url()).toContain(`#/requests/${requestId}/report`);
        await sourceRow(POLICE).getByText('Chưa đọc').waitFor();
        for (const label of [PREVENTION, FIGHTING, RESCUE, SUPPORT]) await heading(label).waitFor();
      });

      await step('reads the police’s report from the register: numbered 1., 2., matched', async () => {
        await readReport(POLICE, async (preview) => {
          expect(await proposedFor(preview, '1. Công tác phòng ngừa')).toContain(PREVENTION);
          expect(await proposedFor(preview, '2. Đấu tranh')).toContain(FIGHTING);
          expect(await proposedFor(preview, 'Phần đầu')).toContain('Khác – chưa xếp');
        });
        await agencyParagraph(PREVENTION, POLICE_PROPAGANDA).waitFor();
        await agencyParagraph(FIGHTING, POLICE_CASES).waitFor();
        // Nobody wrote about rescuing victims yet.
        await heading(RESCUE).getByText('Chưa có cơ quan nào viết').waitFor();
      });

      await step('reads the union’s report: I., II. in its own words, one heading matching nothing', async () => {
        await readReport(WOMEN, async (preview) => {
          expect(await proposedFor(preview, 'I. PHÒNG NGỪA MUA BÁN NGƯỜI')).toContain(PREVENTION);
          expect(await proposedFor(preview, 'II. HỖ TRỢ NẠN NHÂN TRỞ VỀ')).toContain(SUPPORT);
          expect(await proposedFor(preview, 'III. Một số kiến nghị')).toContain('Khác – chưa xếp');
        });
        await agencyParagraph(SUPPORT, WOMEN_SUPPORT).waitFor();
        await heading(SUPPORT).getByText(`${WOMEN} — mục “II. HỖ TRỢ NẠN NHÂN TRỞ VỀ”`).waitFor();
        await agencyParagraph('Khác (chưa xếp vào mục nào)', WOMEN_PROPOSAL).waitFor();
        expect(stored('select count(*) from narrative_sections')).toEqual([[6]]);
      });

      await step('moves the union’s proposals from “Khác” under “Hỗ trợ nạn nhân”', async () => {
        const select = heading('Khác (chưa xếp vào mục nào)').getByRole('combobox', {
          name: `Chuyển sang mục… — ${WOMEN}, mục “III. Một số kiến nghị, đề xuất”`,
        });
        await select.click();
        const option = page
          .locator('.ant-select-dropdown:visible .ant-select-item-option')
          .filter({ hasText: SUPPORT });
        await option.waitFor();
        await animationsDone(page);
        await option.click();
        await toastShown(page, 'sang mục IV');
        await agencyParagraph(SUPPORT, WOMEN_PROPOSAL).waitFor();
        await heading(SUPPORT).getByText('(xếp tay)').waitFor();
        await expect.poll(() => agencyParagraph('Khác (chưa xếp vào mục nào)', WOMEN_PROPOSAL).count()).toBe(0);
        expect(stored("select outline_index, placed_by from narrative_sections where heading like 'III.%'")).toEqual([
          [3, 'officer'],
        ]);
      });

      await step('writes heading I from the police’s paragraph copied, then typed on', async () => {
        const section = heading(PREVENTION);
        await agencyParagraph(PREVENTION, POLICE_PROPAGANDA).getByRole('button', { name: 'Chép' }).click();
        await agencyParagraph(PREVENTION, POLICE_PROPAGANDA).getByText('✓ đã chép').waitFor();
        const text = officeText(PREVENTION);
        await expect.poll(() => text.inputValue()).toBe(POLICE_PROPAGANDA);
        await text.focus();
        await page.keyboard.press('Control+End');
        await page.keyboard.press('Enter');
        await page.keyboard.type(TYPED_PREVENTION);
        await section.getByText('Đã chép từ: Công an tỉnh').waitFor();
        await section.getByText(/Đã lưu lúc \d\d:\d\d/).waitFor();
      });

      await step('writes heading II by typing, with a bullet from the toolbar', async () => {
        const section = heading(FIGHTING);
        const text = officeText(FIGHTING);
        await text.click();
        await page.keyboard.type(TYPED_FIGHTING);
        await page.keyboard.press('Enter');
        await page.keyboard.type(TYPED_BULLET);
        await section.getByRole('button', { name: '• Gạch đầu dòng' }).click();
        await expect.poll(() => text.inputValue()).toBe(`${TYPED_FIGHTING}\n- ${TYPED_BULLET}`);
        await section.getByText(/Đã lưu lúc \d\d:\d\d/).waitFor();
        await expect
          .poll(() => stored('select outline_index, body from report_texts where request_id = ? order by 1', requestId))
          .toEqual([
            [0, `${POLICE_PROPAGANDA}\n${TYPED_PREVENTION}`],
            [1, `${TYPED_FIGHTING}\n- ${TYPED_BULLET}`],
          ]);
        // The heading left to the agencies shows their merged draft.
        await heading(SUPPORT).getByText('Bản tổng hợp tự động — chưa biên tập').waitFor();
      });

      await step('sets who signs the report', async () => {
        await page.getByRole('button', { name: 'Thiết lập báo cáo…' }).click();
        const dialog = page.getByRole('dialog', { name: 'Thiết lập báo cáo' });
        await dialog.getByLabel('Thẩm quyền ký (TM., KT.)').fill('KT. TRƯỞNG BAN');
        await dialog.getByLabel('Chức vụ người ký').fill('Phó Trưởng ban Thường trực');
        await dialog.getByLabel('Họ tên người ký').fill('Nguyễn Văn Minh');
        await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
        await toastShown(page, 'Đã lưu thiết lập báo cáo');
        await dialog.waitFor({ state: 'hidden' });
        await page.getByText(/Ký: KT\. TRƯỞNG BAN – Phó Trưởng ban Thường trực – Nguyễn Văn Minh/).waitFor();
      });

      await step('takes a screenshot of the tab at 1280×800', async () => {
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.getByRole('tab', { name: 'Báo cáo tổng hợp' }).scrollIntoViewIfNeeded();
        await animationsDone(page);
        await page.screenshot({ path: SCREENSHOT, fullPage: true, animations: 'disabled' });
      });

      await step('exports the report: outline in order, the office’s text, the draft, figures and rates', async () => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Xuất báo cáo tổng hợp (.docx)' }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/\.docx$/);
        const file = path.join(app.dir, download.suggestedFilename());
        await download.saveAs(file);
        const { value: text } = await mammoth.extractRawText({ buffer: readFileSync(file) });

        expect(text).toContain('BÁO CÁO');
        const at = (needle: string) => {
          const index = text.indexOf(needle);
          expect(index, `“${needle}” in the report`).toBeGreaterThanOrEqual(0);
          return index;
        };
        const headings = [PREVENTION, FIGHTING, RESCUE, SUPPORT].map(at);
        expect([...headings].sort((a, b) => a - b)).toEqual(headings);
        const [prevention, fighting, rescue, support] = headings as [number, number, number, number];
        // The office's text under its headings; the police's paragraph it copied once, not again from the draft.
        expect(at(POLICE_PROPAGANDA)).toBeGreaterThan(prevention);
        expect(at(POLICE_PROPAGANDA)).toBeLessThan(fighting);
        expect(at(TYPED_PREVENTION)).toBeGreaterThan(prevention);
        expect(at(TYPED_PREVENTION)).toBeLessThan(fighting);
        expect(at(TYPED_FIGHTING)).toBeGreaterThan(fighting);
        expect(at(TYPED_BULLET)).toBeLessThan(rescue);
        // Written by the office: the agencies' own paragraphs of heading I and II are not in the report.
        expect(text).not.toContain('300 buổi sinh hoạt chi hội');
        expect(text).not.toContain(POLICE_CASES);
        // Heading IV was left to the agencies: their merged draft stands in it, the moved section included.
        expect(at(WOMEN_SUPPORT)).toBeGreaterThan(support);
        expect(at(WOMEN_PROPOSAL)).toBeGreaterThan(at(WOMEN_SUPPORT));
        // Figures the Vietnamese way, the rates against the plan's targets, the signer.
        expect(text).toContain('1.234');
        expect(text).toMatch(/Không đạt/);
        expect(text.replace(/Không đạt/g, '')).toMatch(/Đạt/);
        expect(text).toContain('PHÓ TRƯỞNG BAN THƯỜNG TRỰC');
        expect(text).toContain('KT. TRƯỞNG BAN');
        expect(text).toContain('Nguyễn Văn Minh');
      });

      await step('exports the figures annex (.xlsx)', async () => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Xuất phụ lục số liệu (.xlsx)' }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      });
    },
  );
});
