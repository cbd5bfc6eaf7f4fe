/**
 * Agencies' figures in a real Chromium against the real server (issue 10, "Done when"): the officer opens the
 * 836/KH-UBND request, sets up its form, sends templates to three agencies, reads them back filled (one with a bad
 * cell, refused with the cell named), enters a fourth agency's figures by hand and by paste, accepts them, returns
 * one for correction, and reads the consolidation with its warnings, the rates against their targets and the
 * charts. The agencies' side (filling the templates) is done here with ExcelJS, as an agency's Excel would.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SEED, seedPath } from '../fixtures/seeds';
import {
  apiOf,
  launchBrowser,
  openPage,
  screenshotOnFailure,
  startApp,
  step,
  toastShown,
  type RunningApp,
} from './support';

const REQUEST = 'Báo cáo tổng kết (theo Kế hoạch 836/KH-UBND)';
const COURT = 'Tòa án nhân dân tỉnh';
const PROCURACY = 'Viện Kiểm sát nhân dân tỉnh';
const WOMEN = 'Hội Liên hiệp Phụ nữ tỉnh';
const JUSTICE = 'Sở Tư pháp';

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  ({ page } = await openPage(browser, app));
  const api = apiOf(app);
  const preview = await api('imports.parse', { text: readFileSync(seedPath(SEED.reviewPlan), 'utf8') });
  await api('imports.save', preview.draft);
});

afterEach(screenshotOnFailure('figures', () => page));

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const sourceRow = (agency: string) =>
  page.locator('.ant-table-row').filter({ has: page.getByRole('cell', { name: agency, exact: true }) });

/** The uuid of a form column, by its label, from the file the app writes. */
function columnUuid(label: string): string {
  return app.store.sqlite.prepare('select uuid from request_columns where label = ?').pluck().get(label) as string;
}

/** Downloads one agency's template from its row. */
async function downloadTemplate(agency: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    sourceRow(agency).getByRole('button', { name: 'Tải mẫu biểu' }).click(),
  ]);
  const file = path.join(app.dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** What the agency does in Excel: types figures into the yellow cells, found through the template's own map. */
async function fillTemplate(file: string, figures: Array<[key: string, column: string, value: string | number]>) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const map = workbook.getWorksheet('PlanDesk')!;
  const sheet = workbook.getWorksheet('Số liệu')!;
  const cells = new Map<string, string>();
  for (let row = 7; row <= map.rowCount; row++) {
    const entry = map.getRow(row);
    cells.set(`${String(entry.getCell(2).value)}@${String(entry.getCell(3).value)}`, String(entry.getCell(1).value));
  }
  const addresses: string[] = [];
  for (const [key, column, value] of figures) {
    const address = cells.get(`${key}@${columnUuid(column)}`);
    if (!address) throw new Error(`no cell for ${key} in ${column}`);
    sheet.getCell(address).value = value;
    addresses.push(address);
  }
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return addresses;
}

function gridCell(label: string, column: string) {
  return page.getByRole('gridcell', { name: `${label} — ${column}`, exact: true });
}

