/**
 * A request's form (docs/figures.md, "Forms"): the indicators it asks for and its columns, stored once the officer
 * sets it up (or the first figures arrive), proposed from the request's outline and data window before that.
 */
import { asc, eq } from 'drizzle-orm';
import { valueKey } from '../core/figures/breakdowns';
import { outlineAreas, proposedColumns, requestYear, type ColumnRole, type ProposedColumn } from '../core/figures/form';
import type { FigureKind } from '../core/figures/numbers';
import type { FormColumn, IndicatorListItem } from '../core/figures/records';
import { nowTimestamp } from '../core/dates';
import { AppError } from '../core/errors';
import type { ReportRequest } from '../core/reports';
import { listIndicators } from './indicators';
import type { AppDb, Store } from './open';
import { getRequest } from './requests';
import { agencies, figureValues, requestColumns, requestIndicators } from './schema';
import { inTransaction } from './transaction';

export interface StoredColumn extends FormColumn {
  id: number;
}

/** What reading and writing a request's figures needs: its stored form, resolved for the request's year. */
export interface FormContext {
  request: ReportRequest;
  year: number;
  saved: boolean;
  columns: StoredColumn[];
  indicators: IndicatorListItem[];
  /** Every key a source can report (totals and breakdown options of the reported indicators), with its kind. */
  keys: Map<string, { kind: FigureKind; label: string }>;
  /** The request's sources, in the directory's order: its agencies not exempted. */
  sources: Array<{ agencyId: number; uuid: string; name: string }>;
}

function proposal(
  db: AppDb,
  request: ReportRequest,
  year: number,
): { columns: ProposedColumn[]; indicators: IndicatorListItem[] } {
  const areas = new Set<string>(outlineAreas(request.outline));
  const offered = listIndicators(db, { year }).filter((indicator) => areas.has(indicator.area));
  const reported = new Set(offered.filter((indicator) => !indicator.computed).map((indicator) => indicator.code));
  return {
    columns: proposedColumns(request),
    // A rate is proposed only with both of its figures.
    indicators: offered.filter(
      (indicator) =>
        !indicator.computed || (reported.has(indicator.numerator!) && reported.has(indicator.denominator!)),
    ),
  };
}

export function formContext(db: AppDb, requestId: number): FormContext {
  const request = getRequest(db, requestId);
  const year = requestYear(request);
  const columns = db
    .select()
    .from(requestColumns)
    .where(eq(requestColumns.requestId, requestId))
    .orderBy(asc(requestColumns.position))
    .all()
    .map((row): StoredColumn => ({
      id: row.id,
      uuid: row.uuid,
      label: row.label,
      role: row.role as ColumnRole,
      periodFrom: row.periodFrom,
      periodTo: row.periodTo,
    }));
  const codes = db
    .select({ code: requestIndicators.indicatorCode })
    .from(requestIndicators)
    .where(eq(requestIndicators.requestId, requestId))
    .orderBy(asc(requestIndicators.position))
    .all()
    .map((row) => row.code);
  const saved = columns.length > 0;
  let indicators: IndicatorListItem[];
  let shownColumns = columns;
  if (saved) {
    // A retired indicator stays in a form that asked for it: its figures were entered against it.
    const byCode = new Map(listIndicators(db, { year, includeRetired: true, codes }).map((item) => [item.code, item]));
    indicators = codes.flatMap((code) => byCode.get(code) ?? []);
  } else {
    const proposed = proposal(db, request, year);
    indicators = proposed.indicators;
    shownColumns = proposed.columns.map((column) => ({ ...column, id: 0, uuid: '' }));
  }
  const exempt = new Set(request.exemptAgencyIds);
  const directory = db.select({ id: agencies.id, uuid: agencies.uuid, name: agencies.name }).from(agencies).all();
  const byId = new Map(directory.map((agency) => [agency.id, agency]));
  const sources = request.agencyIds
    .filter((agencyId) => !exempt.has(agencyId))
    .flatMap((agencyId) => {
      const agency = byId.get(agencyId);
      return agency ? [{ agencyId, uuid: agency.uuid, name: agency.name }] : [];
    });
  return { request, year, saved, columns: shownColumns, indicators, keys: keysOf(indicators), sources };
}

function keysOf(indicators: readonly IndicatorListItem[]): FormContext['keys'] {
  const keys: FormContext['keys'] = new Map();
  for (const indicator of indicators) {
    if (indicator.computed) continue;
    keys.set(valueKey(indicator.code), { kind: indicator.kind, label: indicator.name });
    for (const breakdown of indicator.breakdowns) {
      for (const option of breakdown.options) {
        keys.set(valueKey(indicator.code, { breakdown: breakdown.code, option: option.code }), {
          kind: indicator.kind,
          label: `${indicator.name} – ${option.name}`,
        });
      }
    }
  }
  return keys;
}

