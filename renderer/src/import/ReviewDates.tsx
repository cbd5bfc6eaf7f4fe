import { Button, Table, Tag } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { formatDisplayDate } from '../../../core/dates';
import type { DateKind, ExtractedDate } from '../../../core/import/dates';
import { DOUBTFUL, type Span } from '../../../core/import/types';
import { RECURRENCE_LABELS } from '../../../core/plan';

const KIND_LABELS: Record<DateKind, { label: string; color: string }> = {
  deadline: { label: 'Hạn gửi, hạn hoàn thành', color: 'red' },
  period: { label: 'Kỳ số liệu', color: 'blue' },
  range: { label: 'Khoảng thời gian', color: 'geekblue' },
  recurring: { label: 'Định kỳ', color: 'purple' },
  yearly: { label: 'Ngày hằng năm', color: 'green' },
};

function when(date: ExtractedDate): string {
  if (date.kind === 'recurring') {
    return [...date.recurrence.map((cycle) => RECURRENCE_LABELS[cycle]), ...(date.adHoc ? ['đột xuất'] : [])].join(
      ', ',
    );
  }
  if (date.from && date.to) return `${formatDisplayDate(date.from)} – ${formatDisplayDate(date.to)}`;
  if (date.kind === 'yearly' && date.monthDay) return `${date.monthDay.slice(3)}/${date.monthDay.slice(0, 2)} hằng năm`;
  return formatDisplayDate(date.due);
}

/** Every date the import found; a false one is dropped here before saving. */
export function ReviewDates({
  dates,
  onFocus,
  onRemove,
}: {
  dates: ExtractedDate[];
  onFocus: (span: Span) => void;
  onRemove: (index: number) => void;
}) {
  return (
    <Table<ExtractedDate & { index: number }>
      size="small"
      rowKey="index"
      pagination={false}
      dataSource={dates.map((date, index) => ({ ...date, index }))}
      locale={{ emptyText: 'Không tìm thấy mốc thời gian nào.' }}
      onRow={(date) => ({ onClick: () => onFocus({ start: date.start, end: date.end }), style: { cursor: 'pointer' } })}
      columns={[
        {
          title: 'Loại',
          dataIndex: 'kind',
          width: 150,
          render: (kind: DateKind, date) => (
            <>
              <Tag color={KIND_LABELS[kind].color}>{KIND_LABELS[kind].label}</Tag>
              {date.confidence < DOUBTFUL && <Tag color="orange">Cần kiểm tra</Tag>}
            </>
          ),
        },
        { title: 'Thời gian', width: 170, render: (_, date) => when(date) },
        {
          title: 'Nội dung',
          render: (_, date) => (
            <>
              <div>{date.text.length > 160 ? `${date.text.slice(0, 160)}…` : date.text}</div>
              {date.kind === 'deadline' && (
                <div className="muted">
                  {date.what && <>Nội dung: {date.what}. </>}
                  {date.sender && <>Bên gửi: {date.sender}. </>}
                  {date.receiver && <>Nơi nhận: {date.receiver}.</>}
                </div>
              )}
            </>
          ),
        },
        {
          title: '',
          width: 48,
          render: (_, date) => (
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label="Bỏ mốc thời gian"
              onClick={(event) => {
                event.stopPropagation();
                onRemove(date.index);
              }}
            />
          ),
        },
      ]}
    />
  );
}
