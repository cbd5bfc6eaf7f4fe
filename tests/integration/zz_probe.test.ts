import { it } from 'vitest';
import { openTempStore } from '../support/tempStore';

it('probe', async () => {
  const t = openTempStore();
  const base = ['ỦY BAN NHÂN DÂN TỈNH GIA LAI', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 99/KH-UBND', 'Gia Lai, ngày 10 tháng 3 năm 2025', 'KẾ HOẠCH', 'Hỗ trợ nạn nhân bị mua bán năm 2025', 'I. MỤC ĐÍCH, YÊU CẦU', '1. Bảo đảm.', 'II. NHIỆM VỤ', '1. Trợ giúp pháp lý (Sở Tư pháp chủ trì thực hiện).'];
  for (const lines of [base, base.filter((l) => !/CỘNG HÒA|Độc lập/.test(l))]) {
    const m = await t.must('imports.parse', { text: lines.join('\n') });
    console.log(JSON.stringify([m.result.header.issuer, m.result.header.title, m.result.warnings]));
  }
  t.cleanup();
});
