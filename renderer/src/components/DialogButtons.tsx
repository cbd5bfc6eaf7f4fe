import { Button, Space } from 'antd';

/** Huỷ / Lưu at the foot of a dialog's form; Lưu submits the form (Enter works too). */
export function DialogButtons({ saving, onCancel }: { saving: boolean; onCancel: () => void }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 8 }}>
      <Space>
        <Button onClick={onCancel}>Huỷ</Button>
        <Button type="primary" htmlType="submit" loading={saving}>
          Lưu
        </Button>
      </Space>
    </div>
  );
}
