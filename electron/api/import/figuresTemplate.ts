/**
 * "Nhập số liệu từ Excel": a filled template read back (docs/figures.md, "Templates"). The file says, in its very
 * hidden sheet, which request and source it belongs to and which cell holds which figure; a file of another
 * request, of an unknown layout or with an edited structure is refused with the reason and the cell, and a source
 * other than the expected one only when the officer confirms it. Nothing here writes: the caller shows the result
 * as a dry run before saving.
 */
import ExcelJS from 'exceljs';
import { parseFigure, type FigureKind } from '../../../core/figures/numbers';
import { TEMPLATE_MARK, TEMPLATE_VERSION } from '../../../core/figures/templateLayout';
import { DATA_SHEET, MAP_SHEET } from '../export/figuresTemplate';

export interface TemplateValue {
  cell: string;
  column: string;
  key: string;
  value: number | null;
}

export interface TemplateProblem {
  cell: string;
  message: string;
}

export type TemplateReading =
  | {
      ok: true;
      templateId: string;
      requestUuid: string;
      sourceUuid: string;
      values: TemplateValue[];
      /** Cells refused one by one; the rest of the file still reads. */
      problems: TemplateProblem[];
    }
  | {
      ok: false;
      message: string;
      /** Refused only because it was made for another source: the officer may confirm it and read it again. */
      otherSource?: boolean;
    };

export interface TemplateExpectation {
  requestUuid: string;
  /** The source the file must be for; null when each file says whose it is (a request-wide import). */
  sourceUuid: string | null;
  /** The officer confirmed this file is another source's (an agency sent a colleague's template). */
  acceptOtherSource?: boolean;
}

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((part) => part.text).join('');
  return String(value as string | number);
}

export async function readFiguresTemplate(bytes: Buffer, expected: TemplateExpectation): Promise<TemplateReading> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, message: 'Tệp không phải là tệp Excel (.xlsx) đọc được.' };
  }
  const map = workbook.getWorksheet(MAP_SHEET);
  const data = workbook.getWorksheet(DATA_SHEET);
  if (!map || !data || text(map.getCell('B1').value) !== TEMPLATE_MARK) {
    return { ok: false, message: 'Tệp này không phải là mẫu biểu số liệu do Plan Desk tạo (“Tải mẫu biểu”).' };
  }
  if (Number(text(map.getCell('B2').value)) !== TEMPLATE_VERSION) {
    return {
      ok: false,
      message: `Mẫu biểu này theo phiên bản ${text(map.getCell('B2').value)}, Plan Desk này đọc phiên bản ${TEMPLATE_VERSION}. Hãy tải mẫu biểu mới.`,
    };
  }
  const templateId = text(map.getCell('B3').value);
  const requestUuid = text(map.getCell('B4').value);
  const sourceUuid = text(map.getCell('B5').value);
  if (requestUuid !== expected.requestUuid) {
    return { ok: false, message: 'Mẫu biểu này là của một yêu cầu báo cáo khác; không nhập vào yêu cầu này.' };
  }
  if (expected.sourceUuid !== null && sourceUuid !== expected.sourceUuid && !expected.acceptOtherSource) {
    return {
      ok: false,
      otherSource: true,
      message:
        'Mẫu biểu này được tạo cho một cơ quan khác. Nếu đúng là số liệu của cơ quan đang chọn, hãy xác nhận rồi nhập lại.',
    };
  }

  const values: TemplateValue[] = [];
  const problems: TemplateProblem[] = [];
  for (let rowNumber = 7; rowNumber <= map.rowCount; rowNumber++) {
    const row = map.getRow(rowNumber);
    const address = text(row.getCell(1).value);
    if (!address) continue;
    const [key = '', column = '', kind = '', label = ''] = [2, 3, 4, 5].map((index) => text(row.getCell(index).value));
    const cell = data.getCell(address);
    // The label beside the cell must still be the one written there: a moved or deleted row would shift figures.
    const written = text(data.getCell(`B${cell.row}`).value);
    if (written !== label) {
      return {
        ok: false,
        message: `Cấu trúc mẫu biểu đã bị sửa: ô B${cell.row} phải là “${label}” nhưng là “${written}”. Hãy dùng lại mẫu biểu gốc.`,
      };
    }
    const raw = cell.value;
    if (raw !== null && typeof raw === 'object' && 'formula' in raw) {
      problems.push({ cell: address, message: `Ô ${address} chứa công thức; hãy nhập số (Plan Desk tự cộng tổng).` });
      continue;
    }
    const parsed = parseFigure(typeof raw === 'number' ? raw : text(raw), kind as FigureKind);
    if (!parsed.ok) {
      problems.push({ cell: address, message: `Ô ${address} (${label.replace(/^– /, '')}): ${parsed.message}` });
      continue;
    }
    values.push({ cell: address, column, key, value: parsed.value });
  }
  return { ok: true, templateId, requestUuid, sourceUuid, values, problems };
}
