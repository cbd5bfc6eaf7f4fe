/**
 * The plan parser on the real seed documents, as written and flattened into one
 * line, plus property tests: no input makes it throw or hang.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftFromParse } from '../../core/import/draft';
import { parsePlan } from '../../core/import/parsePlan';
import type { DirectoryEntry, ParsedTask, ParseResult } from '../../core/import/types';
import { AGENCY_SEEDS } from '../../db/seed/agencyDirectory';
import { SEEDS_DIR } from '../fixtures/seeds';

const SEEDS = SEEDS_DIR;
const read = (name: string) => readFileSync(path.join(SEEDS, name), 'utf8');
const flatten = (text: string) => text.replace(/\s*\n\s*/g, ' ');

const DIRECTORY: DirectoryEntry[] = AGENCY_SEEDS.map((seed, index) => ({
  id: index + 1,
  name: seed.name,
  shortName: seed.shortName,
  aliases: seed.aliases,
  kind: seed.kind,
  active: !seed.mergedIntoSeedKey,
}));

const parse = (text: string) => parsePlan(text, { directory: DIRECTORY, fallbackYear: 2026 });

const tasksOf = (result: ParseResult) => result.nodes.filter((node): node is ParsedTask => node.type === 'task');

/** ref → "lead | coordinating | ALL?" for every task, the way the issue states expectations. */
function assignments(result: ParseResult): Array<[string, string]> {
  return tasksOf(result).map((task) => [
    task.ref,
    [
      task.responsibility.lead.map((agency) => agency.name).join(', '),
      task.responsibility.coordinating.map((agency) => agency.name).join(', '),
      task.responsibility.allMembers ? 'ALL' : '',
    ].join(' | '),
  ]);
}

const CENTRAL = read('central-plan-2024-19-KH-BCD138.txt');
const REVIEW = read('provincial-review-plan-2025-836-KH-UBND.txt');

const CENTRAL_PART_II: Array<[string, string]> = [
  ['1.a', ' |  | ALL'],
  ['1.b', 'Bộ Công an |  | '],
  ['1.c', 'Bộ Công an |  | ALL'],
  ['1.d', 'Bộ Công an |  | ALL'],
  ['1.e', 'Bộ Công an |  | ALL'],
  ['1.f', ' |  | ALL'],
  ['2.1.a', ' |  | ALL'],
  ['2.1.b', 'Bộ Công an |  | ALL'],
  [
    '2.1.b-1',
    'Bộ Công an, Trung ương Hội Liên hiệp Phụ nữ Việt Nam, Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, ' +
      'Bộ Thông tin và Truyền thông |  | ALL',
  ],
  ['2.1.b-2', ' |  | '],
  ['2.1.c', 'Bộ Quốc phòng |  | ALL'],
  ['2.1.d', 'Bộ Văn hóa, Thể thao và Du lịch |  | ALL'],
  ['2.1.đ', 'Bộ Công an |  | '],
  ['2.1.đ', 'Bộ Thông tin và Truyền thông |  | '],
  ['2.1.e', 'Bộ Công an | Bộ Giáo dục và Đào tạo | ALL'],
  ['2.2.a', ' |  | '],
  ['2.2.b', ' |  | ALL'],
];

