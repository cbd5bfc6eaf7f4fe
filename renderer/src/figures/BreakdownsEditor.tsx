import { Button, Card, Form, Input, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { BreakdownKind } from '../../../core/figures/breakdowns';
import { foldVietnamese } from '../../../core/vietnamese';
import type { BreakdownValues, OptionValues } from './indicatorFormValues';

const BREAKDOWN_KIND_LABELS: Record<BreakdownKind, string> = {
  partition: 'Chia theo (cộng bằng tổng)',
  of_which: 'Trong đó (mỗi phần ≤ tổng)',
};

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
export function BreakdownsEditor() {
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
