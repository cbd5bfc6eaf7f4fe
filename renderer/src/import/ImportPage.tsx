import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Space, Tabs, Typography, Upload } from 'antd';
import { InboxOutlined, SaveOutlined } from '@ant-design/icons';
import type { ImportDraft } from '../../../core/import/draft';
import {
  mapNewAgency,
  mergeWithNext,
  removeDate,
  removeNode,
  splitTask,
  updateNewAgency,
  updateNode,
  withoutUnusedNewAgencies,
} from '../../../core/import/draftEdits';
import type { Span } from '../../../core/import/types';
import type { PlanFields } from '../../../core/plan';
import type { ImportPreview } from '../../../electron/api/contract';
import { api } from '../api';
import { useAction } from '../useAction';
import { invalidate, useLoad } from '../useLoad';
import { navigate } from '../route';
import { emptyPlan, PlanFieldItems } from '../pages/PlanForm';
import { refOptions } from './agencyRefs';
import { ReviewAgencies } from './ReviewAgencies';
import { ReviewDates } from './ReviewDates';
import { ReviewNodes } from './ReviewNodes';
import { SourceView, type Highlight } from './SourceView';
import { TaskEditor } from './TaskEditor';
import './import.css';

/** Plans run to a few hundred kilobytes; the server refuses more than this too. */
const MAX_BYTES = 10 * 1024 * 1024;

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function ImportPage() {
  const { message } = App.useApp();
  const { run, pending: reading } = useAction();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [pasted, setPasted] = useState('');

  const read = (input: { fileName: string; base64: string } | { text: string }) =>
    run(() => api.imports.parse(input), { after: setPreview });

  if (preview) return <Review preview={preview} onRestart={() => setPreview(null)} />;

  return (
    <>
      <div className="page-header">
        <h1>Nhập kế hoạch từ văn bản</h1>
      </div>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 900 }}>
        Chọn tệp văn bản kế hoạch (.docx hoặc .txt) hoặc dán nội dung. Plan Desk đọc văn bản và đề xuất số, ký hiệu,
        trích yếu, các mục, nhiệm vụ, cơ quan chủ trì, phối hợp và các mốc thời gian để bạn kiểm tra trước khi lưu. Chưa
        có gì được lưu cho tới khi bạn bấm “Lưu kế hoạch”.
      </Typography.Paragraph>
      <div style={{ display: 'flex', gap: 16, alignItems: 'stretch', flexWrap: 'wrap' }}>
        <Card title="Chọn tệp" style={{ flex: 1, minWidth: 360 }}>
          <Upload.Dragger
            accept=".docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            multiple={false}
            showUploadList={false}
            disabled={reading}
            beforeUpload={(file) => {
              if (file.size > MAX_BYTES) {
                message.error(
                  `Tệp “${file.name}” quá lớn (${(file.size / 1024 / 1024).toFixed(1)} MB); một kế hoạch thường dưới 2 MB.`,
                );
                return Upload.LIST_IGNORE;
              }
              void file.arrayBuffer().then((buffer) => read({ fileName: file.name, base64: toBase64(buffer) }));
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">Bấm hoặc kéo tệp vào đây</p>
            <p className="ant-upload-hint">Word (.docx) hoặc văn bản (.txt: Unicode, Windows-1258, TCVN3, VNI)</p>
          </Upload.Dragger>
        </Card>
        <Card title="Hoặc dán nội dung" style={{ flex: 1, minWidth: 360 }}>
          <Input.TextArea
            aria-label="Nội dung văn bản"
            placeholder="Dán toàn bộ nội dung kế hoạch vào đây…"
            autoSize={{ minRows: 7, maxRows: 7 }}
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
          />
          <Button
            type="primary"
            style={{ marginTop: 12 }}
            loading={reading}
            disabled={!pasted.trim()}
            onClick={() => read({ text: pasted })}
          >
            Nhận dạng
          </Button>
        </Card>
      </div>
    </>
  );
}

