/**
 * The anti-trafficking indicators Plan Desk ships (issue 10), covering the nine areas of a provincial review
 * (836/KH-UBND's outline) and the five targets of the 2024 central plan (19/KH-BCĐ138, part I.2). Data, not code:
 * the office adds, renames and retires indicators per year on top of it (docs/figures.md, "Catalogue").
 */
import type { Breakdown } from './breakdowns';
import type { FigureKind } from './numbers';
import type { ValidationRule } from './validation';

/** The nine areas of the review outline, in its order. */
export const FIGURE_AREAS = [
  { code: 'prevention', name: 'Công tác phòng ngừa' },
  { code: 'fighting', name: 'Công tác đấu tranh phòng, chống tội phạm mua bán người' },
  { code: 'violations', name: 'Phát hiện, xử lý vi phạm pháp luật liên quan đến mua bán người' },
  { code: 'victims', name: 'Tiếp nhận, xác minh, xác định, giải cứu, bảo vệ nạn nhân' },
  { code: 'support', name: 'Hỗ trợ nạn nhân' },
  { code: 'law', name: 'Xây dựng, hoàn thiện pháp luật, chính sách' },
  { code: 'cooperation', name: 'Phối hợp liên ngành và hợp tác quốc tế' },
  { code: 'statistics', name: 'Thống kê, cơ sở dữ liệu' },
  { code: 'capacity', name: 'Nâng cao năng lực' },
] as const;
export type FigureArea = (typeof FIGURE_AREAS)[number]['code'];

