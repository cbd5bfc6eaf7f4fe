/**
 * `npm run screenshots [DIR]`: every screen at 1366×768 with a realistic plan,
 * as PNG files to look at before a change lands (default DIR: .tmp/screens).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ChannelInput } from '../../electron/api/contract';
import { animationsDone, launchBrowser, openPage, startApp } from './support';
import { dispatch } from '../../electron/api/dispatch';

const out = path.resolve(process.argv[2] ?? '.tmp/screens');
mkdirSync(out, { recursive: true });

const app = await startApp();
const context = { store: app.store, runtime: 'browser' as const, version: 'screens' };
async function must<T>(channel: Parameters<typeof dispatch>[1], input: unknown): Promise<T> {
  const result = await dispatch(context, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

const agencies = await must<Array<{ id: number; name: string }>>('agencies.list', {});
const id = (name: string) => agencies.find((agency) => agency.name === name)!.id;
const plan = await must<{ id: number }>('plans.create', {
  numberSymbol: '61/KH-UBND',
  title: 'Thực hiện công tác phòng, chống mua bán người năm 2024',
  issuer: 'Ủy ban nhân dân tỉnh',
  issuedOn: '2024-03-27',
  level: 'province',
  periodFrom: 2024,
  periodTo: 2024,
  status: 'issued',
  implementsRef: 'Kế hoạch số 19/KH-BCĐ138/CP ngày 15/01/2024 của Ban Chỉ đạo 138/CP',
} satisfies ChannelInput<'plans.create'>);
const part = await must<{ id: number }>('sections.create', {
  planId: plan.id,
  parentId: null,
  section: { label: 'II', title: 'NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN' },
});
const tasks: Array<[string, string, string[], string[]]> = [
  ['1', 'Công tác tham mưu, chỉ đạo', [], []],
  ['a', 'Tham mưu chỉ đạo thực hiện hiệu quả Chương trình phòng, chống mua bán người giai đoạn 2021 - 2025', ['Công an tỉnh'], ['Sở Tư pháp', 'Sở Nội vụ']],
  ['b', 'Tổ chức hưởng ứng “Ngày toàn dân phòng, chống mua bán người” 30/7', ['Công an tỉnh'], ['Sở Văn hóa, Thể thao và Du lịch', 'Tỉnh Đoàn']],
  ['c', 'Tập huấn nâng cao năng lực cho cán bộ làm công tác phòng, chống mua bán người', ['Sở Tư pháp'], ['Công an tỉnh']],
  ['2', 'Công tác truyền thông, phòng ngừa', [], []],
  ['a', 'Tuyên truyền trên các phương tiện thông tin đại chúng, chú trọng tuyên truyền trực tiếp tại cộng đồng', ['Sở Văn hóa, Thể thao và Du lịch'], ['Hội Liên hiệp Phụ nữ tỉnh', 'Tỉnh Đoàn', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']],
  ['b', 'Tuyên truyền phòng, chống mua bán người trong học sinh, sinh viên', ['Sở Giáo dục và Đào tạo'], ['Công an tỉnh']],
]; // prettier-ignore
let section = part.id;
for (const [label, text, lead, coordinating] of tasks) {
  if (lead.length === 0) {
    section = (
      await must<{ id: number }>('sections.create', {
        planId: plan.id,
        parentId: part.id,
        section: { label, title: text },
      })
    ).id;
    continue;
  }
  await must('tasks.create', {
    planId: plan.id,
    sectionId: section,
    task: { label, text, lead: lead.map(id), coordinating: coordinating.map(id), timingKind: 'ongoing' },
  });
}

const today = new Date().toISOString().slice(0, 10);
const year = today.slice(0, 4);
await must('calendar.create', {
  kind: 'period',
  title: 'Cao điểm tấn công trấn áp tội phạm mua bán người',
  startOn: `${year}-07-01`,
  endOn: `${year}-09-30`,
});
await must('calendar.create', {
  kind: 'event',
  title: 'Ngày toàn dân phòng, chống mua bán người',
  startOn: `${year}-07-30`,
  yearly: true,
});
const request = await must<{ id: number }>('requests.create', {
  title: 'Báo cáo 6 tháng đầu năm về công tác phòng, chống mua bán người',
  requestedOn: `${year}-01-02`,
  dueOn: today,
  dataFrom: `${Number(year) - 1}-12-15`,
  dataTo: `${year}-06-14`,
  receiver: 'Công an tỉnh (Phòng Tham mưu)',
  agencyIds: ['Sở Tư pháp', 'Sở Y tế', 'Tỉnh Đoàn', 'Công an tỉnh'].map(id),
});
await must('submissions.record', { requestId: request.id, agencyId: id('Sở Tư pháp'), receivedOn: today });
// A monthly cycle: one of its periods is always due within a month of today, for the to-do's "open the register".
await must('cycles.create', {
  title: 'Báo cáo tháng công tác phòng, chống mua bán người',
  recurrence: 'monthly',
  fromYear: Number(year),
  receiver: 'Công an tỉnh (Phòng Tham mưu)',
  planId: plan.id,
  agencyIds: ['Sở Tư pháp', 'Sở Y tế', 'Tỉnh Đoàn', 'Công an tỉnh', 'Sở Nội vụ'].map(id),
});

const browser = await launchBrowser();
const { page } = await openPage(browser, app);
const shot = (name: string) => page.screenshot({ path: path.join(out, `${name}.png`), animations: 'disabled' });

await page.getByTestId('todo-list').waitFor();
await shot('0-todo');
await page.getByRole('button', { name: 'Mở sổ theo dõi' }).first().click();
await page.getByRole('dialog').filter({ hasText: 'Mở sổ theo dõi kỳ báo cáo' }).getByLabel('Tên báo cáo').waitFor();
await animationsDone(page);
await shot('0b-open-register');
await page.getByRole('button', { name: 'Huỷ' }).click();
await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
await page.getByText('61/KH-UBND').waitFor();
await shot('1-plans');
await page.getByRole('button', { name: 'Thêm kế hoạch' }).click();
await page.getByLabel('Trích yếu').waitFor();
await shot('2-plan-form');
await page.keyboard.press('Escape');
await page.getByText('61/KH-UBND').click();
await page.locator('.outline-tree').getByText('Tập huấn nâng cao').click();
await page.getByRole('button', { name: 'Lưu nhiệm vụ' }).waitFor();
await shot('3-plan-outline');
await page.getByRole('tab', { name: 'Ma trận phân công' }).click();
await page.getByTestId('matrix-grid').waitFor();
await shot('4-matrix');
await page.getByText('Tất cả cơ quan').click();
await page.waitForFunction(() => document.querySelectorAll('.matrix-col-header').length > 10);
await shot('5-matrix-all');
await page.getByRole('menuitem', { name: 'Lịch công tác' }).click();
await page.getByTestId('calendar').waitFor();
await shot('5b-calendar');
await page.getByRole('button', { name: 'Thêm mục lịch' }).click();
const entryDialog = page.getByRole('dialog').filter({ hasText: 'Thêm mục lịch' });
await entryDialog.getByLabel('Thuộc kế hoạch').click();
await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '61/KH-UBND' }).click();
await entryDialog.getByLabel('Nhiệm vụ liên quan').click();
await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().waitFor();
await animationsDone(page);
await shot('5b2-entry-tasks');
await page.keyboard.press('Escape');
await entryDialog.getByRole('button', { name: 'Huỷ' }).click();
await page.getByRole('menuitem', { name: 'Báo cáo phải nộp' }).click();
await page.getByText('Báo cáo 6 tháng đầu năm').first().click();
await page.getByTestId('request-statuses').waitFor();
await shot('5c-request');
await page.getByRole('menuitem', { name: 'Danh mục cơ quan' }).click();
await page.getByText('Sở Tư pháp').first().waitFor();
await shot('6-agencies');
await page.getByRole('button', { name: 'Thêm cơ quan' }).click();
await page.getByLabel('Tên đầy đủ').waitFor();
await shot('7-agency-form');
await page.keyboard.press('Escape');
await page.getByRole('menuitem', { name: 'Giới thiệu' }).click();
await page.getByTestId('db-path').waitFor();
await shot('8-about');

await browser.close();
await app.close();
console.log(`Screenshots in ${out}`);
