import { Alert } from 'antd';
import { formatFigure } from '../../../core/figures/numbers';
import { NUMBER } from './consolidationColumns';
import { breakdownLines, type BreakdownLine, type ValueRow } from './consolidationRows';

/**
 * Under an indicator: where the sources disagree, its breakdowns and each source's own figure, those with figures
 * in full and the others named in one line each, so a blank is never drawn as a row of empty cells.
 */
export function ValueDetail({ row }: { row: Extract<ValueRow, { type: 'value' }> }) {
  const { value } = row;
  const lines = breakdownLines(value, row.indicator);
  const withFigures = lines.filter((line) => line.options.some((option) => option.value !== null));
  const blankLines = lines.filter((line) => !withFigures.includes(line));
  const reported = value.bySource.filter((source) => source.total !== null);
  const silent = value.bySource.filter((source) => source.total === null);
  const breakdownCaption = (line: BreakdownLine) =>
    line.kind === 'of_which'
      ? `Trong đó: ${line.name.toLocaleLowerCase('vi')}`
      : `Chia theo ${line.name.toLocaleLowerCase('vi')}`;
  return (
    <div className="consolidation-detail">
      {value.disagreements.map((disagreement) => (
        <Alert
          key={disagreement.agency}
          type="warning"
          showIcon
          className="consolidation-disagreement"
          title={
            disagreement.standing === null
              ? `Không khớp: ${disagreement.agency} báo cáo ${formatFigure(disagreement.total, value.kind)}, cơ quan được chỉ định chưa báo cáo số này.`
              : `Không khớp: ${disagreement.agency} báo cáo ${formatFigure(disagreement.total, value.kind)}, số được dùng ${formatFigure(disagreement.standing, value.kind)}.`
          }
        />
      ))}
      <div className="consolidation-detail-blocks">
        {withFigures.map((line) => (
          <MiniTable
            key={line.code}
            caption={breakdownCaption(line)}
            rows={line.options.map((option) => ({
              key: option.code,
              label: option.name,
              value: formatFigure(option.value, value.kind),
            }))}
          />
        ))}
        {reported.length > 0 && (
          <MiniTable
            caption="Theo cơ quan báo cáo"
            rows={reported.map((source) => ({
              key: String(source.agencyId),
              label:
                value.aggregation === 'source' && source.agency === value.designatedAgency
                  ? `${source.agency} (số được dùng)`
                  : source.agency,
              value: formatFigure(source.total, value.kind),
            }))}
          />
        )}
      </div>
      <div className="consolidation-note">
        {blankLines.length > 0 && (
          <div>
            Chưa có số liệu phân tổ theo {blankLines.map((line) => line.name.toLocaleLowerCase('vi')).join(', ')}.
          </div>
        )}
        {silent.length > 0 && reported.length > 0 && (
          <div>Chưa báo cáo chỉ tiêu này: {silent.map((source) => source.agency).join(', ')}.</div>
        )}
        <div>Số phân tổ và số của từng cơ quan là tổng các cột của kỳ báo cáo, không tính kỳ trước.</div>
      </div>
    </div>
  );
}

function MiniTable({ caption, rows }: { caption: string; rows: Array<{ key: string; label: string; value: string }> }) {
  return (
    <table className="consolidation-mini">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className={NUMBER}>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
