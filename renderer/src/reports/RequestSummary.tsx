import { Collapse, Descriptions, Tag, Typography } from 'antd';
import { formatDisplayDate } from '../../../core/dates';
import { planLabel, type PlanSummary } from '../../../core/plan';
import type { Rate, ReportRequest } from '../../../core/reports';
import { navigate } from '../route';
import { RateBar } from './RatesPanel';
import { dataWindow } from './reportFormat';

interface RequestSummaryProps {
  request: ReportRequest;
  rate: Rate;
  plan: PlanSummary | undefined;
  missing: number;
}

/** Under the title: the dates, the receiver, the plan, how complete and timely, and the outline asked for. */
export function RequestSummary({ request, rate, plan, missing }: RequestSummaryProps) {
  return (
    <>
      <Descriptions
        size="small"
        column={3}
        style={{ marginBottom: 4 }}
        items={[
          { key: 'due', label: 'Hạn nộp', children: formatDisplayDate(request.dueOn) },
          { key: 'requested', label: 'Ngày yêu cầu', children: formatDisplayDate(request.requestedOn) },
          { key: 'window', label: 'Kỳ số liệu', children: dataWindow(request) || '—' },
          { key: 'receiver', label: 'Nơi nhận', children: request.receiver || '—' },
          {
            key: 'plan',
            label: 'Theo kế hoạch',
            span: 2,
            children: plan ? (
              <Typography.Link onClick={() => navigate({ page: 'plan', planId: plan.id, tab: 'outline' })}>
                {planLabel(plan)} — {plan.title}
              </Typography.Link>
            ) : (
              '—'
            ),
          },
        ]}
      />
      <div className="request-head-progress">
        <div>
          <Typography.Text type="secondary">Đầy đủ</Typography.Text>
          <RateBar rate={rate} measure="completeness" />
        </div>
        <div>
          <Typography.Text type="secondary">Đúng hạn</Typography.Text>
          <RateBar rate={rate} measure="timeliness" />
        </div>
        {missing > 0 && <Tag color="red">Còn {missing} cơ quan chưa nộp</Tag>}
      </div>
      {request.outline.length > 0 && (
        <Collapse
          size="small"
          style={{ marginBottom: 12 }}
          items={[
            {
              key: 'outline',
              label: `Đề cương báo cáo (${request.outline.length} mục)`,
              children: (
                <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                  {request.outline.map((heading, index) => (
                    <li key={index}>{heading}</li>
                  ))}
                </ol>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
