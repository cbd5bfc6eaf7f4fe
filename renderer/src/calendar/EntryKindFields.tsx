import { Checkbox, Form, Input } from 'antd';
import type { EntryKind } from '../../../core/calendar';
import { DateField, DateFormItem } from '../components/DateField';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const afterStart = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
  validator: (_: unknown, value: string | null) => {
    const startOn = getFieldValue('startOn') as string | null;
    return value && startOn && value < startOn
      ? Promise.reject(new Error('Ngày kết thúc phải trùng hoặc sau ngày bắt đầu.'))
      : Promise.resolve();
  },
});
const afterDataFrom = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
  validator: (_: unknown, value: string | null) => {
    const from = getFieldValue('dataFrom') as string | null;
    return value && from && value < from
      ? Promise.reject(new Error('Kỳ số liệu: ngày cuối phải sau ngày đầu.'))
      : Promise.resolve();
  },
});

/** The fields only one kind of entry has: a deadline's data window and receiver, a period's end, a meeting's place. */
export function EntryKindFields({ kind }: { kind: EntryKind }) {
  return (
    <>
      {kind === 'deadline' && (
        <>
          <div className="cal-form-row">
            <DateFormItem name="startOn" label="Hạn gửi, hạn hoàn thành" required style={{ flex: 1 }} />
            <DateFormItem name="dataFrom" label="Số liệu từ ngày" style={{ flex: 1 }} />
            <Form.Item
              name="dataTo"
              label="đến ngày"
              style={{ flex: 1 }}
              dependencies={['dataFrom']}
              rules={[afterDataFrom]}
            >
              <DateField />
            </Form.Item>
          </div>
          <Form.Item name="what" label="Nội dung phải gửi">
            <Input placeholder="Ví dụ: Báo cáo tổng kết 05 năm thực hiện Chương trình" />
          </Form.Item>
          <div className="cal-form-row">
            <Form.Item name="sender" label="Cơ quan gửi" style={{ flex: 1 }}>
              <Input placeholder="Ví dụ: các sở, ban, ngành, UBND cấp xã" />
            </Form.Item>
            <Form.Item name="receiver" label="Nơi nhận" style={{ flex: 1 }}>
              <Input placeholder="Ví dụ: Công an tỉnh (Phòng Tham mưu)" />
            </Form.Item>
          </div>
        </>
      )}

      {kind === 'period' && (
        <div className="cal-form-row">
          <DateFormItem name="startOn" label="Từ ngày" required style={{ flex: 1 }} />
          <Form.Item
            name="endOn"
            label="Đến ngày"
            style={{ flex: 1 }}
            dependencies={['startOn']}
            rules={[{ required: true, message: 'Hãy chọn ngày kết thúc.' }, afterStart]}
          >
            <DateField />
          </Form.Item>
        </div>
      )}

      {kind === 'event' && (
        <div className="cal-form-row" style={{ alignItems: 'flex-end' }}>
          <DateFormItem name="startOn" label="Ngày" required style={{ width: 200 }} />
          <Form.Item name="yearly" valuePropName="checked">
            <Checkbox>Lặp lại hằng năm</Checkbox>
          </Form.Item>
        </div>
      )}

      {kind === 'meeting' && (
        <div className="cal-form-row">
          <DateFormItem name="startOn" label="Ngày" required style={{ width: 180 }} />
          <Form.Item
            name="time"
            label="Giờ"
            style={{ width: 110 }}
            rules={[{ pattern: TIME, message: 'Giờ dạng HH:MM, ví dụ 08:00.' }]}
          >
            <Input placeholder="08:00" />
          </Form.Item>
          <Form.Item name="place" label="Địa điểm" style={{ flex: 1 }}>
            <Input placeholder="Ví dụ: Hội trường Công an tỉnh" />
          </Form.Item>
        </div>
      )}
    </>
  );
}
