import { useMemo, useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Select } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { Agency } from '../../../core/agency';
import { DEFAULT_CYCLE, cycleOccurrences, type Cycle, type CycleFields } from '../../../core/calendar';
import { formatDisplayDate } from '../../../core/dates';
import { RECURRENCE_LABELS, RECURRENCES, type PlanSummary, type Recurrence } from '../../../core/plan';
import { AgencySelect } from '../components/AgencySelect';
import { DialogButtons } from '../components/DialogButtons';
import { DAY_OF_MONTH_RULE, notBeforeYearRule, YEAR_RULE } from '../components/numberRules';
import { agencyOptions, planOptions } from '../components/options';
import { PlanSelect } from '../components/PlanSelect';

interface CycleFormProps {
  cycle: Cycle | null;
  defaultYear: number;
  plans: PlanSummary[];
  agencies: Agency[];
  onCancel: () => void;
  onSubmit: (fields: CycleFields) => Promise<void>;
}

const DEFAULT_TITLES: Record<Recurrence, string> = {
  monthly: 'Báo cáo tháng',
  quarterly: 'Báo cáo quý',
  half_yearly: 'Báo cáo 6 tháng',
  yearly: 'Báo cáo năm',
};

const OFFSET_OPTIONS = [
  { value: 0, label: 'tháng cuối kỳ' },
  { value: 1, label: '1 tháng sau kỳ' },
  { value: 2, label: '2 tháng sau kỳ' },
  { value: 3, label: '3 tháng sau kỳ' },
];

