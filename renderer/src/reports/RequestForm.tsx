import { useMemo, useState } from 'react';
import { App, Button, Form, Input, Modal, Select } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import type { Agency } from '../../../core/agency';
import type { Cycle } from '../../../core/calendar';
import { cyclePeriods, periodName, requestForPeriod } from '../../../core/cyclePeriods';
import { addDays, formatDisplayDate } from '../../../core/dates';
import { planLabel, type PlanSummary } from '../../../core/plan';
import { REQUEST_KINDS, type ReportRequest, type RequestFields, type RequestKind } from '../../../core/reports';
import { matchesSearch } from '../../../core/vietnamese';
import { api } from '../api';
import { DateFormItem } from '../components/DateField';
import { DialogButtons } from '../components/DialogButtons';
import { agencySearch } from '../components/options';
import { useAction } from '../useAction';
import { agencyOptions, REQUEST_KIND_LABELS, todayIso } from './reportFormat';

interface RequestFormProps {
  open: boolean;
  /** null: a new request. */
  request: ReportRequest | null;
  /** A new request's proposed fields (a report cycle's period); blank when absent. */
  draft?: RequestFields | null;
  agencies: Agency[];
  plans: PlanSummary[];
  cycles: Cycle[];
  onCancel: () => void;
  /** Throws (after showing the message) when the server refuses, so the dialog stays open. */
  onSubmit: (fields: RequestFields) => Promise<void>;
}

/** "Thêm yêu cầu báo cáo" / "Sửa yêu cầu báo cáo"; the body mounts afresh on every opening. */
export function RequestForm(props: RequestFormProps) {
  return (
    <Modal
      open={props.open}
      title={props.request ? 'Sửa yêu cầu báo cáo' : props.draft ? 'Mở sổ theo dõi kỳ báo cáo' : 'Thêm yêu cầu báo cáo'}
      footer={null}
      onCancel={props.onCancel}
      width={820}
      destroyOnHidden
    >
      <RequestFormBody {...props} />
    </Modal>
  );
}

interface FormValues {
  title: string;
  kind: RequestKind;
  cycleId: number | null;
  requestedOn: string;
  dueOn: string;
  dataFrom: string | null;
  dataTo: string | null;
  receiver: string | null;
  planId: number | null;
  agencyIds: number[];
  exemptAgencyIds: number[];
  outlineText: string;
}

function initialValues(request: ReportRequest | null, draft: RequestFields | null): FormValues {
  if (request) {
    const { outline, uuid: _uuid, id: _id, ...fields } = request;
    return { ...fields, outlineText: outline.join('\n') };
  }
  if (draft) {
    const { outline, ...fields } = draft;
    return { ...fields, outlineText: outline.join('\n') };
  }
  return {
    title: '',
    kind: 'ad_hoc',
    cycleId: null,
    requestedOn: todayIso(),
    dueOn: '',
    dataFrom: null,
    dataTo: null,
    receiver: 'Công an tỉnh (Phòng Tham mưu)',
    planId: null,
    agencyIds: [],
    exemptAgencyIds: [],
    outlineText: '',
  };
}

