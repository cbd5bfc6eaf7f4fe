import { useMemo, useState } from 'react';
import { Button, Card, Empty, Space, Spin, Table, Tag, Typography } from 'antd';
import {
  CheckOutlined,
  ClockCircleOutlined,
  CloseOutlined,
  FileWordOutlined,
  FolderOpenOutlined,
  MailOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import type { Occurrence } from '../../../core/calendar';
import { addDays, daysBetween, formatDisplayDate } from '../../../core/dates';
import type { DueReminder } from '../../../core/reminders';
import { compareVietnamese } from '../../../core/vietnamese';
import type { TodoList } from '../../../electron/api/contract';
import { api } from '../api';
import { saveExportedFile } from '../download';
import { navigate, routeHash } from '../route';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { PeriodRegisterDialog } from './PeriodRegisterDialog';
import { RecordSubmission } from './RecordSubmission';
import { LetterTemplateDialog, ReminderRulesDialog } from './ReminderSettings';
import { agencyNameMap, dataWindow, dueColor, dueText, longDate } from './reportFormat';
import './reports.css';

/** How many missing agencies a card names before "và N cơ quan khác". */
const SHOWN_AGENCIES = 12;

/** "Việc cần làm", the home screen: overdue reports first, then those due soon, each with who is missing. */
export function TodoPage() {
  const todo = useLoad(['todo'], () => api.reminders.todo({}));
  const agencies = useLoad(['agencies'], () => api.agencies.list({ includeInactive: true }));
  const [recording, setRecording] = useState<number | null>(null);
  const [settings, setSettings] = useState<'rules' | 'template' | null>(null);
  const [opening, setOpening] = useState<Occurrence | null>(null);
  const names = useMemo(() => agencyNameMap(agencies.data), [agencies.data]);

  const overdue = todo.data?.reminders.filter((reminder) => reminder.daysLeft < 0) ?? [];
  const dueSoon = todo.data?.reminders.filter((reminder) => reminder.daysLeft >= 0) ?? [];

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Việc cần làm</h1>
          {todo.data && (
            <Typography.Text type="secondary" data-testid="today">
              Hôm nay: {longDate(todo.data.today)}
            </Typography.Text>
          )}
        </div>
        <Space>
          <Button icon={<SettingOutlined />} onClick={() => setSettings('rules')}>
            Cài đặt nhắc việc
          </Button>
          <Button icon={<FileWordOutlined />} onClick={() => setSettings('template')}>
            Mẫu công văn đôn đốc
          </Button>
        </Space>
      </div>
      {todo.error && <Typography.Text type="danger">{todo.error}</Typography.Text>}
      {!todo.data ? (
        !todo.error && <Spin style={{ marginTop: 80, width: '100%' }} />
      ) : (
        <div data-testid="todo-list" className="todo-list">
          {todo.data.reminders.length === 0 && (
            <Card>
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không có báo cáo nào đến hạn hay quá hạn." />
            </Card>
          )}
          {overdue.length > 0 && (
            <section aria-label="Quá hạn">
              <Typography.Title level={5} className="todo-heading">
                Quá hạn <Tag color="red">{overdue.length}</Tag>
              </Typography.Title>
              {overdue.map((reminder) => (
                <ReminderCard
                  key={reminder.requestId}
                  reminder={reminder}
                  today={todo.data!.today}
                  names={names}
                  onRecord={() => setRecording(reminder.requestId)}
                />
              ))}
            </section>
          )}
          {dueSoon.length > 0 && (
            <section aria-label="Sắp đến hạn">
              <Typography.Title level={5} className="todo-heading">
                Sắp đến hạn <Tag color="orange">{dueSoon.length}</Tag>
              </Typography.Title>
              {dueSoon.map((reminder) => (
                <ReminderCard
                  key={reminder.requestId}
                  reminder={reminder}
                  today={todo.data!.today}
                  names={names}
                  onRecord={() => setRecording(reminder.requestId)}
                />
              ))}
            </section>
          )}
          <UntrackedPeriods periods={todo.data.untrackedPeriods} today={todo.data.today} onOpen={setOpening} />
          <Upcoming upcoming={todo.data.upcoming} />
        </div>
      )}
      <RecordSubmission requestId={recording} onClose={() => setRecording(null)} />
      <PeriodRegisterDialog period={opening} onClose={() => setOpening(null)} />
      <ReminderRulesDialog open={settings === 'rules'} onClose={() => setSettings(null)} />
      <LetterTemplateDialog open={settings === 'template'} onClose={() => setSettings(null)} />
    </>
  );
}

interface ReminderCardProps {
  reminder: DueReminder;
  today: string;
  names: Map<number, string>;
  onRecord: () => void;
}

