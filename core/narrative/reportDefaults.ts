/**
 * What a new report's settings propose before the officer changes anything: the header and signature from the
 * office's reminder-letter template (the same office signs both), the trích yếu from the request's title, the
 * figures under the outline's statistics heading.
 */
import { foldVietnamese } from '../vietnamese';
import type { ReportHeader } from './report';

export interface OfficeLetterhead {
  issuerParent: string;
  issuer: string;
  place: string;
  numberSymbol: string;
  signerTitle: string;
  signerName: string;
  archive: string;
}

/** "Báo cáo tổng kết Chương trình …" → "Tổng kết Chương trình …": "BÁO CÁO" is printed above it. */
export function reportSubject(title: string): string {
  const rest = title.trim().replace(/^báo\s+cáo\s*/iu, '');
  if (rest.length === 0) return title.trim();
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}

/** "Số:      /CAT-PV01" → "Số:      /BC-CAT-PV01": a report's symbol starts with its kind (Decree 30, Phụ lục III). */
export function reportNumberSymbol(letterSymbol: string): string {
  if (!letterSymbol.includes('/')) return 'Số:      /BC';
  return letterSymbol.replace('/', '/BC-');
}

/**
 * The headings the figures tables go under: the one about statistics ("Số liệu thống kê"), or else the first
 * about results ("Kết quả thực hiện"), or else the first heading.
 */
export function proposedFiguresHeadings(outline: readonly string[]): number[] {
  if (outline.length === 0) return [];
  const folded = outline.map(foldVietnamese);
  const statistics = folded.findIndex((heading) => /so lieu|thong ke/u.test(heading));
  if (statistics >= 0) return [statistics];
  const results = folded.findIndex((heading) => /ket qua/u.test(heading));
  return [results >= 0 ? results : 0];
}

export function proposedHeader(requestTitle: string, office: OfficeLetterhead): Omit<ReportHeader, 'on'> {
  const archive = office.archive.trim().replace(/^-\s*/u, '').replace(/[.;]$/u, '');
  return {
    issuerParent: office.issuerParent,
    issuer: office.issuer,
    numberSymbol: reportNumberSymbol(office.numberSymbol),
    place: office.place,
    subject: reportSubject(requestTitle),
    recipients: [
      'Ban Chỉ đạo 138/CP (để b/c)',
      'Thường trực Ban Chỉ đạo 138 tỉnh (để b/c)',
      'Các cơ quan, đơn vị thành viên',
      ...(archive ? [archive] : []),
    ],
    signerAuthority: '',
    signerTitle: office.signerTitle,
    signerName: office.signerName,
  };
}
