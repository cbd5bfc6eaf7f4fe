import { useMemo, useState } from 'react';
import { Button, Input, Space, Table, Tag, Typography } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { formatDisplayDate } from '../../../core/dates';
import {
  PLAN_LEVEL_LABELS,
  PLAN_STATUS_LABELS,
  planPeriodLabel,
  type PlanFields,
  type PlanStatus,
  type PlanSummary,
} from '../../../core/plan';
import { matchesSearch } from '../../../core/vietnamese';
import { api } from '../api';
import { navigate } from '../route';
import { useAction } from '../useAction';
import { useLoad, type Loaded } from '../useLoad';
import { PlanForm } from './PlanForm';
import { PlansEmpty } from './PlansEmpty';

export const STATUS_COLORS: Record<PlanStatus, string> = { draft: 'gold', issued: 'blue', reviewed: 'green' };

export function PlansPage() {
  const { run } = useAction();
  const plans = useLoad(['plans'], () => api.plans.list({}));
  const [creating, setCreating] = useState(false);

  // No plan at all yet: the screen says where to start instead of showing an empty table.
  const empty = plans.data?.length === 0;

  const create = async (fields: PlanFields) => {
    await run(() => api.plans.create(fields), {
      success: 'Đã thêm kế hoạch.',
      after: (plan) => {
        setCreating(false);
        navigate({ page: 'plan', planId: plan.id, tab: 'outline' });
      },
      rethrow: true,
    });
  };

  return (
    <>
      <div className="page-header">
        <h1>Kế hoạch</h1>
        <Space>
          {!empty && (
            <Button icon={<ImportOutlined />} onClick={() => navigate({ page: 'import' })}>
              Nhập từ văn bản
            </Button>
          )}
          <Button type={empty ? 'default' : 'primary'} icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            Thêm kế hoạch
          </Button>
        </Space>
      </div>
      {empty ? <PlansEmpty /> : <PlansTable plans={plans} />}
      <PlanForm
        open={creating}
        plan={null}
        plans={plans.data ?? []}
        onCancel={() => setCreating(false)}
        onSubmit={create}
      />
    </>
  );
}

function PlansTable({ plans }: { plans: Loaded<PlanSummary[]> }) {
  const [query, setQuery] = useState('');
  const visible = useMemo(
    () =>
      (plans.data ?? []).filter((plan) =>
        matchesSearch(`${plan.numberSymbol ?? ''} ${plan.title} ${plan.issuer}`, query),
      ),
    [plans.data, query],
  );

  return (
    <>
      <Input.Search
        allowClear
        placeholder="Tìm theo số, ký hiệu, trích yếu, cơ quan ban hành"
        style={{ width: 420, marginBottom: 12 }}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {plans.error && <Typography.Text type="danger">{plans.error}</Typography.Text>}
      <Table<PlanSummary>
        rowKey="id"
        size="middle"
        loading={plans.loading}
        dataSource={visible}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: query ? `Không có kế hoạch nào khớp với “${query}”.` : 'Chưa có kế hoạch nào.' }}
        onRow={(plan) => ({
          onClick: () => navigate({ page: 'plan', planId: plan.id, tab: 'outline' }),
          style: { cursor: 'pointer' },
        })}
        columns={[
          {
            title: 'Số, ký hiệu',
            dataIndex: 'numberSymbol',
            width: 150,
            render: (number: string | null) =>
              number ?? <Typography.Text type="secondary">(chưa có số)</Typography.Text>,
          },
          { title: 'Trích yếu', dataIndex: 'title', render: (title: string) => <a>{title}</a> },
          { title: 'Cơ quan ban hành', dataIndex: 'issuer', width: 170 },
          { title: 'Ngày ban hành', dataIndex: 'issuedOn', width: 115, render: formatDisplayDate },
          { title: 'Giai đoạn', width: 95, render: (_, plan) => planPeriodLabel(plan) },
          {
            title: 'Cấp',
            dataIndex: 'level',
            width: 100,
            render: (level: PlanSummary['level']) => PLAN_LEVEL_LABELS[level],
          },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            width: 110,
            render: (status: PlanStatus) => <Tag color={STATUS_COLORS[status]}>{PLAN_STATUS_LABELS[status]}</Tag>,
          },
          { title: 'Nhiệm vụ', dataIndex: 'taskCount', width: 90, align: 'right' },
        ]}
      />
    </>
  );
}
