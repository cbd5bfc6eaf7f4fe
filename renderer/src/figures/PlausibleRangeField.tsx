import { Form, Input, Space } from 'antd';
import { parseFigure, type FigureKind } from '../../../core/figures/numbers';
import { bound } from './indicatorFormValues';

const boundRule = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
  validator: (_: unknown, text: string | undefined) => {
    const parsed = parseFigure(text ?? '', (getFieldValue('kind') as FigureKind) ?? 'count');
    return parsed.ok ? Promise.resolve() : Promise.reject(new Error(parsed.message));
  },
});

/** "Khoảng hợp lý": bounds typed as figures of the indicator's kind, so checked again when the kind changes. */
export function PlausibleRangeField() {
  return (
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
  );
}
