/**
 * Desktop reminders while the app runs: a tray icon, and a notification for
 * each reminder step not yet shown — checked at start-up (the PC may have been
 * off over a deadline) and every half hour. What is due comes from the same
 * handler as the "Việc cần làm" screen; a step is marked notified, so it is
 * never shown twice.
 */
import { BrowserWindow, Menu, Notification, Tray, nativeImage } from 'electron';
import type { ApiContext } from './api/context';
import { dispatch } from './api/dispatch';
import type { TodoList } from './api/contract';

const CHECK_EVERY_MS = 30 * 60 * 1000;
/** A 16×16 blue square with a white tick: enough to find the app in the tray. */
const TRAY_ICON =
  'data:image/png;base64,' +
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAQklEQVR4nGOQj1/BQAmGMf6TiQfAABAg2wA0zaQZgEUzpgE4FOEUx+oCdMV4NOP2AkwTAc34w4AIzQOUDoaxAWRjAPCM+7KegH9+AAAAAElFTkSuQmCC';

function openTodo(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  void window.webContents.executeJavaScript("window.location.hash = '#/todo'");
}

export function startReminders(context: ApiContext): () => void {
  const tray = new Tray(nativeImage.createFromDataURL(TRAY_ICON));
  tray.setToolTip('Plan Desk');
  tray.on('click', openTodo);

  const check = async () => {
    const result = await dispatch(context, 'reminders.todo', {});
    if (!result.ok) return;
    const todo = result.value as TodoList;
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: `Việc cần làm (${todo.reminders.length + todo.untrackedPeriods.length})`, click: openTodo },
        { type: 'separator' },
        { label: 'Thoát', role: 'quit' },
      ]),
    );
    if (!Notification.isSupported()) return;
    for (const reminder of todo.reminders.filter((item) => item.notify)) {
      const when =
        reminder.daysLeft < 0
          ? `quá hạn ${-reminder.daysLeft} ngày`
          : reminder.daysLeft === 0
            ? 'hạn hôm nay'
            : `còn ${reminder.daysLeft} ngày`;
      const notification = new Notification({
        title: `Báo cáo ${when}`,
        body: `${reminder.title}: còn ${reminder.missingAgencyIds.length} cơ quan chưa gửi.`,
      });
      notification.on('click', openTodo);
      notification.show();
      await dispatch(context, 'reminders.mark', { requestId: reminder.requestId, step: reminder.step, notified: true });
    }
  };

  void check();
  const timer = setInterval(() => void check(), CHECK_EVERY_MS);
  return () => {
    clearInterval(timer);
    tray.destroy();
  };
}