function ReminderCard({ reminder, today, names, onRecord }: ReminderCardProps) {
  const { run } = useAction();
  const [expanded, setExpanded] = useState(false);
  const [busy, setBusy] = useState<'letter' | 'snooze' | 'dismiss' | null>(null);
  const missing = useMemo(
    () => reminder.missingAgencyIds.map((id) => names.get(id) ?? `Cơ quan #${id}`).sort(compareVietnamese),
    [reminder.missingAgencyIds, names],
  );
  const shown = expanded ? missing : missing.slice(0, SHOWN_AGENCIES);
  const overdue = reminder.daysLeft < 0;

  const letter = async () => {
    setBusy('letter');
    await run(() => api.requests.letter({ id: reminder.requestId, on: today }), { after: saveExportedFile });
    setBusy(null);
  };

  const mark = async (change: { snoozedUntil: string } | { dismissed: true }) => {
    setBusy('snoozedUntil' in change ? 'snooze' : 'dismiss');
    await run(() => api.reminders.mark({ requestId: reminder.requestId, step: reminder.step, ...change }), {
      success:
        'snoozedUntil' in change
          ? `Sẽ nhắc lại “${reminder.title}” vào ngày ${formatDisplayDate(change.snoozedUntil)}.`
          : `Đã bỏ qua lần nhắc này của “${reminder.title}”.`,
      refresh: ['todo'],
    });
    setBusy(null);
  };

  return (
    <Card
      size="small"
      className={`todo-card ${overdue ? 'todo-card-overdue' : 'todo-card-soon'}`}
      data-testid="todo-item"
      aria-label={reminder.title}
    >
      <div className="todo-card-top">
        <div className="todo-card-title">
          <Typography.Link href={routeHash({ page: 'request', requestId: reminder.requestId, tab: 'register' })} strong>
            {reminder.title}
          </Typography.Link>
          <div className="todo-card-meta">
            <Tag color={dueColor(reminder.daysLeft)} variant="solid">
              {dueText(reminder.daysLeft)}
            </Tag>
            <span>Hạn nộp: {formatDisplayDate(reminder.dueOn)}</span>
            <span className="muted">· Chưa nộp: {missing.length} cơ quan</span>
          </div>
        </div>
        <Space wrap size={6} className="todo-card-actions">
          <Button type="primary" size="small" icon={<CheckOutlined />} onClick={onRecord}>
            Ghi nhận đã nộp
          </Button>
          <Button size="small" icon={<MailOutlined />} loading={busy === 'letter'} onClick={letter}>
            Soạn công văn đôn đốc
          </Button>
          <Button
            size="small"
            icon={<ClockCircleOutlined />}
            loading={busy === 'snooze'}
            title="Nhắc lại vào ngày mai"
            onClick={() => mark({ snoozedUntil: addDays(today, 1) })}
          >
            Để sau
          </Button>
          <Button
            size="small"
            type="text"
            icon={<CloseOutlined />}
            loading={busy === 'dismiss'}
            title="Không nhắc lần này nữa"
            onClick={() => mark({ dismissed: true })}
          >
            Bỏ qua
          </Button>
        </Space>
      </div>
      <div className="todo-card-agencies" aria-label="Cơ quan chưa nộp">
        {shown.map((name) => (
          <Tag key={name} color={overdue ? 'red' : undefined} variant="outlined">
            {name}
          </Tag>
        ))}
        {missing.length > SHOWN_AGENCIES && (
          <Button type="link" size="small" onClick={() => setExpanded(!expanded)}>
            {expanded ? 'Thu gọn' : `và ${missing.length - SHOWN_AGENCIES} cơ quan khác`}
          </Button>
        )}
      </div>
    </Card>
  );
}

interface UntrackedPeriodsProps {
  periods: Occurrence[];
  today: string;
  onOpen: (period: Occurrence) => void;
}

/** Periods of the report cycles that nobody is chasing yet: the officer opens the register in one click. */
function UntrackedPeriods({ periods, today, onOpen }: UntrackedPeriodsProps) {
  if (periods.length === 0) return null;
  return (
    <section aria-label="Kỳ báo cáo định kỳ chưa mở sổ theo dõi">
      <Typography.Title level={5} className="todo-heading">
        Kỳ báo cáo định kỳ chưa mở sổ theo dõi <Tag color="blue">{periods.length}</Tag>
      </Typography.Title>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={periods}
        columns={[
          { title: 'Báo cáo', dataIndex: 'title' },
          { title: 'Hạn nộp', dataIndex: 'start', width: 110, render: formatDisplayDate },
          {
            title: 'Còn lại',
            dataIndex: 'start',
            key: 'daysLeft',
            width: 130,
            render: (due: string) => {
              const days = daysBetween(today, due);
              return <Tag color={dueColor(days)}>{dueText(days)}</Tag>;
            },
          },
          {
            title: 'Kỳ số liệu',
            key: 'window',
            width: 200,
            render: (_: unknown, period) => dataWindow(period),
          },
          {
            title: 'Cơ quan phải báo cáo',
            key: 'agencies',
            width: 160,
            render: (_: unknown, period) => `${period.agencyIds.length} cơ quan`,
          },
          {
            title: '',
            key: 'open',
            width: 150,
            render: (_: unknown, period) => (
              <Button size="small" type="primary" ghost icon={<FolderOpenOutlined />} onClick={() => onOpen(period)}>
                Mở sổ theo dõi
              </Button>
            ),
          },
        ]}
      />
    </section>
  );
}

function Upcoming({ upcoming }: { upcoming: TodoList['upcoming'] }) {
  if (upcoming.length === 0) return null;
  return (
    <section aria-label="Báo cáo sắp tới">
      <Typography.Title level={5} className="todo-heading">
        Báo cáo sắp tới
      </Typography.Title>
      <Table
        rowKey="requestId"
        size="small"
        pagination={false}
        dataSource={upcoming}
        onRow={(item) => ({ onClick: () => navigate({ page: 'request', requestId: item.requestId, tab: 'register' }) })}
        rowClassName={() => 'clickable-row'}
        columns={[
          {
            title: 'Báo cáo',
            dataIndex: 'title',
            render: (title: string, item) => (
              <Typography.Link href={routeHash({ page: 'request', requestId: item.requestId, tab: 'register' })}>
                {title}
              </Typography.Link>
            ),
          },
          { title: 'Hạn nộp', dataIndex: 'dueOn', width: 110, render: formatDisplayDate },
          {
            title: 'Còn lại',
            dataIndex: 'daysLeft',
            width: 120,
            render: (days: number) => <Tag>{dueText(days)}</Tag>,
          },
          {
            title: 'Chưa nộp',
            dataIndex: 'missing',
            width: 130,
            render: (count: number) => `${count} cơ quan`,
          },
        ]}
      />
    </section>
  );
}
