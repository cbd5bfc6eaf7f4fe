/**
 * "Báo cáo tổng hợp", a tab of a report request (docs/narrative.md): the agencies' reports read and placed under
 * the request's outline, the office's text written heading by heading beside what each agency wrote, what matched
 * no heading ("Khác"), the report's settings and its export.
 */
import { useCallback, useMemo, useState } from 'react';
import { Alert, Spin, Typography } from 'antd';
import type { Contribution, NarrativeText, NarrativeWorkspace } from '../../../electron/api/contract';
import { api } from '../api';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { HeadingEditor } from './HeadingEditor';
import { agencyOfSection, roman, unstructuredAgencies, workspaceKey } from './narrativeFormat';
import { OtherPanel } from './OtherPanel';
import { ReportSettingsDialog } from './ReportSettingsDialog';
import { ReportToolbar } from './ReportToolbar';
import { SourcesPanel } from './SourcesPanel';
import { createSaveRegistry } from './useAutosave';
import './narrative.css';

export function ReportTab({ requestId }: { requestId: number }) {
  const workspace = useLoad(workspaceKey(requestId), () => api.narrative.workspace({ requestId }));
  if (workspace.error && !workspace.data) return <Alert type="error" showIcon title={workspace.error} />;
  if (!workspace.data) return <Spin style={{ marginTop: 60, width: '100%' }} />;
  return <Workspace data={workspace.data} setData={workspace.setData} />;
}

type SetData = (update: (current: NarrativeWorkspace | undefined) => NarrativeWorkspace | undefined) => void;

function Workspace({ data, setData }: { data: NarrativeWorkspace; setData: SetData }) {
  const { run } = useAction();
  const [registry] = useState(createSaveRegistry);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const unstructured = useMemo(() => unstructuredAgencies(data.draft), [data.draft]);
  const agencyOf = useMemo(() => agencyOfSection(data), [data]);
  const { outline } = data.request;

  const replace = useCallback((next: NarrativeWorkspace) => setData(() => next), [setData]);

  const onSaved = useCallback(
    (text: NarrativeText) =>
      setData(
        (current) =>
          current && {
            ...current,
            texts: [...current.texts.filter((item) => item.outlineIndex !== text.outlineIndex), text].sort(
              (a, b) => a.outlineIndex - b.outlineIndex,
            ),
          },
      ),
    [setData],
  );

  const move = (item: Contribution, outlineIndex: number | null) =>
    run(() => api.narrative.place({ sectionId: item.sectionId, outlineIndex }), {
      success: `Đã chuyển phần của ${item.agency} sang ${outlineIndex === null ? 'mục “Khác”' : `mục ${roman(outlineIndex + 1)}`}.`,
      after: replace,
    });

  return (
    <div className="narrative-tab">
      <ReportToolbar workspace={data} registry={registry} onSettings={() => setSettingsOpen(true)} />
      <SourcesPanel workspace={data} onRead={replace} />
      <div className="narrative-outline-head">
        <h2>Nội dung báo cáo theo đề cương</h2>
        <Typography.Text type="secondary">
          Viết nội dung của tỉnh ở cột trái; cột phải là các đoạn cơ quan đã viết. Nội dung được lưu tự động.
        </Typography.Text>
      </div>
      {outline.length === 0 ? (
        <Alert
          type="warning"
          showIcon
          title="Yêu cầu này chưa có đề cương. Hãy sửa yêu cầu để thêm các mục của báo cáo."
        />
      ) : (
        data.draft.headings.map((heading) => (
          <HeadingEditor
            key={heading.index}
            requestId={data.request.id}
            heading={heading}
            outline={outline}
            text={data.texts.find((text) => text.outlineIndex === heading.index)}
            unstructured={unstructured}
            agencyOf={agencyOf}
            registry={registry}
            onSaved={onSaved}
            onMove={move}
          />
        ))
      )}
      {(data.draft.other.length > 0 || data.draft.sources.length > 0) && (
        <OtherPanel other={data.draft.other} outline={outline} unstructured={unstructured} onMove={move} />
      )}
      <ReportSettingsDialog
        open={settingsOpen}
        workspace={data}
        onClose={() => setSettingsOpen(false)}
        onSaved={(settings) => setData((current) => current && { ...current, settings })}
      />
    </div>
  );
}
