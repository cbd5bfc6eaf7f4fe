import { Button, DatePicker, Space } from 'antd';
import dayjs from 'dayjs';
import { CalendarOutlined, ExportOutlined, PlusOutlined, PrinterOutlined, ScheduleOutlined } from '@ant-design/icons';
import { api } from '../api';
import { saveExportedFile } from '../download';
import { useAction } from '../useAction';
import { dateRangeText } from './calendarData';
import type { CalendarFilters, VisibleRange } from './useCalendarData';

interface CalendarToolbarProps {
  range: VisibleRange | null;
  filters: CalendarFilters;
  onGotoMonth: (month: Date) => void;
  onAddEntry: () => void;
  onHolidays: () => void;
  onCycles: () => void;
}

/** The title, a jump to a month, and what the officer does with the calendar as a whole. */
export function CalendarToolbar({
  range,
  filters,
  onGotoMonth,
  onAddEntry,
  onHolidays,
  onCycles,
}: CalendarToolbarProps) {
  const { run, pending: exporting } = useAction();

  // The month or year on screen, with the filters applied, as the .ics the officer imports into Outlook.
  const exportIcs = async () => {
    if (!range) return;
    await run(
      async () => {
        const file = await api.calendar.exportIcs({ from: range.currentFrom, to: range.currentTo, ...filters });
        saveExportedFile(file);
        return file;
      },
      {
        success: (file) => `Đã xuất lịch ${dateRangeText(range.currentFrom, range.currentTo)} ra tệp ${file.fileName}.`,
      },
    );
  };

  return (
    <div className="page-header cal-no-print">
      <Space size={16} align="center">
        <h1>Lịch công tác</h1>
        <DatePicker
          picker="month"
          format="MM/YYYY"
          allowClear={false}
          aria-label="Đến tháng"
          placeholder="Đến tháng"
          style={{ width: 130 }}
          value={range ? dayjs(range.currentFrom) : null}
          onChange={(month) => month && onGotoMonth(month.startOf('month').toDate())}
        />
      </Space>
      <Space wrap size={8}>
        <Button type="primary" icon={<PlusOutlined />} onClick={onAddEntry}>
          Thêm mục lịch
        </Button>
        <Button icon={<CalendarOutlined />} onClick={onHolidays}>
          Ngày nghỉ…
        </Button>
        <Button icon={<ScheduleOutlined />} onClick={onCycles}>
          Báo cáo định kỳ…
        </Button>
        <Button icon={<ExportOutlined />} onClick={exportIcs} loading={exporting} disabled={!range}>
          Xuất .ics
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          In
        </Button>
      </Space>
    </div>
  );
}
