import { Alert } from 'antd';
import type { RequestConsolidation } from '../../../core/figures/records';

export function SourcesSummary({ data }: { data: RequestConsolidation }) {
  const total = data.sources.length;
  const accepted = data.sources.filter((source) => source.status === 'accepted').length;
  const reported = total - data.missing.length;
  const type = data.missing.length > 0 ? 'warning' : data.unaccepted.length > 0 ? 'info' : 'success';
  // A designated-source indicator whose agency this request does not ask stays blank: say why, not just blank.
  const names = new Set(data.sources.map((source) => source.agency));
  const absent = [
    ...new Set(
      data.values.flatMap((value) =>
        value.aggregation === 'source' && value.designatedAgency && !names.has(value.designatedAgency)
          ? [value.designatedAgency]
          : [],
      ),
    ),
  ];
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
        (data.missing.length > 0 || data.unaccepted.length > 0 || absent.length > 0) && (
          <>
            {data.missing.length > 0 && <div>Chưa có số liệu: {data.missing.join(', ')}.</div>}
            {data.unaccepted.length > 0 && <div>Chưa xác nhận: {data.unaccepted.join(', ')}.</div>}
            {absent.length > 0 && (
              <div>
                {absent.join(', ')} không có trong danh sách cơ quan phải gửi yêu cầu này: các chỉ tiêu lấy số của{' '}
                {absent.length > 1 ? 'các cơ quan này' : 'cơ quan này'} để trống. Hãy thêm vào yêu cầu (nút “Sửa”) nếu
                cần.
              </div>
            )}
          </>
        )
      }
    />
  );
}
