/**
 * `indicators …`, `figures …` and `consolidate`: the catalogue of indicators, one source's figures typed in, the
 * Excel templates out and back, and a request's consolidation (docs/figures.md).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { valueKey } from '../../core/figures/breakdowns';
import { FIGURE_AREAS } from '../../core/figures/catalogue';
import { FIGURE_SOURCE_STATUS_LABELS } from '../../core/figures/form';
import { formatFigure, formatRate, parseFigure } from '../../core/figures/numbers';
import type {
  FigureForm,
  FiguresImport,
  FiguresImportFile,
  IndicatorListItem,
  RequestConsolidation,
} from '../api/contract';
import { call, CliError, parseYear, print, readUpload, resolveAgency, table, writeOut, type Globals } from './shared';

/** A request named by its id, as `requests list` shows it. */
export function parseRequestId(ref: string): number {
  if (!/^\d+$/.test(ref.trim()) || Number(ref) === 0) throw new CliError(`Mã yêu cầu “${ref}” không hợp lệ.`);
  return Number(ref);
}

function isDirectory(target: string): boolean {
  try {
    return statSync(target).isDirectory();
  } catch {
    return false;
  }
}

/** `--column N`: the 1-based column of the form, refused with the form's columns listed. */
function columnIndex(form: FigureForm, typed: string | undefined): number {
  const listed = form.columns.map((column, index) => `  ${index + 1}: ${column.label}`).join('\n');
  if (typed === undefined) return 0;
  const number = /^\d+$/.test(typed.trim()) ? Number(typed) : NaN;
  if (!Number.isInteger(number) || number < 1 || number > form.columns.length) {
    throw new CliError(
      `Biểu mẫu của yêu cầu này không có cột số “${typed}”; biểu mẫu có ${form.columns.length} cột:\n${listed}`,
    );
  }
  return number - 1;
}

/** The indicator a code names in the form, refused plainly when the form (or the catalogue) has no such code. */
async function formIndicator(globals: Globals, form: FigureForm, typed: string): Promise<IndicatorListItem> {
  const code = typed.trim().toUpperCase();
  const indicator = form.indicators.find((item) => item.code === code);
  if (indicator?.computed) {
    throw new CliError(
      `${code} (${indicator.name}) là tỷ lệ Plan Desk tự tính từ ${indicator.numerator} và ${indicator.denominator}; không nhập số cho chỉ tiêu này.`,
    );
  }
  if (indicator) return indicator;
  const catalogue = await call(globals(), 'indicators.list', { year: form.year, includeRetired: true });
  const known = catalogue.find((item) => item.code === code);
  if (!known) throw new CliError(`Không có chỉ tiêu mã “${typed}” trong danh mục (xem “indicators list”).`);
  throw new CliError(
    `Biểu mẫu số liệu của “${form.title}” không có chỉ tiêu ${code} (${known.name}); hãy thêm chỉ tiêu này vào biểu mẫu trước.`,
  );
}

/** `--by sex=female`: one option of one breakdown of the indicator. */
function breakdownPart(indicator: IndicatorListItem, typed: string): { key: string; label: string } {
  const match = /^\s*([^=\s]+)\s*=\s*([^=\s]+)\s*$/.exec(typed);
  const breakdowns = indicator.breakdowns
    .map((breakdown) => `  ${breakdown.code} (${breakdown.name}): ${breakdown.options.map((o) => o.code).join(', ')}`)
    .join('\n');
  const available =
    indicator.breakdowns.length === 0
      ? `${indicator.code} không có phân tổ nào.`
      : `Các phân tổ của ${indicator.code}:\n${breakdowns}`;
  if (!match) throw new CliError(`“--by ${typed}” phải có dạng PHÂN_TỔ=NHÓM, ví dụ --by sex=female. ${available}`);
  const breakdownCode = match[1]!;
  const optionCode = match[2]!;
  const breakdown = indicator.breakdowns.find((item) => item.code === breakdownCode.toLowerCase());
  if (!breakdown) throw new CliError(`Chỉ tiêu ${indicator.code} không có phân tổ “${breakdownCode}”. ${available}`);
  const option = breakdown.options.find((item) => item.code === optionCode.toLowerCase());
  if (!option) {
    const options = breakdown.options.map((item) => `  ${item.code}: ${item.name}`).join('\n');
    throw new CliError(
      `Phân tổ “${breakdown.name}” của ${indicator.code} không có nhóm “${optionCode}”; các nhóm:\n${options}`,
    );
  }
  return {
    key: valueKey(indicator.code, { breakdown: breakdown.code, option: option.code }),
    label: `${indicator.name} – ${option.name}`,
  };
}

