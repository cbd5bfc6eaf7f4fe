import { useMemo } from 'react';
import { Alert, AutoComplete, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { FIGURE_AREAS } from '../../../core/figures/catalogue';
import type { IndicatorListItem } from '../../../core/figures/records';
import { foldVietnamese } from '../../../core/vietnamese';
import { api } from '../api';
import { DialogButtons } from '../components/DialogButtons';
import { YEAR_RULE } from '../components/numberRules';
import { agencyOptions, agencySearch, type AgencyOption } from '../components/options';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { BreakdownsEditor } from './BreakdownsEditor';
import { indicatorToSave, initialValues, type IndicatorFormValues } from './indicatorFormValues';
import { PlausibleRangeField } from './PlausibleRangeField';

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

function IndicatorDialogBody({ indicator, year, codes, units, onClose }: IndicatorDialogProps) {
  const [form] = Form.useForm<IndicatorFormValues>();
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
    const input = indicatorToSave(form.getFieldsValue(true) as IndicatorFormValues, indicator);
    await run(() => api.indicators.save(input), {
      success: (saved) => `Đã lưu chỉ tiêu ${saved.code} “${saved.name}”, áp dụng từ năm ${input.fromYear}.`,
      after: onClose,
      refresh: ['indicators', 'figures'],
    });
  };

  return (
    <Form<IndicatorFormValues> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
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
      <PlausibleRangeField />
      <BreakdownsEditor />
      <DialogButtons saving={pending} onCancel={onClose} />
    </Form>
  );
}
