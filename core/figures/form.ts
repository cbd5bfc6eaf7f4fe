/**
 * A request's form (docs/figures.md, "Forms"): the columns it asks figures in and the indicators it asks for, and
 * what is proposed before the officer has chosen: a column per year of a multi-year data window plus the previous
 * period of the same length (836/KH-UBND: each year 2021–2025 and 2016–2020), and the indicators of the areas its
 * outline names.
 */
import { FIGURE_AREAS, type FigureArea } from './catalogue';
import { foldVietnamese } from '../vietnamese';

export const COLUMN_ROLES = ['slice', 'previous'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/**
 * Where one source's figures stand: nothing yet, entered (typed or imported), accepted by the officer (locked), or
 * returned to the agency for correction (with a reason).
 */
export const FIGURE_SOURCE_STATUSES = ['missing', 'entered', 'accepted', 'returned'] as const;
export type FigureSourceStatus = (typeof FIGURE_SOURCE_STATUSES)[number];

export const FIGURE_SOURCE_STATUS_LABELS: Record<FigureSourceStatus, string> = {
  missing: 'Chưa có số liệu',
  entered: 'Đã nhập, chờ xác nhận',
  accepted: 'Đã xác nhận',
  returned: 'Đã trả lại để sửa',
};

export interface ProposedColumn {
  label: string;
  role: ColumnRole;
  periodFrom: string | null;
  periodTo: string | null;
}

/** The year whose indicator versions a request's form uses: the end of its data window, else its due year. */
export function requestYear(request: { dataTo: string | null; dueOn: string }): number {
  return Number((request.dataTo ?? request.dueOn).slice(0, 4));
}

export function proposedColumns(request: {
  dataFrom: string | null;
  dataTo: string | null;
  dueOn: string;
}): ProposedColumn[] {
  const { dataFrom, dataTo } = request;
  if (!dataFrom || !dataTo) return [{ label: 'Kỳ báo cáo', role: 'slice', periodFrom: dataFrom, periodTo: dataTo }];
  const first = Number(dataFrom.slice(0, 4));
  const last = Number(dataTo.slice(0, 4));
  if (first === last) return [{ label: 'Kỳ báo cáo', role: 'slice', periodFrom: dataFrom, periodTo: dataTo }];
  if (last - first === 1 && (dataFrom.slice(5) !== '01-01' || dataTo.slice(5) !== '12-31')) {
    // A half year across New Year (15/12 – 14/6) is one reporting slice, not two years.
    return [{ label: 'Kỳ báo cáo', role: 'slice', periodFrom: dataFrom, periodTo: dataTo }];
  }
  const years = Array.from({ length: last - first + 1 }, (_, index) => first + index);
  const slices = years.map((y): ProposedColumn => ({
    label: `Năm ${y}`,
    role: 'slice',
    periodFrom: y === first ? dataFrom : `${y}-01-01`,
    periodTo: y === last ? dataTo : `${y}-12-31`,
  }));
  const span = years.length;
  return [
    ...slices,
    {
      label: `Giai đoạn ${first - span} - ${first - 1}`,
      role: 'previous',
      periodFrom: `${first - span}-01-01`,
      periodTo: `${first - 1}-12-31`,
    },
  ];
}

/** Words of an outline heading that name an area (folded, without diacritics). */
const AREA_WORDS: Record<FigureArea, string[]> = {
  prevention: ['phong ngua', 'tuyen truyen'],
  fighting: ['dau tranh', 'to giac', 'dieu tra', 'truy to', 'xet xu'],
  violations: ['vi pham'],
  victims: ['xac minh', 'giai cuu', 'bao ve nan nhan', 'tiep nhan'],
  support: ['ho tro nan nhan', 'ho tro'],
  law: ['phap luat', 'chinh sach'],
  cooperation: ['hop tac', 'lien nganh'],
  statistics: ['thong ke', 'du lieu'],
  capacity: ['nang luc', 'tap huan'],
};

/** The areas an outline names; every area when it names none (or has no headings). */
export function outlineAreas(outline: readonly string[]): FigureArea[] {
  const text = outline.map(foldVietnamese).join('\n');
  const named = FIGURE_AREAS.map((area) => area.code).filter((area) =>
    AREA_WORDS[area].some((word) => text.includes(word)),
  );
  return named.length > 0 ? named : FIGURE_AREAS.map((area) => area.code);
}
