import { useMemo, useState } from 'react';
import { Empty, Select, Typography } from 'antd';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatFigure } from '../../../core/figures/numbers';
import type { ConsolidatedValue, FormColumn, RequestConsolidation } from '../../../core/figures/records';
import {
  defaultChartIndicators,
  rateSeries,
  sliceColumns,
  sliceSeries,
  smallSeries,
  wrapLabel,
} from './consolidationRows';

const MET = '#389e0d';
const UNMET = '#cf1322';
const UNKNOWN = '#8c8c8c';
const TARGET = '#bfbfbf';
const PALETTE = ['#1f5fa8', '#d46b08', '#389e0d', '#722ed1', '#c41d7f', '#08979c'];
const MAX_SERIES = PALETTE.length;

const AXIS_NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const PERCENT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const TICK = { fontSize: 12, fill: 'rgba(0, 0, 0, 0.75)' };

const percentText = (value: unknown) => (typeof value === 'number' ? `${PERCENT.format(value)}%` : 'chưa đủ số liệu');

/** A rate's name on the left of its bars, on up to three lines. */
function RateTick({
  x = 0,
  y = 0,
  payload,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value: unknown };
}) {
  const lines = wrapLabel(String(payload?.value ?? ''), 34);
  const top = Number(y) - ((lines.length - 1) * 15) / 2;
  return (
    <text x={Number(x)} y={top} textAnchor="end" dominantBaseline="middle" {...TICK}>
      {lines.map((line, index) => (
        <tspan key={index} x={Number(x)} dy={index === 0 ? 0 : 15}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Each rate's value beside the plan's target: green when it reaches it, red when not. */
export function RateChart({ rates }: { rates: RequestConsolidation['rates'] }) {
  const data = useMemo(() => rateSeries(rates), [rates]);
  if (data.length === 0) return null;
  const highest = Math.max(100, ...data.map((rate) => Math.max(rate.value ?? 0, rate.target ?? 0)));
  const height = Math.max(200, data.length * 64 + 70);
  return (
    <figure className="consolidation-chart" aria-label="Biểu đồ tỷ lệ so với chỉ tiêu">
      <figcaption>
        Tỷ lệ đạt được (cột màu: xanh là đạt, đỏ là chưa đạt) so với chỉ tiêu phấn đấu (cột xám), tính trên cả kỳ báo
        cáo.
      </figcaption>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 56, bottom: 8, left: 8 }} barGap={2}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis
            type="number"
            domain={[0, Math.ceil(highest / 10) * 10]}
            tickFormatter={(value: number) => `${AXIS_NUMBER.format(value)}%`}
            tick={TICK}
          />
          <YAxis type="category" dataKey="name" width={260} tick={<RateTick />} interval={0} />
          <Tooltip separator=": " formatter={(value) => percentText(value)} cursor={{ fill: 'rgba(0, 0, 0, 0.04)' }} />
          <Bar dataKey="value" name="Kết quả" barSize={16} isAnimationActive={false}>
            {data.map((rate) => (
              <Cell key={rate.code} fill={rate.met === null ? UNKNOWN : rate.met ? MET : UNMET} />
            ))}
            <LabelList dataKey="value" position="right" formatter={percentText} style={{ fontSize: 12 }} />
          </Bar>
          <Bar dataKey="target" name="Chỉ tiêu" fill={TARGET} barSize={10} isAnimationActive={false}>
            <LabelList
              dataKey="target"
              position="right"
              formatter={(value: unknown) => (typeof value === 'number' ? `${PERCENT.format(value)}%` : '')}
              style={{ fontSize: 11, fill: 'rgba(0, 0, 0, 0.55)' }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <div className="consolidation-legend">
        <LegendSwatch color={MET}>Đạt chỉ tiêu</LegendSwatch>
        <LegendSwatch color={UNMET}>Chưa đạt</LegendSwatch>
        <LegendSwatch color={TARGET}>Chỉ tiêu phấn đấu</LegendSwatch>
      </div>
    </figure>
  );
}

function LegendSwatch({ color, children }: { color: string; children: React.ReactNode }) {
  return (
    <span>
      <span className="consolidation-swatch" style={{ background: color }} aria-hidden />
      {children}
    </span>
  );
}

/**
 * "Số liệu theo năm": chosen indicators' consolidated figures per reporting slice (the years of a review, the
 * quarters of a year). A blank figure draws no bar, it is not a 0.
 */
export function SliceChart({
  values,
  columns,
}: {
  values: readonly ConsolidatedValue[];
  columns: readonly FormColumn[];
}) {
  const slices = useMemo(() => sliceColumns(columns), [columns]);
  const withData = useMemo(
    () => values.filter((value) => slices.some((slice) => (value.columns[slice.index] ?? null) !== null)),
    [values, slices],
  );
  const [chosen, setChosen] = useState<string[] | null>(null);
  const selected = (chosen ?? defaultChartIndicators(values, columns)).filter((code) =>
    withData.some((value) => value.indicator === code),
  );
  const byCode = new Map(values.map((value) => [value.indicator, value]));
  const data = sliceSeries(values, columns, selected);
  const right = new Set(smallSeries(data, selected));

  if (withData.length === 0) return null;
  return (
    <figure className="consolidation-chart" aria-label="Biểu đồ số liệu theo năm">
      <figcaption>
        Số liệu tổng hợp của các chỉ tiêu được chọn theo từng cột của biểu mẫu ({slices.map((s) => s.label).join(', ')}
        ).{right.size > 0 && ' Chỉ tiêu có số nhỏ hơn nhiều được vẽ theo trục bên phải.'}
      </figcaption>
      <div className="consolidation-chart-picker">
        <Typography.Text>Chỉ tiêu:</Typography.Text>
        <Select<string[]>
          mode="multiple"
          aria-label="Chọn chỉ tiêu vẽ biểu đồ"
          placeholder="Chọn chỉ tiêu (tối đa 6)"
          value={selected}
          onChange={setChosen}
          maxCount={MAX_SERIES}
          style={{ flex: 1, minWidth: 320 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={withData.map((value) => ({
            value: value.indicator,
            label: `${value.indicator} – ${value.name}`,
          }))}
        />
      </div>
      {selected.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Hãy chọn ít nhất một chỉ tiêu để vẽ biểu đồ." />
      ) : (
        <ResponsiveContainer width="100%" height={300}>
          <BarChart data={data} margin={{ top: 16, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid vertical={false} strokeDasharray="3 3" />
            <XAxis dataKey="column" tick={TICK} interval={0} />
            <YAxis
              yAxisId="left"
              tick={TICK}
              width={64}
              allowDecimals={false}
              tickFormatter={(value: number) => AXIS_NUMBER.format(value)}
            />
            {right.size > 0 && (
              <YAxis
                yAxisId="right"
                orientation="right"
                tick={TICK}
                width={64}
                allowDecimals={false}
                tickFormatter={(value: number) => AXIS_NUMBER.format(value)}
              />
            )}
            <Tooltip
              separator=": "
              cursor={{ fill: 'rgba(0, 0, 0, 0.04)' }}
              formatter={(value, _name, item) => {
                const indicator = byCode.get(String(item.dataKey));
                if (typeof value !== 'number' || !indicator) return ['chưa có số liệu', indicator?.name];
                return [`${formatFigure(value, indicator.kind)} ${indicator.unit}`, indicator.name];
              }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {selected.map((code, index) => {
              const indicator = byCode.get(code);
              return (
                <Bar
                  key={code}
                  dataKey={code}
                  yAxisId={right.has(code) ? 'right' : 'left'}
                  name={`${indicator ? `${indicator.name} (${indicator.unit})` : code}${right.has(code) ? ', trục phải' : ''}`}
                  fill={PALETTE[index % PALETTE.length]}
                  maxBarSize={48}
                  isAnimationActive={false}
                />
              );
            })}
          </BarChart>
        </ResponsiveContainer>
      )}
    </figure>
  );
}
