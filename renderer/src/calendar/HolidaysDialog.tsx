import { useState } from 'react';
import { App, Button, DatePicker, Input, Modal, Popconfirm, Space, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { formatDisplayDate } from '../../../core/dates';
import type { HolidayDay, HolidayYear } from '../../../electron/api/contract';
import { api } from '../api';
import { DateField } from '../components/DateField';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { weekdayName } from './calendarData';

type Change = 'day_off' | 'not_day_off' | 'make_up_workday' | null;

interface HolidaysDialogProps {
  open: boolean;
  initialYear: number;
  onClose: () => void;
}

/** The year's days off: computed from the law, then fixed by the officer to match the government's notice. */
export function HolidaysDialog({ open, initialYear, onClose }: HolidaysDialogProps) {
  return (
    <Modal
      open={open}
      title="Ngày nghỉ lễ, Tết và ngày làm bù"
      footer={
        <Button type="primary" onClick={onClose}>
          Đóng
        </Button>
      }
      onCancel={onClose}
      destroyOnHidden
      width={860}
    >
      <HolidaysBody initialYear={initialYear} />
    </Modal>
  );
}

/** One change to the year's days off, with the toast that says it: what every row's button does. */
type Edit = (date: string, change: Change, name: string | null, done: string) => Promise<boolean>;

function HolidaysBody({ initialYear }: { initialYear: number }) {
  const { run, pending } = useAction();
  const [year, setYear] = useState(initialYear);
  const holidays = useLoad(['holidays', year], () => api.holidays.year({ year }));

  const edit: Edit = (date, change, name, done) =>
    run(() => api.holidays.edit({ date, change, name }), {
      success: done,
      after: (updated) => {
        if (updated.year === year) holidays.setData(() => updated);
        else setYear(updated.year);
      },
      refresh: ['calendar', 'holidays'],
    });

  const data = holidays.data;
  return (
    <>
      <div className="cal-holiday-head">
        <Space>
          <span>Năm</span>
          <DatePicker
            picker="year"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            onChange={(value) => value && setYear(value.year())}
            aria-label="Năm"
            style={{ width: 110 }}
            disabledDate={(value) => value.year() < 1900 || value.year() > 2100}
          />
        </Space>
        <Typography.Text type="secondary" className="cal-holiday-note">
          Ngày nghỉ lễ, Tết tính theo Bộ luật Lao động (Tết Nguyên đán, Giỗ Tổ Hùng Vương theo âm lịch Việt Nam). Mỗi
          năm Chính phủ thông báo lịch nghỉ cụ thể (hoán đổi ngày, làm bù thứ Bảy): sửa ở đây cho khớp. Thứ Bảy, Chủ
          nhật là ngày nghỉ, trừ ngày làm bù.
        </Typography.Text>
      </div>
      {holidays.error && <Typography.Text type="danger">{holidays.error}</Typography.Text>}
      <Tabs
        size="small"
        items={[
          {
            key: 'off',
            label: `Ngày nghỉ (${data?.daysOff.length ?? 0})`,
            children: <DaysOffTab data={data} loading={holidays.loading} busy={pending} edit={edit} />,
          },
          {
            key: 'makeup',
            label: `Ngày làm bù (${data?.makeUpWorkdays.length ?? 0})`,
            children: <MakeUpTab data={data} busy={pending} edit={edit} />,
          },
          {
            key: 'removed',
            label: `Ngày nghỉ theo luật đã bỏ (${data?.removed.length ?? 0})`,
            children: <RemovedTab data={data} edit={edit} />,
          },
        ]}
      />
    </>
  );
}

const dateColumn = {
  title: 'Ngày',
  dataIndex: 'date',
  width: 110,
  render: (date: string) => formatDisplayDate(date),
};
const weekdayColumn = { title: 'Thứ', dataIndex: 'date', width: 100, render: (date: string) => weekdayName(date) };

interface TabProps {
  data: HolidayYear | undefined;
  busy?: boolean;
  edit: Edit;
}

function DaysOffTab({ data, loading, busy, edit }: TabProps & { loading: boolean }) {
  const { message } = App.useApp();
  const [newDayOff, setNewDayOff] = useState<string | null>(null);
  const [newName, setNewName] = useState('');

  const addDayOff = async () => {
    if (!newDayOff) return message.warning('Hãy chọn ngày nghỉ cần thêm.');
    if (!newName.trim()) return message.warning('Hãy nhập tên ngày nghỉ (ví dụ: Nghỉ bù Tết Nguyên đán).');
    const ok = await edit(newDayOff, 'day_off', newName.trim(), `Đã thêm ngày nghỉ ${formatDisplayDate(newDayOff)}.`);
    if (ok) {
      setNewDayOff(null);
      setNewName('');
    }
  };

  return (
    <>
      <Space className="cal-holiday-add" wrap>
        <div style={{ width: 150 }}>
          <DateField value={newDayOff} onChange={setNewDayOff} id="new-day-off" />
        </div>
        <Input
          style={{ width: 320 }}
          placeholder="Tên ngày nghỉ, ví dụ: Nghỉ bù Tết Nguyên đán"
          value={newName}
          onChange={(event) => setNewName(event.target.value)}
          onPressEnter={addDayOff}
          aria-label="Tên ngày nghỉ"
        />
        <Button icon={<PlusOutlined />} onClick={addDayOff} loading={busy}>
          Thêm ngày nghỉ
        </Button>
      </Space>
      <Table<HolidayDay>
        rowKey="date"
        size="small"
        loading={loading}
        dataSource={data?.daysOff ?? []}
        pagination={false}
        scroll={{ y: 300 }}
        locale={{ emptyText: 'Không có ngày nghỉ lễ, Tết nào.' }}
        columns={[
          dateColumn,
          weekdayColumn,
          {
            title: 'Tên ngày nghỉ',
            dataIndex: 'name',
            render: (name: string, day) => (
              <>
                {name} {day.lunar && <Tag color="gold">Âm lịch</Tag>}
              </>
            ),
          },
          {
            title: 'Nguồn',
            dataIndex: 'source',
            width: 130,
            render: (source: HolidayDay['source']) =>
              source === 'computed' ? <Tag color="blue">Tính theo luật</Tag> : <Tag color="orange">Đã sửa</Tag>,
          },
          { title: '', width: 130, render: (_, day) => <DayOffAction day={day} edit={edit} /> },
        ]}
      />
    </>
  );
}

/** A computed day off can be worked ("Không nghỉ"); one the officer added can be taken back. */
function DayOffAction({ day, edit }: { day: HolidayDay; edit: Edit }) {
  if (day.source === 'computed') {
    return (
      <Popconfirm
        title={`Đi làm ngày ${formatDisplayDate(day.date)}?`}
        description="Ngày này không còn là ngày nghỉ (có thể khôi phục)."
        okText="Đồng ý"
        cancelText="Không"
        onConfirm={() => edit(day.date, 'not_day_off', null, `${formatDisplayDate(day.date)} là ngày làm việc.`)}
      >
        <Button size="small" type="link">
          Không nghỉ
        </Button>
      </Popconfirm>
    );
  }
  return (
    <Button
      size="small"
      type="link"
      onClick={() => edit(day.date, null, null, `Đã bỏ ngày nghỉ thêm ${formatDisplayDate(day.date)}.`)}
    >
      Bỏ ngày nghỉ này
    </Button>
  );
}

function MakeUpTab({ data, busy, edit }: TabProps) {
  const { message } = App.useApp();
  const [newMakeUp, setNewMakeUp] = useState<string | null>(null);

  const addMakeUp = async () => {
    if (!newMakeUp) return message.warning('Hãy chọn ngày làm bù.');
    const ok = await edit(newMakeUp, 'make_up_workday', null, `Đã thêm ngày làm bù ${formatDisplayDate(newMakeUp)}.`);
    if (ok) setNewMakeUp(null);
  };

  return (
    <>
      <Space className="cal-holiday-add" wrap>
        <div style={{ width: 150 }}>
          <DateField value={newMakeUp} onChange={setNewMakeUp} id="new-make-up" />
        </div>
        <Button icon={<PlusOutlined />} onClick={addMakeUp} loading={busy}>
          Thêm ngày làm bù
        </Button>
        <Typography.Text type="secondary">Thứ Bảy, Chủ nhật phải đi làm (làm bù ngày nghỉ hoán đổi).</Typography.Text>
      </Space>
      <Table<{ date: string }>
        rowKey="date"
        size="small"
        dataSource={(data?.makeUpWorkdays ?? []).map((date) => ({ date }))}
        pagination={false}
        scroll={{ y: 300 }}
        locale={{ emptyText: 'Năm này chưa có ngày làm bù.' }}
        columns={[
          dateColumn,
          weekdayColumn,
          {
            title: '',
            render: (_, { date }) => (
              <Button
                size="small"
                type="link"
                onClick={() => edit(date, null, null, `Đã bỏ ngày làm bù ${formatDisplayDate(date)}.`)}
              >
                Bỏ ngày làm bù
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}

function RemovedTab({ data, edit }: TabProps) {
  return (
    <Table<{ date: string; name: string }>
      rowKey="date"
      size="small"
      dataSource={data?.removed ?? []}
      pagination={false}
      scroll={{ y: 340 }}
      locale={{ emptyText: 'Không bỏ ngày nghỉ nào trong năm này.' }}
      columns={[
        dateColumn,
        weekdayColumn,
        { title: 'Tên ngày nghỉ', dataIndex: 'name' },
        {
          title: '',
          width: 170,
          render: (_, day) => (
            <Button
              size="small"
              type="link"
              onClick={() => edit(day.date, null, null, `Đã khôi phục ngày nghỉ ${formatDisplayDate(day.date)}.`)}
            >
              Khôi phục ngày nghỉ
            </Button>
          ),
        },
      ]}
    />
  );
}
