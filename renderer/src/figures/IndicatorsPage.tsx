import { useMemo, useState } from 'react';
import { Button, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { IndicatorListItem } from '../../../electron/api/contract/figures';
import { FIGURE_AREAS } from '../../../core/figures/catalogue';
import { formatFigure } from '../../../core/figures/numbers';
import { api } from '../api';
import { todayIso } from '../reports/reportFormat';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { targetText } from './consolidationRows';
import { IndicatorDialog } from './IndicatorDialog';
import { RateTargetDialog } from './RateTargetDialog';
import './consolidation.css';

type Row =
  { type: 'area'; key: string; name: string } | { type: 'indicator'; key: string; indicator: IndicatorListItem };

/** A cell of an indicator's row; on an area's heading row the first cell spans the table and the others vanish. */
const cell =
  (render: (indicator: IndicatorListItem) => React.ReactNode) =>
  (_: unknown, row: Row): React.ReactNode =>
    row.type === 'indicator' ? render(row.indicator) : null;
const hiddenOnHeading = (row: Row) => (row.type === 'area' ? { colSpan: 0 } : {});

const FIRST_YEAR = 2016;

function howConsolidated(indicator: IndicatorListItem): string {
  if (indicator.computed) return `Tỷ lệ ${indicator.numerator} / ${indicator.denominator}`;
  if (indicator.aggregation === 'source') return `Lấy số của ${indicator.designatedAgency ?? 'cơ quan được chỉ định'}`;
  return 'Cộng số của các nguồn';
}

/** "Khoảng hợp lý 0 – 200", "từ 10", "đến 1.000"; "" when none is set. */
function rangeText(indicator: IndicatorListItem): string {
  const low = formatFigure(indicator.rangeMin, indicator.kind);
  const high = formatFigure(indicator.rangeMax, indicator.kind);
  if (low && high) return `Khoảng hợp lý ${low} – ${high}`;
  if (low) return `Khoảng hợp lý từ ${low}`;
  if (high) return `Khoảng hợp lý đến ${high}`;
  return '';
}

/**
 * "Chỉ tiêu số liệu": the indicators agencies report figures on, by area of the review outline, in the version that
 * applies in the year chosen, with how each is consolidated, its breakdowns and, for a rate, the target the central
 * plan sets (docs/figures.md, "Catalogue"). The office adds indicators, changes them from a year on and retires
 * them; figures already entered are never touched.
 */
export function IndicatorsPage() {
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState<IndicatorListItem | 'new' | null>(null);
  const [editingRate, setEditingRate] = useState<IndicatorListItem | null>(null);
  const { run } = useAction();
  const indicators = useLoad(['indicators', year], () => api.indicators.list({ year, includeRetired: true }));
  const all = useMemo(() => indicators.data ?? [], [indicators.data]);
  const rows = useMemo(
    () =>
      FIGURE_AREAS.flatMap((area, index): Row[] => {
        const inArea = all.filter((item) => item.area === area.code);
        if (inArea.length === 0) return [];
        return [
          { type: 'area', key: `area:${area.code}`, name: `${index + 1}. ${area.name}` },
          ...inArea.map((indicator) => ({ type: 'indicator' as const, key: indicator.code, indicator })),
        ];
      }),
    [all],
  );
  const years = useMemo(
    () => Array.from({ length: thisYear + 2 - FIRST_YEAR + 1 }, (_, index) => FIRST_YEAR + index),
    [thisYear],
  );
  const retiredCount = all.filter((item) => item.retired).length;

  const retire = (indicator: IndicatorListItem, retired: boolean) =>
    run(() => api.indicators.retire({ code: indicator.code, fromYear: year, retired }), {
      success: retired
        ? `Đã ngừng dùng ${indicator.code} từ năm ${year}; số liệu đã nhập vẫn được giữ.`
        : `Đã dùng lại ${indicator.code} từ năm ${year}.`,
      refresh: ['indicators', 'figures'],
    });

  return (
    <>
      <div className="page-header">
        <h1>Chỉ tiêu số liệu</h1>
        <Space>
          <span>Năm áp dụng</span>
          <Select<number>
            aria-label="Năm áp dụng"
            value={year}
            onChange={setYear}
            style={{ width: 96 }}
            options={years.map((value) => ({ value, label: String(value) }))}
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            Thêm chỉ tiêu
          </Button>
        </Space>
      </div>
      <Typography.Paragraph type="secondary">
        Các chỉ tiêu cơ quan, đơn vị báo cáo số liệu, theo lĩnh vực của đề cương báo cáo, theo phiên bản áp dụng năm{' '}
        {year}; tỷ lệ được tính từ các chỉ tiêu khác và so với chỉ tiêu phấn đấu của kế hoạch cấp trên.
        {retiredCount > 0 && ` Có ${retiredCount} chỉ tiêu ngừng dùng (hiện mờ).`}
      </Typography.Paragraph>
      {indicators.error && <Typography.Text type="danger">{indicators.error}</Typography.Text>}
      <Table<Row>
        rowKey="key"
        size="small"
        loading={indicators.loading}
        dataSource={rows}
        pagination={false}
        rowClassName={(row) =>
          row.type === 'area' ? 'consolidation-area-row' : row.indicator.retired ? 'indicator-retired' : ''
        }
        columns={[
          {
            title: 'Mã',
            key: 'code',
            width: 70,
            onCell: (row) => (row.type === 'area' ? { colSpan: 6 } : {}),
            render: (_, row) =>
              row.type === 'area' ? <span className="consolidation-area">{row.name}</span> : row.indicator.code,
          },
          {
            title: 'Chỉ tiêu',
            key: 'name',
            onCell: hiddenOnHeading,
            render: cell((indicator) => (
              <>
                {indicator.name}
                {indicator.retired && (
                  <Tag style={{ marginInlineStart: 8 }}>Ngừng dùng từ {indicator.fromYear ?? year}</Tag>
                )}
                {(indicator.origin === 'office' || (!indicator.retired && indicator.fromYear !== null)) && (
                  <div className="consolidation-how">
                    {[
                      indicator.origin === 'office' ? 'Do văn phòng thêm' : null,
                      !indicator.retired && indicator.fromYear !== null
                        ? `Phiên bản áp dụng từ năm ${indicator.fromYear}`
                        : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                )}
              </>
            )),
          },
          { title: 'Đơn vị tính', key: 'unit', width: 100, onCell: hiddenOnHeading, render: cell((i) => i.unit) },
          {
            title: 'Cách tổng hợp',
            key: 'how',
            width: 220,
            onCell: hiddenOnHeading,
            render: cell((indicator) => (
              <>
                <div>{howConsolidated(indicator)}</div>
                {rangeText(indicator) && <div className="consolidation-how">{rangeText(indicator)}</div>}
              </>
            )),
          },
          {
            title: 'Phân tổ / chỉ tiêu phấn đấu',
            key: 'detail',
            width: 250,
            onCell: hiddenOnHeading,
            render: cell((indicator) =>
              indicator.computed
                ? indicator.target !== null && <Tag color="blue">Phấn đấu {targetText(indicator.target)}</Tag>
                : indicator.breakdowns.map((breakdown) => (
                    <Tag key={breakdown.code} title={breakdown.options.map((option) => option.name).join(', ')}>
                      {breakdown.kind === 'partition'
                        ? breakdown.name
                        : `Trong đó: ${breakdown.name.toLocaleLowerCase('vi')}`}
                    </Tag>
                  )),
            ),
          },
          {
            title: '',
            key: 'actions',
            width: 140,
            onCell: hiddenOnHeading,
            render: cell((indicator) => (
              <Space size={0}>
                {!indicator.retired && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => (indicator.computed ? setEditingRate(indicator) : setEditing(indicator))}
                  >
                    Sửa
                  </Button>
                )}
                {indicator.retired ? (
                  <Button size="small" type="link" onClick={() => void retire(indicator, false)}>
                    Dùng lại
                  </Button>
                ) : (
                  <Popconfirm
                    title={`Ngừng dùng ${indicator.code} từ năm ${year}?`}
                    description="Biểu mẫu từ năm này không hỏi chỉ tiêu này nữa; số liệu đã nhập vẫn được giữ."
                    okText="Ngừng dùng"
                    cancelText="Huỷ"
                    onConfirm={() => retire(indicator, true)}
                  >
                    <Button size="small" type="link" danger>
                      Ngừng dùng
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            )),
          },
        ]}
      />
      <IndicatorDialog
        open={editing !== null}
        indicator={editing === 'new' ? null : editing}
        year={year}
        codes={all.map((item) => item.code)}
        units={all.filter((item) => !item.computed).map((item) => item.unit)}
        onClose={() => setEditing(null)}
      />
      {editingRate && (
        <RateTargetDialog
          key={`${editingRate.code}-${year}`}
          rate={editingRate}
          year={year}
          onClose={() => setEditingRate(null)}
        />
      )}
    </>
  );
}
