/**
 * The preview of a reading, before anything is saved: the report's sections as the agency headed them, and the
 * outline heading each one is proposed for (or "Khác – chưa xếp"), with the match's score.
 */
import { Alert, Table, Tag, Typography } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import type { NarrativeSplit } from '../../../electron/api/contract';
import { headingLabel, OTHER_LABEL } from './narrativeFormat';

type Section = NarrativeSplit['sections'][number];

export function SplitPreview({ split }: { split: NarrativeSplit }) {
  const matched = split.sections.filter((section) => section.outlineIndex !== null).length;
  return (
    <div className="narrative-preview">
      {split.notice && <Alert type="info" showIcon title={split.notice} />}
      {split.unstructured ? (
        <Alert
          type="warning"
          showIcon
          title="Báo cáo này không có đề mục nào"
          description="Toàn bộ nội dung sẽ nằm ở mục “Khác”. Sau khi lưu, hãy dùng “Chuyển sang mục…” để xếp vào đúng mục của đề cương."
        />
      ) : (
        <Typography.Paragraph className="narrative-preview-summary">
          {split.sections.length} phần; {matched} phần khớp với mục của đề cương
          {matched < split.sections.length && `, ${split.sections.length - matched} phần vào mục “Khác”`}.
        </Typography.Paragraph>
      )}
      <Table<Section>
        rowKey="position"
        size="small"
        pagination={false}
        dataSource={split.sections}
        data-testid="narrative-preview"
        scroll={split.sections.length > 7 ? { y: 360 } : undefined}
        columns={[
          {
            title: 'Đề mục trong báo cáo của cơ quan',
            key: 'heading',
            render: (_, section) => (
              <div className="narrative-preview-heading">
                <div>
                  {section.heading ?? (
                    <Typography.Text italic type="secondary">
                      {split.unstructured ? '(Toàn văn — không có đề mục)' : '(Phần đầu, trước đề mục thứ nhất)'}
                    </Typography.Text>
                  )}
                </div>
                <Typography.Text type="secondary" className="narrative-preview-snippet">
                  {section.paragraphs.length} đoạn
                  {section.paragraphs[0] && ` — ${section.paragraphs[0]}`}
                </Typography.Text>
              </div>
            ),
          },
          { title: '', key: 'arrow', width: 32, render: () => <ArrowRightOutlined className="muted" /> },
          {
            title: 'Xếp vào mục của đề cương',
            key: 'outline',
            width: 330,
            render: (_, section) =>
              section.outlineIndex === null || section.outlineHeading === null ? (
                <Tag color="gold">{OTHER_LABEL}</Tag>
              ) : (
                headingLabel(section.outlineHeading, section.outlineIndex)
              ),
          },
          {
            title: 'Mức khớp',
            key: 'score',
            width: 90,
            align: 'right',
            render: (_, section) => (section.outlineIndex === null ? '—' : `${Math.round(section.score * 100)}%`),
          },
        ]}
      />
    </div>
  );
}
