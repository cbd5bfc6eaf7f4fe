import { useState } from 'react';
import { InputNumber, Modal, Typography } from 'antd';
import type { IndicatorListItem } from '../../../electron/api/contract';
import { api } from '../api';
import { useAction } from '../useAction';

/**
 * The target of a computed indicator (a rate), from a year on: a plan that raises "≥ 90%" to "≥ 95%" changes the
 * years it covers, never the earlier ones (docs/figures.md, "Catalogue in the database, versioned per year").
 */
export function RateTargetDialog({
  rate,
  year,
  onClose,
}: {
  rate: IndicatorListItem;
  year: number;
  onClose: () => void;
}) {
  const { run, pending } = useAction();
  const [percent, setPercent] = useState<number | null>(
    rate.target === null ? null : Math.round(rate.target * 1000) / 10,
  );
  const save = () =>
    run(
      () =>
        api.indicators.save({
          code: rate.code,
          fromYear: year,
          name: rate.name,
          unit: rate.unit,
          kind: rate.kind,
          area: rate.area,
          aggregation: rate.aggregation,
          designatedAgencyId: rate.designatedAgencyId,
          rangeMin: rate.rangeMin,
          rangeMax: rate.rangeMax,
          target: percent === null ? null : percent / 100,
        }),
      {
        success: `Đã lưu chỉ tiêu phấn đấu của ${rate.code} từ năm ${year}.`,
        refresh: ['indicators', 'figures'],
        after: onClose,
      },
    );
  return (
    <Modal
      open
      title={`Chỉ tiêu phấn đấu — ${rate.name}`}
      okText="Lưu"
      cancelText="Huỷ"
      confirmLoading={pending}
      onOk={() => void save()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        Áp dụng từ năm {year}; các năm trước giữ chỉ tiêu cũ. Để trống nếu kế hoạch không đặt chỉ tiêu.
      </Typography.Paragraph>
      <InputNumber
        aria-label="Chỉ tiêu phấn đấu (%)"
        min={0}
        max={100}
        step={1}
        decimalSeparator=","
        value={percent}
        onChange={(value) => setPercent(value)}
        addonBefore="≥"
        addonAfter="%"
        style={{ width: 200 }}
      />
    </Modal>
  );
}
