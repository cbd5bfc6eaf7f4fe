import { useMemo } from 'react';
import { Table, Tag, Typography } from 'antd';
import type { RequestConsolidation } from '../../../core/figures/records';
import { columnLabel } from './consolidationRows';

type Violation = RequestConsolidation['violations'][number];

const IMPORTANCE: Record<Violation['importance'], { label: string; color: string; order: number }> = {
  error: { label: 'Lỗi', color: 'red', order: 0 },
  warning: { label: 'Cảnh báo', color: 'orange', order: 1 },
};

export function ViolationsTable({ data }: { data: RequestConsolidation }) {
  const violations = useMemo(
    () =>
      data.violations
        .map((violation, index) => ({ ...violation, key: `${index}` }))
        .sort(
          (a, b) =>
            IMPORTANCE[a.importance].order - IMPORTANCE[b.importance].order || a.agency.localeCompare(b.agency, 'vi'),
        ),
    [data.violations],
  );
  if (violations.length === 0) {
    return <Typography.Text type="secondary">Các kiểm tra không thấy lỗi hay cảnh báo nào.</Typography.Text>;
  }
  return (
    <Table<Violation & { key: string }>
      rowKey="key"
      size="small"
      dataSource={violations}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      columns={[
        {
          title: 'Mức',
          key: 'importance',
          width: 96,
          render: (_, violation) => (
            <Tag color={IMPORTANCE[violation.importance].color}>{IMPORTANCE[violation.importance].label}</Tag>
          ),
          filters: [
            { text: 'Lỗi', value: 'error' },
            { text: 'Cảnh báo', value: 'warning' },
          ],
          onFilter: (value, violation) => violation.importance === value,
        },
        { title: 'Cơ quan', dataIndex: 'agency', width: 220 },
        {
          title: 'Cột',
          key: 'column',
          width: 110,
          render: (_, violation) => columnLabel(data.columns, violation.column),
        },
        {
          title: 'Nội dung',
          key: 'message',
          render: (_, violation) => (
            <>
              <div>{violation.message}</div>
              {violation.comment && (
                <Typography.Text type="secondary" italic>
                  Giải trình: {violation.comment}
                </Typography.Text>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