describe('the central plan 19/KH-BCĐ138/CP', () => {
  for (const [label, text] of [
    ['as written', CENTRAL],
    ['flattened into one line', flatten(CENTRAL)],
  ] as const) {
    describe(label, () => {
      const result = parse(text);

      it('reads the header and what the plan implements', () => {
        expect(result.header).toMatchObject({
          number: '19/KH-BCĐ138/CP',
          documentType: 'Kế hoạch',
          title: 'Thực hiện công tác phòng, chống mua bán người năm 2024',
          issuer: 'Ban Chỉ đạo 138/CP',
          place: 'Hà Nội',
          issuedOn: '2024-01-15',
          signer: 'Nguyễn Duy Ngọc',
        });
        expect(result.header.implements.map(({ number, issuedOn }) => ({ number, issuedOn }))).toEqual([
          { number: '193/QĐ-TTg', issuedOn: '2021-02-09' },
        ]);
      });

      it('finds every task of part II with its lead and coordinating agencies', () => {
        expect(assignments(result)).toEqual(CENTRAL_PART_II);
      });

      it('reads 2.1.b) joint implementers as leads, with no single lead', () => {
        const joint = tasksOf(result).find((task) => task.ref === '2.1.b-1')!;
        expect(joint.responsibility.joint).toBe(true);
      });

      it('splits item đ) into its two tasks, each without its responsibility clause', () => {
        const split = tasksOf(result).filter((task) => task.ref === '2.1.đ');
        expect(split.map((task) => task.text)).toEqual([
          expect.stringMatching(/^Phát huy vai trò .* phòng, chống mua bán người\.$/),
          expect.stringMatching(/^Hướng dẫn các doanh nghiệp viễn thông .* phòng, chống mua bán người\.$/),
        ]);
      });

      it('recognises the targets of part I.2 as targets, not tasks', () => {
        expect(result.targets.map((target) => [target.comparator, target.percent])).toEqual([
          ['equal', 100],
          ['above', 90],
          ['above', 90],
          ['equal', 95],
          ['equal', 90],
        ]);
        expect(tasksOf(result).some((task) => task.text.includes('100% tố giác'))).toBe(false);
        const objectives = result.nodes.filter((node) => node.type === 'heading' && node.role === 'objectives');
        expect(objectives.length).toBe(4);
      });

      it('puts the yearly day 30/7 among the dates, and no deadline from the issue or cited dates', () => {
        expect(result.dates.filter((date) => date.kind === 'yearly').map((date) => date.due)).toContain('2024-07-30');
        expect(result.dates.filter((date) => date.kind === 'deadline')).toEqual([]);
      });

      it('lists each 30/7 day once in the review draft: the World Day is named twice, the other day once', () => {
        const draft = draftFromParse(result, {
          fileName: null,
          encoding: null,
          legacyFont: null,
          implementsPlanId: null,
          fallbackYear: 2026,
        });
        const yearly = draft.dates.filter((date) => date.kind === 'yearly');
        expect(yearly.map((date) => [date.due, date.text])).toEqual([
          ['2024-07-30', 'Ngày thế giới phòng, chống mua bán người 30/7'],
          ['2024-07-30', 'Ngày toàn dân phòng, chống mua bán người 30/7'],
        ]);
        expect(text.slice(yearly[0]!.start, yearly[0]!.end)).toBe('Ngày thế giới phòng, chống mua bán người 30/7');
      });

      it('keeps every span inside the text', () => {
        for (const node of result.nodes) {
          expect(node.span.start).toBeGreaterThanOrEqual(0);
          expect(node.span.end).toBeLessThanOrEqual(text.length);
          expect(node.span.start).toBeLessThan(node.span.end);
        }
        for (const task of tasksOf(result)) {
          for (const mention of [...task.responsibility.lead, ...task.responsibility.coordinating]) {
            expect(text.slice(mention.span.start, mention.span.end)).toBe(mention.text);
          }
        }
      });
    });
  }
});

describe('the provincial review plan 836/KH-UBND', () => {
  for (const [label, text] of [
    ['as written', REVIEW],
    ['flattened into one line', flatten(REVIEW)],
  ] as const) {
    describe(label, () => {
      const result = parse(text);

      it('reads the header', () => {
        expect(result.header).toMatchObject({
          number: '836/KH-UBND',
          issuer: 'Ủy ban nhân dân tỉnh Gia Lai',
          issuedOn: '2025-04-05',
        });
        expect(result.header.implements.map(({ number, issuedOn }) => ({ number, issuedOn }))).toEqual([
          { number: '172/KH-BCĐ', issuedOn: '2025-03-25' },
        ]);
      });

      it('finds the 20/6/2025 deadline with who sends, who receives and what is due', () => {
        const deadlines = result.dates.filter((date) => date.kind === 'deadline');
        expect(deadlines).toHaveLength(1);
        expect(deadlines[0]).toMatchObject({
          due: '2025-06-20',
          what: 'báo cáo tổng kết',
          receiver: 'Công an tỉnh (Phòng Tham mưu)',
          sender: 'các sở ngành, cơ quan, UBND các huyện, thị xã, thành phố',
        });
      });

      it('finds the data period 09/02/2021–15/6/2025', () => {
        const periods = result.dates.filter((date) => date.kind === 'period');
        expect(periods.length).toBeGreaterThanOrEqual(1);
        expect(periods.every((date) => date.from === '2021-02-09' && date.to === '2025-06-15')).toBe(true);
      });

      it('keeps the Đề cương headings as the report outline, not as tasks', () => {
        const outline = result.nodes.filter((node) => node.type === 'heading' && node.role === 'report_outline');
        const titles = outline.map((node) => (node.type === 'heading' ? node.title : ''));
        expect(titles).toContain('TÌNH HÌNH, DIỄN BIẾN TỘI PHẠM MUA BÁN NGƯỜI');
        expect(titles).toContain('HỖ TRỢ NẠN NHÂN BỊ MUA BÁN');
        expect(titles).toContain('DỰ BÁO TÌNH HÌNH');
        expect(outline.length).toBeGreaterThanOrEqual(label === 'as written' ? 50 : 30);
        expect(tasksOf(result).some((task) => task.text.startsWith('Thống kê số liệu'))).toBe(false);
      });

      it('gives the bullets under "Giao Công an tỉnh:" to Công an tỉnh', () => {
        const led = tasksOf(result).filter((task) =>
          task.responsibility.lead.some((agency) => agency.name === 'Công an tỉnh'),
        );
        expect(led.map((task) => task.text.slice(0, 20))).toEqual([
          'Làm cơ quan đầu mối,',
          'Tham mưu, hướng dẫn ',
          'Tổng hợp nội dung bá',
        ]);
      });

      it('reads the request to all agencies as an all-members task with its deadline', () => {
        const request = tasksOf(result).find((task) => task.text.includes('trước ngày 20/6/2025'))!;
        expect(request.responsibility.allMembers).toBe(true);
        expect(request.dateIndexes.map((index) => result.dates[index]!.kind)).toContain('deadline');
      });
    });
  }
});

