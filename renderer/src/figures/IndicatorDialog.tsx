import { useMemo } from 'react';
import { Alert, AutoComplete, Button, Card, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { BreakdownKind } from '../../../core/figures/breakdowns';
import { FIGURE_AREAS, type Aggregation, type FigureArea } from '../../../core/figures/catalogue';
import { formatFigure, parseFigure, type FigureKind } from '../../../core/figures/numbers';
import type { IndicatorListItem } from '../../../core/figures/records';
import { foldVietnamese } from '../../../core/vietnamese';
import type { ChannelInput } from '../../../electron/api/contract';
import { api } from '../api';
import { DialogButtons } from '../components/DialogButtons';
import { YEAR_RULE } from '../components/numberRules';
import { agencyOptions, agencySearch, type AgencyOption } from '../components/options';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { foldedCode } from './consolidationRows';

type IndicatorInput = ChannelInput<'indicators.save'>;

interface IndicatorDialogProps {
  open: boolean;
  /** The indicator to change (a new version from the chosen year), or null to add one. */
  indicator: IndicatorListItem | null;
  /** The year the catalogue screen shows: a change applies from it by default. */
  year: number;
  /** Codes already in use, refused for a new indicator. */
  codes: readonly string[];
  /** Units already in use, offered while typing. */
  units: readonly string[];
  onClose: () => void;
}

interface OptionValues {
  code?: string;
  name: string;
}

interface BreakdownValues {
  code?: string;
  name: string;
  kind: BreakdownKind;
  options: OptionValues[];
}

interface DialogValues {
  code: string;
  fromYear: number;
  name: string;
  unit: string;
  kind: FigureKind;
  area: FigureArea;
  aggregation: Aggregation;
  designatedAgencyId: number | null;
  rangeMin: string;
  rangeMax: string;
  breakdowns: BreakdownValues[];
}

const BREAKDOWN_KIND_LABELS: Record<BreakdownKind, string> = {
  partition: 'Chia theo (cộng bằng tổng)',
  of_which: 'Trong đó (mỗi phần ≤ tổng)',
};

const CODE_PATTERN = /^[A-Z][A-Z0-9]{1,11}$/;

/** "Thêm chỉ tiêu" / "Sửa chỉ tiêu"; the body mounts afresh on every opening, so nothing typed last time lingers. */
export function IndicatorDialog(props: IndicatorDialogProps) {
  return (
    <Modal
      open={props.open}
      title={props.indicator ? `Sửa chỉ tiêu ${props.indicator.code}` : 'Thêm chỉ tiêu'}
      footer={null}
      onCancel={props.onClose}
      destroyOnHidden
      width={760}
    >
      <IndicatorDialogBody {...props} />
    </Modal>
  );
}

function initialValues(indicator: IndicatorListItem | null, year: number): DialogValues {
  return {
    code: indicator?.code ?? '',
    fromYear: year,
    name: indicator?.name ?? '',
    unit: indicator?.unit ?? '',
    kind: indicator?.kind ?? 'count',
    area: indicator?.area ?? FIGURE_AREAS[0].code,
    aggregation: indicator?.aggregation ?? 'sum',
    designatedAgencyId: indicator?.designatedAgencyId ?? null,
    rangeMin: indicator ? formatFigure(indicator.rangeMin, indicator.kind) : '',
    rangeMax: indicator ? formatFigure(indicator.rangeMax, indicator.kind) : '',
    breakdowns: (indicator?.breakdowns ?? []).map((breakdown) => ({
      code: breakdown.code,
      name: breakdown.name,
      kind: breakdown.kind,
      options: breakdown.options.map((option) => ({ code: option.code, name: option.name })),
    })),
  };
}

/** A range bound as typed the Vietnamese way ("1.000"), blank for none. */
function bound(text: string | undefined, kind: FigureKind): number | null {
  const parsed = parseFigure(text ?? '', kind);
  return parsed.ok ? parsed.value : null;
}

/**
 * The breakdowns to save: existing options keep their codes (figures entered under them stay theirs), new ones
 * get one from their folded name, never one the indicator used before, even for an option just removed.
 */
function breakdownsToSave(values: BreakdownValues[], before: IndicatorListItem | null): IndicatorInput['breakdowns'] {
  const usedBreakdowns = new Set([
    ...(before?.breakdowns ?? []).map((breakdown) => breakdown.code),
    ...values.flatMap((breakdown) => (breakdown.code ? [breakdown.code] : [])),
  ]);
  return values.map((breakdown) => {
    let code = breakdown.code;
    if (!code) {
      code = foldedCode(breakdown.name, usedBreakdowns, { letterFirst: true });
      usedBreakdowns.add(code);
    }
    const earlier = before?.breakdowns.find((item) => item.code === code);
    const usedOptions = new Set([
      ...(earlier?.options ?? []).map((option) => option.code),
      ...breakdown.options.flatMap((option) => (option.code ? [option.code] : [])),
    ]);
    return {
      code,
      name: breakdown.name.trim(),
      kind: breakdown.kind,
      options: breakdown.options.map((option) => {
        if (option.code) return { code: option.code, name: option.name.trim() };
        const optionCode = foldedCode(option.name, usedOptions);
        usedOptions.add(optionCode);
        return { code: optionCode, name: option.name.trim() };
      }),
    };
  });
}

function IndicatorDialogBody({ indicator, year, codes, units, onClose }: IndicatorDialogProps) {
  const [form] = Form.useForm<DialogValues>();
  const { run, pending } = useAction();
  const agencies = useLoad(['agencies'], () => api.agencies.list({ includeInactive: true }));
  const aggregation = Form.useWatch('aggregation', form) ?? indicator?.aggregation ?? 'sum';
  const initial = useMemo(() => initialValues(indicator, year), [indicator, year]);
  const options = useMemo<AgencyOption[]>(
    () => agencyOptions(agencies.data ?? [], initial.designatedAgencyId ? [initial.designatedAgencyId] : []),
    [agencies.data, initial.designatedAgencyId],
  );
  const unitOptions = useMemo(() => [...new Set(units)].sort().map((unit) => ({ value: unit })), [units]);

  const submit = async () => {
    await form.validateFields();
    const values = form.getFieldsValue(true) as DialogValues;
    const input: IndicatorInput = {
      code: indicator?.code ?? values.code.trim(),
      fromYear: values.fromYear,
      name: values.name.trim(),
      unit: values.unit.trim(),
      kind: values.kind,
      area: values.area,
      aggregation: values.aggregation,
      designatedAgencyId: values.aggregation === 'source' ? values.designatedAgencyId : null,
      rangeMin: bound(values.rangeMin, values.kind),
      rangeMax: bound(values.rangeMax, values.kind),
      breakdowns: breakdownsToSave(values.breakdowns ?? [], indicator),
    };
    await run(() => api.indicators.save(input), {
      success: (saved) => `Đã lưu chỉ tiêu ${saved.code} “${saved.name}”, áp dụng từ năm ${input.fromYear}.`,
      after: onClose,
      refresh: ['indicators', 'figures'],
    });
  };

  const boundRule = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: (_: unknown, text: string | undefined) => {
      const parsed = parseFigure(text ?? '', (getFieldValue('kind') as FigureKind) ?? 'count');
      return parsed.ok ? Promise.resolve() : Promise.reject(new Error(parsed.message));
    },
  });

  return (
    <Form<DialogValues> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12, padding: '6px 12px' }}
        title={
          indicator
            ? 'Thay đổi áp dụng từ năm được chọn trở đi; các năm trước giữ như cũ và số liệu đã nhập được giữ nguyên.'
            : 'Chỉ tiêu mới được hỏi trong các biểu mẫu từ năm được chọn trở đi; số liệu đã nhập của các chỉ tiêu khác không thay đổi.'
        }
      />
      <div style={{ display: 'flex', gap: 12 }}>
        {indicator === null && (
          <Form.Item
            name="code"
            label="Mã chỉ tiêu"
            style={{ flex: 1 }}
            normalize={(value: string) => value.toUpperCase().replace(/\s+/g, '')}
            rules={[
              { required: true, message: 'Hãy nhập mã chỉ tiêu.' },
              {
                pattern: CODE_PATTERN,
                message: 'Mã gồm chữ in hoa và chữ số, bắt đầu bằng chữ, 2–12 ký tự (ví dụ NN05).',
              },
              {
                validator: (_, value: string) =>
                  codes.includes(value) ? Promise.reject(new Error(`Mã ${value} đã có.`)) : Promise.resolve(),
              },
            ]}
          >
            <Input autoFocus placeholder="Ví dụ: NN05" maxLength={12} />
          </Form.Item>
        )}
        <Form.Item
          name="fromYear"
          label="Áp dụng từ năm"
          style={{ flex: 1 }}
          rules={[{ required: true, message: 'Hãy nhập năm.' }, YEAR_RULE]}
        >
          <InputNumber style={{ width: '100%' }} controls={false} />
        </Form.Item>
        <Form.Item name="kind" label="Loại số liệu" style={{ flex: 1.4 }}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'count', label: 'Số đếm' },
              { value: 'amount', label: 'Số tiền' },
            ]}
          />
        </Form.Item>
      </div>
      <Form.Item
        name="name"
        label="Tên chỉ tiêu"
        rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên chỉ tiêu.' }]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} autoFocus={indicator !== null} maxLength={500} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item
          name="unit"
          label="Đơn vị tính"
          style={{ flex: 1 }}
          rules={[{ required: true, whitespace: true, message: 'Hãy nhập đơn vị tính.' }]}
        >
          <AutoComplete
            options={unitOptions}
            placeholder="Ví dụ: người, vụ, triệu đồng"
            showSearch={{
              filterOption: (input, option) => foldVietnamese(option?.value ?? '').includes(foldVietnamese(input)),
            }}
          />
        </Form.Item>
        <Form.Item name="area" label="Lĩnh vực" style={{ flex: 2 }} rules={[{ required: true }]}>
          <Select
            options={FIGURE_AREAS.map((area, index) => ({ value: area.code, label: `${index + 1}. ${area.name}` }))}
          />
        </Form.Item>
      </div>
      <Form.Item name="aggregation" label="Cách tổng hợp">
        <Radio.Group
          options={[
            { value: 'sum', label: 'Cộng các nguồn' },
            { value: 'source', label: 'Lấy số của một cơ quan' },
          ]}
        />
      </Form.Item>
      {aggregation === 'source' && (
        <Form.Item
          name="designatedAgencyId"
          label="Cơ quan có số được dùng"
          extra="Số của các cơ quan khác chỉ để đối chiếu; chỗ không khớp được nêu khi tổng hợp."
          rules={[{ required: true, message: 'Chỉ tiêu lấy số của một cơ quan: hãy chọn cơ quan đó.' }]}
        >
          <Select<number, AgencyOption>
            allowClear
            aria-label="Cơ quan có số được dùng"
            placeholder="Chọn cơ quan (gõ không dấu cũng tìm được)"
            options={options}
            showSearch={agencySearch}
            loading={agencies.loading}
          />
        </Form.Item>
      )}
      <Form.Item
        label="Khoảng hợp lý"
        extra="Số ngoài khoảng này được cảnh báo để cán bộ kiểm tra, giải trình; không chặn việc nhập. Để trống nếu không đặt."
        style={{ marginBottom: 12 }}
      >
        <Space.Compact>
          <Form.Item name="rangeMin" noStyle dependencies={['kind']} rules={[boundRule]}>
            <Input aria-label="Khoảng hợp lý: từ" placeholder="từ" style={{ width: 140, textAlign: 'right' }} />
          </Form.Item>
          <Input disabled value="–" style={{ width: 36, textAlign: 'center', pointerEvents: 'none' }} tabIndex={-1} />
          <Form.Item
            name="rangeMax"
            noStyle
            dependencies={['kind', 'rangeMin']}
            rules={[
              boundRule,
              ({ getFieldValue }) => ({
                validator: (_, text: string | undefined) => {
                  const kind = getFieldValue('kind') as FigureKind;
                  const low = bound(getFieldValue('rangeMin') as string, kind);
                  const high = bound(text, kind);
                  return low !== null && high !== null && low > high
                    ? Promise.reject(new Error('Giá trị nhỏ nhất phải không lớn hơn giá trị lớn nhất.'))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <Input aria-label="Khoảng hợp lý: đến" placeholder="đến" style={{ width: 140, textAlign: 'right' }} />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <BreakdownsEditor />
      <DialogButtons saving={pending} onCancel={onClose} />
    </Form>
  );
}

/** Same name twice in one list (ignoring case and diacritics). */
function duplicateName(items: Array<{ name?: string } | undefined>): string | null {
  const seen = new Set<string>();
  for (const item of items) {
    const folded = foldVietnamese(item?.name ?? '');
    if (!folded) continue;
    if (seen.has(folded)) return item?.name?.trim() ?? null;
    seen.add(folded);
  }
  return null;
}

/** The indicator's breakdowns: each a name, a kind and its options (at least two). */
function BreakdownsEditor() {
  return (
    <Form.List
      name="breakdowns"
      rules={[
        {
          validator: (_, breakdowns: BreakdownValues[] | undefined) => {
            const same = duplicateName(breakdowns ?? []);
            return same ? Promise.reject(new Error(`Hai phân tổ cùng tên “${same}”.`)) : Promise.resolve();
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div>
          <div className="ant-form-item-label" style={{ paddingBottom: 8 }}>
            <label>Phân tổ (chia nhỏ số liệu)</label>
          </div>
          {fields.map((field) => (
            <Card
              key={field.key}
              size="small"
              className="indicator-breakdown"
              title={
                <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start', padding: '8px 0', fontWeight: 400 }}>
                  <Form.Item
                    name={[field.name, 'name']}
                    noStyle
                    rules={[{ required: true, whitespace: true, message: 'Hãy đặt tên phân tổ.' }]}
                  >
                    <Input aria-label="Tên phân tổ" placeholder="Tên phân tổ, ví dụ: Độ tuổi" style={{ flex: 1 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'kind']} noStyle>
                    <Select
                      aria-label="Loại phân tổ"
                      style={{ width: 230 }}
                      options={Object.entries(BREAKDOWN_KIND_LABELS).map(([value, label]) => ({ value, label }))}
                    />
                  </Form.Item>
                </div>
              }
              extra={
                <Button type="link" danger size="small" onClick={() => remove(field.name)}>
                  Bỏ phân tổ
                </Button>
              }
            >
              <OptionsEditor breakdown={field.name} />
            </Card>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              add({ name: '', kind: 'partition', options: [{ name: '' }, { name: '' }] } satisfies BreakdownValues)
            }
            style={{ marginBottom: 16 }}
          >
            Thêm phân tổ
          </Button>
        </div>
      )}
    </Form.List>
  );
}

function OptionsEditor({ breakdown }: { breakdown: number }) {
  return (
    <Form.List
      name={[breakdown, 'options']}
      rules={[
        {
          validator: (_, options: OptionValues[] | undefined) => {
            if ((options ?? []).length < 2) return Promise.reject(new Error('Một phân tổ cần ít nhất hai nhóm.'));
            const same = duplicateName(options ?? []);
            return same ? Promise.reject(new Error(`Hai nhóm cùng tên “${same}”.`)) : Promise.resolve();
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          <div className="indicator-options">
            {fields.map((field, index) => (
              <div key={field.key} className="indicator-option-row">
                <Form.Item
                  name={[field.name, 'name']}
                  style={{ flex: 1, marginBottom: 6 }}
                  rules={[{ required: true, whitespace: true, message: 'Hãy đặt tên nhóm.' }]}
                >
                  <Input aria-label={`Nhóm ${index + 1}`} placeholder={`Nhóm ${index + 1}, ví dụ: Dưới 12 tuổi`} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={`Bỏ nhóm ${index + 1}`}
                  title="Bỏ nhóm này"
                  onClick={() => remove(field.name)}
                />
              </div>
            ))}
          </div>
          <Form.ErrorList errors={errors} />
          <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
            Thêm nhóm
          </Button>
        </>
      )}
    </Form.List>
  );
}
