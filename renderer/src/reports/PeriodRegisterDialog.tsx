import { useMemo } from 'react';
import type { Occurrence } from '../../../core/calendar';
import { requestForPeriod } from '../../../core/cyclePeriods';
import type { RequestFields } from '../../../core/reports';
import { api } from '../api';
import { navigate } from '../route';
import { useAction } from '../useAction';
import { invalidate, useLoad } from '../useLoad';
import { RequestForm } from './RequestForm';
import { reportKeys } from './reportFormat';

/**
 * "Mở sổ theo dõi": the request form filled in from a report cycle's period, for the officer to check and save;
 * once saved, the register of the period opens.
 */
export function PeriodRegisterDialog({ period, onClose }: { period: Occurrence | null; onClose: () => void }) {
  const { run } = useAction();
  const agencies = useLoad(['agencies'], () => api.agencies.list({ includeInactive: true }));
  const plans = useLoad(['plans'], () => api.plans.list({}));
  const cycles = useLoad(['cycles'], () => api.cycles.list());
  const draft = useMemo(() => (period ? requestForPeriod(period) : null), [period]);

  const create = async (fields: RequestFields) => {
    await run(() => api.requests.create(fields), {
      success: (created) => `Đã mở sổ theo dõi “${created.title}”.`,
      after: async (created) => {
        onClose();
        await invalidate(...reportKeys());
        navigate({ page: 'request', requestId: created.id, tab: 'register' });
      },
      rethrow: true,
    });
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
