import { App } from 'antd';
import type { Entry } from '../../../core/calendar';
import { api, errorMessage } from '../api';
import { invalidate } from '../useLoad';
import { longDate } from './calendarData';

/**
 * After a deadline is saved or moved: if the server says it falls on a day
 * off, ask whether to move it to the working day it proposes. Resolves once
 * the officer has answered (or at once when there is nothing to ask).
 */
export function useDayOffCheck(): (entry: Entry) => Promise<void> {
  const { modal, message } = App.useApp();
  return async (entry: Entry) => {
    if (entry.kind !== 'deadline') return;
    let warning: string | null = null;
    let suggested: string | null = null;
    try {
      const view = await api.calendar.list({ from: entry.startOn, to: entry.startOn, kinds: ['deadline'] });
      const saved = view.occurrences.find((occurrence) => occurrence.entryId === entry.id && occurrence.warning);
      warning = saved?.warning ?? null;
      suggested = saved?.suggested ?? null;
    } catch (error) {
      message.error(errorMessage(error));
      return;
    }
    if (!warning || !suggested) return;
    const target = suggested;
    await new Promise<void>((resolve) => {
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
          try {
            await api.calendar.move({ id: entry.id, startOn: target });
            message.success(`Đã dời “${entry.title}” về ${longDate(target)}.`);
            await invalidate('calendar');
          } catch (error) {
            message.error(errorMessage(error));
          } finally {
            resolve();
          }
        },
        onCancel: () => resolve(),
      });
    });
  };
}
