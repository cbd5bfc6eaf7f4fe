import { describe, expect, it } from 'vitest';
import { nextYearTitle } from '../../core/planCopy';

describe('nextYearTitle', () => {
  it("moves the plan's own years forward and leaves cited years alone", () => {
    expect(nextYearTitle('Thực hiện công tác phòng, chống mua bán người năm 2024', 2024, 2024)).toBe(
      'Thực hiện công tác phòng, chống mua bán người năm 2025',
    );
    expect(nextYearTitle('Thực hiện Quyết định 193/QĐ-TTg năm 2021, kế hoạch năm 2024', 2024, 2024)).toBe(
      'Thực hiện Quyết định 193/QĐ-TTg năm 2021, kế hoạch năm 2025',
    );
    expect(nextYearTitle('Giai đoạn 2021 - 2025', 2021, 2025)).toBe('Giai đoạn 2022 - 2026');
  });
});
