import { Empty, Input, Select, Table, Typography } from 'antd';
import {
  AGENCY_KIND_LABELS,
  AGENCY_KINDS,
  agencyDisplayName,
  type Agency,
  type AgencyKind,
} from '../../../core/agency';
import type { DraftNewAgency, ImportDraft } from '../../../core/import/draft';
import { agencySearchKey } from '../../../core/agencySearch';
import { agencySearch } from '../components/options';

interface ReviewAgenciesProps {
  draft: ImportDraft;
  agencies: Agency[];
  onMap: (newKey: string, agencyId: number) => void;
  onChange: (newKey: string, change: { name?: string; kind?: AgencyKind }) => void;
}

/** Agencies the directory did not know: map each to one it has, or keep it to be added on save. */
export function ReviewAgencies({ draft, agencies, onMap, onChange }: ReviewAgenciesProps) {
  if (draft.newAgencies.length === 0) {
    return <Empty description="Mọi cơ quan trong văn bản đều đã có trong danh mục." />;
  }
  const uses = (key: string) =>
    draft.nodes.filter((node) => [...node.lead, ...node.coordinating].some((ref) => ref.newKey === key)).length;
  return (
    <>
      <Typography.Paragraph type="secondary">
        Các cơ quan dưới đây chưa có trong danh mục. Chọn cơ quan tương ứng nếu đã có (tên viết khác), hoặc để nguyên để
        thêm mới khi lưu kế hoạch.
      </Typography.Paragraph>
      <Table<DraftNewAgency>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={draft.newAgencies}
        columns={[
          {
            title: 'Tên trong văn bản (thêm mới)',
            render: (_, agency) => (
              <Input
                aria-label="Tên cơ quan mới"
                value={agency.name}
                onChange={(event) => onChange(agency.key, { name: event.target.value })}
              />
            ),
          },
          {
            title: 'Loại',
            width: 170,
            render: (_, agency) => (
              <Select<AgencyKind>
                style={{ width: '100%' }}
                value={agency.kind}
                onChange={(kind) => onChange(agency.key, { kind })}
                options={AGENCY_KINDS.map((kind) => ({ value: kind, label: AGENCY_KIND_LABELS[kind] }))}
              />
            ),
          },
          { title: 'Số nhiệm vụ', width: 100, align: 'right', render: (_, agency) => uses(agency.key) },
          {
            title: 'Là cơ quan có sẵn',
            width: 230,
            render: (_, agency) => (
              <Select<number>
                style={{ width: '100%' }}
                aria-label={`Cơ quan có sẵn cho ${agency.name}`}
                placeholder="Chọn nếu đã có…"
                options={agencies.map((item) => ({
                  value: item.id,
                  label: agencyDisplayName(item),
                  search: agencySearchKey(item),
                }))}
                showSearch={agencySearch}
                onChange={(agencyId) => onMap(agency.key, agencyId)}
              />
            ),
          },
        ]}
      />
    </>
  );
}
