/**
 * What the toolbar buttons of the office's text do to the markup (core/narrative/richText.ts): **B** and *I* wrap
 * the selection, "• Gạch đầu dòng" turns the selected lines into bullets (or back). Pure: text and selection in,
 * text and selection out.
 */

export interface Edited {
  text: string;
  start: number;
  end: number;
}

const BULLET = /^(\s*)[-+•]\s+/u;

/**
 * Wraps the selection in `marker` (`**` bold, `*` italic), line by line since the markup never spans lines, with
 * the spaces at the ends of a line left outside (`** word**` would not read as bold). With nothing selected the
 * two markers are put in and the cursor between them.
 */
export function wrapSelection(text: string, start: number, end: number, marker: string): Edited {
  if (start === end) {
    const inserted = `${marker}${marker}`;
    return {
      text: text.slice(0, start) + inserted + text.slice(end),
      start: start + marker.length,
      end: start + marker.length,
    };
  }
  const selected = text.slice(start, end);
  const wrapped = selected
    .split('\n')
    .map((line) => {
      const match = /^(\s*)(.*?)(\s*)$/su.exec(line)!;
      const [, before, body, after] = match;
      if (!body) return line;
      // A bullet's dash stays in front of the markup.
      const bullet = /^([-+•]\s+)(.*)$/su.exec(body);
      if (bullet && bullet[2]) return `${before}${bullet[1]}${marker}${bullet[2]}${marker}${after}`;
      return `${before}${marker}${body}${marker}${after}`;
    })
    .join('\n');
  return { text: text.slice(0, start) + wrapped + text.slice(end), start, end: start + wrapped.length };
}

/** The selected lines become bullets ("- "); when all of them are bullets already, plain paragraphs again. */
export function toggleBullets(text: string, start: number, end: number): Edited {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end > start && text[end - 1] === '\n' ? end - 1 : end);
  const to = lineEnd === -1 ? text.length : lineEnd;
  const lines = text.slice(from, to).split('\n');
  const filled = lines.filter((line) => line.trim().length > 0);
  const allBullets = filled.length > 0 && filled.every((line) => BULLET.test(line));
  const changed = lines
    .map((line) => {
      if (allBullets) return line.replace(BULLET, '$1');
      if (line.trim().length === 0 && lines.length > 1) return line;
      return BULLET.test(line) ? line : `- ${line.trimStart()}`;
    })
    .join('\n');
  return { text: text.slice(0, from) + changed + text.slice(to), start: from, end: from + changed.length };
}

/** An agency's paragraph added at the end of the office's text, on a line of its own. */
export function appendParagraph(body: string, paragraph: string): string {
  const trimmed = body.replace(/\s+$/u, '');
  return trimmed.length === 0 ? paragraph : `${trimmed}\n${paragraph}`;
}
