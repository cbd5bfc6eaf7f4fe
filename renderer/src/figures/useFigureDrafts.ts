/**
 * The figure grid's drafts, the cells typed and not (yet) saved, and saving them: a cell that does not read, or
 * that the server refused, stays a draft (with its text) until it is fixed or dropped, so nothing typed is lost.
 */
import { useEffect, useRef, useState } from 'react';
import { App } from 'antd';
import { formatFigure } from '../../../core/figures/numbers';
import type { FormColumn } from '../../../electron/api/contract/figures';
import { ERROR_SECONDS } from '../useAction';
import { locateCell, positionOfCell, quotedCellName } from './gridCells';
import { cellId, cellProblem, type CellPosition, type GridRow } from './gridKeys';

export interface FigureCellInput {
  column: string;
  key: string;
  text: string;
}

export type SaveOutcome = { ok: true } | { ok: false; message: string };

/** Text typed into a cell and not (yet) saved. */
export interface Draft {
  text: string;
  /** Why it does not read (parseFigure's message), or why the server refused it. */
  problem: string | null;
  state: 'saving' | 'unsaved';
  /** The edit or paste it came with: a refused paste is sent again whole once its cells read. */
  group: number;
}

const SAVE_REFUSED = 'Chưa lưu được (xem thông báo lỗi). Sửa lại ô, hoặc bấm Esc để bỏ.';

interface FigureDraftsOptions {
  rows: readonly GridRow[];
  columns: readonly FormColumn[];
  values: ReadonlyMap<string, number>;
  onSave: (cells: FigureCellInput[]) => Promise<SaveOutcome>;
  onDraftsChange?: (count: number) => void;
}

export function useFigureDrafts({ rows, columns, values, onSave, onDraftsChange }: FigureDraftsOptions) {
  const { message } = App.useApp();
  const [drafts, setDraftsState] = useState<ReadonlyMap<string, Draft>>(new Map());
  const draftsRef = useRef<ReadonlyMap<string, Draft>>(drafts);
  const groupRef = useRef(0);

  const setDrafts = (update: (current: ReadonlyMap<string, Draft>) => ReadonlyMap<string, Draft>) => {
    const next = update(draftsRef.current);
    draftsRef.current = next;
    setDraftsState(next);
  };

  const unsaved = [...drafts.values()].filter((draft) => draft.state === 'unsaved').length;
  useEffect(() => {
    onDraftsChange?.(drafts.size);
  }, [drafts.size, onDraftsChange]);

  const where = (position: CellPosition) => locateCell(rows, columns, position);
  const positionOf = (id: string) => positionOfCell(rows, columns, id);

  const storedText = (position: CellPosition): string => {
    const cell = where(position);
    if (!cell) return '';
    const id = cellId(cell.column.uuid, cell.row.key!);
    const draft = draftsRef.current.get(id);
    if (draft) return draft.text;
    return formatFigure(values.get(id) ?? null, cell.row.kind);
  };

  /**
   * Checks the cells, then saves them in one call. A cell already a draft brings the rest of its group (a paste
   * refused for one bad cell goes again whole once that cell is fixed).
   */
  const save = async (edits: Array<CellPosition & { text: string }>, pasted: boolean) => {
    const located = edits.flatMap((edit) => {
      const cell = where(edit);
      return cell ? [{ ...edit, id: cellId(cell.column.uuid, cell.row.key!), cell }] : [];
    });
    if (located.length === 0) return;
    const known = draftsRef.current;
    if (!pasted && located.length === 1) {
      const only = located[0]!;
      // An edit that leaves a saved cell as it was sends nothing.
      const stored = values.get(only.id) ?? null;
      if (!known.has(only.id) && only.text.trim() === formatFigure(stored, only.cell.row.kind)) return;
    }
    const groups = new Set(located.flatMap((edit) => (known.has(edit.id) ? [known.get(edit.id)!.group] : [])));
    const group = pasted || groups.size === 0 ? ++groupRef.current : [...groups][0]!;
    const batch = new Map<string, { text: string; position: CellPosition; kind: GridRow['kind'] }>();
    if (!pasted) {
      for (const [id, draft] of known) {
        if (draft.group !== group || draft.state === 'saving') continue;
        const position = positionOf(id);
        if (position) batch.set(id, { text: draft.text, position, kind: rows[position.row]!.kind });
      }
    }
    for (const edit of located) batch.set(edit.id, { text: edit.text, position: edit, kind: edit.cell.row.kind });

    const problems = [...batch].flatMap(([id, cell]) => {
      const problem = cellProblem(cell.text, cell.kind);
      return problem ? [{ id, problem, position: cell.position }] : [];
    });
    const problemOf = new Map(problems.map((item) => [item.id, item.problem]));
    if (problems.length > 0) {
      setDrafts((map) => {
        const next = new Map(map);
        for (const [id, cell] of batch) {
          next.set(id, { text: cell.text, problem: problemOf.get(id) ?? null, state: 'unsaved', group });
        }
        return next;
      });
      const first = problems[0]!;
      const more = problems.length > 1 ? ` (và ${problems.length - 1} ô khác)` : '';
      const nothing = batch.size > 1 ? ' Chưa lưu ô nào trong lần này.' : ' Ô chưa được lưu.';
      message.error({
        content: `Ô ${quotedCellName(where(first.position))}: ${first.problem.replace(/\.$/, '')}${more}.${nothing}`,
        duration: ERROR_SECONDS,
      });
      return;
    }

    const sent = new Map([...batch].map(([id, cell]) => [id, cell.text]));
    setDrafts((map) => {
      const next = new Map(map);
      for (const [id, text] of sent) next.set(id, { text, problem: null, state: 'saving', group });
      return next;
    });
    const cells = [...batch].map(([, cell]) => {
      const { row, column } = where(cell.position)!;
      return { column: column.uuid, key: row.key!, text: cell.text };
    });
    const outcome = await onSave(cells);
    setDrafts((map) => {
      const next = new Map(map);
      for (const [id, text] of sent) {
        const draft = next.get(id);
        // Typed again while it was on its way: the newer text stays.
        if (!draft || draft.text !== text || draft.group !== group) continue;
        if (outcome.ok) next.delete(id);
        else next.set(id, { ...draft, state: 'unsaved', problem: outcome.message || SAVE_REFUSED });
      }
      return next;
    });
  };

  /** Drops the cell's typed text; false when there is none to drop, or it is already on its way. */
  const discardDraft = (position: CellPosition): boolean => {
    const cell = where(position);
    if (!cell) return false;
    const id = cellId(cell.column.uuid, cell.row.key!);
    const draft = draftsRef.current.get(id);
    if (!draft || draft.state === 'saving') return false;
    setDrafts((map) => {
      const next = new Map(map);
      next.delete(id);
      return next;
    });
    return true;
  };

  const resendUnsaved = () => {
    const cells = [...draftsRef.current].flatMap(([id, draft]) => {
      const position = draft.state === 'unsaved' ? positionOf(id) : null;
      return position ? [{ ...position, text: draft.text }] : [];
    });
    void save(cells, true);
  };

  const dropUnsaved = () => setDrafts((map) => new Map([...map].filter(([, draft]) => draft.state === 'saving')));

  return { drafts, unsaved, storedText, save, discardDraft, resendUnsaved, dropUnsaved };
}

export type FigureDrafts = ReturnType<typeof useFigureDrafts>;
