import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../core/fileNames';

describe('safeFileName', () => {
  it('keeps a Vietnamese name as it was sent', () => {
    expect(safeFileName('Báo cáo tổng kết 2021-2025 - Sở Tư pháp.pdf')).toBe(
      'Báo cáo tổng kết 2021-2025 - Sở Tư pháp.pdf',
    );
  });

  it('drops the folders of a path, Windows or not', () => {
    expect(safeFileName('C:\\Users\\vanthu\\Desktop\\BC 6 thang.docx')).toBe('BC 6 thang.docx');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
  });

  it('replaces what Windows refuses, and the trailing dots and spaces it would drop', () => {
    expect(safeFileName('BC: quý II? "mới" <bản 2>|*.docx')).toBe('BC_ quý II_ _mới_ _bản 2___.docx');
    expect(safeFileName('báo cáo\u0007.pdf. . ')).toBe('báo cáo_.pdf');
  });

  it('never gives an empty name', () => {
    expect(safeFileName('')).toBe('tep-da-nhan');
    expect(safeFileName('...')).toBe('tep-da-nhan');
    expect(safeFileName('folder/')).toBe('tep-da-nhan');
  });
});
