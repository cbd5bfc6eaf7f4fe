/**
 * "Sửa biểu mẫu" / "Chọn chỉ tiêu và cột…": which indicators a request's form asks for (by area of the review
 * outline) and in which columns (reporting slices and the previous period), from the proposal or the saved form.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Input, Modal, Select, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { FIGURE_AREAS } from '../../../core/figures/catalogue';
import type { ColumnRole } from '../../../core/figures/form';
import { formatRate } from '../../../core/figures/numbers';
import type { FigureForm, IndicatorListItem } from '../../../electron/api/contract/figures';
import { api } from '../api';
import { DateField } from '../components/DateField';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';

interface FormSetupProps {
  open: boolean;
  form: FigureForm;
  onClose: () => void;
}

export function FormSetup({ open, form, onClose }: FormSetupProps) {
  return (
    <Modal
      open={open}
      title={form.saved ? 'Sửa biểu mẫu số liệu' : 'Lập biểu mẫu số liệu'}
      width={1040}
      footer={null}
      destroyOnHidden
      onCancel={onClose}
      styles={{ body: { paddingTop: 4 } }}
    >
      {open && <FormSetupBody form={form} onClose={onClose} />}
    </Modal>
  );
}

interface ColumnDraft {
  /** The list's own key: the stored uuid, or a new one's. */
  id: string;
  uuid?: string;
  label: string;
  role: ColumnRole;
  periodFrom: string | null;
  periodTo: string | null;
}

const ROLE_OPTIONS: Array<{ value: ColumnRole; label: string }> = [
  { value: 'slice', label: 'Kỳ báo cáo' },
  { value: 'previous', label: 'Kỳ trước' },
];

