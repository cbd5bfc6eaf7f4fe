import { useState } from 'react';
import { Button, Descriptions, Dropdown, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, CopyOutlined, EditOutlined, MoreOutlined } from '@ant-design/icons';
import { formatDisplayDate } from '../../../core/dates';
import { PLAN_LEVEL_LABELS, PLAN_STATUS_LABELS, planLabel, planPeriodLabel, type PlanFields } from '../../../core/plan';
import { api } from '../api';
import { navigate } from '../route';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { PlanForm } from '../pages/PlanForm';
import { STATUS_COLORS } from '../pages/PlansPage';
import { OutlineEditor } from './OutlineEditor';
import { MatrixView } from '../matrix/MatrixView';
import { PlanDeleteButton } from './PlanDeleteButton';

interface PlanPageProps {
  planId: number;
  tab: 'outline' | 'matrix';
}

export function PlanPage({ planId, tab }: PlanPageProps) {
  const { run } = useAction();
  const detail = useLoad(['plan', planId], () => api.plans.get({ id: planId }));
  const agencies = useLoad(['agencies'], () => api.agencies.list({ includeInactive: true }));
  const plans = useLoad(['plans'], () => api.plans.list({}));
  const [editing, setEditing] = useState(false);

  if (detail.error && !detail.data) {
    return (
      <Space orientation="vertical">
        <Typography.Text type="danger">{detail.error}</Typography.Text>
        <Button onClick={() => navigate({ page: 'plans' })}>Về danh sách kế hoạch</Button>
      </Space>
    );
  }
  if (!detail.data || !agencies.data) return <Spin style={{ marginTop: 80, width: '100%' }} />;
  const { plan } = detail.data;

  const save = async (fields: PlanFields) => {
    await run(() => api.plans.update({ id: plan.id, plan: fields }), {
      success: 'Đã lưu thông tin kế hoạch.',
      after: async () => {
        setEditing(false);
        await Promise.all([detail.reload(), plans.reload()]);
      },
      rethrow: true,
    });
  };

  const copyToNextYear = () =>
    run(() => api.plans.copyToNextYear({ id: plan.id }), {
      success: (copy) => `Đã tạo dự thảo kế hoạch năm ${copy.periodFrom} từ kế hoạch này.`,
      after: (copy) => navigate({ page: 'plan', planId: copy.id, tab: 'outline' }),
    });

  return (
    <>
      <div className="page-header">
        <Space align="start">
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label="Về danh sách"
            onClick={() => navigate({ page: 'plans' })}
          />
          <div>
            <h1>
              {planLabel(plan)} <Tag color={STATUS_COLORS[plan.status]}>{PLAN_STATUS_LABELS[plan.status]}</Tag>
            </h1>
            <Typography.Text type="secondary">{plan.title}</Typography.Text>
          </div>
        </Space>
        <Space>
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            Sửa thông tin
          </Button>
          <Dropdown
            menu={{
              items: [
                {
                  key: 'copy',
                  icon: <CopyOutlined />,
                  label: 'Sao chép sang kế hoạch năm sau',
                  onClick: copyToNextYear,
                },
              ],
            }}
          >
            <Button icon={<MoreOutlined />} aria-label="Thao tác khác" />
          </Dropdown>
          <PlanDeleteButton plan={plan} />
        </Space>
      </div>
      <Descriptions size="small" column={4} style={{ marginBottom: 8 }}>
        <Descriptions.Item label="Cơ quan ban hành">{plan.issuer}</Descriptions.Item>
        <Descriptions.Item label="Ngày ban hành">{formatDisplayDate(plan.issuedOn) || '—'}</Descriptions.Item>
        <Descriptions.Item label="Giai đoạn">{planPeriodLabel(plan)}</Descriptions.Item>
        <Descriptions.Item label="Cấp">{PLAN_LEVEL_LABELS[plan.level]}</Descriptions.Item>
        {(plan.implementsPlanLabel || plan.implementsRef) && (
          <Descriptions.Item label="Thực hiện" span={4}>
            {plan.implementsPlanLabel ?? plan.implementsRef}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate({ page: 'plan', planId, tab: key as 'outline' | 'matrix' })}
        destroyOnHidden
        items={[
          {
            key: 'outline',
            label: `Nội dung kế hoạch (${plan.taskCount} nhiệm vụ)`,
            children: <OutlineEditor detail={detail.data} agencies={agencies.data} onChanged={detail.reload} />,
          },
          {
            key: 'matrix',
            label: 'Ma trận phân công',
            children: <MatrixView planId={planId} agencies={agencies.data} onChanged={detail.reload} />,
          },
        ]}
      />
      <PlanForm
        open={editing}
        plan={plan}
        plans={plans.data ?? []}
        onCancel={() => setEditing(false)}
        onSubmit={save}
      />
    </>
  );
}
