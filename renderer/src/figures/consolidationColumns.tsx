/** How the consolidation's tables head and align their figure columns. */

/** Right-aligned, in tabular digits, so figures line up down a column (consolidation.css). */
export const NUMBER = 'figure-number';

export function PreviousTitle({ label }: { label: string }) {
  return (
    <>
      Kỳ trước
      <div className="consolidation-subtitle">{label}</div>
    </>
  );
}