/** How an indicator consolidates: summed over its sources, or one designated source's figure. */
export const AGGREGATIONS = ['sum', 'source'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** Whose figure stands for a designated-source indicator, by the seeded directory's keys at each level. */
export interface DesignatedSource {
  province: string;
  central: string;
}

export interface CatalogueIndicator {
  code: string;
  name: string;
  unit: string;
  kind: FigureKind;
  area: FigureArea;
  aggregation: Aggregation;
  designatedSource?: DesignatedSource;
  breakdowns: readonly Breakdown[];
}

export interface CatalogueRate {
  code: string;
  name: string;
  area: FigureArea;
  numerator: string;
  denominator: string;
  /** The share the central plan sets, or null. */
  target: number | null;
}

const option = (code: string, name: string) => ({ code, name });

export const SEX: Breakdown = {
  code: 'sex',
  name: 'Giới tính',
  kind: 'partition',
  options: [option('male', 'Nam'), option('female', 'Nữ')],
};

/** Non-overlapping bands, as the 2024 Law on Prevention and Combat of Human Trafficking counts children. */
export const AGE: Breakdown = {
  code: 'age',
  name: 'Độ tuổi',
  kind: 'partition',
  options: [
    option('under12', 'Dưới 12 tuổi'),
    option('12to16', 'Từ 12 đến dưới 16 tuổi'),
    option('16to18', 'Từ 16 đến dưới 18 tuổi'),
    option('18plus', 'Từ 18 tuổi trở lên'),
  ],
};

export const ETHNICITY: Breakdown = {
  code: 'ethnicity',
  name: 'Dân tộc',
  kind: 'partition',
  options: [option('kinh', 'Kinh'), option('minority', 'Dân tộc thiểu số')],
};

export const WHERE: Breakdown = {
  code: 'where',
  name: 'Nơi bị mua bán',
  kind: 'partition',
  options: [option('domestic', 'Trong nước'), option('abroad', 'Nước ngoài')],
};

/** A victim may be exploited for several purposes: an "of which" list. */
export const PURPOSE: Breakdown = {
  code: 'purpose',
  name: 'Mục đích mua bán',
  kind: 'of_which',
  options: [
    option('sexual', 'Bóc lột tình dục'),
    option('labour', 'Cưỡng bức lao động'),
    option('organs', 'Lấy bộ phận cơ thể người'),
    option('marriage', 'Kết hôn, nhận con nuôi trái pháp luật'),
    option('other', 'Mục đích vô nhân đạo khác'),
  ],
};

/** A victim usually receives several kinds of support: an "of which" list. */
export const SUPPORT_KIND: Breakdown = {
  code: 'support',
  name: 'Hình thức hỗ trợ',
  kind: 'of_which',
  options: [
    option('essential', 'Nhu cầu thiết yếu và chi phí đi lại'),
    option('medical', 'Y tế'),
    option('psychological', 'Tâm lý'),
    option('legal', 'Trợ giúp pháp lý'),
    option('education', 'Văn hóa, giáo dục'),
    option('vocational', 'Học nghề, giới thiệu việc làm'),
    option('allowance', 'Trợ cấp khó khăn ban đầu'),
  ],
};

export const FUNDING: Breakdown = {
  code: 'funding',
  name: 'Nguồn kinh phí',
  kind: 'partition',
  options: [option('state', 'Ngân sách nhà nước'), option('sponsor', 'Tài trợ'), option('other', 'Nguồn khác')],
};

const POLICE: DesignatedSource = { province: 'province.cong-an-tinh', central: 'central.bo-cong-an' };
const PROCURACY: DesignatedSource = {
  province: 'province.vien-kiem-sat-nhan-dan-tinh',
  central: 'central.vien-kiem-sat-nhan-dan-toi-cao',
};
const COURT: DesignatedSource = {
  province: 'province.toa-an-nhan-dan-tinh',
  central: 'central.toa-an-nhan-dan-toi-cao',
};

const count = (
  code: string,
  name: string,
  unit: string,
  area: FigureArea,
  extra: Partial<Pick<CatalogueIndicator, 'breakdowns' | 'designatedSource'>> = {},
): CatalogueIndicator => ({
  code,
  name,
  unit,
  kind: 'count',
  area,
  aggregation: extra.designatedSource ? 'source' : 'sum',
  breakdowns: extra.breakdowns ?? [],
  ...(extra.designatedSource ? { designatedSource: extra.designatedSource } : {}),
});

const amount = (code: string, name: string, area: FigureArea, breakdowns: readonly Breakdown[] = []) => ({
  code,
  name,
  unit: 'triệu đồng',
  kind: 'amount' as const,
  area,
  aggregation: 'sum' as const,
  breakdowns,
});

export const CATALOGUE_INDICATORS: readonly CatalogueIndicator[] = [
  count('PN01', 'Số cuộc tuyên truyền', 'cuộc', 'prevention'),
  count('PN02', 'Số lượt người tham dự tuyên truyền', 'lượt người', 'prevention'),
  count('PN03', 'Số tin, bài, phóng sự được đăng, phát', 'tin, bài', 'prevention'),
  count('PN04', 'Số tài liệu, tờ rơi được phát hành', 'bản', 'prevention'),
  count('PN05', 'Số mô hình, câu lạc bộ phòng, chống mua bán người', 'mô hình', 'prevention'),
  count('TG01', 'Số tố giác, tin báo về tội phạm và kiến nghị khởi tố tiếp nhận', 'tin', 'fighting', {
    designatedSource: POLICE,
  }),
  count('TG02', 'Số tố giác, tin báo, kiến nghị khởi tố đã giải quyết', 'tin', 'fighting', {
    designatedSource: POLICE,
  }),
  count('TG03', 'Số tố giác, tin báo, kiến nghị khởi tố đã tiếp nhận, xử lý', 'tin', 'fighting', {
    designatedSource: POLICE,
  }),
  count('DT01', 'Số vụ án khởi tố', 'vụ', 'fighting', { designatedSource: POLICE, breakdowns: [PURPOSE] }),
  count('DT02', 'Số bị can khởi tố', 'bị can', 'fighting', { designatedSource: POLICE, breakdowns: [SEX] }),
  count('DT03', 'Số vụ án điều tra, khám phá', 'vụ', 'fighting', { designatedSource: POLICE }),
  count('DT04', 'Số vụ phát hiện qua tuần tra, kiểm soát biên giới', 'vụ', 'fighting'),
  count('TT01', 'Số vụ án đã giải quyết, truy tố', 'vụ', 'fighting', { designatedSource: PROCURACY }),
  count('TT02', 'Số bị can bị truy tố', 'bị can', 'fighting', { designatedSource: PROCURACY }),
  count('TT03', 'Số vụ án Viện kiểm sát thụ lý', 'vụ', 'fighting', { designatedSource: PROCURACY }),
  count('XX01', 'Số vụ án Tòa án thụ lý', 'vụ', 'fighting', { designatedSource: COURT }),
  count('XX02', 'Số vụ án đã giải quyết, xét xử', 'vụ', 'fighting', { designatedSource: COURT }),
  count('XX03', 'Số bị cáo đã xét xử', 'bị cáo', 'fighting', { designatedSource: COURT, breakdowns: [SEX] }),
  count('VP01', 'Số vụ vi phạm hành chính liên quan đến mua bán người được phát hiện', 'vụ', 'violations'),
  count('VP02', 'Số tổ chức, cá nhân bị xử phạt vi phạm hành chính', 'đối tượng', 'violations'),
  amount('VP03', 'Số tiền xử phạt vi phạm hành chính', 'violations'),
  count('NN01', 'Số nạn nhân được xác định', 'người', 'victims', {
    breakdowns: [SEX, AGE, ETHNICITY, WHERE, PURPOSE],
  }),
  count('NN02', 'Số người được xác minh là nạn nhân hoặc nghi là nạn nhân', 'người', 'victims'),
  count('NN03', 'Số nạn nhân được giải cứu', 'người', 'victims', { breakdowns: [WHERE] }),
  count('NN04', 'Số nạn nhân trở về được tiếp nhận', 'người', 'victims', { breakdowns: [SEX] }),
  count('HT01', 'Số nạn nhân được hỗ trợ', 'người', 'support', { breakdowns: [SEX, SUPPORT_KIND] }),
  count('HT02', 'Số cơ sở hỗ trợ nạn nhân', 'cơ sở', 'support'),
  amount('HT03', 'Kinh phí hỗ trợ nạn nhân', 'support', [FUNDING]),
  count('PL01', 'Số văn bản chỉ đạo, hướng dẫn được ban hành', 'văn bản', 'law'),
  count('PL02', 'Số cuộc kiểm tra, thanh tra, giám sát', 'cuộc', 'law'),
  count('PL03', 'Số vụ việc trợ giúp pháp lý cho nạn nhân', 'vụ việc', 'law'),
  count('HQ01', 'Số vụ phối hợp liên ngành trong điều tra, xử lý', 'vụ', 'cooperation'),
  count('HQ02', 'Số vụ phối hợp điều tra, giải cứu với nước ngoài', 'vụ', 'cooperation'),
  count('HQ03', 'Số hoạt động, hội nghị hợp tác quốc tế', 'hoạt động', 'cooperation'),
  count('TK01', 'Số hồ sơ nạn nhân được cập nhật vào cơ sở dữ liệu', 'hồ sơ', 'statistics'),
  count('TK02', 'Số đơn vị báo cáo thống kê đầy đủ, đúng hạn', 'đơn vị', 'statistics'),
  count('NL01', 'Số lớp tập huấn, bồi dưỡng', 'lớp', 'capacity'),
  count('NL02', 'Số lượt người được tập huấn, bồi dưỡng', 'lượt người', 'capacity', { breakdowns: [SEX] }),
  amount('NL03', 'Kinh phí thực hiện công tác phòng, chống mua bán người', 'capacity', [FUNDING]),
];

/** The five targets of the 2024 central plan, each a ratio of two indicators above. */
export const CATALOGUE_RATES: readonly CatalogueRate[] = [
  {
    code: 'TL01',
    name: 'Tỷ lệ tố giác, tin báo, kiến nghị khởi tố được tiếp nhận, xử lý',
    area: 'fighting',
    numerator: 'TG03',
    denominator: 'TG01',
    target: 1,
  },
  {
    code: 'TL02',
    name: 'Tỷ lệ giải quyết tố giác, tin báo, kiến nghị khởi tố',
    area: 'fighting',
    numerator: 'TG02',
    denominator: 'TG01',
    target: 0.9,
  },
  {
    code: 'TL03',
    name: 'Tỷ lệ điều tra, khám phá án',
    area: 'fighting',
    numerator: 'DT03',
    denominator: 'DT01',
    target: 0.9,
  },
  {
    code: 'TL04',
    name: 'Tỷ lệ giải quyết, truy tố',
    area: 'fighting',
    numerator: 'TT01',
    denominator: 'TT03',
    target: 0.95,
  },
  {
    code: 'TL05',
    name: 'Tỷ lệ giải quyết, xét xử',
    area: 'fighting',
    numerator: 'XX02',
    denominator: 'XX01',
    target: 0.9,
  },
];

const atMost = (code: string, name: string, part: [string, string], whole: [string, string]): ValidationRule => ({
  code,
  name,
  importance: 'error',
  operator: '<=',
  left: { operands: [part[0]], missing: 'skip_if_any_missing', description: part[1] },
  right: { operands: [whole[0]], missing: 'skip_if_any_missing', description: whole[1] },
});

/** The checks between indicators that hold for every source (the breakdowns' own rules are generated). */
export const CATALOGUE_RULES: readonly ValidationRule[] = [
  atMost('TG02<=TG01', 'Tố giác, tin báo đã giải quyết', ['TG02', 'Số đã giải quyết'], ['TG01', 'Số tiếp nhận']),
  atMost('TG03<=TG01', 'Tố giác, tin báo đã xử lý', ['TG03', 'Số đã tiếp nhận, xử lý'], ['TG01', 'Số tiếp nhận']),
  atMost('DT03<=DT01', 'Vụ án điều tra, khám phá', ['DT03', 'Số vụ điều tra, khám phá'], ['DT01', 'Số vụ khởi tố']),
  atMost('TT01<=TT03', 'Vụ án truy tố', ['TT01', 'Số vụ đã giải quyết, truy tố'], ['TT03', 'Số vụ thụ lý']),
  atMost('XX02<=XX01', 'Vụ án xét xử', ['XX02', 'Số vụ đã giải quyết, xét xử'], ['XX01', 'Số vụ thụ lý']),
  atMost(
    'HT01<=NN01',
    'Nạn nhân được hỗ trợ',
    ['HT01', 'Số nạn nhân được hỗ trợ'],
    ['NN01', 'Số nạn nhân được xác định'],
  ),
];