function describeImportFile(file: FiguresImportFile): string[] {
  const who = file.agency ? `${file.fileName} — ${file.agency}` : file.fileName;
  if (file.refusal !== null) {
    const hint = file.otherSource ? ' (dùng --confirm-other-source nếu vẫn muốn nhập cho cơ quan đã chọn)' : '';
    return [`${who}: bị từ chối — ${file.refusal}${hint}`];
  }
  if (file.problems.length > 0) {
    return [
      `${who}: ${file.problems.length} ô không đọc được, tệp không được nhập:`,
      ...file.problems.map((problem) => `  ${problem.message}`),
    ];
  }
  const count = (n: number) => formatFigure(n, 'count');
  const checks =
    file.errors + file.warnings > 0
      ? `; sau khi nhập: ${count(file.errors)} lỗi, ${count(file.warnings)} cảnh báo`
      : '';
  return [
    `${who}: ${count(file.added)} mới, ${count(file.changed)} thay đổi, ${count(file.cleared)} xoá, ${count(file.unchanged)} không đổi${checks}`,
  ];
}

/** The machine-readable shape of `consolidate --json` (issue 10, item 7). */
function consolidationSummary(result: RequestConsolidation) {
  return {
    request: result.request,
    sources: result.sources.map((source) => ({ agency: source.agency, status: source.status })),
    missing: result.missing,
    values: result.values.map((value) => ({
      indicator: value.indicator,
      name: value.name,
      unit: value.unit,
      total: value.total,
      columns: value.columns,
      previous: value.previous,
      change: value.change,
      breakdowns: value.breakdowns,
      bySource: value.bySource.map((own) => ({ agency: own.agency, total: own.total })),
      disagreements: value.disagreements,
    })),
    rates: result.rates.map((rate) => ({
      indicator: rate.indicator,
      name: rate.name,
      value: rate.value,
      target: rate.target,
      met: rate.met,
    })),
    violations: result.violations.map((violation) => ({
      rule: violation.rule,
      agency: violation.agency,
      importance: violation.importance,
      message: violation.message,
      column: violation.column,
      comment: violation.comment,
    })),
  };
}

function describeConsolidation(result: RequestConsolidation): string {
  const lines = [`${result.request.title} (mã ${result.request.id})`];
  const sources = result.sources.map((source) => `${source.agency}: ${FIGURE_SOURCE_STATUS_LABELS[source.status]}`);
  lines.push(`Nguồn số liệu (${result.sources.length}): ${sources.join('; ')}`);
  if (result.missing.length > 0) lines.push(`Chưa có số liệu (${result.missing.length}): ${result.missing.join(', ')}`);
  if (result.values.length === 0) {
    lines.push('', 'Chưa có biểu mẫu số liệu hoặc chưa có số liệu để tổng hợp.');
    return lines.join('\n');
  }
  lines.push(
    '',
    table([
      ['Mã', 'Chỉ tiêu', 'Đơn vị', ...result.columns.map((column) => column.label), 'Tổng các kỳ'],
      ...result.values.map((value) => [
        value.indicator,
        value.name,
        value.unit,
        ...value.columns.map((figure) => formatFigure(figure, value.kind)),
        formatFigure(value.total, value.kind),
      ]),
    ]),
  );
  const disagreements = result.values.flatMap((value) =>
    value.disagreements.map(
      (item) =>
        `  ${value.indicator}: ${item.agency} báo ${formatFigure(item.total, value.kind)}, số được lấy (${value.designatedAgency ?? 'cơ quan được chỉ định'}) là ${formatFigure(item.standing, value.kind) || 'trống'}`,
    ),
  );
  if (disagreements.length > 0) lines.push('', 'Số liệu các nguồn khác nhau:', ...disagreements);
  if (result.rates.length > 0) {
    lines.push(
      '',
      table([
        ['Mã', 'Tỷ lệ', 'Kết quả', 'Chỉ tiêu phấn đấu', 'Đánh giá'],
        ...result.rates.map((rate) => [
          rate.indicator,
          rate.name,
          formatRate(rate.value),
          rate.target === null ? '' : `≥ ${formatRate(rate.target)}`,
          rate.met === null ? '' : rate.met ? 'Đạt' : 'Không đạt',
        ]),
      ]),
    );
  }
  if (result.violations.length > 0) {
    lines.push(
      '',
      `Kiểm tra số liệu (${result.violations.length}):`,
      ...result.violations.map(
        (violation) =>
          `  [${violation.importance === 'error' ? 'Lỗi' : 'Cảnh báo'}] ${violation.agency} — ${violation.column}: ${violation.message}${violation.comment ? ` (giải trình: ${violation.comment})` : ''}`,
      ),
    );
  } else {
    lines.push('', 'Kiểm tra số liệu: không có lỗi hay cảnh báo.');
  }
  return lines.join('\n');
}

