/** File names that survive a trip through Windows: what an agency sent, as the officer will see it. */

const FORBIDDEN = new Set(['<', '>', ':', '"', '/', '\\', '|', '?', '*']);

/**
 * A received file's own name, kept (diacritics included) but safe to write: no folders, none of `<>:"/\|?*` or
 * control characters, no trailing dot or space (Windows drops them), never empty.
 */
export function safeFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .map((char) => (FORBIDDEN.has(char) || char.charCodeAt(0) < 32 ? '_' : char))
    .join('')
    .replace(/[. ]+$/, '');
  return clean || 'tep-da-nhan';
}