function Review({ preview, onRestart }: { preview: ImportPreview; onRestart: () => void }) {
  const { message } = App.useApp();
  const { run, pending: saving } = useAction();
  const [form] = Form.useForm<PlanFields>();
  const [draft, setDraft] = useState<ImportDraft>(preview.draft);
  const [focus, setFocus] = useState<Span | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const agencies = useLoad(['agencies'], () => api.agencies.list({ includeInactive: true }));
  const plans = useLoad(['plans'], () => api.plans.list({}));
  const { result } = preview;

  const agencyList = useMemo(() => agencies.data ?? [], [agencies.data]);
  const options = useMemo(() => refOptions(agencyList, draft.newAgencies), [agencyList, draft.newAgencies]);
  const parsedByKey = useMemo(() => new Map(result.nodes.map((node) => [node.key, node])), [result.nodes]);
  const highlights = useMemo<Highlight[]>(() => {
    const kept = new Set(draft.nodes.map((node) => node.key));
    const out: Highlight[] = [];
    for (const node of result.nodes) {
      if (!kept.has(node.key)) continue;
      out.push({ ...node.span, kind: node.type, key: node.key });
      if (node.type === 'task') {
        for (const mention of [...node.responsibility.lead, ...node.responsibility.coordinating]) {
          out.push({ ...mention.span, kind: 'agency', key: `${node.key}:${mention.span.start}` });
        }
      }
    }
    draft.dates.forEach((date, index) =>
      out.push({ start: date.start, end: date.end, kind: 'date', key: `d${index}` }),
    );
    for (const span of Object.values(result.header.spans))
      if (span) out.push({ ...span, kind: 'header', key: `h${span.start}` });
    return out;
  }, [result, draft.nodes, draft.dates]);

  const taskCount = draft.nodes.filter((node) => node.type === 'task').length;
  const editingNode = draft.nodes.find((node) => node.key === editing) ?? null;
  const editingParsed = editing ? parsedByKey.get(editing.split('.')[0]!) : undefined;

  const save = async () => {
    let fields: PlanFields;
    try {
      fields = { ...emptyPlan(), ...(await form.validateFields()) };
    } catch {
      message.error('Thông tin kế hoạch chưa đủ hoặc chưa đúng; hãy xem thẻ “Thông tin kế hoạch”.');
      return;
    }
    await run(() => api.imports.save(withoutUnusedNewAgencies({ ...draft, plan: fields })), {
      success: (saved) => `Đã lưu kế hoạch ${saved.numberSymbol ?? saved.title} với ${saved.taskCount} nhiệm vụ.`,
      after: async (saved) => {
        await invalidate('plans', 'agencies');
        navigate({ page: 'plan', planId: saved.id, tab: 'outline' });
      },
      // A refused import lists every problem found in the document.
      errorSeconds: 10,
    });
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Kiểm tra kế hoạch nhận dạng</h1>
          <Typography.Text type="secondary">
            {preview.fileName ?? 'Nội dung dán vào'} · {taskCount} nhiệm vụ · {draft.dates.length} mốc thời gian
          </Typography.Text>
        </div>
        <Space>
          <Button onClick={onRestart}>Chọn văn bản khác</Button>
          <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={save}>
            Lưu kế hoạch
          </Button>
        </Space>
      </div>
      <div className="import-review">
        <div className="import-left">
          <SourceView text={result.text} highlights={highlights} focus={focus} />
        </div>
        <div className="import-right">
          {(preview.notice || result.warnings.length > 0) && (
            <Alert
              type={preview.notice ? 'info' : 'warning'}
              showIcon
              style={{ marginTop: 12 }}
              title={preview.notice ?? result.warnings.join(' ')}
              description={preview.notice && result.warnings.length > 0 ? result.warnings.join(' ') : undefined}
            />
          )}
          <Tabs
            items={[
              {
                key: 'plan',
                label: 'Thông tin kế hoạch',
                children: (
                  <Form form={form} layout="vertical" initialValues={preview.draft.plan}>
                    <PlanFieldItems plan={null} plans={plans.data ?? []} />
                  </Form>
                ),
                forceRender: true,
              },
              {
                key: 'nodes',
                label: `Nội dung (${taskCount} nhiệm vụ)`,
                children: (
                  <ReviewNodes
                    draft={draft}
                    parsed={parsedByKey}
                    agencies={agencyList}
                    onFocus={setFocus}
                    onEdit={setEditing}
                    onRemove={(key) => setDraft((current) => removeNode(current, key))}
                    onMerge={(key) => setDraft((current) => mergeWithNext(current, key))}
                  />
                ),
              },
              {
                key: 'dates',
                label: `Mốc thời gian (${draft.dates.length})`,
                children: (
                  <ReviewDates
                    dates={draft.dates}
                    onFocus={setFocus}
                    onRemove={(index) => setDraft((current) => removeDate(current, index))}
                  />
                ),
              },
              {
                key: 'agencies',
                label: `Cơ quan mới (${draft.newAgencies.length})`,
                children: (
                  <ReviewAgencies
                    draft={draft}
                    agencies={agencyList}
                    onMap={(key, agencyId) => setDraft((current) => mapNewAgency(current, key, agencyId))}
                    onChange={(key, change) => setDraft((current) => updateNewAgency(current, key, change))}
                  />
                ),
              },
            ]}
          />
        </div>
      </div>
      <TaskEditor
        node={editingNode}
        options={options}
        flags={editingParsed?.type === 'task' ? editingParsed.flags : []}
        onClose={() => setEditing(null)}
        onSave={(change) => {
          if (editing) setDraft((current) => updateNode(current, editing, change));
          setEditing(null);
        }}
        onSplit={(at, text) => {
          if (!editing) return;
          setDraft((current) => splitTask(updateNode(current, editing, { text }), editing, at));
          setEditing(null);
        }}
      />
    </>
  );
}
