import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldContentLine, ICS_LINE_OCTETS, refoldIcs, unfoldIcs } from '../../core/icalendar';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The physical lines as bytes: what a reader of the file sees, CRLF removed. */
function physicalLines(text: string): Uint8Array[] {
  const bytes = Buffer.from(text, 'utf8');
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 2;
      i++;
    }
  }
  lines.push(bytes.subarray(start));
  return lines;
}

/** Each physical line is at most 75 octets and valid UTF-8 on its own: no fold inside a multi-byte sequence. */
function expectFoldedByOctets(text: string): void {
  for (const line of physicalLines(text)) {
    expect(line.length).toBeLessThanOrEqual(ICS_LINE_OCTETS);
    expect(() => strictUtf8.decode(line)).not.toThrow();
  }
}

const unfold = (text: string) => text.replace(/\r\n /g, '');

const TITLE = 'SUMMARY:Hội nghị sơ kết 6 tháng đầu năm công tác phòng\\, chống mua bán người của Ban Chỉ đạo 138 tỉnh';

describe('foldContentLine', () => {
  it('folds a Vietnamese line at 75 octets, not 75 characters, and unfolds to the same line', () => {
    const folded = foldContentLine(TITLE);
    expect([...TITLE].length).toBeGreaterThan(75);
    expectFoldedByOctets(folded);
    expect(unfold(folded)).toBe(TITLE);
    const [first, ...rest] = folded.split('\r\n');
    expect(Buffer.byteLength(first!, 'utf8')).toBeGreaterThan(70);
    for (const line of rest) expect(line).toMatch(/^ [^ ]/);
  });

  it('leaves a line of 75 octets as it is, and folds one of 76', () => {
    const exact = `DESCRIPTION:${'a'.repeat(63)}`;
    expect(foldContentLine(exact)).toBe(exact);
    expect(foldContentLine(`${exact}b`)).toBe(`${exact}\r\n b`);
  });

  it('keeps a decomposed letter with its marks, and a surrogate pair whole', () => {
    // "ộ" as o + circumflex + dot below (5 octets), and an emoji (4 octets) at every position across a fold.
    for (let pad = 60; pad < 80; pad++) {
      const line = `SUMMARY:${'x'.repeat(pad - 8)}o\u0302\u0323😀${'ộ'.repeat(30)}`;
      const folded = foldContentLine(line);
      expectFoldedByOctets(folded);
      expect(unfold(folded)).toBe(line);
      for (const piece of folded.split('\r\n ')) {
        expect(piece).not.toMatch(/^[\u0300-\u036f]/);
        expect(piece).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
      }
    }
  });

  it('folds any text into lines of at most 75 octets that unfold to the original', () => {
    const vietnamese = fc.constantFrom(...'aăâđeêoôơuưyộỗằẫữựỹĐ ,;\\😀'.split(''), 'o\u0302\u0323', '👨‍👩‍👧');
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ unit: vietnamese, maxLength: 400 })),
        (value) => {
          const line = `DESCRIPTION:${value.replace(/[\r\n]/g, ' ')}`;
          const folded = foldContentLine(line);
          expectFoldedByOctets(folded);
          expect(unfold(folded)).toBe(line);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('refoldIcs', () => {
  it('refolds what the ics package folded by characters (CRLF + tab) into octet folds with a space', () => {
    // The package's own fold of TITLE: 75 characters, then 74 per continuation, after CRLF and a tab.
    const chars = [...TITLE];
    const byPackage = [chars.slice(0, 75).join(''), chars.slice(75).join('')].join('\r\n\t');
    const ics = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', byPackage, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    expect(Buffer.byteLength(byPackage.split('\r\n')[0]!, 'utf8')).toBeGreaterThan(ICS_LINE_OCTETS);

    const refolded = refoldIcs(ics);
    expectFoldedByOctets(refolded);
    expect(refolded).not.toContain('\t');
    expect(refolded.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(unfoldIcs(refolded)).toEqual(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', TITLE, 'END:VEVENT', 'END:VCALENDAR', '']);
  });
});
