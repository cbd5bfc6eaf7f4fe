/** Rules for starting next year's plan from this year's. */

/**
 * Moves the years a title names forward by one: "năm 2024" → "năm 2025",
 * "giai đoạn 2021 - 2025" → "giai đoạn 2022 - 2026". Years outside the plan's
 * period (the programme it implements, a cited decision) are left alone.
 */
export function nextYearTitle(title: string, periodFrom: number, periodTo: number): string {
  return title.replace(/\b(19|20)\d{2}\b/g, (match) => {
    const year = Number(match);
    return year >= periodFrom && year <= periodTo ? String(year + 1) : match;
  });
}