describe('other shapes of input', () => {
  it('reads tasks from a plan written as paragraphs and dashes, with its campaign range', () => {
    const result = parse(read('provincial-plan-summary-2022.txt'));
    expect(tasksOf(result).length).toBeGreaterThanOrEqual(10);
    expect(result.dates.filter((date) => date.kind === 'range').map((date) => [date.from, date.to])).toEqual([
      ['2022-07-01', '2022-09-30'],
    ]);
  });

  it('reads an inline lead and coordinating list, and proposes an unknown agency', () => {
    const text = [
      'II. NHIỆM VỤ',
      '1. Sở Tư pháp chủ trì, phối hợp với Công an tỉnh, Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh tổ chức nghiên cứu, đề xuất sửa đổi văn bản.',
      '2. Giao Công an tỉnh (Cơ quan thường trực Ban Chỉ đạo 138 tỉnh) theo dõi, kiểm tra, đôn đốc việc thực hiện.',
      '3. Tổ chức tập huấn cho cán bộ cơ sở (Trung tâm Công tác xã hội tỉnh chủ trì, phối hợp Sở LĐ-TB&XH thực hiện).',
    ].join('\n');
    const result = parse(text);
    expect(assignments(result)).toEqual([
      ['1', 'Sở Tư pháp | Công an tỉnh, Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh | '],
      ['2', 'Công an tỉnh |  | '],
      ['3', 'Trung tâm Công tác xã hội tỉnh | Sở Lao động - Thương binh và Xã hội | '],
    ]);
    expect(result.unknownAgencies).toEqual([
      { name: 'Trung tâm Công tác xã hội tỉnh', proposedKind: 'department', mentions: 1 },
    ]);
  });

  it('joins a hard-wrapped sentence back together', () => {
    const text = [
      'II. NHIỆM VỤ',
      'a) Tổ chức các hoạt động truyền thông về phòng, chống mua bán người trong',
      'học sinh, sinh viên tại các trường học trên địa bàn tỉnh (Sở Giáo dục và',
      'Đào tạo chủ trì, phối hợp Tỉnh Đoàn thực hiện).',
      'b) Rà soát, thống kê nạn nhân bị mua bán trở về (Công an tỉnh chủ trì thực hiện).',
    ].join('\n');
    expect(assignments(parse(text))).toEqual([
      ['a', 'Sở Giáo dục và Đào tạo | Tỉnh Đoàn | '],
      ['b', 'Công an tỉnh |  | '],
    ]);
  });

  it('reads tasks out of |-separated table rows', () => {
    const text = [
      'II. NHIỆM VỤ |',
      '1. Kiểm tra liên ngành tại địa bàn trọng điểm (Công an tỉnh chủ trì thực hiện). | Quý III |',
    ].join('\n');
    expect(assignments(parse(text))).toEqual([['1', 'Công an tỉnh |  | ']]);
  });

  it('says so when it finds no task', () => {
    const result = parse('Thông báo lịch họp giao ban tháng 7.');
    expect(tasksOf(result)).toEqual([]);
    expect(result.warnings[0]).toContain('Không nhận ra nhiệm vụ nào');
  });
});

describe('robustness', () => {
  const alphabet = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạếềểễệ0123456789 .,;:()/-–|\n'];
  const fragment = fc.constantFrom(
    'I. MỤC TIÊU ',
    'II. NHIỆM VỤ ',
    '1. ',
    '2.1. ',
    'a) ',
    'đ) ',
    '- ',
    '(Bộ Công an chủ trì, phối hợp các bộ, ngành, địa phương thực hiện). ',
    'trước ngày 20/6/2025 ',
    'Số: 19/KH-BCĐ138/CP ',
    'ĐỀ CƯƠNG ',
    '(((',
    ')))',
    '|',
  );
  const document = fc
    .array(fc.oneof(fragment, fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 60 })), { maxLength: 80 })
    .map((parts) => parts.join(''));

  it('never throws and keeps every span inside the text', () => {
    fc.assert(
      fc.property(document, (text) => {
        const result = parse(text);
        for (const node of result.nodes) {
          expect(node.span.start).toBeGreaterThanOrEqual(0);
          expect(node.span.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not hang on long pathological input', () => {
    const inputs = [
      '('.repeat(50_000),
      'a) '.repeat(20_000),
      '1. '.repeat(20_000),
      ' - '.repeat(30_000),
      'ĐỀ CƯƠNG '.repeat(5_000),
    ];
    for (const text of inputs) {
      const started = performance.now();
      parse(text);
      // A generous guard: a hang or a quadratic blow-up takes far longer than this.
      expect(performance.now() - started).toBeLessThan(5_000);
    }
  });
});
