/**
 * The whole first-issue flow in a real Chromium against the real server:
 * add an agency, create a plan with two sections and five tasks, assign C/P in
 * the matrix by keyboard, filter to one agency, export the xlsx and read it back.
 * Each test starts from what the steps before it leave, stored through the API.
 */
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  apiOf,
  launchBrowser,
  openPage,
  pickOption,
  screenshotOnFailure,
  startApp,
  toastShown,
  type RunningApp,
} from './support';

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
  ({ context, page } = await openPage(browser, app));
});

afterEach(async (test) => {
  await screenshotOnFailure('planFlow', () => page)(test);
  await context?.close();
  context = undefined;
  await app?.close();
});

afterAll(async () => {
  await browser?.close();
});

const TASKS = [
  'Tham mưu triển khai Chương trình phòng, chống mua bán người năm 2024',
  'Tổ chức hội nghị sơ kết 6 tháng công tác phòng, chống mua bán người',
  'Kiểm tra việc thực hiện kế hoạch tại các địa phương',
  'Tuyên truyền hưởng ứng Ngày toàn dân phòng, chống mua bán người 30/7',
  'Xây dựng phóng sự, tin bài về phương thức, thủ đoạn của tội phạm',
];

const PLAN_TITLE = 'Thực hiện công tác phòng, chống mua bán người năm 2024';
const SECTIONS = ['Công tác tham mưu, chỉ đạo', 'Công tác truyền thông, phòng ngừa'];

async function toast(text: string): Promise<void> {
  await toastShown(page, text);
}

/** The plan as 'Thêm kế hoạch' saves it (the form's defaults, the officer's number, date and title). */
async function planCreated(): Promise<number> {
  const plan = await apiOf(app)('plans.create', {
    numberSymbol: '61/KH-UBND',
    title: PLAN_TITLE,
    issuer: 'Ủy ban nhân dân tỉnh',
    issuedOn: '2024-03-27',
    level: 'province',
    periodFrom: 2024,
    periodTo: 2024,
    status: 'draft',
  });
  return plan.id;
}

/** The plan with its outline as the officer enters it: I (tasks a–c, a led by Công an tỉnh) and II (a–b). */
async function outlineEntered(): Promise<{ planId: number; taskIds: number[] }> {
  const must = apiOf(app);
  const planId = await planCreated();
  const police = (await must('agencies.list', {})).find((agency) => agency.name === 'Công an tỉnh')!.id;
  const taskIds: number[] = [];
  for (const [index, title] of SECTIONS.entries()) {
    const section = await must('sections.create', {
      planId,
      parentId: null,
      section: { label: index === 0 ? 'I' : 'II', title },
    });
    const texts = index === 0 ? TASKS.slice(0, 3) : TASKS.slice(3);
    for (const [position, text] of texts.entries()) {
      const lead = taskIds.length === 0 ? [police] : [];
      const task = await must('tasks.create', {
        planId,
        sectionId: section.id,
        task: { label: 'abc'[position]!, text, lead },
      });
      taskIds.push(task.id);
    }
  }
  return { planId, taskIds };
}

/**
 * The matrix as the keyboard leaves it, with the first two columns of “Tất cả cơ quan” (as the screen orders them):
 * task 1 C, P; task 2 P, C; task 4 C in the first.
 */
async function matrixAssigned(): Promise<{ first: string; second: string }> {
  const must = apiOf(app);
  const { planId, taskIds } = await outlineEntered();
  const { columns } = await must('matrix.get', { planId, columns: 'all' });
  const [first, second] = columns;
  const marks: Array<[number, number, 'lead' | 'coordinating']> = [
    [taskIds[0]!, first!.agencyId, 'lead'],
    [taskIds[0]!, second!.agencyId, 'coordinating'],
    [taskIds[1]!, second!.agencyId, 'lead'],
    [taskIds[1]!, first!.agencyId, 'coordinating'],
    [taskIds[3]!, first!.agencyId, 'lead'],
  ];
  for (const [taskId, agencyId, role] of marks) await must('assignments.set', { taskId, agencyId, role });
  return { first: first!.displayName, second: second!.displayName };
}

/** Opens the plan from the list on 'Kế hoạch'. */
async function openPlan(): Promise<void> {
  await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
  await page.locator('.ant-table-row').filter({ hasText: '61/KH-UBND' }).click();
  await page.getByRole('heading', { name: /61\/KH-UBND/ }).waitFor();
}

/** The plan's matrix with every agency as a column. */
async function openMatrixOfAll(): Promise<void> {
  await openPlan();
  await page.getByRole('tab', { name: 'Ma trận phân công' }).click();
  await page.getByText('Tất cả cơ quan').click();
  await page.getByTestId('matrix-grid').locator('.matrix-col-header').nth(1).waitFor();
}

