/**
 * Writing one source's figures in a request (docs/figures.md, "Entering figures"): typed, pasted or imported cells,
 * all or nothing; the officer's comments on warnings; accepting (locks) and returning for correction. The first
 * figures a source sends are recorded in the submission register, so completeness and timeliness count them like
 * any report.
 */
import { eq } from 'drizzle-orm';
import { parseFigure } from '../core/figures/numbers';
import { commentKey } from '../core/figures/sourceChecks';
import { nowTimestamp } from '../core/dates';
import { AppError } from '../core/errors';
import { vietnamDate } from '../core/reminders';
import { checksOf, comments, ownFigureRows, requireSaved, sourceOf, sourceRow, sourceValues } from './figureReads';
import type { FormContext } from './figureForms';
import type { Store } from './open';
import { figureSources, figureValues } from './schema';
import { recordSubmission } from './submissions';
import { inTransaction } from './transaction';

export interface FigureCell {
  column: string;
  key: string;
  /** As typed ("1.234"), as read from a spreadsheet (a number), or blank. */
  text: string | number | null;
}

export interface FigureChange {
  added: number;
  changed: number;
  cleared: number;
  unchanged: number;
}

/** How the figures reached the office: typed here, or in a template file (kept in the register with them). */
export type FigureArrival =
  | { via: 'hand'; receivedOn?: string | undefined }
  | { via: 'template'; fileName: string; bytes: Uint8Array; receivedOn?: string | undefined };

interface ParsedCell {
  columnId: number;
  code: string;
  part: string;
  value: number | null;
}

/** Every cell read, or every refusal, each naming its row and column. */
function parseCells(context: FormContext, cells: readonly FigureCell[]): ParsedCell[] {
  const columns = new Map(context.columns.map((column) => [column.uuid, column]));
  const problems: string[] = [];
  const parsed: ParsedCell[] = [];
  const seen = new Set<string>();
  for (const cell of cells) {
    const column = columns.get(cell.column);
    const key = context.keys.get(cell.key);
    if (!column || !key) {
      problems.push(
        !column
          ? `cột “${cell.column}” không có trong biểu mẫu`
          : `chỉ tiêu “${cell.key}” không có trong biểu mẫu (${column.label})`,
      );
      continue;
    }
    const where = `${key.label} — ${column.label}`;
    if (seen.has(`${cell.column}\u0000${cell.key}`)) {
      problems.push(`${where}: ô được nhập hai lần`);
      continue;
    }
    seen.add(`${cell.column}\u0000${cell.key}`);
    const figure = parseFigure(cell.text, key.kind);
    if (!figure.ok) {
      problems.push(`${where}: ${figure.message}`);
      continue;
    }
    const [code, part = ''] = cell.key.split('|') as [string, string?];
    parsed.push({ columnId: column.id, code, part, value: figure.value });
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).join('; ');
    throw new AppError(
      'INVALID_INPUT',
      `Số liệu chưa được lưu. ${shown}${problems.length > 5 ? `; và ${problems.length - 5} ô khác` : ''}.`,
    );
  }
  return parsed;
}

function lockedMessage(name: string): string {
  return `Số liệu của ${name} đã được xác nhận và khoá; hãy “Trả lại để sửa” trước khi sửa.`;
}

/**
 * What writing these cells would change, and (unless `dryRun`) the writing: one transaction, every cell or none.
 * An unchanged cell is not touched (its row keeps its updated_at), so importing the same file twice writes nothing.
 */
export function writeFigures(
  store: Store,
  context: FormContext,
  agencyId: number,
  cells: readonly FigureCell[],
  arrival: FigureArrival,
  dryRun = false,
): FigureChange {
  requireSaved(context);
  const source = sourceOf(context, agencyId);
  const parsed = parseCells(context, cells);
  const requestId = context.request.id;
  const work = (): FigureChange => {
    const row = sourceRow(store.db, requestId, agencyId);
    if (row?.status === 'accepted') throw new AppError('CONFLICT', lockedMessage(source.name));
    const existing = new Map(
      ownFigureRows(store.db, requestId, agencyId).map((value) => [
        `${value.columnId}\u0000${value.code}\u0000${value.part}`,
        value,
      ]),
    );
    const change: FigureChange = { added: 0, changed: 0, cleared: 0, unchanged: 0 };
    const writes: Array<() => void> = [];
    const now = nowTimestamp();
    for (const cell of parsed) {
      const before = existing.get(`${cell.columnId}\u0000${cell.code}\u0000${cell.part}`);
      if (cell.value === null) {
        if (!before) continue;
        change.cleared++;
        writes.push(() => store.db.delete(figureValues).where(eq(figureValues.id, before.id)).run());
      } else if (!before) {
        change.added++;
        const value = cell.value;
        writes.push(() =>
          store.db
            .insert(figureValues)
            .values({
              uuid: crypto.randomUUID(),
              requestId,
              agencyId,
              columnId: cell.columnId,
              indicatorCode: cell.code,
              part: cell.part,
              value,
              createdAt: now,
              updatedAt: now,
            })
            .run(),
        );
      } else if (before.value !== cell.value) {
        change.changed++;
        const value = cell.value;
        writes.push(() =>
          store.db.update(figureValues).set({ value, updatedAt: now }).where(eq(figureValues.id, before.id)).run(),
        );
      } else {
        change.unchanged++;
      }
    }
    if (dryRun || writes.length === 0) return change;
    for (const write of writes) write();
    const today = vietnamDate(new Date());
    const receivedOn = [arrival.receivedOn ?? today, context.request.requestedOn].sort().at(-1)!;
    // A template is a report received: each one that changes something joins the register with its file. Typed
    // figures join it once, when the first ones arrive.
    let submissionId = row?.submissionId ?? null;
    if (arrival.via === 'template' || submissionId === null) {
      submissionId = registerArrival(store, submissionId, {
        requestId,
        agencyId,
        receivedOn,
        documentNumber: null,
        documentDate: null,
        note:
          arrival.via === 'template'
            ? `Số liệu từ mẫu biểu Excel “${arrival.fileName}”.`
            : 'Số liệu nhập trực tiếp trên Plan Desk.',
        files: arrival.via === 'template' ? [{ fileName: arrival.fileName, bytes: arrival.bytes }] : [],
      });
    }
    if (row) {
      store.db
        .update(figureSources)
        .set({ status: 'entered', statusOn: today, submissionId, updatedAt: now })
        .where(eq(figureSources.id, row.id))
        .run();
    } else {
      store.db
        .insert(figureSources)
        .values({
          uuid: crypto.randomUUID(),
          requestId,
          agencyId,
          status: 'entered',
          statusOn: today,
          submissionId,
          createdAt: now,
          updatedAt: now,
        })
        .run();
    }
    return change;
  };
  return dryRun ? work() : inTransaction(store, work);
}

