import type { ReportRequest, RequestFields } from '../../../core/reports';
import { api } from '../api';
import { saveExportedFile } from '../download';
import { navigate } from '../route';
import { useAction } from '../useAction';
import { reportKeys } from './reportFormat';

/** What the officer does to one request from its register, each with its toast and the data it refreshes. */
export function useRequestActions(request: ReportRequest, today: string, onSaved: () => void) {
  const edits = useAction();
  const letters = useAction();

  return {
    /** Throws when refused, so the form keeps what was typed. */
    save: async (fields: RequestFields) => {
      await edits.run(() => api.requests.update({ id: request.id, request: fields }), {
        success: 'Đã lưu yêu cầu báo cáo.',
        after: onSaved,
        refresh: reportKeys(),
        rethrow: true,
      });
    },
    // Off the deleted request's page before its data is asked for again.
    remove: () =>
      edits.run(() => api.requests.delete({ id: request.id }), {
        success: `Đã xoá yêu cầu “${request.title}”.`,
        after: () => navigate({ page: 'requests' }),
        refresh: reportKeys(),
      }),
    setClosed: (on: string | null) =>
      edits.run(() => api.requests.close({ id: request.id, on }), {
        success: on
          ? `Đã kết thúc theo dõi “${request.title}”: không nhắc hạn nữa.`
          : `Đã theo dõi lại “${request.title}”.`,
        refresh: reportKeys(),
      }),
    letter: () => letters.run(() => api.requests.letter({ id: request.id, on: today }), { after: saveExportedFile }),
    writingLetter: letters.pending,
    openFile: (fileId: number) =>
      edits.run(() => api.submissions.open({ fileId }), {
        after: (result) => {
          if (!result.opened) saveExportedFile(result.file);
        },
      }),
  };
}

export type RequestActions = ReturnType<typeof useRequestActions>;
