/**
 * The head of "Báo cáo tổng hợp": what the report will be (its number, its signer), "Thiết lập báo cáo…", and the
 * two exports — the report (.docx) and its figures annex (.xlsx). An export first waits for the text still being
 * saved, so the file holds everything typed.
 */
import { useState } from 'react';
import { Button, Space, Tag } from 'antd';
import { FileExcelOutlined, FileWordOutlined, SettingOutlined } from '@ant-design/icons';
import type { NarrativeWorkspace } from '../../../electron/api/contract';
import { api } from '../api';
import { saveExportedFile } from '../download';
import { useAction } from '../useAction';
import type { SaveRegistry } from './useAutosave';

interface ReportToolbarProps {
  workspace: NarrativeWorkspace;
  registry: SaveRegistry;
  onSettings: () => void;
}

export function ReportToolbar({ workspace, registry, onSettings }: ReportToolbarProps) {
  const { run } = useAction();
  const [exporting, setExporting] = useState<'docx' | 'xlsx' | null>(null);
  const { header, saved } = workspace.settings;
  const signer = [header.signerAuthority, header.signerTitle, header.signerName].filter(Boolean).join(' – ');

  const exportAs = async (format: 'docx' | 'xlsx') => {
    setExporting(format);
    await run(
      async () => {
        await registry.flushAll();
        return api.narrative.exportReport({ requestId: workspace.request.id, format });
      },
      { success: (file) => `Đã xuất “${file.fileName}”.`, after: saveExportedFile },
    );
    setExporting(null);
  };

  return (
    <div className="narrative-toolbar-line">
      <div className="narrative-summary">
        <div className="narrative-summary-title">
          <strong>Báo cáo: </strong>
          {header.subject}
        </div>
        <div className="muted">
          {[header.issuer, header.numberSymbol.trim() && `Số ${header.numberSymbol.trim()}`, signer && `Ký: ${signer}`]
            .filter(Boolean)
            .join(' · ')}
          {!saved && (
            <Tag color="gold" className="narrative-proposed">
              Thiết lập đang theo đề xuất
            </Tag>
          )}
        </div>
      </div>
      <Space wrap>
        <Button icon={<SettingOutlined />} onClick={onSettings}>
          Thiết lập báo cáo…
        </Button>
        <Button
          type="primary"
          icon={<FileWordOutlined />}
          loading={exporting === 'docx'}
          disabled={exporting !== null}
          onClick={() => void exportAs('docx')}
        >
          Xuất báo cáo tổng hợp (.docx)
        </Button>
        <Button
          icon={<FileExcelOutlined />}
          loading={exporting === 'xlsx'}
          disabled={exporting !== null}
          onClick={() => void exportAs('xlsx')}
        >
          Xuất phụ lục số liệu (.xlsx)
        </Button>
      </Space>
    </div>
  );
}