function RequestFormBody({ request, draft = null, agencies, plans, cycles, onCancel, onSubmit }: RequestFormProps) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const initial = useMemo(() => initialValues(request, draft), [request, draft]);
  const kind = Form.useWatch('kind', form) ?? initial.kind;
  const cycleId = Form.useWatch('cycleId', form) ?? initial.cycleId;
  const cycle = kind === 'cycle' && !request ? cycles.find((candidate) => candidate.id === cycleId) : undefined;
  // Every period from the cycle's first year to a year ahead, newest first: the one just ended is usually opened.
  const periods = useMemo(
    () => (cycle ? cyclePeriods(cycle, `${cycle.fromYear}-01-01`, addDays(todayIso(), 366)).reverse() : []),
    [cycle],
  );

  const dueOn = Form.useWatch('dueOn', form) ?? initial.dueOn;
  const chosenPeriod = periods.find((period) => period.start === dueOn);

  const choosePeriod = (key: string) => {
    const period = periods.find((candidate) => candidate.key === key);
    if (!period) return;
    const { outline: _outline, ...fields } = requestForPeriod(period);
    form.setFieldsValue(fields);
  };

  const submit = async (values: FormValues) => {
    const { outlineText, ...fields } = values;
    setSaving(true);
    try {
      await onSubmit({
        ...fields,
        title: fields.title.trim(),
        cycleId: fields.kind === 'cycle' ? (fields.cycleId ?? null) : null,
        dataFrom: fields.dataFrom ?? null,
        dataTo: fields.dataTo ?? null,
        receiver: fields.receiver?.trim() || null,
        planId: fields.planId ?? null,
        agencyIds: fields.agencyIds ?? [],
        exemptAgencyIds: (fields.exemptAgencyIds ?? []).filter((id) => fields.agencyIds.includes(id)),
        outline: (outlineText ?? '')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      });
    } catch {
      // The page showed the server's message; the dialog stays open with what was typed.
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<FormValues> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
      <Form.Item
        name="title"
        label="Tên báo cáo"
        rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên báo cáo.' }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 3 }}
          placeholder="Báo cáo tổng kết 5 năm thực hiện Chương trình phòng, chống mua bán người giai đoạn 2021 – 2025"
        />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="kind" label="Loại báo cáo" style={{ flex: 1, minWidth: 0 }}>
          <Select options={REQUEST_KINDS.map((value) => ({ value, label: REQUEST_KIND_LABELS[value] }))} />
        </Form.Item>
        {kind === 'cycle' && (
          <Form.Item name="cycleId" label="Kỳ báo cáo định kỳ" style={{ flex: 2, minWidth: 0 }}>
            <Select
              allowClear
              placeholder="(không gắn)"
              options={cycles.map((cycle) => ({ value: cycle.id, label: cycle.title }))}
            />
          </Form.Item>
        )}
        {periods.length > 0 && (
          <Form.Item
            label="Kỳ báo cáo"
            style={{ flex: 1.5, minWidth: 0 }}
            tooltip="Chọn kỳ để điền tên, hạn nộp, kỳ số liệu, nơi nhận và cơ quan theo chu kỳ."
          >
            <Select
              aria-label="Kỳ báo cáo"
              placeholder="Chọn kỳ"
              value={chosenPeriod?.key}
              onChange={choosePeriod}
              showSearch={{ filterOption: (input, option) => matchesSearch(String(option?.label ?? ''), input) }}
              options={periods.map((period) => ({
                value: period.key,
                label: `${periodName(period)} (hạn ${formatDisplayDate(period.start)})`,
              }))}
            />
          </Form.Item>
        )}
      </div>
      <div style={{ display: 'flex', gap: 12 }}>
        <DateFormItem name="requestedOn" label="Ngày yêu cầu" required style={{ flex: 1 }} />
        <DateFormItem name="dueOn" label="Hạn nộp" required style={{ flex: 1 }} />
        <DateFormItem name="dataFrom" label="Số liệu từ ngày" style={{ flex: 1 }} />
        <DateFormItem name="dataTo" label="Số liệu đến ngày" style={{ flex: 1 }} />
      </div>
      <Form.Item name="receiver" label="Nơi nhận báo cáo">
        <Input placeholder="Công an tỉnh (Phòng Tham mưu)" />
      </Form.Item>
      <Form.Item name="planId" label="Theo kế hoạch">
        <Select
          allowClear
          placeholder="(không gắn với kế hoạch)"
          showSearch={{ optionFilterProp: 'label' }}
          options={plans.map((plan) => ({ value: plan.id, label: `${planLabel(plan)} — ${plan.title}` }))}
        />
      </Form.Item>
      <RequestAgencyFields agencies={agencies} initialAgencyIds={initial.agencyIds} />
      <Form.Item name="outlineText" label="Đề cương báo cáo" extra="Mỗi dòng là một đề mục mà báo cáo phải theo.">
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          placeholder={'I. KẾT QUẢ THỰC HIỆN\nII. TỒN TẠI, HẠN CHẾ'}
        />
      </Form.Item>
      <DialogButtons saving={saving} onCancel={onCancel} />
    </Form>
  );
}

interface RequestAgencyFieldsProps {
  agencies: Agency[];
  /** Stay offered even once inactive: a request made before a merger still names them. */
  initialAgencyIds: number[];
}

/** Who must report, filled in by hand or from the plan's assignments, and who is exempt this time. */
function RequestAgencyFields({ agencies, initialAgencyIds }: RequestAgencyFieldsProps) {
  const { message } = App.useApp();
  const form = Form.useFormInstance<FormValues>();
  const { run, pending: fetching } = useAction();
  const planId = Form.useWatch('planId', form) ?? null;
  const chosen = Form.useWatch('agencyIds', form) ?? initialAgencyIds;
  const options = useMemo(() => agencyOptions(agencies, initialAgencyIds), [agencies, initialAgencyIds]);
  const exemptOptions = useMemo(() => options.filter((option) => chosen.includes(option.value)), [options, chosen]);

  const fromPlan = async () => {
    if (!planId) return;
    await run(() => api.plans.get({ id: planId }), {
      after: (detail) => {
        const assigned = [...new Set(detail.assignments.map((assignment) => assignment.agencyId))];
        const current: number[] = form.getFieldValue('agencyIds') ?? [];
        const added = assigned.filter((id) => !current.includes(id));
        form.setFieldValue('agencyIds', [...current, ...added]);
        if (assigned.length === 0) message.info('Kế hoạch này chưa phân công cơ quan nào.');
        else if (added.length === 0) message.info('Mọi cơ quan được phân công trong kế hoạch đã có trong danh sách.');
        else message.success(`Đã thêm ${added.length} cơ quan được phân công trong ${planLabel(detail.plan)}.`);
      },
    });
  };

  return (
    <>
      <Form.Item label="Cơ quan phải gửi báo cáo" required>
        <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
          <Form.Item
            name="agencyIds"
            noStyle
            rules={[
              { required: true, type: 'array', min: 1, message: 'Hãy chọn ít nhất một cơ quan phải gửi báo cáo.' },
            ]}
          >
            <Select
              mode="multiple"
              allowClear
              aria-label="Cơ quan phải gửi báo cáo"
              placeholder="Chọn cơ quan"
              options={options}
              showSearch={agencySearch}
              maxTagCount="responsive"
              style={{ flex: 1, minWidth: 0 }}
            />
          </Form.Item>
          <Button
            icon={<ImportOutlined />}
            disabled={!planId}
            loading={fetching}
            onClick={fromPlan}
            title={planId ? undefined : 'Chọn kế hoạch trước'}
          >
            Lấy từ phân công của kế hoạch
          </Button>
        </div>
      </Form.Item>
      <Form.Item name="exemptAgencyIds" label="Cơ quan được miễn báo cáo lần này">
        <Select
          mode="multiple"
          allowClear
          placeholder="(không)"
          options={exemptOptions}
          showSearch={agencySearch}
          maxTagCount="responsive"
        />
      </Form.Item>
    </>
  );
}
