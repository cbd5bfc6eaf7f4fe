import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Segmented, Select, Space, Spin, Typography } from 'antd';
import { FileExcelOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { agencyDisplayName, type Agency } from '../../../core/agency';
import { agencyTaskList, type Matrix, type MatrixColumnMode } from '../../../core/matrix';
import { ASSIGNMENT_ROLE_LABELS, planLabel, type AssignmentRole } from '../../../core/plan';
import { agencySearchKey } from '../../../core/agencySearch';
import { api } from '../api';
import { agencySearch } from '../components/options';
import { saveExportedFile } from '../download';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { MatrixGrid } from './MatrixGrid';

interface MatrixViewProps {
  planId: number;
  agencies: Agency[];
  onChanged: () => Promise<void>;
}

function useGridHeight(offset: number): number {
  const [height, setHeight] = useState(() => Math.max(320, window.innerHeight - offset));
  useEffect(() => {
    const onResize = () => setHeight(Math.max(320, window.innerHeight - offset));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [offset]);
  return height;
}

/** Applies one cell change to the matrix on screen, totals included, before the server answers. */
function withRole(matrix: Matrix, taskId: number, agencyId: number, role: AssignmentRole | null): Matrix {
  let previous: AssignmentRole | undefined;
  const rows = matrix.rows.map((row) => {
    if (row.type !== 'task' || row.taskId !== taskId) return row;
    previous = row.roles[agencyId];
    const roles = { ...row.roles };
    if (role) roles[agencyId] = role;
    else delete roles[agencyId];
    return { ...row, roles };
  });
  const columns = matrix.columns.map((column) => {
    if (column.agencyId !== agencyId) return column;
    const delta = (which: AssignmentRole) => (role === which ? 1 : 0) - (previous === which ? 1 : 0);
    return {
      ...column,
      leadCount: column.leadCount + delta('lead'),
      coordinatingCount: column.coordinatingCount + delta('coordinating'),
    };
  });
  return { ...matrix, rows, columns };
}

export function MatrixView({ planId, agencies, onChanged }: MatrixViewProps) {
  const cellWrites = useAction();
  const exporting = useAction();
  const [columnMode, setColumnMode] = useState<MatrixColumnMode>('involved');
  const [focusAgencyId, setFocusAgencyId] = useState<number | null>(null);
  const matrix = useLoad(['matrix', planId, columnMode, focusAgencyId], () =>
    api.matrix.get({ planId, columns: focusAgencyId === null ? columnMode : 'involved', focusAgencyId }),
  );
  const height = useGridHeight(focusAgencyId === null ? 300 : 330);
  const focusAgency = agencies.find((agency) => agency.id === focusAgencyId) ?? null;
  const focusList = useMemo(
    () => (matrix.data && focusAgencyId !== null ? agencyTaskList(matrix.data, focusAgencyId) : []),
    [matrix.data, focusAgencyId],
  );

  // Cell edits go to the server one after another, in the order typed: C then Delete must end empty.
  const writes = useRef<Promise<void>>(Promise.resolve());
  const setRole = (taskId: number, agencyId: number, role: AssignmentRole | null) => {
    matrix.setData((current) => (current ? withRole(current, taskId, agencyId, role) : current));
    writes.current = writes.current.then(async () => {
      const saved = await cellWrites.run(() => api.assignments.set({ taskId, agencyId, role }), {
        after: () => void onChanged(),
      });
      // The cell on screen was changed ahead of the server: put back what is stored.
      if (!saved) await matrix.reload();
    });
  };

  const exportFile = (work: () => ReturnType<typeof api.exports.matrixXlsx>) =>
    exporting.run(
      async () => {
        const file = await work();
        saveExportedFile(file);
        return file;
      },
      { success: (file) => `Đã xuất tệp ${file.fileName}.` },
    );

  const agencyOptions = agencies
    .filter((agency) => agency.active || matrix.data?.columns.some((column) => column.agencyId === agency.id))
    .map((agency) => ({
      value: agency.id,
      label: agencyDisplayName(agency),
      search: agencySearchKey(agency),
    }));

  return (
    <div>
      <Space wrap style={{ marginBottom: 8, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Segmented<MatrixColumnMode>
            value={columnMode}
            disabled={focusAgencyId !== null}
            onChange={setColumnMode}
            options={[
              { value: 'involved', label: 'Cơ quan được phân công' },
              { value: 'all', label: 'Tất cả cơ quan' },
            ]}
          />
          <Select
            allowClear
            style={{ width: 300 }}
            placeholder="Lọc theo cơ quan: chủ trì gì, phối hợp gì?"
            aria-label="Lọc theo cơ quan"
            value={focusAgencyId ?? undefined}
            onChange={(value: number | undefined) => setFocusAgencyId(value ?? null)}
            options={agencyOptions}
            showSearch={agencySearch}
          />
        </Space>
        <Space wrap>
          {focusAgency && (
            <>
              <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
                In danh sách
              </Button>
              <Button
                icon={<FileExcelOutlined />}
                loading={exporting.pending}
                onClick={() =>
                  exportFile(() => api.exports.agencyTasks({ planId, agencyId: focusAgency.id, format: 'xlsx' }))
                }
              >
                Danh sách (Excel)
              </Button>
              <Button
                icon={<FileWordOutlined />}
                loading={exporting.pending}
                onClick={() =>
                  exportFile(() => api.exports.agencyTasks({ planId, agencyId: focusAgency.id, format: 'docx' }))
                }
              >
                Danh sách (Word)
              </Button>
            </>
          )}
          <Button
            type="primary"
            icon={<FileExcelOutlined />}
            loading={exporting.pending}
            onClick={() => exportFile(() => api.exports.matrixXlsx({ planId, columns: columnMode }))}
          >
            Xuất ma trận ra Excel
          </Button>
        </Space>
      </Space>
      {focusAgency && matrix.data && (
        <Typography.Paragraph style={{ marginBottom: 8 }} data-testid="focus-summary">
          <b>{focusAgency.name}</b>: chủ trì {focusList.filter((item) => item.role === 'lead').length} nhiệm vụ, phối
          hợp {focusList.filter((item) => item.role === 'coordinating').length} nhiệm vụ
          {focusList.some((item) => item.role === 'all') &&
            `, cùng thực hiện ${focusList.filter((item) => item.role === 'all').length} nhiệm vụ chung`}
          .
        </Typography.Paragraph>
      )}
      {matrix.error && <Typography.Text type="danger">{matrix.error}</Typography.Text>}
      {!matrix.data ? (
        <Spin style={{ width: '100%', marginTop: 60 }} />
      ) : matrix.data.taskCount === 0 ? (
        <Typography.Paragraph type="secondary">
          {focusAgency
            ? `${focusAgency.name} chưa được phân công nhiệm vụ nào trong kế hoạch này.`
            : 'Kế hoạch chưa có nhiệm vụ. Thêm nhiệm vụ ở thẻ “Nội dung kế hoạch”.'}
        </Typography.Paragraph>
      ) : matrix.data.columns.length === 0 ? (
        <Typography.Paragraph type="secondary">
          Chưa có cơ quan nào được phân công. Chọn “Tất cả cơ quan” để gán chủ trì (C), phối hợp (P).
        </Typography.Paragraph>
      ) : (
        <MatrixGrid matrix={matrix.data} height={height} onSetRole={setRole} />
      )}
      {focusAgency && matrix.data && (
        <div className="print-area">
          <h3 style={{ textAlign: 'center', marginBottom: 4 }}>DANH SÁCH NHIỆM VỤ ĐƯỢC PHÂN CÔNG</h3>
          <p style={{ textAlign: 'center', marginTop: 0 }}>
            {focusAgency.name} — Kế hoạch {planLabel(matrix.data.plan)}
          </p>
          <table>
            <thead>
              <tr>
                <th>STT</th>
                <th>Mục</th>
                <th>Nội dung nhiệm vụ</th>
                <th>Vai trò</th>
              </tr>
            </thead>
            <tbody>
              {focusList.map((item, index) => (
                <tr key={item.row.key}>
                  <td>{index + 1}</td>
                  <td>{item.row.ref}</td>
                  <td>{item.row.text}</td>
                  <td>{item.role === 'all' ? 'Cùng thực hiện' : ASSIGNMENT_ROLE_LABELS[item.role]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
