import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Agency } from '../../core/agency';
import { buildMatrix, type Matrix } from '../../core/matrix';
import type { Assignment, AssignmentRole, PlanDetail, PlanSummary, Section, Task } from '../../core/plan';
import { agencyTasksDocument, agencyTasksWorkbook } from '../../electron/api/export/agencyTaskList';
import { matrixWorkbook } from '../../electron/api/export/matrixWorkbook';
import { planLine } from '../../electron/api/export/planLine';

const STAMP = '2024-03-27T08:00:00.000Z';

const plan: PlanSummary = {
  id: 1,
  uuid: 'plan-61',
  numberSymbol: '61/KH-UBND',
  title: 'Thực hiện công tác phòng, chống mua bán người năm 2024',
  issuer: 'Ủy ban nhân dân tỉnh',
  issuedOn: '2024-03-27',
  signer: null,
  level: 'province',
  periodFrom: 2024,
  periodTo: 2024,
  implementsPlanId: null,
  implementsRef: '19/KH-BCĐ138/CP',
  status: 'issued',
  createdAt: STAMP,
  updatedAt: STAMP,
  taskCount: 5,
  implementsPlanLabel: null,
};

function agency(id: number, name: string, shortName: string | null, kind: Agency['kind']): Agency {
  return {
    id,
    uuid: `agency-${id}`,
    name,
    shortName,
    aliases: [],
    kind,
    parentId: null,
    active: true,
    mergedIntoId: null,
    mergedOn: null,
    seedKey: null,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

const POLICE = agency(1, 'Công an tỉnh', 'CA tỉnh', 'armed_force');
const LABOUR = agency(2, 'Sở Lao động - Thương binh và Xã hội', 'Sở LĐ-TB&XH', 'department');
const JUSTICE = agency(3, 'Sở Tư pháp', null, 'department');
/** In the directory but assigned nothing: it must not get a column. */
const HEALTH = agency(4, 'Sở Y tế', null, 'department');
const agencies = [POLICE, LABOUR, JUSTICE, HEALTH];

function section(id: number, parentId: number | null, label: string, title: string, position: number): Section {
  return { id, uuid: `section-${id}`, planId: 1, parentId, label, title, role: 'content', position };
}

const sections = [
  section(1, null, 'II', 'NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN', 1),
  section(2, 1, '1', 'Công tác phòng ngừa', 1),
  section(3, 1, '2', 'Công tác đấu tranh', 2),
  section(4, null, 'III', 'TỔ CHỨC THỰC HIỆN', 2),
  section(5, 4, '1', 'Chế độ báo cáo', 1),
];

const TEXT = {
  propaganda: 'Tuyên truyền về thủ đoạn mua bán người qua mạng xã hội',
  labourReview: 'Rà soát hoạt động đưa người lao động đi làm việc ở nước ngoài',
  investigate: 'Điều tra, xử lý nghiêm các vụ mua bán người',
  report: 'Báo cáo định kỳ 06 tháng, 01 năm về Công an tỉnh (Phòng Tham mưu)',
  legalReview: 'Nghiên cứu, đề xuất sửa đổi văn bản pháp luật về phòng, chống mua bán người',
};

function task(id: number, sectionId: number, label: string, text: string, position: number, allMembers = false): Task {
  return {
    id,
    uuid: `task-${id}`,
    planId: 1,
    sectionId,
    label,
    text,
    allMembers,
    progress: 'not_started',
    note: null,
    position,
    timingKind: 'ongoing',
    dueOn: null,
    periodFrom: null,
    periodTo: null,
    recurrence: null,
  };
}

const tasks = [
  task(1, 2, 'a', TEXT.propaganda, 1),
  task(2, 2, 'b', TEXT.labourReview, 2),
  task(3, 3, 'a', TEXT.investigate, 1),
  task(4, 5, 'a', TEXT.report, 1, true),
  task(5, 5, 'b', TEXT.legalReview, 2),
];

let assignmentId = 0;
function assign(taskId: number, agencyId: number, role: AssignmentRole): Assignment {
  assignmentId++;
  return { id: assignmentId, uuid: `assignment-${assignmentId}`, taskId, agencyId, role };
}

const assignments = [
  assign(1, POLICE.id, 'lead'),
  assign(1, LABOUR.id, 'coordinating'),
  assign(2, LABOUR.id, 'lead'),
  assign(2, JUSTICE.id, 'coordinating'),
  assign(3, POLICE.id, 'lead'),
  assign(5, JUSTICE.id, 'lead'),
  assign(5, POLICE.id, 'coordinating'),
];

const detail: PlanDetail = { plan, sections, tasks, assignments };
const matrix: Matrix = buildMatrix(detail, agencies, { columns: 'involved' });

const PLAN_LINE = 'Kèm theo Kế hoạch số 61/KH-UBND ngày 27/03/2024 của Ủy ban nhân dân tỉnh';

async function firstSheet(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  return sheet;
}

function rowValues(sheet: ExcelJS.Worksheet, rowNumber: number, columns: number): unknown[] {
  const out: unknown[] = [];
  for (let column = 1; column <= columns; column++) out.push(sheet.getCell(rowNumber, column).value ?? null);
  return out;
}

describe('planLine', () => {
  it('names an issued plan by number, date and issuer', () => {
    expect(planLine(plan)).toBe(PLAN_LINE);
  });

  it('names a draft by its title and says it is a draft', () => {
    expect(planLine({ ...plan, numberSymbol: null, issuedOn: null })).toBe(
      'Kèm theo Dự thảo Kế hoạch Thực hiện công tác phòng, chống mua bán người năm 2024 của Ủy ban nhân dân tỉnh',
    );
  });
});

describe('matrixWorkbook', () => {
  // Departments first, sorted Vietnamese-wise (L before T), then armed forces; the idle Sở Y tế is left out.
  const AGENCY_HEADERS = ['Sở LĐ-TB&XH', 'Sở Tư pháp', 'CA tỉnh'];
  const WIDTH = 3 + AGENCY_HEADERS.length;

  it('heads the annex with its title, the plan line and the plan title', async () => {
    const sheet = await firstSheet(await matrixWorkbook(matrix));
    expect(sheet.name).toBe('Ma trận phân công');
    expect(sheet.getCell('A1').value).toBe('PHỤ LỤC: MA TRẬN PHÂN CÔNG THỰC HIỆN NHIỆM VỤ');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').value).toBe(PLAN_LINE);
    expect(sheet.getCell('A2').font?.italic).toBe(true);
    expect(sheet.getCell('A3').value).toBe(plan.title);
    // Merged across the whole table: the last column reads the same master value.
    expect(sheet.getCell(1, WIDTH).value).toBe('PHỤ LỤC: MA TRẬN PHÂN CÔNG THỰC HIỆN NHIỆM VỤ');
    expect(sheet.getCell(1, WIDTH).isMerged).toBe(true);
    expect(rowValues(sheet, 4, WIDTH).every((value) => value === null)).toBe(true);
  });

  it('puts the Vietnamese headers and agency short names in the header row', async () => {
    const sheet = await firstSheet(await matrixWorkbook(matrix));
    expect(rowValues(sheet, 5, WIDTH)).toEqual(['STT', 'Nội dung nhiệm vụ', 'Tất cả thành viên', ...AGENCY_HEADERS]);
    expect(sheet.getCell('D5').alignment?.textRotation).toBe(90);
    expect(sheet.getCell('D5').font?.name).toBe('Times New Roman');
  });

  it('lists sections as bands and puts C/P at the right row and column', async () => {
    const sheet = await firstSheet(await matrixWorkbook(matrix));
    //              STT        text                  all   LĐ-TB&XH Tư pháp CA
    const expected: unknown[][] = [
      ['II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN'],
      ['1. Công tác phòng ngừa'],
      ['II.1.a', TEXT.propaganda, null, 'P', null, 'C'],
      ['II.1.b', TEXT.labourReview, null, 'C', 'P', null],
      ['2. Công tác đấu tranh'],
      ['II.2.a', TEXT.investigate, null, null, null, 'C'],
      ['III. TỔ CHỨC THỰC HIỆN'],
      ['1. Chế độ báo cáo'],
      ['III.1.a', TEXT.report, 'x', null, null, null],
      ['III.1.b', TEXT.legalReview, null, null, 'C', 'P'],
    ];
    expected.forEach((values, index) => {
      const rowNumber = 6 + index;
      if (values.length === 1) {
        expect(sheet.getCell(rowNumber, 1).value).toBe(values[0]);
        expect(sheet.getCell(rowNumber, 1).font?.bold).toBe(true);
        expect(sheet.getCell(rowNumber, WIDTH).isMerged).toBe(true);
      } else {
        expect(rowValues(sheet, rowNumber, WIDTH)).toEqual(values);
      }
    });
    // Lead marks are bold, coordinating marks are not.
    expect(sheet.getCell('F8').font?.bold).toBe(true);
    expect(sheet.getCell('D8').font?.bold).toBeFalsy();
    // Sub-sections and their tasks are indented one step under the part.
    expect(sheet.getCell('A7').alignment?.indent).toBe(1);
    expect(sheet.getCell('B8').alignment?.indent).toBe(2);
  });

  it('totals lead and coordinating tasks per agency, then prints the legend', async () => {
    const sheet = await firstSheet(await matrixWorkbook(matrix));
    expect(rowValues(sheet, 16, WIDTH)).toEqual([
      'Số nhiệm vụ chủ trì',
      'Số nhiệm vụ chủ trì',
      'Số nhiệm vụ chủ trì',
      1,
      1,
      2,
    ]);
    expect(rowValues(sheet, 17, WIDTH)).toEqual([
      'Số nhiệm vụ phối hợp',
      'Số nhiệm vụ phối hợp',
      'Số nhiệm vụ phối hợp',
      1,
      1,
      1,
    ]);
    expect(String(sheet.getCell('A19').value)).toMatch(/^C: chủ trì; P: phối hợp/);
  });

  it('freezes the task columns and the header, and prints landscape A4 one page wide', async () => {
    const sheet = await firstSheet(await matrixWorkbook(matrix));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 5 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toMatch(/^\$?5:\$?5$/);
    expect(sheet.getColumn(1).width).toBe(10);
    expect(sheet.getColumn(2).width).toBe(60);
    expect(sheet.getCell('B8').border?.left?.style).toBe('thin');
  });
});

describe('agencyTasksWorkbook', () => {
  it('lists what the agency leads, then coordinates, then does with all members', async () => {
    const sheet = await firstSheet(await agencyTasksWorkbook(matrix, JUSTICE));
    expect(sheet.name).toBe('Nhiệm vụ');
    expect(sheet.getCell('A1').value).toBe('Danh sách nhiệm vụ của Sở Tư pháp');
    expect(sheet.getCell('A2').value).toBe(PLAN_LINE);
    expect(rowValues(sheet, 4, 4)).toEqual(['STT', 'Mục', 'Nội dung nhiệm vụ', 'Vai trò']);
    expect(rowValues(sheet, 5, 4)).toEqual([1, 'III.1.b', TEXT.legalReview, 'Chủ trì']);
    expect(rowValues(sheet, 6, 4)).toEqual([2, 'II.1.b', TEXT.labourReview, 'Phối hợp']);
    expect(rowValues(sheet, 7, 4)).toEqual([3, 'III.1.a', TEXT.report, 'Cùng thực hiện (tất cả thành viên)']);
    expect(rowValues(sheet, 8, 4)).toEqual([null, null, null, null]);
    expect(sheet.getCell('A9').value).toBe(
      'Chủ trì: 1 nhiệm vụ; phối hợp: 1 nhiệm vụ; cùng thực hiện với tất cả thành viên: 1 nhiệm vụ',
    );
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait' });
    expect(sheet.getCell('C5').font?.name).toBe('Times New Roman');
  });

  it('counts two leads for the police and lists no task it has no part in', async () => {
    const sheet = await firstSheet(await agencyTasksWorkbook(matrix, POLICE));
    const texts = [5, 6, 7, 8].map((rowNumber) => sheet.getCell(rowNumber, 3).value);
    expect(texts).toEqual([TEXT.propaganda, TEXT.investigate, TEXT.legalReview, TEXT.report]);
    expect(texts).not.toContain(TEXT.labourReview);
    expect(sheet.getCell('A10').value).toBe(
      'Chủ trì: 2 nhiệm vụ; phối hợp: 1 nhiệm vụ; cùng thực hiện với tất cả thành viên: 1 nhiệm vụ',
    );
  });
});

describe('agencyTasksDocument', () => {
  it('names the agency, lists its tasks with their roles and leaves out the others', async () => {
    const buffer = await agencyTasksDocument(matrix, LABOUR);
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    const { value: text } = await mammoth.extractRawText({ buffer });
    expect(text).toContain('DANH SÁCH NHIỆM VỤ ĐƯỢC PHÂN CÔNG');
    expect(text).toContain('Cơ quan, đơn vị: Sở Lao động - Thương binh và Xã hội');
    expect(text).toContain(PLAN_LINE);
    for (const expected of [TEXT.labourReview, TEXT.propaganda, TEXT.report, 'Chủ trì', 'Phối hợp']) {
      expect(text).toContain(expected);
    }
    // The lead task comes before the coordinating one, although the document order is the reverse.
    expect(text.indexOf(TEXT.labourReview)).toBeLessThan(text.indexOf(TEXT.propaganda));
    expect(text).not.toContain(TEXT.investigate);
    expect(text).not.toContain(TEXT.legalReview);
    expect(text).toContain('Chủ trì: 1 nhiệm vụ; phối hợp: 1 nhiệm vụ');
  });
});
