/**
 * Agencies' figures (docs/figures.md): the indicator catalogue, a request's form, each source's figures with their
 * checks and status, the Excel templates out and back, and the consolidation.
 */
import { z } from 'zod';
import { BREAKDOWN_KINDS } from '../../../core/figures/breakdowns';
import { FIGURE_AREAS, type FigureArea } from '../../../core/figures/catalogue';
import { COLUMN_ROLES } from '../../../core/figures/form';
import type {
  FigureForm,
  FiguresImport,
  IndicatorListItem,
  RequestConsolidation,
  SourceFigures,
} from '../../../core/figures/records';
import { base64Length, LIMITS, megabytes } from '../../../core/limits';
import { command, id, isoDate, optionalText, query, text, year, type ExportedFile } from './schema';

export type * from '../../../core/figures/records';

const code = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9]{1,11}$/, 'Mã chỉ tiêu gồm chữ in hoa và chữ số, bắt đầu bằng chữ, 2–12 ký tự (ví dụ NN05).');
const figureBound = z.number().min(0, 'Số liệu không thể âm.').max(1e12).nullable().default(null);

export const indicatorInput = z
  .object({
    code,
    /** The version saved applies from this year on; earlier years keep the earlier version. */
    fromYear: year,
    name: text(500).trim().min(1, 'Hãy nhập tên chỉ tiêu.'),
    unit: text(50).trim().min(1, 'Hãy nhập đơn vị tính.'),
    kind: z.enum(['count', 'amount']).default('count'),
    area: z.enum(FIGURE_AREAS.map((area) => area.code) as [FigureArea, ...FigureArea[]]),
    aggregation: z.enum(['sum', 'source']).default('sum'),
    designatedAgencyId: id.nullable().default(null),
    rangeMin: figureBound,
    rangeMax: figureBound,
    /** For a computed indicator (a rate): the share the plan sets, 0.9 for "≥ 90%"; null for none. */
    target: z.number().min(0).max(10).nullable().optional(),
    breakdowns: z
      .array(
        z.object({
          code: z.string().regex(/^[a-z][a-z0-9_]{0,30}$/),
          name: text(200).trim().min(1),
          kind: z.enum(BREAKDOWN_KINDS),
          options: z
            .array(z.object({ code: z.string().regex(/^[a-z0-9][a-z0-9_]{0,30}$/), name: text(200).trim().min(1) }))
            .min(2, 'Một phân tổ cần ít nhất hai nhóm.')
            .max(60),
        }),
      )
      .max(10)
      .optional(),
  })
  .refine((input) => input.aggregation === 'sum' || input.designatedAgencyId !== null, {
    message: 'Chỉ tiêu lấy số của một cơ quan: hãy chọn cơ quan đó.',
    path: ['designatedAgencyId'],
  })
  .refine((input) => input.rangeMin === null || input.rangeMax === null || input.rangeMin <= input.rangeMax, {
    message: 'Giá trị nhỏ nhất phải không lớn hơn giá trị lớn nhất.',
    path: ['rangeMax'],
  });

const cellText = z.union([z.string().max(50), z.number(), z.null()]);

export const figureCell = z.object({ column: z.string().max(40), key: z.string().max(200), text: cellText });

const templateFile = z.object({
  fileName: text(260),
  base64: z
    .string()
    .max(base64Length(LIMITS.submissionFileBytes), `Tệp quá lớn (tối đa ${megabytes(LIMITS.submissionFileBytes)}).`),
});

export const figuresImportInput = z.object({
  requestId: id,
  /** Imported from one source's page: a file made for another source is refused unless the officer confirms. */
  agencyId: id.nullable().default(null),
  acceptOtherSource: z.boolean().default(false),
  receivedOn: isoDate.optional(),
  files: z.array(templateFile).min(1, 'Hãy chọn ít nhất một tệp.').max(100),
});

const columnInput = z.object({
  /** Kept from the stored column; absent or blank (as in a proposed form) for a new one. */
  uuid: z.union([z.uuid(), z.literal('')]).optional(),
  label: text(100).trim().min(1, 'Hãy đặt tên cột.'),
  role: z.enum(COLUMN_ROLES).default('slice'),
  periodFrom: isoDate.nullable().default(null),
  periodTo: isoDate.nullable().default(null),
});

const source = z.object({ requestId: id, agencyId: id });

export const figureChannels = {
  'indicators.list': query<IndicatorListItem[]>()(
    z.object({ year: year.optional(), includeRetired: z.boolean().default(false) }).default({ includeRetired: false }),
  ),
  /** Adds an indicator, or a new version of one from `fromYear` on (a rename, new breakdowns, a range). */
  'indicators.save': command<IndicatorListItem>()(indicatorInput),
  /** Retires an indicator from `fromYear`: later forms do not offer it; figures already entered stay. */
  'indicators.retire': command<null>()(z.object({ code, fromYear: year, retired: z.boolean().default(true) })),

  'figures.form': query<FigureForm>()(z.object({ requestId: id })),
  'figures.saveForm': command<FigureForm>()(
    z.object({
      requestId: id,
      indicatorCodes: z.array(code).min(1, 'Hãy chọn ít nhất một chỉ tiêu.').max(1000),
      columns: z.array(columnInput).min(1, 'Biểu mẫu cần ít nhất một cột.').max(30),
    }),
  ),
  'figures.source': query<SourceFigures>()(source),
  /** Saves typed or pasted cells; one bad cell refuses them all, naming it. Blank text clears a value. */
  'figures.setValues': command<SourceFigures>()(
    source.extend({
      cells: z.array(figureCell).min(1).max(50_000),
      receivedOn: isoDate.optional(),
    }),
  ),
  'figures.comment': command<SourceFigures>()(
    source.extend({ rule: z.string().max(200), column: z.string().max(40), comment: optionalText(2000) }),
  ),
  /** "Xác nhận số liệu": refused while an error stands or a warning has no comment; locks the figures. */
  'figures.accept': command<SourceFigures>()(source),
  /** "Trả lại để sửa": unlocks accepted figures, with the reason the agency is told. */
  'figures.return': command<SourceFigures>()(
    source.extend({ reason: text(2000).trim().min(1, 'Hãy ghi lý do trả lại.') }),
  ),
  /** "Tải mẫu biểu": one .xlsx per source; stores the form first when it was only proposed. */
  'figures.template': command<ExportedFile[]>()(
    z.object({ requestId: id, agencyIds: z.array(id).min(1, 'Hãy chọn cơ quan.').max(500) }),
  ),
  /** The dry run of "Nhập số liệu từ Excel": what each file would change; nothing is written. */
  'figures.previewImport': query<FiguresImport>()(figuresImportInput),
  'figures.import': command<FiguresImport>()(figuresImportInput),
  /** `bySource: 'designated'` lists source by source only what the cross-checks need (the central PC's 1,360). */
  'figures.consolidate': query<RequestConsolidation>()(
    z.object({ requestId: id, bySource: z.enum(['all', 'designated']).default('all') }),
  ),
};
