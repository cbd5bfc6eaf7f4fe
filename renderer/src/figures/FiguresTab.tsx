/**
 * "Số liệu", a request's figures tab: the form (biểu mẫu: which indicators, in which columns), the sources with
 * where their figures stand, the Excel templates out and back, and the entry grid of the source chosen
 * (docs/figures.md).
 */
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined, EditOutlined, FormOutlined, UploadOutlined } from '@ant-design/icons';
import { formatDisplayDate } from '../../../core/dates';
import { FIGURE_SOURCE_STATUS_LABELS } from '../../../core/figures/form';
import type { FigureForm, FigureSourceSummary } from '../../../electron/api/contract/figures';
import { api } from '../api';
import { saveExportedFile } from '../download';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { FormSetup } from './FormSetup';
import { ImportDialog } from './ImportDialog';
import { SourceEntry } from './SourceEntry';
import { SOURCE_STATUS_COLORS, formKey } from './figureFormat';
import './figures.css';

export function FiguresTab({ requestId }: { requestId: number }) {
  const form = useLoad(formKey(requestId), () => api.figures.form({ requestId }));
  const [agencyId, setAgencyId] = useState<number | null>(null);
  const [setupOpen, setSetupOpen] = useState(false);
  const [importFor, setImportFor] = useState<{ agencyId: number | null } | null>(null);
  const entryRef = useRef<HTMLDivElement>(null);

  // "Nhập số liệu" on a source's row: its grid comes into view below the table.
  useEffect(() => {
    if (agencyId !== null) entryRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [agencyId]);

  if (form.error && !form.data) return <Typography.Text type="danger">{form.error}</Typography.Text>;
  if (!form.data) return <Spin style={{ marginTop: 60, width: '100%' }} />;
  const data = form.data;
  const selected = data.sources.find((source) => source.agencyId === agencyId) ?? null;

  const onSourceChanged = (summary: FigureSourceSummary) =>
    form.setData(
      (current) =>
        current && {
          ...current,
          sources: current.sources.map((source) => (source.agencyId === summary.agencyId ? summary : source)),
        },
    );

  return (
    <div className="figures-tab">
      <FormBanner form={data} onSetup={() => setSetupOpen(true)} />
      <SourcesTable
        form={data}
        selectedId={selected?.agencyId ?? null}
        onSelect={setAgencyId}
        onImport={() => setImportFor({ agencyId: null })}
      />
      <div ref={entryRef} className="figures-entry-anchor">
        {selected && data.saved && (
          <SourceEntry
            key={selected.agencyId}
            form={data}
            summary={selected}
            onSourceChanged={onSourceChanged}
            onImport={() => setImportFor({ agencyId: selected.agencyId })}
            onClose={() => setAgencyId(null)}
          />
        )}
      </div>
      <FormSetup open={setupOpen} form={data} onClose={() => setSetupOpen(false)} />
      <ImportDialog
        open={importFor !== null}
        requestId={requestId}
        agencyId={importFor?.agencyId ?? null}
        agencyName={data.sources.find((source) => source.agencyId === importFor?.agencyId)?.agency ?? null}
        onClose={() => setImportFor(null)}
      />
    </div>
  );
}

/** The form as saved, or the proposal with the two ways to set it up. */
function FormBanner({ form, onSetup }: { form: FigureForm; onSetup: () => void }) {
  const { run, pending } = useAction();
  const rates = form.indicators.filter((indicator) => indicator.computed).length;
  const reported = form.indicators.length - rates;
  const columns = form.columns.map((column) => column.label).join(', ');
  const counts = `${reported} chỉ tiêu${rates > 0 ? ` và ${rates} tỷ lệ tính tự động` : ''}`;

  if (form.saved) {
    return (
      <div className="figures-form-line">
        <div>
          <Typography.Text strong>Biểu mẫu số liệu: </Typography.Text>
          <Typography.Text>
            {counts}; các cột: {columns}.
          </Typography.Text>
        </div>
        <Button icon={<EditOutlined />} onClick={onSetup}>
          Sửa biểu mẫu
        </Button>
      </div>
    );
  }

  const create = () =>
    run(
      () =>
        api.figures.saveForm({
          requestId: form.requestId,
          indicatorCodes: [
            ...form.indicators.filter((indicator) => !indicator.computed),
            ...form.indicators.filter((indicator) => indicator.computed),
          ].map((indicator) => indicator.code),
          // A proposed column has no stored uuid yet.
          columns: form.columns.map(({ label, role, periodFrom, periodTo }) => ({ label, role, periodFrom, periodTo })),
        }),
      { success: 'Đã lập biểu mẫu số liệu.', refresh: ['figures'] },
    );

  return (
    <Alert
      className="figures-proposal"
      type="info"
      showIcon
      title="Chưa lập biểu mẫu số liệu cho yêu cầu này"
      description={
        <>
          <div>
            Plan Desk đề xuất biểu mẫu theo đề cương và kỳ số liệu của yêu cầu: {counts}
            {form.columns.length > 0 && <>, các cột: {columns}</>}.
          </div>
          <div className="muted">
            Lập biểu mẫu như đề xuất, hoặc chọn lại chỉ tiêu và cột. Tải mẫu biểu Excel cũng lập biểu mẫu này.
          </div>
          <Space wrap style={{ marginTop: 10 }}>
            <Button type="primary" icon={<FormOutlined />} loading={pending} onClick={create}>
              Lập biểu mẫu
            </Button>
            <Button onClick={onSetup}>Chọn chỉ tiêu và cột…</Button>
          </Space>
        </>
      }
    />
  );
}

interface SourcesTableProps {
  form: FigureForm;
  selectedId: number | null;
  onSelect: (agencyId: number) => void;
  onImport: () => void;
}

/** Who reports figures for the request, and where each one's figures stand. */
function SourcesTable({ form, selectedId, onSelect, onImport }: SourcesTableProps) {
  const { run } = useAction();
  const [downloading, setDownloading] = useState<'all' | number | null>(null);

  const download = async (agencyIds: number[], which: 'all' | number) => {
    setDownloading(which);
    await run(() => api.figures.template({ requestId: form.requestId, agencyIds }), {
      success: (files) =>
        files.length === 1 ? `Đã tạo mẫu biểu “${files[0]!.fileName}”.` : `Đã tạo ${files.length} mẫu biểu.`,
      after: (files) => files.forEach(saveExportedFile),
      // A template stores the form when it was only proposed.
      refresh: form.saved ? [] : ['figures'],
    });
    setDownloading(null);
  };

  return (
    <section className="figures-section">
      <div className="figures-section-head">
        <h2>Cơ quan báo cáo số liệu ({form.sources.length})</h2>
        <Space wrap>
          <Button
            icon={<DownloadOutlined />}
            loading={downloading === 'all'}
            disabled={form.sources.length === 0}
            onClick={() =>
              download(
                form.sources.map((source) => source.agencyId),
                'all',
              )
            }
          >
            Tải mẫu biểu cho tất cả
          </Button>
          <Button icon={<UploadOutlined />} onClick={onImport}>
            Nhập số liệu từ Excel
          </Button>
        </Space>
      </div>
      <Table<FigureSourceSummary>
        rowKey="agencyId"
        size="small"
        pagination={false}
        dataSource={form.sources}
        data-testid="figure-sources"
        scroll={form.sources.length > 8 ? { y: 330 } : undefined}
        rowClassName={(source) => (source.agencyId === selectedId ? 'figures-source-selected' : '')}
        locale={{ emptyText: 'Yêu cầu này chưa có cơ quan phải báo cáo.' }}
        columns={[
          { title: 'Cơ quan', dataIndex: 'agency' },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            width: 190,
            render: (_, source) => (
              <Tag color={SOURCE_STATUS_COLORS[source.status]}>{FIGURE_SOURCE_STATUS_LABELS[source.status]}</Tag>
            ),
          },
          { title: 'Số ô đã nhập', dataIndex: 'values', width: 110, align: 'right', className: 'figures-number' },
          {
            title: 'Lỗi',
            dataIndex: 'errors',
            width: 64,
            align: 'right',
            className: 'figures-number',
            render: (errors: number) => (errors > 0 ? <Typography.Text type="danger">{errors}</Typography.Text> : ''),
          },
          {
            title: 'Cảnh báo',
            dataIndex: 'warnings',
            width: 90,
            align: 'right',
            className: 'figures-number',
            render: (warnings: number, source) =>
              warnings > 0 ? (
                <Tooltip title={source.uncommented > 0 ? `${source.uncommented} cảnh báo chưa có giải trình` : ''}>
                  <Typography.Text type="warning">
                    {warnings}
                    {source.uncommented > 0 && '*'}
                  </Typography.Text>
                </Tooltip>
              ) : (
                ''
              ),
          },
          {
            title: 'Ngày nhận',
            dataIndex: 'receivedOn',
            width: 105,
            render: (date: string | null) => formatDisplayDate(date),
          },
          {
            title: '',
            key: 'actions',
            width: 230,
            render: (_, source) => (
              <Space size={4}>
                <Tooltip title={form.saved ? '' : 'Hãy lập biểu mẫu trước khi nhập số liệu.'}>
                  <Button
                    size="small"
                    type={source.agencyId === selectedId ? 'primary' : 'default'}
                    disabled={!form.saved}
                    onClick={() => onSelect(source.agencyId)}
                  >
                    Nhập số liệu
                  </Button>
                </Tooltip>
                <Button
                  size="small"
                  type="link"
                  loading={downloading === source.agencyId}
                  onClick={() => download([source.agencyId], source.agencyId)}
                >
                  Tải mẫu biểu
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </section>
  );
}
