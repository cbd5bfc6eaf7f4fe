import { useMemo, useState } from 'react';
import { Button, Input, Space, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { AGENCY_KIND_LABELS, type Agency, type AgencyInput } from '../../../core/agency';
import { agencyMatchRank, agencySearchKey } from '../../../core/agencySearch';
import { formatDisplayDate } from '../../../core/dates';
import { compareVietnamese } from '../../../core/vietnamese';
import { api } from '../api';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { AgencyForm } from './AgencyForm';
import { ConfirmDelete } from '../components/ConfirmDelete';

export function AgenciesPage() {
  const { run } = useAction();
  const agencies = useLoad(['agencies'], () => api.agencies.list({ includeInactive: true }));
  const [query, setQuery] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<Agency | 'new' | null>(null);

  const all = useMemo(() => agencies.data ?? [], [agencies.data]);
  const byId = useMemo(() => new Map(all.map((agency) => [agency.id, agency])), [all]);
  const visible = useMemo(
    () =>
      all.filter(
        (agency) => (showInactive || agency.active) && agencyMatchRank(agencySearchKey(agency), query) !== null,
      ),
    [all, query, showInactive],
  );

  const save = async (input: AgencyInput) => {
    await run(
      async () => {
        if (editing === 'new') await api.agencies.create(input);
        else if (editing) await api.agencies.update({ id: editing.id, agency: input });
      },
      {
        success: `Đã lưu “${input.name}”.`,
        after: async () => {
          setEditing(null);
          await agencies.reload();
        },
        rethrow: true,
      },
    );
  };

  const remove = (agency: Agency) =>
    run(() => api.agencies.delete({ id: agency.id }), {
      success: `Đã xoá “${agency.name}”.`,
      after: agencies.reload,
    });

  return (
    <>
      <div className="page-header">
        <h1>Danh mục cơ quan, đơn vị</h1>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          Thêm cơ quan
        </Button>
      </div>
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search
          allowClear
          placeholder="Tìm theo tên, viết tắt (có dấu hoặc không dấu)"
          style={{ width: 380 }}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-label="Tìm cơ quan"
        />
        <Space>
          <Switch checked={showInactive} onChange={setShowInactive} aria-label="Hiện cả cơ quan đã sáp nhập" />
          <span>Hiện cả cơ quan đã sáp nhập, ngừng hoạt động</span>
        </Space>
        <Typography.Text type="secondary">{visible.length} cơ quan</Typography.Text>
      </Space>
      {agencies.error && <Typography.Text type="danger">{agencies.error}</Typography.Text>}
      <Table<Agency>
        rowKey="id"
        size="small"
        loading={agencies.loading}
        dataSource={visible}
        pagination={false}
        scroll={{ y: 'calc(100vh - 230px)' }}
        columns={[
          {
            title: 'Tên cơ quan, đơn vị',
            dataIndex: 'name',
            sorter: (a, b) => compareVietnamese(a.name, b.name),
            defaultSortOrder: 'ascend',
            render: (name: string, agency) => (
              <span style={agency.active ? undefined : { color: 'rgba(0,0,0,0.45)' }}>{name}</span>
            ),
          },
          { title: 'Viết tắt', dataIndex: 'shortName', width: 130 },
          {
            title: 'Tên gọi khác',
            dataIndex: 'aliases',
            width: 230,
            render: (aliases: string[]) => aliases.map((alias) => <Tag key={alias}>{alias}</Tag>),
          },
          {
            title: 'Loại',
            dataIndex: 'kind',
            width: 140,
            render: (kind: Agency['kind']) => AGENCY_KIND_LABELS[kind],
            filters: Object.entries(AGENCY_KIND_LABELS).map(([value, text]) => ({ value, text })),
            onFilter: (value, agency) => agency.kind === value,
          },
          {
            title: 'Trực thuộc',
            dataIndex: 'parentId',
            width: 120,
            render: (id: number | null) => (id ? (byId.get(id)?.shortName ?? byId.get(id)?.name) : ''),
          },
          {
            title: 'Trạng thái',
            width: 150,
            render: (_, agency) =>
              agency.active ? (
                <Tag color="green">Hoạt động</Tag>
              ) : (
                <Tag>
                  {agency.mergedIntoId
                    ? `Sáp nhập vào ${byId.get(agency.mergedIntoId)?.shortName ?? byId.get(agency.mergedIntoId)?.name ?? ''}`
                    : 'Ngừng hoạt động'}
                  {agency.mergedOn ? ` (${formatDisplayDate(agency.mergedOn)})` : ''}
                </Tag>
              ),
          },
          {
            title: '',
            width: 100,
            render: (_, agency) => (
              <Space size={4}>
                <Button size="small" type="link" onClick={() => setEditing(agency)}>
                  Sửa
                </Button>
                <ConfirmDelete
                  title={`Xoá “${agency.name}”?`}
                  description="Cơ quan đang được phân công thì không xoá được."
                  onConfirm={() => remove(agency)}
                >
                  <Button size="small" type="link" danger>
                    Xoá
                  </Button>
                </ConfirmDelete>
              </Space>
            ),
          },
        ]}
      />
      <AgencyForm
        open={editing !== null}
        agency={editing === 'new' ? null : editing}
        agencies={all}
        onCancel={() => setEditing(null)}
        onSubmit={save}
      />
    </>
  );
}
