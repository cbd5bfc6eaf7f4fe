/**
 * The province's consolidated report (issue 11), one section of `npm run bench`, at a province's scale: 40 agencies
 * each sending a report of 9 sections × 12 paragraphs (4,320 paragraphs, about 1 MB of text). What the officer
 * waits for: one agency's .docx read and matched to the outline (beside mammoth reading it, which any reader must
 * pay), the screen's workspace with every source read (beside the plain read of the same rows), and the report
 * built with the merged draft standing in every heading (beside the docx library writing the same paragraphs bare).
 */
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import mammoth from 'mammoth';
import { closeStore, DEFAULT_MIGRATIONS_FOLDER, openStore } from '../db/open';
import type { ApiContext } from '../electron/api/context';
import { agencyReportDocx, type AgencyReportPart } from '../tests/support/agencyReports';
import { reviewRequestInput } from '../tests/support/samples';
import { must } from './api';
import { AGENCIES_PER_PROVINCE, SEED } from './figuresShared';
import { measurePairAsync, timedAsync, type Runs } from './measure';
import { createPrng, type Prng } from './prng';
import type { Scenario } from './report';

const SECTIONS = 9;
const PARAGRAPHS = 12;
const READ_RUNS: Runs = { warmup: 2, runs: 7 };
const WORKSPACE_RUNS: Runs = { warmup: 2, runs: 10 };
const BUILD_RUNS: Runs = { warmup: 1, runs: 3 };
/** What the officer waits for after "Đọc báo cáo", and after "Xuất báo cáo tổng hợp" on a province's full report. */
const READ_BUDGET_MS = 200;
const BUILD_BUDGET_MS = 2_000;

const HEADINGS = [
  'Công tác phòng ngừa',
  'Đấu tranh phòng, chống tội phạm mua bán người',
  'Tiếp nhận, xác minh, giải cứu và bảo vệ nạn nhân',
  'Hỗ trợ nạn nhân',
  'Xây dựng, hoàn thiện pháp luật',
  'Hợp tác quốc tế',
  'Số liệu thống kê',
  'Nâng cao năng lực',
  'Kiến nghị, đề xuất',
];
const WORDS =
  'tổ chức tuyên truyền hội nghị tập huấn cán bộ xã biên giới nạn nhân hỗ trợ học nghề vay vốn điều tra vụ án'.split(
    ' ',
  );

function sentence(random: Prng): string {
  const words = Array.from({ length: random.int(35, 60) }, () => random.pick(WORDS));
  return `${words.join(' ')}.`.replace(/^./u, (first) => first.toLocaleUpperCase('vi'));
}

/** An agency's report: its numbering (1., I., a)) and the order of its headings its own. */
function agencyReport(random: Prng, index: number): AgencyReportPart[] {
  const marks = [
    (n: number) => `${n}.`,
    (n: number) => `${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n - 1]}.`,
  ];
  const mark = marks[index % marks.length]!;
  return HEADINGS.slice(0, SECTIONS).map((heading, at) => ({
    heading: `${mark(at + 1)} ${heading}`,
    paragraphs: Array.from({ length: PARAGRAPHS }, () => sentence(random)),
  }));
}

export async function benchNarrative(dir: string): Promise<Scenario[]> {
  const store = openStore({ path: path.join(dir, 'narrative.db'), migrationsFolder: DEFAULT_MIGRATIONS_FOLDER });
  const context: ApiContext = { store, runtime: 'cli', version: 'bench' };
  try {
    const agencies = (await must(context, 'agencies.list', {})).slice(0, AGENCIES_PER_PROVINCE);
    const agencyIds = agencies.map((agency) => agency.id);
    const request = await must(context, 'requests.create', {
      ...reviewRequestInput(agencyIds),
      outline: HEADINGS.map((heading, at) => `${at + 1}. ${heading.toLocaleUpperCase('vi')}`),
    });
    const random = createPrng(SEED);
    const reports = await Promise.all(agencyIds.map((_, index) => agencyReportDocx(agencyReport(random, index))));
    for (const [index, agencyId] of agencyIds.entries()) {
      await must(context, 'narrative.read', {
        requestId: request.id,
        agencyId,
        from: { kind: 'upload', fileName: 'bao-cao.docx', base64: reports[index]!.toString('base64') },
      });
    }
    const one = {
      requestId: request.id,
      agencyId: agencyIds[0]!,
      from: { kind: 'upload' as const, fileName: 'bc.docx', base64: reports[0]!.toString('base64') },
    };
    const read = await measurePairAsync(
      () => timedAsync(() => must(context, 'narrative.preview', one)),
      () => timedAsync(() => mammoth.convertToHtml({ buffer: reports[0]! })),
      READ_RUNS,
    );

    const rows = store.sqlite.prepare(
      'select agency_id, heading, paragraphs from narrative_sections where request_id = ?',
    );
    const workspace = await measurePairAsync(
      () => timedAsync(() => must(context, 'narrative.workspace', { requestId: request.id })),
      () =>
        timedAsync(async () =>
          (rows.raw().all(request.id) as Array<[number, string, string]>).map(
            ([, , text]) => JSON.parse(text) as string[],
          ),
        ),
      WORKSPACE_RUNS,
    );
    const shown = await must(context, 'narrative.workspace', { requestId: request.id });
    const placed = shown.draft.headings.reduce((sum, heading) => sum + heading.contributions.length, 0);
    if (placed !== AGENCIES_PER_PROVINCE * SECTIONS) {
      throw new Error(`bench/narrative: ${placed} sections placed, not ${AGENCIES_PER_PROVINCE * SECTIONS}`);
    }

    const paragraphs = shown.draft.headings.flatMap((heading) => [
      new Paragraph({ text: heading.heading, heading: HeadingLevel.HEADING_1 }),
      ...heading.contributions.flatMap((item) => item.paragraphs.map((text) => new Paragraph({ text }))),
    ]);
    const build = await measurePairAsync(
      () =>
        timedAsync(() =>
          must(context, 'narrative.exportReport', { requestId: request.id, format: 'docx', on: '2025-06-25' }),
        ),
      () => timedAsync(() => Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }))),
      BUILD_RUNS,
    );
    return [
      {
        name: `One agency's report read and matched (${SECTIONS}×${PARAGRAPHS} paragraphs); baseline: mammoth's HTML of it`,
        ...read,
        target: { kind: 'time', maxMs: READ_BUDGET_MS },
      },
      {
        name: `The report's screen, ${AGENCIES_PER_PROVINCE} agencies read; baseline: their sections' rows read`,
        ...workspace,
        target: { kind: 'none' },
      },
      {
        name: `The report .docx, the draft in every heading (${placed * PARAGRAPHS} paragraphs); baseline: docx, bare`,
        ...build,
        target: { kind: 'time', maxMs: BUILD_BUDGET_MS },
      },
    ];
  } finally {
    closeStore(store);
  }
}
