/**
 * Line folding of iCalendar text (RFC 5545 §3.1). The `ics` package folds at 75 characters, but the limit is 75
 * octets of UTF-8: a Vietnamese line of 75 characters runs past 100 octets (most marked letters take 2 or 3), and
 * strict readers drop or mangle such lines. The folding is redone here, after the package has written the file.
 */

/** The most octets a physical line may hold, not counting its CRLF; a continuation's leading space counts. */
export const ICS_LINE_OCTETS = 75;

const FOLD = '\r\n ';

function utf8Octets(text: string): number {
  let octets = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    octets += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return octets;
}

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/**
 * Folds one content line so every physical line is at most 75 octets. Breaks fall between graphemes, so a
 * letter and its marks (NFD "ộ" is three code points) stay on one line; only a cluster too long for a line is
 * split, and then between code points, never inside one's UTF-8 bytes.
 */
export function foldContentLine(line: string): string {
  if (utf8Octets(line) <= ICS_LINE_OCTETS) return line;
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  let limit = ICS_LINE_OCTETS;
  const add = (piece: string, size: number) => {
    if (octets + size > limit && current !== '') {
      lines.push(current);
      current = '';
      octets = 0;
      limit = ICS_LINE_OCTETS - 1;
    }
    current += piece;
    octets += size;
  };
  for (const { segment } of graphemes.segment(line)) {
    const size = utf8Octets(segment);
    if (size <= ICS_LINE_OCTETS - 1) add(segment, size);
    else for (const char of segment) add(char, utf8Octets(char));
  }
  lines.push(current);
  return lines.join(FOLD);
}

/** Content lines of iCalendar text: folds (CRLF, or a bare LF, then one space or tab) joined back. */
export function unfoldIcs(text: string): string[] {
  return text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
}

/** The same calendar with every line folded by octets; lines end in CRLF as the RFC asks. */
export function refoldIcs(text: string): string {
  return unfoldIcs(text).map(foldContentLine).join('\r\n');
}
