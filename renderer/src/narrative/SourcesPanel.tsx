/**
 * "Báo cáo của các cơ quan": each source of the request, whether its report was read (from which file, when) and
 * how much of it sits under the outline, with the three ways to read it: the register's file, a file chosen now,
 * or text pasted.
 */
import { useState } from 'react';
import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { FileWordOutlined, FolderOpenOutlined, SnippetsOutlined } from '@ant-design/icons';
import { formatDisplayDate } from '../../../core/dates';
import type { NarrativeSource, NarrativeWorkspace } from '../../../electron/api/contract';
import { readingText } from './narrativeFormat';
import { ReadDialog, type ReadMode } from './ReadDialog';

interface SourcesPanelProps {
  workspace: NarrativeWorkspace;
  onRead: (workspace: NarrativeWorkspace) => void;
}

export function SourcesPanel({ workspace, onRead }: SourcesPanelProps) {
  const [reading, setReading] = useState<{ source: NarrativeSource; mode: ReadMode } | null>(null);
  const counts = new Map(workspace.draft.sources.map((source) => [source.agencyId, source]));
  const read = workspace.sources.filter((source) => source.reading).length;

  return (
    <section className="narrative-panel">
      <div className="narrative-panel-head">
        <h2>Báo cáo của các cơ quan</h2>
        <span className="muted">
          Đã đọc {read}/{workspace.sources.length} báo cáo
        </span>
      </div>
      <Table<NarrativeSource>
        rowKey="agencyId"
        size="small"
        pagination={false}
        dataSource={workspace.sources}
        data-testid="narrative-sources"
        scroll={workspace.sources.length > 8 ? { y: 330 } : undefined}
        locale={{ emptyText: 'Yêu cầu này chưa có cơ quan phải báo cáo.' }}
        columns={[
          { title: 'Cơ quan', dataIndex: 'agency', width: 220 },
          {
            title: 'Nội dung báo cáo',
            key: 'reading',
            render: (_, source) => {
              const count = counts.get(source.agencyId);
              if (!source.reading) return <Tag>Chưa đọc</Tag>;
              return (
                <div className="narrative-reading">
                  <div>{readingText(source.reading)}</div>
                  {count && (
                    <Typography.Text type="secondary">
                      {count.placed}/{count.sections} phần đã xếp vào đề cương
                    </Typography.Text>
                  )}
                  {count?.unstructured && (
                    <Tag color="warning" className="narrative-reading-tag">
                      Không có đề mục: nằm cả ở mục Khác
                    </Tag>
                  )}
                </div>
              );
            },
          },
          {
            title: 'Tệp trong sổ theo dõi',
            key: 'files',
            width: 210,
            render: (_, source) => {
              const newest = source.files[0];
              if (!newest) return <Typography.Text type="secondary">Chưa có tệp .docx, .txt</Typography.Text>;
              return (
                <div className="narrative-file">
                  <div className="narrative-file-name" title={newest.fileName}>
                    {newest.fileName}
                  </div>
                  <Typography.Text type="secondary">
                    nhận ngày {formatDisplayDate(newest.receivedOn)}
                    {source.files.length > 1 && ` · ${source.files.length} tệp`}
                  </Typography.Text>
                </div>
              );
            },
          },
          {
            title: '',
            key: 'actions',
            width: 330,
            render: (_, source) => (
              <Space size={4} wrap>
                <Tooltip
                  title={source.files.length === 0 ? 'Sổ theo dõi chưa có tệp Word hoặc .txt của cơ quan này.' : ''}
                >
                  <Button
                    size="small"
                    type={source.reading ? 'default' : 'primary'}
                    icon={<FileWordOutlined />}
                    disabled={source.files.length === 0}
                    onClick={() => setReading({ source, mode: 'file' })}
                  >
                    Đọc báo cáo
                  </Button>
                </Tooltip>
                <Button
                  size="small"
                  icon={<FolderOpenOutlined />}
                  onClick={() => setReading({ source, mode: 'upload' })}
                >
                  Chọn tệp…
                </Button>
                <Button size="small" icon={<SnippetsOutlined />} onClick={() => setReading({ source, mode: 'pasted' })}>
                  Dán nội dung
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <ReadDialog
        requestId={workspace.request.id}
        source={reading?.source ?? null}
        mode={reading?.mode ?? 'file'}
        onClose={() => setReading(null)}
        onRead={(next) => {
          onRead(next);
          setReading(null);
        }}
      />
    </section>
  );
}