async function addTask(text: string, lead?: string): Promise<void> {
  await page.getByLabel('Nội dung nhiệm vụ').fill(text);
  if (lead) {
    await pickOption(page, page.getByRole('combobox', { name: 'Cơ quan chủ trì' }), lead, 'CA tỉnh', { exact: true });
    await page.keyboard.press('Escape');
  }
  await page.getByRole('button', { name: 'Lưu nhiệm vụ' }).click();
  await page.locator('.outline-tree').getByText(text).waitFor();
}

async function addSection(title: string): Promise<void> {
  await page.getByRole('button', { name: 'Thêm phần, mục' }).click();
  await page.getByLabel('Tên phần, mục').fill(title);
  await page.getByRole('button', { name: 'Lưu mục' }).click();
  await page.locator('.outline-tree').getByText(title).waitFor();
}

describe('plan flow in Chromium', () => {
  it('adds an agency, and refuses a blank or duplicate one in Vietnamese', async () => {
    await page.getByRole('menuitem', { name: 'Danh mục cơ quan' }).click();
    await page.getByRole('button', { name: 'Thêm cơ quan' }).click();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Hãy nhập tên cơ quan, đơn vị.').waitFor();

    await page.getByLabel('Tên đầy đủ').fill('SỞ TƯ PHÁP');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await toast('Danh mục đã có cơ quan “Sở Tư pháp”');

    await page.getByLabel('Tên đầy đủ').fill('Trung tâm Công tác xã hội tỉnh');
    await page.getByLabel('Tên viết tắt (hiện ở ma trận)').fill('TT CTXH');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await toast('Đã lưu “Trung tâm Công tác xã hội tỉnh”');

    await page.getByLabel('Tìm cơ quan').fill('trung tam cong tac xa hoi');
    await page.locator('.ant-table-row').first().getByText('Trung tâm Công tác xã hội tỉnh').waitFor();
    expect(await page.locator('.ant-table-row').count()).toBe(1);
    const saved = app.store.sqlite
      .prepare('select short_name from agencies where name = ?')
      .get('Trung tâm Công tác xã hội tỉnh');
    expect(saved).toEqual({ short_name: 'TT CTXH' });
  });

  it('creates a plan, refusing 31/02/2024 as its issue date', async () => {
    await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
    await page.getByRole('button', { name: 'Thêm kế hoạch' }).click();
    await page.getByLabel('Số, ký hiệu').fill('61/KH-UBND');
    const date = page.getByLabel('Ngày ban hành');
    await date.click();
    await date.fill('31/02/2024');
    await date.press('Tab');
    await page.getByText('Ngày “31/02/2024” không có thật trên lịch').waitFor();

    await date.click();
    await date.fill('27/03/2024');
    await date.press('Enter');
    await page.getByLabel('Trích yếu').fill(PLAN_TITLE);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { name: /61\/KH-UBND/ }).waitFor();

    const plan = app.store.sqlite.prepare('select number_symbol, issued_on, title from plans').all();
    expect(plan).toEqual([
      {
        number_symbol: '61/KH-UBND',
        issued_on: '2024-03-27',
        title: PLAN_TITLE,
      },
    ]);
  });

  it('enters two sections and five tasks', async () => {
    await planCreated();
    await openPlan();
    await addSection(SECTIONS[0]!);
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    await addTask(TASKS[0]!, 'cong an tinh');
    await addTask(TASKS[1]!);
    await addTask(TASKS[2]!);
    await addSection(SECTIONS[1]!);
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    await addTask(TASKS[3]!);
    await addTask(TASKS[4]!);

    const rows = app.store.sqlite
      .prepare(
        `select s.label as section, t.label as label, t.text as text from tasks t
         join sections s on s.id = t.section_id order by s.position, t.position`,
      )
      .all();
    expect(rows).toEqual([
      { section: 'I', label: 'a', text: TASKS[0] },
      { section: 'I', label: 'b', text: TASKS[1] },
      { section: 'I', label: 'c', text: TASKS[2] },
      { section: 'II', label: 'a', text: TASKS[3] },
      { section: 'II', label: 'b', text: TASKS[4] },
    ]);
    const lead = app.store.sqlite
      .prepare(`select a.name, x.role from assignments x join agencies a on a.id = x.agency_id`)
      .all();
    expect(lead).toEqual([{ name: 'Công an tỉnh', role: 'lead' }]);
  });

  it('assigns C and P in the matrix with the keyboard', async () => {
    await outlineEntered();
    await openMatrixOfAll();
    const grid = page.getByTestId('matrix-grid');
    const headers = grid.locator('.matrix-col-header .matrix-col-name');
    const firstAgency = (await headers.nth(0).textContent()) ?? '';
    const secondAgency = (await headers.nth(1).textContent()) ?? '';
    expect(firstAgency).not.toBe('');

    await grid.focus();
    // Task 1: C in column 1, P in column 2. Task 2: P in column 1, C in column 2.
    await page.keyboard.press('c');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('p');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('c');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('p');
    // Task 3: P then Delete leaves it empty. Task 4 (under the second section): C in column 1.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('p');
    await page.keyboard.press('Delete');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('c');

    const marks = async () =>
      (await grid.locator('.matrix-cell.is-lead, .matrix-cell.is-coordinating').allTextContents()).join('');
    await expect.poll(marks).toBe('CPPCC');
    await expect
      .poll(() =>
        app.store.sqlite
          .prepare(
            `select t.text as task, coalesce(a.short_name, a.name) as agency, x.role from assignments x
             join tasks t on t.id = x.task_id join agencies a on a.id = x.agency_id
             join sections s on s.id = t.section_id
             where a.name != 'Công an tỉnh' order by s.position, t.position, x.role desc`,
          )
          .all(),
      )
      .toEqual([
        { task: TASKS[0], agency: firstAgency, role: 'lead' },
        { task: TASKS[0], agency: secondAgency, role: 'coordinating' },
        { task: TASKS[1], agency: secondAgency, role: 'lead' },
        { task: TASKS[1], agency: firstAgency, role: 'coordinating' },
        { task: TASKS[3], agency: firstAgency, role: 'lead' },
      ]);
    const totals = await grid.locator('.matrix-col-totals').first().textContent();
    expect(totals).toBe('2C · 1P');
  });

  it("filters to one agency and exports that agency's list", async () => {
    const { first: firstAgency } = await matrixAssigned();
    await openMatrixOfAll();
    const filter = page.getByRole('combobox', { name: 'Lọc theo cơ quan' });
    await pickOption(page, filter, firstAgency, firstAgency);
    const summary = page.getByTestId('focus-summary');
    await summary.getByText('chủ trì 2 nhiệm vụ, phối hợp 1 nhiệm vụ').waitFor();
    expect(await page.locator('.matrix-row:not(.is-section)').count()).toBe(3);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Danh sách (Word)' }).click(),
    ]);
    const text = (await mammoth.extractRawText({ path: (await download.path())! })).value;
    expect(text).toContain(TASKS[0]);
    expect(text).toContain(TASKS[1]);
    expect(text).toContain(TASKS[3]);
    expect(text).not.toContain(TASKS[2]);
    expect(text).not.toContain(TASKS[4]);
    await filter.click();
    await page.keyboard.press('Escape');
    await page.locator('.ant-select-clear').first().click();
  });

  it('exports the matrix as xlsx with the cells the officer set', async () => {
    const { first: firstAgency, second: secondAgency } = await matrixAssigned();
    await openMatrixOfAll();
    await page.getByRole('button', { name: 'Xuất ma trận ra Excel' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất ma trận ra Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.worksheets[0]!;

    let headerRow = 0;
    sheet.eachRow((row, number) => {
      if (row.values && (row.values as unknown[]).includes('Nội dung nhiệm vụ')) headerRow = number;
    });
    expect(headerRow).toBeGreaterThan(0);
    const header = sheet.getRow(headerRow);
    const columnOf = (name: string) => {
      let found = 0;
      header.eachCell((cell, col) => {
        if (cell.text === name) found = col;
      });
      return found;
    };
    const rowOf = (text: string) => {
      let found = 0;
      sheet.eachRow((row, number) => {
        row.eachCell((cell) => {
          if (cell.text === text) found = number;
        });
      });
      return found;
    };
    const cell = (task: string, agency: string) => sheet.getRow(rowOf(task)).getCell(columnOf(agency)).text;

    expect(sheet.getCell('A2').text).toContain('61/KH-UBND');
    expect(cell(TASKS[0]!, 'CA tỉnh')).toBe('C');
    expect(cell(TASKS[0]!, firstAgency)).toBe('C');
    expect(cell(TASKS[0]!, secondAgency)).toBe('P');
    expect(cell(TASKS[1]!, firstAgency)).toBe('P');
    expect(cell(TASKS[1]!, secondAgency)).toBe('C');
    expect(cell(TASKS[2]!, firstAgency)).toBe('');
    expect(cell(TASKS[3]!, firstAgency)).toBe('C');
    expect(cell(TASKS[4]!, secondAgency)).toBe('');
  });
});
