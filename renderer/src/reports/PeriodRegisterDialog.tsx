import { App } from 'antd';
import { useMemo } from 'react';
import type { Occurrence } from '../../../core/calendar';
import { requestForPeriod } from '../../../core/cyclePeriods';
import type { RequestFields } from '../../../core/reports';
import { api, errorMessage } from '../api';
import { navigate } from '../route';
import { invalidate, useLoad } from '../useLoad';
import { RequestForm } from './RequestForm';
import { reportKeys } from './reportFormat';

/**
 * "Mở sổ theo dõi": the request form filled in from a report cycle's period, for the officer to check and save;
 * once saved, the register of the period opens.
 */
export function PeriodRegisterDialog({ period, onClose }: { period: Occurrence | null; onClose: () => void }) {
  const { message } = App.useApp();
  const agencies = useLoad(['agencies'], () => api.agencies.list({ includeInactive: true }));
  const plans = useLoad(['plans'], () => api.plans.list({}));
  const cycles = useLoad(['cycles'], () => api.cycles.list());
  const draft = useMemo(() => (period ? requestForPeriod(period) : null), [period]);

  const create = async (fields: RequestFields) => {
    try {
      const created = await api.requests.create(fields);
      message.success(`Đã mở sổ theo dõi “${created.title}”.`);
      onClose();
      await invalidate(...reportKeys());
      navigate({ page: 'request', requestId: created.id });
    } catch (error) {
      message.error({ content: errorMessage(error), duration: 8 });
      throw error;
    }
  };

  return (
    <RequestForm
      open={period !== null}
      request={null}
      draft={draft}
      agencies={agencies.data ?? []}
      plans={plans.data ?? []}
      cycles={cycles.data ?? []}
      onCancel={onClose}
      onSubmit={create}
    />
  );
}
