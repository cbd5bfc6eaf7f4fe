import { App } from 'antd';
import type { Entry } from '../../../core/calendar';
import { api } from '../api';
import { useAction } from '../useAction';
import { longDate } from './calendarData';

/**
 * After a deadline is saved or moved: if the server says it falls on a day
 * off, ask whether to move it to the working day it proposes. Resolves once
 * the officer has answered (or at once when there is nothing to ask).
 */
export function useDayOffCheck(): (entry: Entry) => Promise<void> {
  const { modal } = App.useApp();
  const { run } = useAction();

  const askToMove = (entry: Entry, warning: string, target: string) =>
    new Promise<void>((resolve) => {
      modal.confirm({
        title: 'Hạn rơi vào ngày nghỉ',
        width: 480,
        content: (
          <div data-testid="day-off-warning">
            <p style={{ margin: '4px 0 0' }}>{warning}</p>
          </div>
        ),
        okText: 'Dời về ngày đề xuất',
        cancelText: 'Giữ ngày đã chọn',
        onOk: async () => {
          await run(() => api.calendar.move({ id: entry.id, startOn: target }), {
            success: `Đã dời “${entry.title}” về ${longDate(target)}.`,
            refresh: ['calendar'],
          });
          resolve();
        },
        onCancel: () => resolve(),
      });
    });

  return async (entry: Entry) => {
    if (entry.kind !== 'deadline') return;
    await run(() => api.calendar.list({ from: entry.startOn, to: entry.startOn, kinds: ['deadline'] }), {
      after: async (view) => {
        const saved = view.occurrences.find((occurrence) => occurrence.entryId === entry.id && occurrence.warning);
        if (saved?.warning && saved.suggested) await askToMove(entry, saved.warning, saved.suggested);
      },
    });
  };
}