const within = (min: number, max: number) => (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
const isDay = within(1, 31);
const isYear = within(1945, 2100);

/** A report cycle: its recurrence, data window, due day, receiver and agencies, with the year's deadlines. */
export function CycleForm({ cycle, defaultYear, plans, agencies, onCancel, onSubmit }: CycleFormProps) {
  const [form] = Form.useForm<CycleFields>();
  const [saving, setSaving] = useState(false);
  const initial: CycleFields = useMemo(
    () =>
      cycle ?? { ...DEFAULT_CYCLE, title: DEFAULT_TITLES.quarterly, recurrence: 'quarterly', fromYear: defaultYear },
    [cycle, defaultYear],
  );
  const watched = Form.useWatch([], form) as Partial<CycleFields> | undefined;
  const agencyChoices = useMemo(() => agencyOptions(agencies, initial.agencyIds), [agencies, initial.agencyIds]);
  const planChoices = useMemo(() => planOptions(plans), [plans]);

  const submit = async (values: CycleFields) => {
    setSaving(true);
    try {
      await onSubmit({
        ...initial,
        ...values,
        title: values.title.trim(),
        receiver: values.receiver?.trim() || null,
        toYear: values.toYear ?? null,
        planId: values.planId ?? null,
        agencyIds: values.agencyIds ?? [],
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={submit}
      onValuesChange={(changed: Partial<CycleFields>) => {
        // A new cycle's title follows its recurrence until the officer types one.
        if (!cycle && changed.recurrence && Object.values(DEFAULT_TITLES).includes(form.getFieldValue('title'))) {
          form.setFieldValue('title', DEFAULT_TITLES[changed.recurrence]);
        }
      }}
      className="cal-cycle-form"
    >
      <Button
        type="link"
        size="small"
        icon={<ArrowLeftOutlined />}
        onClick={onCancel}
        style={{ padding: 0, marginBottom: 6 }}
      >
        Về danh sách chu kỳ
      </Button>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12, padding: '6px 12px' }}
        title={
          <span className="cal-cycle-note">
            Mặc định theo chế độ báo cáo của Nghị định 09/2019/NĐ-CP: số liệu tính từ ngày 15 tháng trước kỳ báo cáo đến
            ngày 14 tháng cuối kỳ (báo cáo tháng: 15 tháng trước – 14; 6 tháng đầu năm: 15/12 năm trước – 14/6; năm:
            15/12 năm trước – 14/12). Kỳ số liệu và hạn gửi sửa được theo quy định của từng ngành.
          </span>
        }
      />
      <TitleAndYears />
      <DayFields />
      <div className="cal-form-row">
        <Form.Item name="receiver" label="Nơi nhận" style={{ flex: 1 }}>
          <Input placeholder="Ví dụ: Công an tỉnh (Phòng Tham mưu)" />
        </Form.Item>
        <Form.Item name="planId" label="Thuộc kế hoạch" style={{ flex: 1 }}>
          <PlanSelect options={planChoices} />
        </Form.Item>
      </div>
      <Form.Item name="agencyIds" label="Cơ quan phải báo cáo">
        <AgencySelect options={agencyChoices} ariaLabel="Cơ quan phải báo cáo" maxTagCount={10} />
      </Form.Item>
      <CyclePreview initial={initial} watched={watched} defaultYear={defaultYear} />
      <DialogButtons saving={saving} onCancel={onCancel} />
    </Form>
  );
}

function TitleAndYears() {
  return (
    <div className="cal-form-row">
      <Form.Item
        name="title"
        label="Tên báo cáo"
        style={{ flex: 2 }}
        rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên báo cáo.' }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="recurrence" label="Định kỳ" style={{ width: 160 }}>
        <Select
          aria-label="Định kỳ"
          options={RECURRENCES.map((value) => ({ value, label: RECURRENCE_LABELS[value] }))}
        />
      </Form.Item>
      <Form.Item
        name="fromYear"
        label="Từ năm"
        style={{ width: 110 }}
        rules={[{ required: true, message: 'Hãy nhập năm.' }, YEAR_RULE]}
      >
        <InputNumber style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="toYear"
        label="Đến năm"
        style={{ width: 110 }}
        dependencies={['fromYear']}
        rules={[YEAR_RULE, notBeforeYearRule('fromYear')]}
      >
        <InputNumber style={{ width: '100%' }} placeholder="(không)" />
      </Form.Item>
    </div>
  );
}

/** Day numbers, checked rather than clamped: a typed 99 stays 99 and says what is wrong. */
function DayFields() {
  const required = { required: true, message: 'Hãy nhập ngày.' };
  return (
    <div className="cal-form-row">
      <Form.Item
        name="windowStartDay"
        label="Số liệu từ ngày (tháng trước kỳ)"
        style={{ flex: 1 }}
        rules={[required, DAY_OF_MONTH_RULE]}
      >
        <InputNumber style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="windowEndDay"
        label="đến ngày (tháng cuối kỳ)"
        style={{ flex: 1 }}
        rules={[required, DAY_OF_MONTH_RULE]}
      >
        <InputNumber style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="dueDay" label="Hạn gửi: ngày" style={{ flex: 1 }} rules={[required, DAY_OF_MONTH_RULE]}>
        <InputNumber style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="dueMonthOffset" label="của" style={{ flex: 1 }}>
        <Select aria-label="Tháng của hạn gửi" options={OFFSET_OPTIONS} />
      </Form.Item>
    </div>
  );
}

/** The first deadlines of the year, as the form stands; nothing while a day or the year is out of range. */
interface CyclePreviewProps {
  initial: CycleFields;
  watched: Partial<CycleFields> | undefined;
  defaultYear: number;
}

function CyclePreview({ initial, watched, defaultYear }: CyclePreviewProps) {
  const preview = useMemo(() => {
    const values = { ...initial, ...watched };
    if (!values.recurrence || !isYear(values.fromYear)) return [];
    if (!isDay(values.windowStartDay) || !isDay(values.windowEndDay) || !isDay(values.dueDay)) return [];
    const year = Math.max(values.fromYear, defaultYear);
    try {
      return cycleOccurrences(
        { ...(values as CycleFields), id: 0, uuid: '', dueMonthOffset: values.dueMonthOffset ?? 0, toYear: null },
        `${year}-01-01`,
        `${year}-12-31`,
      ).slice(0, 4);
    } catch {
      return [];
    }
  }, [initial, watched, defaultYear]);

  if (preview.length === 0) return null;
  return (
    <div className="cal-cycle-preview" data-testid="cycle-preview">
      <b>Ví dụ năm {preview[0]!.due.slice(0, 4)}:</b>
      <div className="cal-cycle-preview-grid">
        {preview.map((occurrence) => (
          <div key={occurrence.due}>
            {occurrence.periodLabel}: số liệu {formatDisplayDate(occurrence.dataFrom)} –{' '}
            {formatDisplayDate(occurrence.dataTo)}, hạn gửi <b>{formatDisplayDate(occurrence.due)}</b>
          </div>
        ))}
      </div>
    </div>
  );
}
