import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../core/dates';
import { extractDates, findDateMentions, type DateKind, type ExtractedDate } from '../../core/import/dates';
import { SEEDS_DIR } from '../fixtures/seeds';

const SEEDS = SEEDS_DIR;
const seed = (name: string): string => readFileSync(path.join(SEEDS, name), 'utf8');
const flatten = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

const REVIEW_836 = seed('provincial-review-plan-2025-836-KH-UBND.txt');
const CENTRAL_19 = seed('central-plan-2024-19-KH-BCD138.txt');
const SUMMARY_2022 = seed('provincial-plan-summary-2022.txt');
const NEWS_61 = seed('provincial-plan-2024-news-61-KH-UBND.txt');

const ofKind = (results: ExtractedDate[], kind: DateKind) => results.filter((result) => result.kind === kind);

/** Everything but the offsets, so a flattened copy can be compared with the original. */
const meaning = (results: ExtractedDate[]) =>
  results.map(({ kind, from, to, due, what, sender, receiver, recurrence, adHoc, monthDay }) => ({
    kind,
    from,
    to,
    due,
    what,
    sender,
    receiver,
    recurrence,
    adHoc,
    monthDay,
  }));

/** Every result is a real slice of the input with valid ISO dates: the contract the review screen relies on. */
function expectWellFormed(input: string, results: ExtractedDate[]): void {
  for (const result of results) {
    expect(input.slice(result.start, result.end)).toBe(result.text);
    for (const iso of [result.from, result.to, result.due]) if (iso !== null) expect(isIsoDate(iso)).toBe(true);
    expect(result.confidence).toBeGreaterThanOrEqual(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
  }
}

/** No result may stem from a cited document's date or the issue date. */
function expectNoneFrom(results: ExtractedDate[], written: string[], isoDates: string[]): void {
  for (const result of results) {
    for (const text of written) expect(result.text, `${result.kind} from ${text}`).not.toContain(text);
    for (const iso of [result.from, result.to, result.due]) expect(isoDates).not.toContain(iso);
  }
}

const one = (text: string, planYear = 2025, kind?: DateKind): ExtractedDate => {
  const results = extractDates(text, { planYear });
  const matching = kind ? ofKind(results, kind) : results;
  expect(matching, JSON.stringify(results)).toHaveLength(1);
  return matching[0] as ExtractedDate;
};

describe('extractDates on the seed plans', () => {
  describe.each([
    ['as written', REVIEW_836],
    ['flattened', flatten(REVIEW_836)],
  ])('836/KH-UBND %s', (_label, text) => {
    const results = extractDates(text, { planYear: 2025 });

    it('finds the one summary-report deadline with what, sender and receiver', () => {
      const deadlines = ofKind(results, 'deadline');
      expect(deadlines).toHaveLength(1);
      expect(deadlines[0]).toMatchObject({
        due: '2025-06-20',
        what: 'báo cáo tổng kết',
        sender: 'các sở ngành, cơ quan, UBND các huyện, thị xã, thành phố',
        receiver: 'Công an tỉnh (Phòng Tham mưu)',
      });
      expect(deadlines[0]?.text).toContain('trước ngày 20/6/2025');
      expect(deadlines[0]?.confidence).toBeGreaterThanOrEqual(0.6);
    });

    it('finds the data period in the body and in the footnote', () => {
      const periods = ofKind(results, 'period');
      expect(periods.map(({ from, to }) => [from, to])).toEqual([
        ['2021-02-09', '2025-06-15'],
        ['2021-02-09', '2025-06-15'],
      ]);
      expect(periods[0]?.text).toBe('từ ngày 09/02/2021 đến ngày 15/6/2025');
      expect(periods[1]?.text).toBe('Từ ngày 09/02/2021 đến ngày 15/6/2025');
    });

    it('takes nothing from the issue date or the cited plans', () => {
      expectNoneFrom(
        results,
        ['05 tháng 4 năm 2025', '25/3/2025', '30/3/2021', '05/4/2025'],
        ['2025-04-05', '2025-03-25', '2021-03-30'],
      );
      expectWellFormed(text, results);
    });
  });

  describe.each([
    ['as written', CENTRAL_19],
    ['flattened', flatten(CENTRAL_19)],
  ])('19/KH-BCĐ138/CP %s', (_label, text) => {
    const results = extractDates(text, { planYear: 2024 });

    it('finds the 30/7 days as yearly days named as written', () => {
      const yearly = ofKind(results, 'yearly');
      expect(yearly.length).toBeGreaterThanOrEqual(1);
      for (const day of yearly) expect(day).toMatchObject({ monthDay: '07-30', due: '2024-07-30' });
      expect(yearly.map((day) => day.text)).toContain('Ngày thế giới phòng, chống mua bán người 30/7');
      expect(yearly.map((day) => day.text)).toContain('Ngày toàn dân phòng, chống mua bán người 30/7');
    });

    it('lists the World Day (named twice) once, at its first mention, beside the other 30/7 day', () => {
      const yearly = ofKind(results, 'yearly');
      expect(yearly.map((day) => day.text)).toEqual([
        'Ngày thế giới phòng, chống mua bán người 30/7',
        'Ngày toàn dân phòng, chống mua bán người 30/7',
      ]);
      expect(yearly[0]!.start).toBe(text.indexOf('Ngày thế giới phòng, chống mua bán người 30/7'));
    });

    it('takes nothing from the header, the issue date or the cited decisions', () => {
      expectNoneFrom(
        results,
        ['15/01/2024', '09/02/2021', '17/3/2023', '06/12/2022', '10/5/2016'],
        ['2024-01-15', '2021-02-09', '2023-03-17', '2022-12-06', '2016-05-10'],
      );
      expect(ofKind(results, 'deadline')).toEqual([]);
      expectWellFormed(text, results);
    });
  });

  describe.each([
    ['as written', SUMMARY_2022],
    ['flattened', flatten(SUMMARY_2022)],
  ])('2022 summary %s', (_label, text) => {
    const results = extractDates(text, { planYear: 2022 });

    it('finds the peak campaign range and not the cited decision', () => {
      const ranges = ofKind(results, 'range');
      expect(ranges).toHaveLength(1);
      expect(ranges[0]).toMatchObject({
        from: '2022-07-01',
        to: '2022-09-30',
        text: 'từ ngày 1/7/2022 đến hết ngày 30/9/2022',
      });
      expectNoneFrom(results, ['14/10/2021'], ['2021-10-14']);
      expectWellFormed(text, results);
    });
  });

  it('finds the 30/7 days in the 61/KH-UBND news item and not its dates', () => {
    const results = extractDates(NEWS_61, { planYear: 2024 });
    expect(ofKind(results, 'yearly').length).toBeGreaterThanOrEqual(2);
    expectNoneFrom(results, ['27/3/2024', '29/03/2024'], ['2024-03-27', '2024-03-29']);
  });

  it.each([
    ['836', REVIEW_836, 2025],
    ['19', CENTRAL_19, 2024],
    ['2022', SUMMARY_2022, 2022],
    ['61', NEWS_61, 2024],
  ])('means the same on seed %s flattened into one line', (_name, text, planYear) => {
    expect(meaning(extractDates(flatten(text), { planYear }))).toEqual(meaning(extractDates(text, { planYear })));
  });
});

describe('findDateMentions', () => {
  const isoOf = (text: string, year = 2025) => findDateMentions(text, year).map((mention) => mention.iso);

  it.each([
    ['20/06/2025', '2025-06-20'],
    ['1/7/2022', '2022-07-01'],
    ['20-06-2025', '2025-06-20'],
    ['20.6.2025', '2025-06-20'],
    ['2025-06-20', '2025-06-20'],
    ['20 / 6 / 2025', '2025-06-20'],
    ['ngày 15 tháng 01 năm 2024', '2024-01-15'],
    ['Ngày 5 tháng 4, năm 2025', '2025-04-05'],
    ['20/6 năm 2024', '2024-06-20'],
  ])('reads %s', (text, iso) => {
    const mentions = findDateMentions(text, 2030);
    expect(mentions.map((mention) => mention.iso)).toEqual([iso]);
    expect(mentions[0]?.yearGiven).toBe(true);
    expect(mentions[0]?.text).toBe(text);
  });

  it('gives year-less dates the default year and says so', () => {
    expect(findDateMentions('hưởng ứng ngày 30/7 và ngày 15 tháng 01', 2024)).toEqual([
      { iso: '2024-07-30', start: 15, end: 19, yearGiven: false, text: '30/7' },
      { iso: '2024-01-15', start: 23, end: 39, yearGiven: false, text: 'ngày 15 tháng 01' },
    ]);
  });

  it('never returns a day that is not on the calendar', () => {
    for (const text of [
      '31/02/2024',
      '30.02.2024',
      '29/2/2023',
      '31/4/2025',
      'ngày 31 tháng 2 năm 2024',
      '32/1',
      '0/5',
    ]) {
      expect(isoOf(text), text).toEqual([]);
    }
    expect(isoOf('29/2', 2024)).toEqual(['2024-02-29']);
    expect(isoOf('29/2', 2025)).toEqual([]);
  });

  it('does not read document numbers, fractions of numbers, percentages or year spans as dates', () => {
    const text =
      'Kế hoạch 19/KH-BCĐ138/CP; Quyết định số 193/QĐ-TTg; Nghị định 62/2021/NĐ-CP; Thông tư 01/2014/TTLT-BCA; ' +
      'số 02/2022; đạt 90%; giai đoạn 2021 - 2025; giai đoạn 2022-2026; tháng 6/2025; quý II/2025; mục 2.1. và 1.2';
    expect(findDateMentions(text, 2025)).toEqual([]);
  });

  it('still finds the dates that documents are cited with (the header parser needs them)', () => {
    expect(isoOf('Quyết định số 193/QĐ-TTg ngày 09/02/2021; Hà Nội, ngày 15 tháng 01 năm 2024')).toEqual([
      '2021-02-09',
      '2024-01-15',
    ]);
  });
});

describe('extractDates: deadlines', () => {
  it.each([
    ['Các đơn vị gửi báo cáo về Công an tỉnh trước ngày 20/6/2025.', '2025-06-20'],
    ['Các đơn vị gửi báo cáo về Công an tỉnh chậm nhất ngày 15/12/2024.', '2024-12-15'],
    ['Các đơn vị gửi báo cáo chậm nhất là vào ngày 15/12/2024.', '2024-12-15'],
    ['Hạn chót: 20/6/2025.', '2025-06-20'],
    ['Thời hạn: trước ngày 30/6/2025', '2025-06-30'],
    ['Sở Tư pháp hoàn thành việc rà soát trước 20/6.', '2025-06-20'],
    ['Xây dựng kế hoạch xong trước ngày 10/3.', '2025-03-10'],
    ['UBND các huyện hoàn thành trong tháng 6/2025.', '2025-06-30'],
    ['Thời gian hoàn thành: Quý II/2025', '2025-06-30'],
    ['gửi về Sở Tư pháp trước 15 giờ ngày 20/6/2025', '2025-06-20'],
    ['gửi báo cáo trước ngày 20 tháng 6 năm 2025', '2025-06-20'],
    ['gửi báo cáo trước ngày 20.06.2025', '2025-06-20'],
  ])('%s', (text, due) => {
    expect(one(text, 2025, 'deadline').due).toBe(due);
  });

  it('reads what, who sends and who receives, receiver units in brackets included', () => {
    expect(
      one(
        'UBND tỉnh yêu cầu các sở, ban, ngành báo cáo kết quả về UBND tỉnh (qua Công an tỉnh) trước ngày 15/12/2025.',
      ),
    ).toMatchObject({
      kind: 'deadline',
      what: 'báo cáo kết quả',
      sender: 'các sở, ban, ngành',
      receiver: 'UBND tỉnh (qua Công an tỉnh)',
    });
    expect(
      one('Các cơ quan, tổ chức có liên quan gửi UBND tỉnh (qua Công an tỉnh) báo cáo kết quả trước ngày 20/6/2025.'),
    ).toMatchObject({
      what: 'báo cáo kết quả',
      sender: 'Các cơ quan, tổ chức có liên quan',
      receiver: 'UBND tỉnh (qua Công an tỉnh)',
    });
    expect(one('Gửi văn bản về Sở Tư pháp trước ngày 5/5.')).toMatchObject({ what: 'văn bản', receiver: 'Sở Tư pháp' });
    expect(one('Các sở gửi báo cáo trước ngày 20/6 về Công an tỉnh.')).toMatchObject({
      what: 'báo cáo',
      sender: 'Các sở',
      receiver: 'Công an tỉnh',
    });
    expect(one('Công an tỉnh tổng hợp, báo cáo UBND tỉnh trước ngày 25/6/2025.')).toMatchObject({
      sender: 'Công an tỉnh',
      receiver: 'UBND tỉnh',
    });
  });

  it('reads a deadline written before its subject', () => {
    const deadline = one('Trước ngày 20 tháng 6 năm 2025, các sở, ngành gửi báo cáo về Công an tỉnh.');
    expect(deadline).toMatchObject({ due: '2025-06-20', sender: 'các sở, ngành', receiver: 'Công an tỉnh' });
    expect(deadline.text).toBe('Trước ngày 20 tháng 6 năm 2025, các sở, ngành gửi báo cáo về Công an tỉnh');
  });

  it('gives each of two deadlines in one sentence its own part and the shared parties', () => {
    const text = 'Các đơn vị gửi báo cáo 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/12 về Công an tỉnh.';
    const deadlines = ofKind(extractDates(text, { planYear: 2025 }), 'deadline');
    expect(deadlines.map(({ due, what, sender, receiver }) => ({ due, what, sender, receiver }))).toEqual([
      { due: '2025-06-15', what: 'báo cáo 6 tháng', sender: 'Các đơn vị', receiver: 'Công an tỉnh' },
      { due: '2025-12-15', what: 'báo cáo năm', sender: 'Các đơn vị', receiver: 'Công an tỉnh' },
    ]);
    expect(deadlines[0]?.text).toBe('Các đơn vị gửi báo cáo 6 tháng trước ngày 15/6');
  });

  it('hangs a second date on the same marker', () => {
    const text = 'Các sở gửi báo cáo về Công an tỉnh trước ngày 15/6 và 15/12.';
    expect(ofKind(extractDates(text, { planYear: 2025 }), 'deadline').map((deadline) => deadline.due)).toEqual([
      '2025-06-15',
      '2025-12-15',
    ]);
  });

  it('trusts a year-less deadline less than a dated one', () => {
    expect(one('gửi báo cáo trước ngày 20/6').confidence).toBeLessThan(
      one('gửi báo cáo trước ngày 20/6/2025').confidence,
    );
  });

  it('never takes a cited document date for a deadline', () => {
    const text =
      'Thực hiện Quyết định số 193/QĐ-TTg ngày 09/02/2021, đề nghị các sở gửi báo cáo về Công an tỉnh trước ngày 20/6/2025.';
    expect(one(text)).toMatchObject({
      kind: 'deadline',
      due: '2025-06-20',
      sender: 'các sở',
      receiver: 'Công an tỉnh',
    });
    for (const cited of [
      'Hà Nội, ngày 15 tháng 01 năm 2024',
      'Gia Lai, ngày 05 tháng 4 năm 2025 |',
      'Ngày ban hành 15/01/2024\nNgày có hiệu lực 15/01/2024',
      '(Kèm theo Kế hoạch số 836/KH-UBND ngày 05/4/2025 của UBND tỉnh Gia Lai)',
      'Kế hoạch số 135/KH-BCĐ ngày 17/3/2023; Chương trình số 368/CTr-UBND ngày 30/3/2021',
      'Thông tư số 01/2014/TTLT-BCA-BQP ngày 10/02/2014, Nghị định 62/2021/NĐ-CP ngày 14/6/2021',
    ]) {
      expect(extractDates(cited, { planYear: 2025 }), cited).toEqual([]);
    }
  });

  it('reads a row of a | table', () => {
    const deadline = one('| 1 | Báo cáo tổng kết | Công an tỉnh | trước ngày 20/6/2025 |');
    expect(deadline).toMatchObject({ kind: 'deadline', due: '2025-06-20', what: 'Báo cáo tổng kết' });
    expect(deadline.text).toBe('trước ngày 20/6/2025');
  });
});

describe('extractDates: periods and ranges', () => {
  it.each([
    ['Số liệu thống kê tính từ ngày 09/02/2021 đến ngày 15/6/2025.', '2021-02-09', '2025-06-15'],
    ['Mốc thời gian thống kê số liệu báo cáo: Từ ngày 09/02/2021 đến ngày 15/6/2025.', '2021-02-09', '2025-06-15'],
    ['Kỳ báo cáo từ 15/12/2024 đến 14/6/2025.', '2024-12-15', '2025-06-14'],
    ['Số liệu 6 tháng đầu năm 2025.', '2025-01-01', '2025-06-30'],
    ['Số liệu quý II/2025.', '2025-04-01', '2025-06-30'],
    ['Số liệu tính đến ngày 15/6/2025.', null, '2025-06-15'],
  ])('period: %s', (text, from, to) => {
    expect(one(text, 2025, 'period')).toMatchObject({ from, to });
  });

  it.each([
    ['mở cao điểm từ ngày 1/7/2022 đến hết ngày 30/9/2022', '2022-07-01', '2022-09-30'],
    ['mở cao điểm từ 01/7 đến 30/9/2022', '2022-07-01', '2022-09-30'],
    ['trong thời gian từ tháng 7 đến tháng 9/2022', '2022-07-01', '2022-09-30'],
    ['từ tháng 7 năm 2022 đến tháng 9 năm 2022', '2022-07-01', '2022-09-30'],
    ['từ ngày 01/12 đến ngày 28/02/2025', '2024-12-01', '2025-02-28'],
    ['từ ngày 1/7 đến ngày 30/9', '2025-07-01', '2025-09-30'],
    ['từ quý II đến quý III/2025', '2025-04-01', '2025-09-30'],
    ['từ ngày 25-27/7/2022 tổ chức hội thao', '2022-07-25', '2022-07-27'],
    ['thời gian: 01/7/2022 - 30/9/2022', '2022-07-01', '2022-09-30'],
    ['tổ chức hội nghị trong quý III/2025', '2025-07-01', '2025-09-30'],
  ])('range: %s', (text, from, to) => {
    expect(one(text, 2025, 'range')).toMatchObject({ from, to });
  });

  it('keeps the phrase as written', () => {
    expect(one('mở cao điểm từ ngày 1/7/2022 đến hết ngày 30/9/2022.').text).toBe(
      'từ ngày 1/7/2022 đến hết ngày 30/9/2022',
    );
  });

  it('starts "từ nay" at the issue date when it is known', () => {
    const [range] = extractDates('từ nay đến hết ngày 30/9/2025', { planYear: 2025, issuedOn: '2025-04-05' });
    expect(range).toMatchObject({ kind: 'range', from: '2025-04-05', to: '2025-09-30' });
  });
});

describe('extractDates: reporting cycles', () => {
  it.each([
    ['Định kỳ 06 tháng, 01 năm báo cáo kết quả về UBND tỉnh.', ['half_yearly', 'yearly'], false],
    ['Báo cáo hằng quý, 6 tháng, năm và đột xuất theo yêu cầu.', ['quarterly', 'half_yearly', 'yearly'], true],
    ['thực hiện chế độ báo cáo định kỳ hằng tháng', ['monthly'], false],
    ['Hằng năm, tổ chức hưởng ứng Tháng hành động.', ['yearly'], false],
    ['hàng năm tổ chức kiểm tra', ['yearly'], false],
    ['Tổ chức sơ kết 6 tháng, tổng kết năm.', ['half_yearly', 'yearly'], false],
    ['định kỳ 03 tháng một lần', ['quarterly'], false],
    ['Các đơn vị báo cáo tháng, quý, năm.', ['monthly', 'quarterly', 'yearly'], false],
  ])('%s', (text, recurrence, adHoc) => {
    expect(one(text, 2025, 'recurring')).toMatchObject({ recurrence, adHoc, due: null, from: null, to: null });
  });

  it.each([
    'Tổ chức tổng kết năm 2024 và sơ kết 6 tháng đầu năm 2025.',
    '95% số vụ án mua bán người hằng năm được giải quyết và truy tố.',
    'giao ban định kỳ theo Quy chế hoạt động của Ban Chỉ đạo.',
    'báo cáo kết quả 6 tháng qua.',
    'báo cáo tháng 6/2025.',
    'tổng kết 5 năm thực hiện Chương trình.',
  ])('finds no cycle in: %s', (text) => {
    expect(ofKind(extractDates(text, { planYear: 2025 }), 'recurring')).toEqual([]);
  });
});

describe('extractDates: commemorative days', () => {
  it.each([
    ['hưởng ứng “Ngày toàn dân phòng, chống mua bán người 30/7”', 'Ngày toàn dân phòng, chống mua bán người 30/7'],
    ['và Ngày thế giới phòng, chống mua bán người 30/7.', 'Ngày thế giới phòng, chống mua bán người 30/7'],
    ['tổ chức các hoạt động hưởng ứng ngày 30/7 hằng năm', 'ngày 30/7 hằng năm'],
  ])('%s', (text, written) => {
    const day = one(text, 2024, 'yearly');
    expect(day).toMatchObject({ monthDay: '07-30', due: '2024-07-30', text: written });
    expect(ofKind(extractDates(text, { planYear: 2024 }), 'recurring')).toEqual([]);
  });

  it('reads a day named after its date', () => {
    expect(one('Ngày 26/6 - Ngày Quốc tế phòng, chống ma túy', 2025, 'yearly')).toMatchObject({ monthDay: '06-26' });
  });

  it('lists a day named again (other quotes, case, commas, "30 tháng 7 hằng năm") once, at its first mention', () => {
    const text =
      'a) Hưởng ứng “Ngày thế giới phòng, chống mua bán người 30/7”.\n' +
      'b) Mít tinh hưởng ứng Ngày Thế giới phòng chống mua bán người 30/7 tại các huyện.\n' +
      'c) Hưởng ứng Ngày thế giới phòng, chống mua bán người 30 tháng 7 hằng năm.';
    const day = one(text, 2024, 'yearly');
    expect(day).toMatchObject({ monthDay: '07-30', text: 'Ngày thế giới phòng, chống mua bán người 30/7' });
    expect(day.start).toBe(text.indexOf('Ngày thế giới'));
  });

  it('keeps two different days on the same date, each once', () => {
    const text =
      'a) Tổ chức hưởng ứng “Ngày Quốc tế phòng, chống ma túy 26/6”.\n' +
      'b) Tổ chức hưởng ứng “Ngày toàn dân phòng, chống ma túy 26/6”.\n' +
      'c) Mít tinh hưởng ứng Ngày Quốc tế phòng, chống ma túy 26/6.';
    expect(ofKind(extractDates(text, { planYear: 2025 }), 'yearly').map((day) => [day.monthDay, day.text])).toEqual([
      ['06-26', 'Ngày Quốc tế phòng, chống ma túy 26/6'],
      ['06-26', 'Ngày toàn dân phòng, chống ma túy 26/6'],
    ]);
  });

  it('does not take header lines or dated days for commemorative days', () => {
    expect(extractDates('Ngày ban hành 15/01\nNgày thành lập lực lượng 12/7/1962', { planYear: 2025 })).toEqual([]);
  });
});

describe('extractDates: input shapes', () => {
  it('keeps offsets right on decomposed (NFD) text', () => {
    const text = REVIEW_836.normalize('NFD');
    const results = extractDates(text, { planYear: 2025 });
    expectWellFormed(text, results);
    expect(meaning(results)).toEqual(
      meaning(extractDates(REVIEW_836, { planYear: 2025 })).map((result) => ({
        ...result,
        what: result.what?.normalize('NFC') ?? null,
      })),
    );
  });

  it('handles Windows line ends and empty input', () => {
    expect(extractDates('', { planYear: 2025 })).toEqual([]);
    const crlf = REVIEW_836.replace(/\n/g, '\r\n');
    expect(meaning(extractDates(crlf, { planYear: 2025 }))).toEqual(
      meaning(extractDates(REVIEW_836, { planYear: 2025 })),
    );
  });
});

describe('extractDates: robustness', () => {
  const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵNĐTHUBCSKQ';
  const symbols = '0123456789/-.,;:  ()|%“”\n';
  const fragments = [
    'ngày ',
    'tháng ',
    'năm ',
    'quý ',
    'trước ngày ',
    'chậm nhất ',
    'từ ngày ',
    ' đến hết ngày ',
    'hằng năm',
    'định kỳ 06 tháng, 01 năm',
    'gửi báo cáo tổng kết về Công an tỉnh (Phòng Tham mưu) ',
    'đề nghị các sở ngành ',
    'Ngày toàn dân phòng, chống mua bán người 30/7',
    'Quyết định số 193/QĐ-TTg ngày 09/02/2021',
    'Hà Nội, ngày 15 tháng 01 năm 2024',
    '6 tháng đầu năm 2025',
    'số liệu thống kê tính ',
    '20/6/2025',
    '31/02/2024',
    '1/7',
    'II/2025',
    'đột xuất',
    ' | ',
  ];
  const piece = fc.oneof(
    fc.constantFrom(...letters.split('')),
    fc.constantFrom(...symbols.split('')),
    fc.constantFrom(...fragments),
  );
  const vietnameseish = fc.array(piece, { maxLength: 300 }).map((pieces) => pieces.join(''));

  it('never throws and always returns slices of the input with valid dates', () => {
    fc.assert(
      fc.property(vietnameseish, fc.integer({ min: 1990, max: 2060 }), (text, planYear) => {
        expectWellFormed(text, extractDates(text, { planYear }));
        for (const mention of findDateMentions(text, planYear)) {
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          expect(isIsoDate(mention.iso)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stays fast on 200 KB of random text', () => {
    const [sample] = fc.sample(fc.array(piece, { minLength: 40_000, maxLength: 40_000 }), { seed: 138, numRuns: 1 });
    let text = (sample ?? []).join('');
    while (text.length < 200_000) text += text;
    const started = performance.now();
    const results = extractDates(text, { planYear: 2025 });
    findDateMentions(text, 2025);
    // A generous guard against quadratic or backtracking blow-ups, not a benchmark.
    expect(performance.now() - started).toBeLessThan(1000);
    expectWellFormed(text, results);
  });

  it('stays fast on pathological repetitions', () => {
    for (const unit of ['1/', '1 ', 'trước ', 'ngày ', '(', 'từ 1/2/2024 đến ', 'gửi về Công an (', 'hằng quý, ']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length)) + ' trước ngày 1/2/2025';
      const started = performance.now();
      extractDates(text, { planYear: 2025 });
      expect(performance.now() - started, unit).toBeLessThan(1000);
    }
  });
});