/**
 * The register's entry for figures that arrived. The same file read again after the officer changed figures by
 * hand is already in the register: it is not recorded twice, the earlier entry stands.
 */
function registerArrival(
  store: Store,
  earlier: number | null,
  submission: Parameters<typeof recordSubmission>[1],
): number {
  try {
    return recordSubmission(store, submission).id;
  } catch (error) {
    if (error instanceof AppError && error.code === 'DUPLICATE' && earlier !== null) return earlier;
    throw error;
  }
}

/** Keeps (or, with a blank, drops) the officer's comment on one warning. */
export function commentWarning(
  store: Store,
  context: FormContext,
  agencyId: number,
  rule: string,
  column: string,
  comment: string | null,
): void {
  requireSaved(context);
  const source = sourceOf(context, agencyId);
  inTransaction(store, () => {
    const row = sourceRow(store.db, context.request.id, agencyId);
    if (!row) throw new AppError('INVALID_INPUT', `${source.name} chưa có số liệu để giải trình.`);
    if (row.status === 'accepted') throw new AppError('CONFLICT', lockedMessage(source.name));
    const notes = comments(row);
    const key = commentKey(rule, column);
    if (comment?.trim()) notes[key] = comment.trim();
    else delete notes[key];
    store.db
      .update(figureSources)
      .set({ comments: JSON.stringify(notes), updatedAt: nowTimestamp() })
      .where(eq(figureSources.id, row.id))
      .run();
  });
}

/** "Xác nhận số liệu": refused while an error stands or a warning has no comment. */
export function acceptFigures(store: Store, context: FormContext, agencyId: number): void {
  requireSaved(context);
  const source = sourceOf(context, agencyId);
  inTransaction(store, () => {
    const row = sourceRow(store.db, context.request.id, agencyId);
    const values = sourceValues(store.db, context, agencyId);
    if (!row || [...values.values()].every((byKey) => byKey.size === 0)) {
      throw new AppError('INVALID_INPUT', `${source.name} chưa có số liệu để xác nhận.`);
    }
    if (row.status === 'accepted') return;
    const checks = checksOf(store.db, context, agencyId, values);
    const errors = checks.filter((check) => check.importance === 'error');
    if (errors.length > 0) {
      throw new AppError(
        'INVALID_INPUT',
        `Chưa xác nhận được: số liệu của ${source.name} còn ${errors.length} lỗi, ví dụ: ${errors[0]!.message}`,
      );
    }
    const notes = comments(row);
    const bare = checks.filter((check) => !notes[commentKey(check.rule, check.column)]);
    if (bare.length > 0) {
      throw new AppError(
        'INVALID_INPUT',
        `Chưa xác nhận được: ${bare.length} cảnh báo chưa có giải trình, ví dụ: ${bare[0]!.message}`,
      );
    }
    store.db
      .update(figureSources)
      .set({ status: 'accepted', statusOn: vietnamDate(new Date()), statusNote: null, updatedAt: nowTimestamp() })
      .where(eq(figureSources.id, row.id))
      .run();
  });
}

/** "Trả lại để sửa": unlocks the figures; the reason is what the agency is told. */
export function returnFigures(store: Store, context: FormContext, agencyId: number, reason: string): void {
  requireSaved(context);
  const source = sourceOf(context, agencyId);
  inTransaction(store, () => {
    const row = sourceRow(store.db, context.request.id, agencyId);
    if (!row) throw new AppError('INVALID_INPUT', `${source.name} chưa có số liệu để trả lại.`);
    store.db
      .update(figureSources)
      .set({
        status: 'returned',
        statusOn: vietnamDate(new Date()),
        statusNote: reason.trim(),
        updatedAt: nowTimestamp(),
      })
      .where(eq(figureSources.id, row.id))
      .run();
  });
}
