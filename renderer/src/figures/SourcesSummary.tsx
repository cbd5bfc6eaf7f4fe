import { Alert } from 'antd';
import type { RequestConsolidation } from '../../../core/figures/records';

export function SourcesSummary({ data }: { data: RequestConsolidation }) {
  const total = data.sources.length;
  const accepted = data.sources.filter((source) => source.status === 'accepted').length;
  const reported = total - data.missing.length;
  const type = data.missing.length > 0 ? 'warning' : data.unaccepted.length > 0 ? 'info' : 'success';
  return (
    <Alert
      type={type}
      showIcon
      title={
        <>
          {total} nguồn số liệu: {reported}/{total} đã có số liệu, {accepted}/{total} đã xác nhận.
        </>
      }
      description={
        (data.missing.length > 0 || data.unaccepted.length > 0) && (
          <>
            {data.missing.length > 0 && <div>Chưa có số liệu: {data.missing.join(', ')}.</div>}
            {data.unaccepted.length > 0 && <div>Chưa xác nhận: {data.unaccepted.join(', ')}.</div>}
          </>
        )
      }
    />
  );
}
