/**
 * Numeric targets a plan sets in its objectives ("tỷ lệ giải quyết đạt trên 90%"):
 * the consolidated report shows each rate against its target. They are not tasks.
 */
import type { Target } from './types';

const PERCENT = /(đạt\s+trên|trên|đạt\s+ít nhất|ít nhất|tối thiểu|đạt)?\s*(\d{1,3}(?:[.,]\d+)?)\s*%/giu;

export function findTargets(text: string, start: number, end: number): Target[] {
  const zone = text.slice(start, end);
  const targets: Target[] = [];
  PERCENT.lastIndex = 0;
  for (let match = PERCENT.exec(zone); match; match = PERCENT.exec(zone)) {
    const percent = Number(match[2]!.replace(',', '.'));
    if (!(percent > 0 && percent <= 100)) continue;
    // The clause around the figure: from the previous ";" or sentence end to the next.
    const before = Math.max(
      zone.lastIndexOf(';', match.index),
      zone.lastIndexOf('.', match.index - 1),
      zone.lastIndexOf('\n', match.index),
    );
    const afterCandidates = [
      zone.indexOf(';', match.index),
      zone.indexOf('. ', match.index),
      zone.indexOf('\n', match.index),
    ].filter((at) => at >= 0);
    const after = afterCandidates.length > 0 ? Math.min(...afterCandidates) : zone.length;
    const clauseStart = before + 1;
    const clause = zone.slice(clauseStart, after);
    const lead = clause.length - clause.trimStart().length;
    const word = (match[1] ?? '').toLowerCase();
    targets.push({
      text: clause.trim(),
      span: { start: start + clauseStart + lead, end: start + clauseStart + lead + clause.trim().length },
      percent,
      comparator: word.includes('trên')
        ? 'above'
        : word.includes('ít nhất') || word.includes('tối thiểu')
          ? 'at_least'
          : 'equal',
    });
  }
  return targets;
}
