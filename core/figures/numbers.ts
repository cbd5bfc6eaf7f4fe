/**
 * Figures as officers type them and read them: the Vietnamese way, "." groups thousands and "," marks decimals
 * (1.234 is one thousand two hundred and thirty-four; 1,5 is one and a half). Blank is "not reported", 0 is
 * "none": the two never merge (docs/figures.md, "Blank and zero").
 */

/** What a figure may be: a count (vụ, người, lượt…) is whole; an amount (triệu đồng) may carry decimals. */
export const FIGURE_KINDS = ['count', 'amount'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export type ParsedFigure = { ok: true; value: number | null } | { ok: false; message: string };

const GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^\d+(,\d+)?$/;

/**
 * Reads one cell. Spaces (also the non-breaking ones Excel and Word put in numbers) are ignored; a value written
 * with a decimal point the English way ("1.5") is refused rather than read as 15, and so is anything negative.
 */
export function parseFigure(typed: string | number | null | undefined, kind: FigureKind): ParsedFigure {
  if (typed === null || typed === undefined) return { ok: true, value: null };
  if (typeof typed === 'number') return checked(typed, kind, String(typed));
  const text = typed.replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return { ok: true, value: null };
  if (text.startsWith('-')) return { ok: false, message: `“${typed.trim()}” là số âm; số liệu không thể âm.` };
  if (!GROUPED.test(text) && !PLAIN.test(text)) {
    if (/^\d+\.\d{1,2}$/.test(text) || /^\d+\.\d{4,}$/.test(text)) {
      return {
        ok: false,
        message: `“${typed.trim()}”: dấu chấm chỉ dùng để phân cách hàng nghìn (1.234); phần thập phân viết sau dấu phẩy (1,5).`,
      };
    }
    return { ok: false, message: `“${typed.trim()}” không phải là số.` };
  }
  const value = Number(text.replace(/\./g, '').replace(',', '.'));
  return checked(value, kind, typed.trim());
}

function checked(value: number, kind: FigureKind, shown: string): ParsedFigure {
  if (!Number.isFinite(value)) return { ok: false, message: `“${shown}” không phải là số.` };
  if (value < 0) return { ok: false, message: `“${shown}” là số âm; số liệu không thể âm.` };
  if (kind === 'count' && !Number.isInteger(value)) {
    return { ok: false, message: `“${shown}”: số đếm (vụ, người, lượt…) không có phần thập phân.` };
  }
  if (value > Number.MAX_SAFE_INTEGER) return { ok: false, message: `“${shown}” quá lớn.` };
  return { ok: true, value };
}

const COUNT_FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const AMOUNT_FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 1234 → "1.234"; `null` (not reported) → "" so it never reads as 0. */
export function formatFigure(value: number | null, kind: FigureKind): string {
  if (value === null) return '';
  return (kind === 'count' ? COUNT_FORMAT : AMOUNT_FORMAT).format(value);
}

/** A rate as reports write it: 0.9234 → "92,3%". */
export function formatRate(rate: number | null): string {
  if (rate === null) return '';
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(rate * 100)}%`;
}
