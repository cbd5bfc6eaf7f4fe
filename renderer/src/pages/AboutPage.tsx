import { Card, Descriptions, Typography } from 'antd';
import { api } from '../api';
import { useLoad } from '../useLoad';

const RUNTIME_LABELS = {
  electron: 'Ứng dụng máy tính (Electron)',
  browser: 'Trình duyệt (npm run serve)',
  cli: 'Dòng lệnh',
};

export function AboutPage() {
  const info = useLoad(['app-info'], () => api.app.info());
  return (
    <>
      <div className="page-header">
        <h1>Giới thiệu</h1>
      </div>
      <Card style={{ maxWidth: 880 }}>
        <Typography.Paragraph>
          Plan Desk giúp cơ quan thường trực Ban Chỉ đạo 138 theo dõi kế hoạch phòng, chống mua bán người: danh mục cơ
          quan, kế hoạch và nhiệm vụ (nhập thẳng từ văn bản), ma trận phân công chủ trì – phối hợp, lịch công tác theo
          ngày làm việc, báo cáo phải nộp, nhắc hạn và công văn đôn đốc. Dữ liệu chỉ nằm trên máy này.
        </Typography.Paragraph>
        {info.error && <Typography.Text type="danger">{info.error}</Typography.Text>}
        {info.data && (
          <Descriptions column={1} bordered size="small" labelStyle={{ width: 220 }}>
            <Descriptions.Item label="Phiên bản">{info.data.version}</Descriptions.Item>
            <Descriptions.Item label="Tệp dữ liệu">
              <Typography.Text copyable data-testid="db-path">
                {info.data.dbPath}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="Phiên bản cấu trúc dữ liệu">{info.data.schemaVersion}</Descriptions.Item>
            <Descriptions.Item label="Đang chạy dưới dạng">{RUNTIME_LABELS[info.data.runtime]}</Descriptions.Item>
            {info.data.lastBackupPath && (
              <Descriptions.Item label="Bản sao lưu trước lần cập nhật gần nhất">
                <Typography.Text copyable>{info.data.lastBackupPath}</Typography.Text>
              </Descriptions.Item>
            )}
          </Descriptions>
        )}
      </Card>
    </>
  );
}