function FormSetupBody({ form, onClose }: { form: FigureForm; onClose: () => void }) {
  const { run, pending } = useAction();
  const catalogue = useLoad(['indicators', 'year', form.year], () => api.indicators.list({ year: form.year }));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(form.indicators.map((indicator) => indicator.code)),
  );
  const [columns, setColumns] = useState<ColumnDraft[]>(() =>
    form.columns.map((column, index) => ({
      id: form.saved ? column.uuid : `proposed-${index}`,
      uuid: form.saved ? column.uuid : undefined,
      label: column.label,
      role: column.role,
      periodFrom: column.periodFrom,
      periodTo: column.periodTo,
    })),
  );
  const [nextId, setNextId] = useState(1);

  /** The year's indicators, plus any the form holds that the year no longer offers (retired since). */
  const indicators = useMemo(() => {
    const offered = catalogue.data ?? [];
    const codes = new Set(offered.map((indicator) => indicator.code));
    return [...offered, ...form.indicators.filter((indicator) => !codes.has(indicator.code))];
  }, [catalogue.data, form.indicators]);

  const byArea = FIGURE_AREAS.map((area, index) => ({
    ...area,
    number: index + 1,
    indicators: indicators.filter((indicator) => indicator.area === area.code),
  })).filter((area) => area.indicators.length > 0);

  const toggle = (codes: string[], on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      for (const code of codes) {
        if (on) next.add(code);
        else next.delete(code);
      }
      return next;
    });

  const updateColumn = (id: string, change: Partial<ColumnDraft>) =>
    setColumns((current) => current.map((column) => (column.id === id ? { ...column, ...change } : column)));
  const moveColumn = (index: number, by: -1 | 1) =>
    setColumns((current) => {
      const next = [...current];
      const [moved] = next.splice(index, 1);
      next.splice(index + by, 0, moved!);
      return next;
    });
  const addColumn = () => {
    setColumns((current) => [
      ...current,
      { id: `new-${nextId}`, label: '', role: 'slice', periodFrom: null, periodTo: null },
    ]);
    setNextId((id) => id + 1);
  };

  const chosenList = indicators.filter((indicator) => chosen.has(indicator.code));
  const reported = chosenList.filter((indicator) => !indicator.computed);
  const rates = chosenList.filter((indicator) => indicator.computed);
  const problems = [
    ...(chosenList.length === 0 ? ['Hãy chọn ít nhất một chỉ tiêu.'] : []),
    ...(columns.length === 0 ? ['Biểu mẫu cần ít nhất một cột.'] : []),
    ...(columns.some((column) => column.label.trim() === '') ? ['Hãy đặt tên cho mọi cột.'] : []),
    ...(new Set(columns.map((column) => column.label.trim())).size < columns.length
      ? ['Hai cột trùng tên: hãy đặt tên khác nhau.']
      : []),
    ...(columns.length > 0 && !columns.some((column) => column.role === 'slice')
      ? ['Cần ít nhất một cột “Kỳ báo cáo”.']
      : []),
    ...columns.flatMap((column) =>
      column.periodFrom && column.periodTo && column.periodFrom > column.periodTo
        ? [`Cột “${column.label}”: ngày bắt đầu sau ngày kết thúc.`]
        : [],
    ),
  ];

  const save = () =>
    run(
      () =>
        api.figures.saveForm({
          requestId: form.requestId,
          // Reported indicators first, the rates after, each in the catalogue's order.
          indicatorCodes: [...reported, ...rates].map((indicator) => indicator.code),
          columns: columns.map((column) => ({
            ...(column.uuid ? { uuid: column.uuid } : {}),
            label: column.label.trim(),
            role: column.role,
            periodFrom: column.periodFrom,
            periodTo: column.periodTo,
          })),
        }),
      { success: 'Đã lưu biểu mẫu số liệu.', after: onClose, refresh: ['figures'] },
    );

  const missingParts = (rate: IndicatorListItem): string[] =>
    [rate.numerator, rate.denominator].filter((code): code is string => code !== null && !chosen.has(code));

  return (
    <div className="form-setup">
      <section>
        <h3>Các cột số liệu</h3>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          Mỗi cột là một kỳ cơ quan báo cáo số liệu (ví dụ từng năm của giai đoạn); cột “Kỳ trước” dùng để so sánh.
        </Typography.Paragraph>
        <div className="form-setup-columns" role="list" aria-label="Các cột số liệu">
          <div className="form-setup-column form-setup-column-head" aria-hidden="true">
            <span>Tên cột</span>
            <span>Loại cột</span>
            <span>Từ ngày</span>
            <span>Đến ngày</span>
            <span />
          </div>
          {columns.map((column, index) => (
            <div key={column.id} className="form-setup-column" role="listitem">
              <Input
                value={column.label}
                maxLength={100}
                placeholder="Ví dụ: Năm 2024"
                aria-label={`Tên cột ${index + 1}`}
                status={column.label.trim() === '' ? 'error' : undefined}
                onChange={(event) => updateColumn(column.id, { label: event.target.value })}
              />
              <Select<ColumnRole>
                value={column.role}
                options={ROLE_OPTIONS}
                aria-label={`Loại cột ${index + 1}`}
                onChange={(role) => updateColumn(column.id, { role })}
              />
              <DateField
                value={column.periodFrom}
                placeholder="Không bắt buộc"
                onChange={(periodFrom) => updateColumn(column.id, { periodFrom })}
              />
              <DateField
                value={column.periodTo}
                placeholder="Không bắt buộc"
                onChange={(periodTo) => updateColumn(column.id, { periodTo })}
              />
              <Space size={2}>
                <Button
                  type="text"
                  icon={<ArrowUpOutlined />}
                  disabled={index === 0}
                  aria-label="Chuyển cột lên trước"
                  onClick={() => moveColumn(index, -1)}
                />
                <Button
                  type="text"
                  icon={<ArrowDownOutlined />}
                  disabled={index === columns.length - 1}
                  aria-label="Chuyển cột ra sau"
                  onClick={() => moveColumn(index, 1)}
                />
                <Tooltip title={column.uuid ? 'Bỏ cột này khỏi biểu mẫu' : 'Bỏ cột này'}>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`Bỏ cột ${column.label || index + 1}`}
                    onClick={() => setColumns((current) => current.filter((item) => item.id !== column.id))}
                  />
                </Tooltip>
              </Space>
            </div>
          ))}
          <Button icon={<PlusOutlined />} onClick={addColumn} disabled={columns.length >= 30}>
            Thêm cột
          </Button>
        </div>
      </section>

      <section>
        <div className="form-setup-indicators-head">
          <h3>
            Chỉ tiêu ({reported.length} chỉ tiêu{rates.length > 0 ? `, ${rates.length} tỷ lệ` : ''} đã chọn)
          </h3>
          <Space>
            <Button
              size="small"
              onClick={() =>
                toggle(
                  indicators.map((indicator) => indicator.code),
                  true,
                )
              }
            >
              Chọn tất cả
            </Button>
            <Button size="small" onClick={() => setChosen(new Set())}>
              Bỏ chọn tất cả
            </Button>
          </Space>
        </div>
        {catalogue.error && <Typography.Text type="danger">{catalogue.error}</Typography.Text>}
        {!catalogue.data && !catalogue.error ? (
          <Spin style={{ width: '100%', margin: '24px 0' }} />
        ) : (
          <div className="form-setup-indicators">
            {byArea.map((area) => {
              const codes = area.indicators.map((indicator) => indicator.code);
              const count = codes.filter((code) => chosen.has(code)).length;
              return (
                <fieldset key={area.code} className="form-setup-area">
                  <legend>
                    <Checkbox
                      checked={count === codes.length}
                      indeterminate={count > 0 && count < codes.length}
                      onChange={(event) => toggle(codes, event.target.checked)}
                    >
                      <strong>
                        {area.number}. {area.name}
                      </strong>{' '}
                      <span className="muted">
                        ({count}/{codes.length})
                      </span>
                    </Checkbox>
                  </legend>
                  {area.indicators.map((indicator) => {
                    const missing = indicator.computed && chosen.has(indicator.code) ? missingParts(indicator) : [];
                    return (
                      <div key={indicator.code} className="form-setup-indicator">
                        <Checkbox
                          checked={chosen.has(indicator.code)}
                          onChange={(event) => toggle([indicator.code], event.target.checked)}
                        >
                          <span className="form-setup-code">{indicator.code}</span> {indicator.name}{' '}
                          <span className="muted">({indicator.computed ? 'tỷ lệ' : indicator.unit})</span>
                          {indicator.computed && (
                            <Tag color="blue" className="form-setup-tag">
                              Tính tự động
                              {indicator.target !== null && ` · phấn đấu ≥ ${formatRate(indicator.target)}`}
                            </Tag>
                          )}
                          {indicator.retired && <Tag className="form-setup-tag">Ngừng dùng</Tag>}
                        </Checkbox>
                        {missing.length > 0 && (
                          <div className="form-setup-warning">
                            Để tính tỷ lệ này, hãy chọn cả {missing.join(' và ')}.
                          </div>
                        )}
                      </div>
                    );
                  })}
                </fieldset>
              );
            })}
          </div>
        )}
      </section>

      {problems.length > 0 && <Alert type="warning" showIcon title={problems[0]} style={{ marginTop: 12 }} />}
      <div className="form-setup-buttons">
        <Space>
          <Button onClick={onClose}>Huỷ</Button>
          <Button type="primary" loading={pending} disabled={problems.length > 0} onClick={save}>
            Lưu biểu mẫu
          </Button>
        </Space>
      </div>
    </div>
  );
}
