import { Button, Card, Empty, Typography } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { navigate } from '../route';

/**
 * The plans screen before the first plan: most plans arrive as an issued document, so the first step offered is
 * reading that document, not typing it in.
 */
export function PlansEmpty() {
  return (
    <Card data-testid="plans-empty">
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <div style={{ maxWidth: 560, margin: '0 auto' }}>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              Chưa có kế hoạch nào
            </Typography.Title>
            <Typography.Paragraph>
              Bắt đầu từ văn bản kế hoạch đã ban hành (.docx, .txt hoặc dán nội dung): Plan Desk đọc số, ký hiệu, các
              mục, nhiệm vụ, cơ quan chủ trì, phối hợp và thời hạn để bạn kiểm tra trước khi lưu.
            </Typography.Paragraph>
          </div>
        }
      >
        <Button type="primary" size="large" icon={<ImportOutlined />} onClick={() => navigate({ page: 'import' })}>
          Nhập từ văn bản
        </Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          Kế hoạch chưa có văn bản thì bấm “Thêm kế hoạch” ở trên để nhập tay.
        </Typography.Paragraph>
      </Empty>
    </Card>
  );
}