export interface FormColumnInput {
  uuid?: string | undefined;
  label: string;
  role: ColumnRole;
  periodFrom: string | null;
  periodTo: string | null;
}

/**
 * Stores the form: the indicators in the order given and the columns, kept ones updated in place (their figures
 * stay theirs), new ones added. A column that holds figures cannot be dropped; an indicator can (its figures stay
 * and come back with it).
 */
export function saveFigureForm(
  store: Store,
  requestId: number,
  indicatorCodes: readonly string[],
  columns: readonly FormColumnInput[],
): void {
  inTransaction(store, () => {
    const context = formContext(store.db, requestId);
    const known = new Set(
      listIndicators(store.db, { year: context.year, includeRetired: true }).map((item) => item.code),
    );
    const unknown = indicatorCodes.filter((code) => !known.has(code));
    if (unknown.length > 0)
      throw new AppError('INVALID_INPUT', `Không có chỉ tiêu mã ${unknown.join(', ')} trong danh mục.`);
    if (new Set(indicatorCodes).size !== indicatorCodes.length) {
      throw new AppError('INVALID_INPUT', 'Một chỉ tiêu được chọn hai lần.');
    }
    if (!columns.some((column) => column.role === 'slice')) {
      throw new AppError('INVALID_INPUT', 'Biểu mẫu cần ít nhất một cột kỳ báo cáo.');
    }
    if (columns.filter((column) => column.role === 'previous').length > 1) {
      throw new AppError('INVALID_INPUT', 'Biểu mẫu chỉ có một cột kỳ trước để so sánh.');
    }
    const labels = new Set<string>();
    for (const column of columns) {
      const label = column.label.trim().toLocaleLowerCase('vi');
      if (labels.has(label)) throw new AppError('DUPLICATE', `Hai cột cùng tên “${column.label.trim()}”.`);
      labels.add(label);
      if (column.periodFrom && column.periodTo && column.periodFrom > column.periodTo) {
        throw new AppError('INVALID_INPUT', `Cột “${column.label.trim()}”: ngày bắt đầu sau ngày kết thúc.`);
      }
    }
    const now = nowTimestamp();
    const stored = new Map(context.saved ? context.columns.map((column) => [column.uuid, column]) : []);
    const kept = new Set(columns.flatMap((column) => (column.uuid && stored.has(column.uuid) ? [column.uuid] : [])));
    for (const column of stored.values()) {
      if (kept.has(column.uuid)) continue;
      const used = store.db
        .select({ id: figureValues.id })
        .from(figureValues)
        .where(eq(figureValues.columnId, column.id))
        .limit(1)
        .get();
      if (used) {
        throw new AppError('IN_USE', `Cột “${column.label}” đã có số liệu của các cơ quan; không bỏ cột này được.`);
      }
      store.db.delete(requestColumns).where(eq(requestColumns.id, column.id)).run();
    }
    columns.forEach((column, position) => {
      const fields = {
        position,
        label: column.label.trim(),
        role: column.role,
        periodFrom: column.periodFrom,
        periodTo: column.periodTo,
        updatedAt: now,
      };
      const existing = column.uuid ? stored.get(column.uuid) : undefined;
      if (existing) {
        store.db.update(requestColumns).set(fields).where(eq(requestColumns.id, existing.id)).run();
      } else {
        store.db
          .insert(requestColumns)
          .values({ ...fields, uuid: crypto.randomUUID(), requestId, createdAt: now })
          .run();
      }
    });
    const chosen = store.db
      .select({ id: requestIndicators.id, code: requestIndicators.indicatorCode })
      .from(requestIndicators)
      .where(eq(requestIndicators.requestId, requestId))
      .all();
    const chosenByCode = new Map(chosen.map((row) => [row.code, row.id]));
    const wanted = new Set(indicatorCodes);
    for (const row of chosen) {
      if (!wanted.has(row.code)) store.db.delete(requestIndicators).where(eq(requestIndicators.id, row.id)).run();
    }
    indicatorCodes.forEach((code, position) => {
      const id = chosenByCode.get(code);
      if (id !== undefined) {
        store.db.update(requestIndicators).set({ position, updatedAt: now }).where(eq(requestIndicators.id, id)).run();
      } else {
        store.db
          .insert(requestIndicators)
          .values({
            uuid: crypto.randomUUID(),
            requestId,
            indicatorCode: code,
            position,
            createdAt: now,
            updatedAt: now,
          })
          .run();
      }
    });
  });
}

/** Stores the proposed form when none is stored yet: figures need columns that keep their identity. */
export function ensureFigureForm(store: Store, requestId: number): FormContext {
  const context = formContext(store.db, requestId);
  if (context.saved) return context;
  saveFigureForm(
    store,
    requestId,
    context.indicators.map((indicator) => indicator.code),
    context.columns,
  );
  return formContext(store.db, requestId);
}