describe('agencies’ figures in Chromium', () => {
  it(
    'takes the 836/KH-UBND figures from templates, by hand and by paste, to the consolidation with rates and charts',
    { timeout: 6 * 90_000 },
    async () => {
      await step('opens the request and sets up its form as proposed', async () => {
        await page.getByRole('menuitem', { name: 'Báo cáo phải nộp' }).click();
        await page
          .getByRole('link', { name: REQUEST })
          .or(page.getByText(REQUEST, { exact: true }))
          .first()
          .click();
        await page.getByRole('tab', { name: 'Số liệu', exact: true }).click();
        await page.getByRole('button', { name: 'Lập biểu mẫu' }).click();
        await toastShown(page, 'biểu mẫu');
        await page.getByRole('button', { name: 'Sửa biểu mẫu' }).waitFor();
        expect(app.store.sqlite.prepare('select count(*) from request_columns').pluck().get()).toBe(6);
      });

      let files: Record<string, string> = {};
      let badCell = '';
      await step('sends templates to three agencies, which fill them in (one with a decimal in a count)', async () => {
        files = {
          court: await downloadTemplate(COURT),
          procuracy: await downloadTemplate(PROCURACY),
          women: await downloadTemplate(WOMEN),
        };
        await fillTemplate(files.court!, [
          ['XX01', 'Năm 2021', 10],
          ['XX02', 'Năm 2021', 9],
          ['XX01', 'Năm 2022', 8],
          ['XX02', 'Năm 2022', 8],
          ['XX03', 'Năm 2021', '12'],
        ]);
        badCell = (
          await fillTemplate(files.procuracy!, [
            ['TT03', 'Năm 2021', 6],
            ['TT01', 'Năm 2021', '1,5'],
          ])
        )[1]!;
        await fillTemplate(files.women!, [
          ['NN01', 'Năm 2021', 4],
          ['NN01|sex=male', 'Năm 2021', 1],
          ['NN01|sex=female', 'Năm 2021', 3],
          ['NN01', 'Năm 2022', '1.020'],
          ['PN01', 'Năm 2021', 30],
        ]);
      });

      await step('reads the three files back: two import, the bad one is refused naming its cell', async () => {
        await page.getByRole('button', { name: 'Nhập số liệu từ Excel' }).click();
        const dialog = page.getByRole('dialog', { name: 'Nhập số liệu từ Excel' });
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          dialog.getByText('Kéo tệp Excel (.xlsx) vào đây, hoặc bấm để chọn').click(),
        ]);
        await chooser.setFiles([files.court!, files.procuracy!, files.women!]);
        await dialog.getByRole('button', { name: 'Kiểm tra' }).click();
        const procuracyRow = dialog.locator('tr').filter({ hasText: PROCURACY });
        await procuracyRow.getByText(`Ô ${badCell}`).waitFor();
        await dialog.locator('tr').filter({ hasText: COURT }).getByText('5 mới').waitFor();
        expect(app.store.sqlite.prepare('select count(*) from figure_values').pluck().get()).toBe(0);
        await dialog.getByRole('button', { name: 'Nhập số liệu', exact: true }).click();
        await toastShown(page, '2 tệp');
        await dialog.waitFor({ state: 'hidden' });
        expect(await sourceRow(COURT).textContent()).toContain('Đã nhập, chờ xác nhận');
        expect(await sourceRow(PROCURACY).textContent()).toContain('Chưa có số liệu');
        const values = app.store.sqlite
          .prepare(
            `select a.name, v.indicator_code, v.part, v.value from figure_values v join agencies a on a.id = v.agency_id
             order by a.name, v.indicator_code, v.part, v.column_id`,
          )
          .raw()
          .all() as Array<[string, string, string, number]>;
        expect(values).toContainEqual([WOMEN, 'NN01', '', 1020]);
        expect(values).toContainEqual([COURT, 'XX03', '', 12]);
        expect(values.filter((row) => row[0] === PROCURACY)).toEqual([]);
      });

      await step("enters a fourth agency's figures by typing and by pasting a block copied from Excel", async () => {
        await sourceRow(JUSTICE).getByRole('button', { name: 'Nhập số liệu', exact: true }).click();
        await page.getByRole('region', { name: `Số liệu của ${JUSTICE}` }).waitFor();
        await gridCell('Số cuộc tuyên truyền', 'Năm 2021').click();
        await page.keyboard.type('1.234');
        await page.keyboard.press('Enter');
        await expect.poll(() => gridCell('Số cuộc tuyên truyền', 'Năm 2021').textContent()).toBe('1.234');
        await gridCell('Số lượt người tham dự tuyên truyền', 'Năm 2021').click();
        await page.getByRole('grid').evaluate((grid) => {
          const data = new DataTransfer();
          data.setData('text/plain', '100\t120\r\n5\t7\r\n');
          grid.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        });
        await expect.poll(() => gridCell('Số lượt người tham dự tuyên truyền', 'Năm 2022').textContent()).toBe('120');
        await expect.poll(() => gridCell('Số tin, bài, phóng sự được đăng, phát', 'Năm 2022').textContent()).toBe('7');
        const stored = app.store.sqlite
          .prepare(
            `select v.indicator_code, v.value from figure_values v join agencies a on a.id = v.agency_id
             where a.name = ? order by v.indicator_code, v.value`,
          )
          .raw()
          .all(JUSTICE);
        expect(stored).toEqual([
          ['PN01', 1234],
          ['PN02', 100],
          ['PN02', 120],
          ['PN03', 5],
          ['PN03', 7],
        ]);
      });

      await step('accepts the fourth agency and the court, then returns the court for correction', async () => {
        await page.getByRole('button', { name: 'Xác nhận số liệu' }).click();
        await toastShown(page, 'xác nhận');
        await page.getByText('Đã xác nhận — đã khoá').waitFor();
        await sourceRow(COURT).getByRole('button', { name: 'Nhập số liệu', exact: true }).click();
        await page.getByRole('region', { name: `Số liệu của ${COURT}` }).waitFor();
        await page.getByRole('button', { name: 'Xác nhận số liệu' }).click();
        await page.getByText('Đã xác nhận — đã khoá').waitFor();
        await page.getByRole('button', { name: 'Trả lại để sửa' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('textbox').fill('Số vụ năm 2022 chưa khớp với sổ thụ lý.');
        await dialog.getByRole('button', { name: 'Trả lại' }).click();
        await page.getByText('Lý do: Số vụ năm 2022 chưa khớp với sổ thụ lý.').waitFor();
        const statuses = app.store.sqlite
          .prepare(
            'select a.name, f.status from figure_sources f join agencies a on a.id = f.agency_id order by a.name',
          )
          .raw()
          .all();
        expect(statuses).toEqual(
          expect.arrayContaining([
            [JUSTICE, 'accepted'],
            [COURT, 'returned'],
            [WOMEN, 'entered'],
          ]),
        );
      });

      await step(
        'reads the consolidation: totals, the jump warning, the rates against targets, the charts',
        async () => {
          await page.getByRole('tab', { name: 'Tổng hợp số liệu' }).click();
          await page.getByText('Tỷ lệ so với chỉ tiêu').first().waitFor();
          // Cases tried: 9 of 10 in 2021 and 8 of 8 in 2022, 17 of 18 over the period: 94,4% against "≥ 90%".
          const tried = page.locator('tr').filter({ hasText: 'Tỷ lệ giải quyết, xét xử' }).first();
          await tried.waitFor();
          expect(await tried.textContent()).toContain('94,4%');
          expect(await tried.textContent()).toContain('Đạt');
          // The women's union's 1.020 victims in 2022 after 4 in 2021: a warning, with the agency named.
          const warning = page.getByText(/1\.020 gấp hơn 3 lần kỳ trước/).first();
          await warning.waitFor();
          expect(await page.getByText(PROCURACY).count()).toBeGreaterThan(0);
          for (const chart of ['Biểu đồ tỷ lệ so với chỉ tiêu', 'Biểu đồ số liệu theo năm']) {
            const figure = page.getByRole('figure', { name: chart });
            await figure.locator('svg .recharts-bar-rectangle, svg .recharts-line-curve').first().waitFor();
          }
          // The police is the receiver of 836/KH-UBND, not one of its sources: its indicators stay blank, and it says so.
          await page.getByText(/Công an tỉnh không có trong danh sách cơ quan phải gửi yêu cầu này/).waitFor();
          const pn01 = page.locator('tr').filter({ hasText: 'Số cuộc tuyên truyền' }).first();
          expect(await pn01.textContent()).toContain('1.264');
        },
      );
    },
  );
});