export function registerFigures(program: Command, globals: Globals): void {
  const indicators = program.command('indicators').description('danh mục chỉ tiêu số liệu');
  indicators
    .command('list')
    .description('liệt kê chỉ tiêu, cách tổng hợp, phân tổ và chỉ tiêu phấn đấu')
    .option('--year <year>', 'theo phiên bản áp dụng cho năm này (mặc định: mọi năm)')
    .option('--include-retired', 'kể cả các chỉ tiêu đã thôi dùng')
    .action(async (options: { year?: string; includeRetired?: boolean }) => {
      const list = await call(globals(), 'indicators.list', {
        ...(options.year !== undefined ? { year: parseYear(options.year) } : {}),
        includeRetired: options.includeRetired ?? false,
      });
      const areas = new Map<string, string>(FIGURE_AREAS.map((area) => [area.code, area.name]));
      print(globals(), list, () =>
        table([
          ['Mã', 'Chỉ tiêu', 'Đơn vị', 'Lĩnh vực', 'Tổng hợp', 'Phân tổ / chỉ tiêu phấn đấu'],
          ...list.map((indicator) => [
            indicator.code,
            `${indicator.name}${indicator.retired ? ' (đã thôi dùng)' : ''}`,
            indicator.unit,
            areas.get(indicator.area) ?? indicator.area,
            indicator.computed
              ? `${indicator.numerator} / ${indicator.denominator}`
              : indicator.aggregation === 'source'
                ? `lấy số của ${indicator.designatedAgency ?? 'cơ quan được chỉ định'}`
                : 'cộng các nguồn',
            indicator.computed
              ? indicator.target === null
                ? ''
                : `≥ ${formatRate(indicator.target)}`
              : indicator.breakdowns.map((breakdown) => breakdown.name).join(', '),
          ]),
        ]),
      );
    });

  const figures = program.command('figures').description('số liệu của các cơ quan theo yêu cầu báo cáo');
  figures
    .command('set')
    .description('nhập một số liệu của một cơ quan (như gõ trên màn hình: “1.234” là 1234, để trống là xoá)')
    .requiredOption('--request <id>', 'mã yêu cầu báo cáo')
    .requiredOption('--agency <name>', 'tên, tên viết tắt hoặc mã cơ quan')
    .requiredOption('--indicator <code>', 'mã chỉ tiêu (ví dụ PN01)')
    .option('--column <n>', 'số thứ tự cột của biểu mẫu, từ 1 (mặc định: 1)')
    .option('--by <breakdown=option>', 'một nhóm của một phân tổ, ví dụ sex=female')
    .requiredOption('--value <text>', 'giá trị như cán bộ gõ ("" để xoá)')
    .action(
      async (options: {
        request: string;
        agency: string;
        indicator: string;
        column?: string;
        by?: string;
        value: string;
      }) => {
        const requestId = parseRequestId(options.request);
        const agencyId = await resolveAgency(globals(), options.agency);
        let form = await call(globals(), 'figures.form', { requestId });
        const source = form.sources.find((item) => item.agencyId === agencyId);
        if (!source) {
          const directory = await call(globals(), 'agencies.list', { includeInactive: true });
          const name = directory.find((agency) => agency.id === agencyId)?.name ?? `Cơ quan mã ${agencyId}`;
          throw new CliError(
            `${name} không có trong danh sách cơ quan phải gửi “${form.title}” (hoặc được miễn); không nhập số liệu cho cơ quan này.`,
          );
        }
        const indicator = await formIndicator(globals, form, options.indicator);
        const index = columnIndex(form, options.column);
        const part = options.by
          ? breakdownPart(indicator, options.by)
          : { key: valueKey(indicator.code), label: indicator.name };
        // Checked before anything is stored, the form included: a value refused saves nothing.
        const figure = parseFigure(options.value, indicator.kind);
        if (!figure.ok) {
          throw new CliError(`Số liệu chưa được lưu. ${part.label} — ${form.columns[index]!.label}: ${figure.message}`);
        }
        if (!form.saved) {
          form = await call(globals(), 'figures.saveForm', {
            requestId,
            indicatorCodes: form.indicators.map((item) => item.code),
            columns: form.columns,
          });
        }
        const column = form.columns[index]!;
        const saved = await call(globals(), 'figures.setValues', {
          requestId,
          agencyId,
          cells: [{ column: column.uuid, key: part.key, text: options.value }],
        });
        const value = saved.values.find((item) => item.column === column.uuid && item.key === part.key);
        print(
          globals(),
          saved,
          () =>
            `${source.agency} — ${part.label} (${part.key}) — ${column.label}: ${
              value ? `${formatFigure(value.value, indicator.kind)} ${indicator.unit}` : 'để trống'
            }`,
        );
      },
    );

  figures
    .command('template')
    .description('tải mẫu biểu Excel để một cơ quan điền số liệu (lưu biểu mẫu đề xuất nếu chưa lưu)')
    .requiredOption('--request <id>', 'mã yêu cầu báo cáo')
    .requiredOption('--agency <name>', 'tên, tên viết tắt hoặc mã cơ quan')
    .requiredOption('--out <file>', 'tệp .xlsx cần ghi, hoặc thư mục để ghi với tên tệp đề xuất')
    .action(async (options: { request: string; agency: string; out: string }) => {
      const requestId = parseRequestId(options.request);
      const agencyId = await resolveAgency(globals(), options.agency);
      const [file] = await call(globals(), 'figures.template', { requestId, agencyIds: [agencyId] });
      if (!file) throw new CliError('Không tạo được mẫu biểu cho cơ quan này.');
      const target = path.resolve(options.out);
      const out = isDirectory(target) ? path.join(target, file.fileName) : target;
      const bytes = Buffer.from(file.base64, 'base64');
      writeOut(out, bytes);
      print(globals(), { file: out, bytes: bytes.length }, () => `Đã ghi ${out}`);
    });

  figures
    .command('import <files...>')
    .description('nhập số liệu từ các mẫu biểu Excel đã điền; --dry-run chỉ cho biết sẽ thay đổi gì')
    .requiredOption('--request <id>', 'mã yêu cầu báo cáo')
    .option('--agency <name>', 'nhập cho cơ quan này (mặc định: cơ quan ghi trong mẫu biểu)')
    .option('--confirm-other-source', 'vẫn nhập mẫu biểu tạo cho cơ quan khác vào cơ quan đã chọn')
    .option('--dry-run', 'chạy thử: đọc và báo cáo, không ghi gì')
    .action(
      async (
        files: string[],
        options: { request: string; agency?: string; confirmOtherSource?: boolean; dryRun?: boolean },
      ) => {
        const requestId = parseRequestId(options.request);
        const agencyId = options.agency === undefined ? null : await resolveAgency(globals(), options.agency);
        const input = {
          requestId,
          agencyId,
          acceptOtherSource: options.confirmOtherSource ?? false,
          files: files.map((file) => readUpload(file)),
        };
        const result: FiguresImport = options.dryRun
          ? await call(globals(), 'figures.previewImport', input)
          : await call(globals(), 'figures.import', input);
        const refused = result.files.filter((file) => file.refusal !== null || file.problems.length > 0);
        const imported = result.files.length - refused.length;
        print(globals(), result, () =>
          [
            ...result.files.flatMap(describeImportFile),
            '',
            result.applied
              ? `Đã nhập ${imported}/${result.files.length} tệp.`
              : `Chạy thử: ${imported}/${result.files.length} tệp nhập được; chưa ghi gì.`,
          ].join('\n'),
        );
        if (refused.length > 0) {
          throw new CliError(
            `${refused.length} tệp không nhập được: ${refused.map((file) => file.fileName).join(', ')}.`,
          );
        }
      },
    );

  program
    .command('consolidate')
    .description('tổng hợp số liệu của một yêu cầu báo cáo: tổng theo cột, tỷ lệ so với chỉ tiêu, kiểm tra')
    .requiredOption('--request <id>', 'mã yêu cầu báo cáo')
    .action(async (options: { request: string }) => {
      const requestId = parseRequestId(options.request);
      const result = await call(globals(), 'figures.consolidate', { requestId });
      print(globals(), consolidationSummary(result), () => describeConsolidation(result));
    });
}
