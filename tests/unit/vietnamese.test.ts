import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareVietnamese,
  foldVietnamese,
  matchesSearch,
  sortByVietnamese,
  stripDiacritics,
} from '../../core/vietnamese';

describe('foldVietnamese', () => {
  it('drops diacritics, folds đ to d and lowers the case', () => {
    expect(foldVietnamese('Sở Tư pháp')).toBe('so tu phap');
    expect(foldVietnamese('ĐOÀN TNCS Hồ Chí Minh')).toBe('doan tncs ho chi minh');
    expect(foldVietnamese('  Báo   cáo\ttổng kết ')).toBe('bao cao tong ket');
  });

  it('gives the same result for composed and decomposed input', () => {
    const composed = 'Thương binh và Xã hội';
    expect(foldVietnamese(composed.normalize('NFD'))).toBe(foldVietnamese(composed.normalize('NFC')));
  });

  it('is idempotent and never leaves a combining mark or an đ', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const folded = foldVietnamese(text);
        expect(foldVietnamese(folded)).toBe(folded);
        expect(/\p{M}|[đĐ]/u.test(folded)).toBe(false);
      }),
    );
  });
});

describe('stripDiacritics', () => {
  it('keeps the case', () => {
    expect(stripDiacritics('Ma trận phân công Đoàn')).toBe('Ma tran phan cong Doan');
  });
});

describe('matchesSearch', () => {
  it('finds with or without diacritics, word by word', () => {
    expect(matchesSearch('Sở Tư pháp', 'so tu phap')).toBe(true);
    expect(matchesSearch('Báo cáo tổng kết', 'bao cao')).toBe(true);
    expect(matchesSearch('Tỉnh Đoàn', 'd')).toBe(true);
    expect(matchesSearch('Sở Tư pháp', 'phap so')).toBe(true);
    expect(matchesSearch('Sở Tư pháp', 'tu phap y')).toBe(false);
    expect(matchesSearch('anything', '   ')).toBe(true);
  });
});

describe('Vietnamese collation', () => {
  it('sorts Đ after D and the marked vowels after their base letter', () => {
    const names = ['Đài Truyền hình', 'Ủy ban', 'Bộ Y tế', 'Dân tộc', 'Ân', 'An', 'Ăn', 'Em'];
    expect(sortByVietnamese(names, (name) => name)).toEqual([
      'An',
      'Ăn',
      'Ân',
      'Bộ Y tế',
      'Dân tộc',
      'Đài Truyền hình',
      'Em',
      'Ủy ban',
    ]);
    expect(compareVietnamese('Sở 2', 'Sở 10')).toBeLessThan(0);
  });
});
