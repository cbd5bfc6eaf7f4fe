/**
 * A province's side of the figures bench (issue 10, item 8): what its officer waits for at the desk, so it goes
 * through `dispatch` as the UI calls it, on the seeded directory's 40 agencies. Its cost is ExcelJS rather than SQL,
 * which is why it is measured apart from the central committee's file and against ExcelJS itself: the 40 templates
 * of the 836/KH-UBND review in one call beside the same cells written by a bare ExcelJS workbook (what any writer of
 * the template must pay), and the dry run of importing one filled template beside ExcelJS loading the same file.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { templateRows } from '../core/figures/templateLayout';
import { closeStore, DEFAULT_MIGRATIONS_FOLDER, openStore } from '../db/open';
import type { ApiContext } from '../electron/api/context';
import type { ChannelOutput } from '../electron/api/contract';
import { readFiguresTemplate } from '../electron/api/import/figuresTemplate';
import { reviewRequestInput } from '../tests/support/samples';
import { must } from './api';
import { AGENCIES_PER_PROVINCE, SEED } from './figuresShared';
import { measurePairAsync, timedAsync, type Runs } from './measure';
import { createPrng, type Prng } from './prng';
import { bytes, type Scenario } from './report';

const TEMPLATES_BUDGET_MS = 5_000;
const READ_BUDGET_MS = 200;
/** The first call stores the form and warms ExcelJS; each run then writes 40 files. */
const TEMPLATE_RUNS: Runs = { warmup: 0, runs: 2 };
const READ_RUNS: Runs = { warmup: 2, runs: 5 };

type Form = ChannelOutput<'figures.form'>;

/** The least any writer of the template must do: the same two sheets' cells, values only (no styles, no checks). */
async function bareTemplate(form: Form, source: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Số liệu');
  const map = workbook.addWorksheet('PlanDesk');
  sheet.addRows([
    [form.title],
    [source],
    [],
    [],
    [],
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', ...form.columns.map((c) => c.label)],
  ]);
  map.addRows([
    ['mark'],
    ['version'],
    ['template'],
    ['request', form.requestUuid],
    ['source', source],
    ['cell', 'key'],
  ]);
  const indicators = form.indicators.filter((indicator) => !indicator.computed);
  for (const row of templateRows(indicators)) {
    const added = sheet.addRow(row.type === 'indicator' ? [row.number, row.label, row.unit] : [null, row.label]);
    if (row.type === 'heading') continue;
    form.columns.forEach((column, offset) => {
      map.addRow([added.getCell(4 + offset).address, row.key, column.uuid, row.kind, row.label]);
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Every input cell of a template given a number, as an agency fills it in Excel. */
async function fillTemplate(file: Buffer, random: Prng): Promise<{ bytes: Buffer; cells: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  const map = workbook.getWorksheet('PlanDesk')!;
  const data = workbook.getWorksheet('Số liệu')!;
  let cells = 0;
  for (let row = 7; row <= map.rowCount; row++) {
    const address = map.getRow(row).getCell(1).value;
    if (typeof address !== 'string' || address === '') continue;
    data.getCell(address).value = random.int(0, 20);
    cells++;
  }
  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), cells };
}

export async function provinceScenarios(dir: string): Promise<Scenario[]> {
  const store = openStore({ path: path.join(dir, 'figures-province.db'), migrationsFolder: DEFAULT_MIGRATIONS_FOLDER });
  const context: ApiContext = { store, runtime: 'cli', version: 'bench' };
  try {
    const directory = (await must(context, 'agencies.list', {})).slice(0, AGENCIES_PER_PROVINCE);
    if (directory.length !== AGENCIES_PER_PROVINCE) throw new Error('bench/figures: the seeded directory is short');
    const agencyIds = directory.map((agency) => agency.id);
    const request = await must(context, 'requests.create', reviewRequestInput(agencyIds));
    // The first template stores the proposed form (as the officer's first "Tải mẫu biểu" does) and loads ExcelJS.
    const [first] = await must(context, 'figures.template', { requestId: request.id, agencyIds: [agencyIds[0]!] });
    const form = await must(context, 'figures.form', { requestId: request.id });
    const inputCells = templateRows(form.indicators.filter((indicator) => !indicator.computed)).filter(
      (row) => row.type !== 'heading',
    ).length;

    let files = 0;
    const templates = await measurePairAsync(
      () =>
        timedAsync(async () => {
          const written = await must(context, 'figures.template', { requestId: request.id, agencyIds });
          files = written.length;
          return written;
        }),
      () =>
        timedAsync(async () => {
          const written: Buffer[] = [];
          for (const agency of directory) written.push(await bareTemplate(form, agency.name));
          return written;
        }),
      TEMPLATE_RUNS,
    );
    if (files !== AGENCIES_PER_PROVINCE)
      throw new Error(`bench/figures: ${files} templates, not ${AGENCIES_PER_PROVINCE}`);

    const filled = await fillTemplate(Buffer.from(first!.base64, 'base64'), createPrng(SEED));
    const base64 = filled.bytes.toString('base64');
    const input = {
      requestId: request.id,
      agencyId: agencyIds[0]!,
      files: [{ fileName: first!.fileName, base64 }],
    };
    const preview = await must(context, 'figures.previewImport', input);
    const file = preview.files[0]!;
    if (!file.importable || file.added !== filled.cells) {
      throw new Error(`bench/figures: the filled template previews as ${JSON.stringify(file).slice(0, 300)}`);
    }
    const load = () =>
      timedAsync(async () => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(filled.bytes as unknown as ExcelJS.Buffer);
        return workbook;
      });
    const previewed = await measurePairAsync(
      () => timedAsync(() => must(context, 'figures.previewImport', input)),
      load,
      READ_RUNS,
    );
    const expectation = { requestUuid: request.uuid, sourceUuid: directory[0]!.uuid };
    const read = await measurePairAsync(
      () => timedAsync(() => readFiguresTemplate(filled.bytes, expectation)),
      load,
      READ_RUNS,
    );
    console.log(
      `Province: the 836/KH-UBND review asked of ${agencyIds.length} agencies; its proposed form has ` +
        `${form.indicators.length} indicators (${inputCells} rows of figures) × ${form.columns.length} columns = ` +
        `${inputCells * form.columns.length} input cells a template (${bytes(Buffer.from(first!.base64, 'base64').length)}). ` +
        `One filled with random numbers (${bytes(filled.bytes.length)}) previews as ${file.added} new figures, ` +
        `${file.errors} errors and ${file.warnings} warnings (random parts seldom add up to their totals).\n`,
    );
    return [
      {
        name: `${AGENCIES_PER_PROVINCE} templates in one call (figures.template); baseline: the same cells, values only, bare ExcelJS`,
        ...templates,
        target: { kind: 'time', maxMs: TEMPLATES_BUDGET_MS },
      },
      {
        name: `One filled template's dry run (figures.previewImport); baseline: ExcelJS loads the file`,
        ...previewed,
        target: { kind: 'time', maxMs: READ_BUDGET_MS },
      },
      {
        name: `Reading it alone (readFiguresTemplate); baseline: ExcelJS loads the file`,
        ...read,
        target: { kind: 'none' },
      },
    ];
  } finally {
    closeStore(store);
  }
}
