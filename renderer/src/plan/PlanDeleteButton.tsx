import { useState } from 'react';
import { Button, Spin, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { planLabel, type PlanSummary } from '../../../core/plan';
import { api } from '../api';
import { ConfirmDelete } from '../components/ConfirmDelete';
import { navigate } from '../route';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { deletionImpactText } from './deletionImpactText';

/**
 * "Xoá" on a plan. Deleting is final and quietly unlinks the plan's report requests, calendar entries and cycles,
 * so the question counts all of it, afresh each time it opens (the outline may have changed since).
 */
export function PlanDeleteButton({ plan }: { plan: PlanSummary }) {
  const [open, setOpen] = useState(false);
  const { run } = useAction();
  const impact = useLoad(['plan-deletion-impact', plan.id], () => api.plans.deletionImpact({ id: plan.id }), {
    enabled: open,
  });
  const label = planLabel(plan);

  const remove = () =>
    run(() => api.plans.delete({ id: plan.id }), {
      success: 'Đã xoá kế hoạch.',
      after: () => navigate({ page: 'plans' }),
    });

  const description = impact.loading ? (
    <Spin size="small" />
  ) : impact.data ? (
    deletionImpactText(label, impact.data)
  ) : (
    <>
      Mọi mục, nhiệm vụ và phân công của {label} sẽ bị xoá vĩnh viễn.
      {impact.error && <Typography.Text type="danger"> {impact.error}</Typography.Text>}
    </>
  );

  return (
    <ConfirmDelete
      title="Xoá kế hoạch này?"
      description={
        <div style={{ maxWidth: 380 }} data-testid="plan-deletion-impact">
          {description}
        </div>
      }
      waiting={impact.loading}
      onOpenChange={setOpen}
      onConfirm={remove}
    >
      <Button danger icon={<DeleteOutlined />}>
        Xoá
      </Button>
    </ConfirmDelete>
  );
}
