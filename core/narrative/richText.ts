/**
 * The office's text for one heading: what a report needs and no more — paragraphs, bullets, bold and italic
 * (docs/narrative.md). It is kept as plain text with a small markup, so it survives any store, diff and copy:
 * one line per paragraph, a line starting with "- " (or "+ ", "• ") is a bullet, **bold** and *italic*.
 */

export interface RichRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface RichBlock {
  kind: 'paragraph' | 'bullet';
  runs: RichRun[];
}

const BULLET = /^\s*[-+•]\s+/u;

/** `**bold**`, `*italic*`, `***both***`; an unmatched star stays a star. */
function parseRuns(line: string): RichRun[] {
  const runs: RichRun[] = [];
  const pattern = /(\*{1,3})(?=\S)(.+?)(?<=\S)\1/gu;
  let at = 0;
  for (const match of line.matchAll(pattern)) {
    const index = match.index;
    if (index > at) runs.push({ text: line.slice(at, index) });
    const stars = match[1]!.length;
    runs.push({ text: match[2]!, ...(stars !== 1 && { bold: true }), ...(stars !== 2 && { italic: true }) });
    at = index + match[0].length;
  }
  if (at < line.length) runs.push({ text: line.slice(at) });
  return runs;
}

export function parseRichText(text: string): RichBlock[] {
  const blocks: RichBlock[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.length === 0) continue;
    const bullet = BULLET.test(line);
    blocks.push({ kind: bullet ? 'bullet' : 'paragraph', runs: parseRuns(bullet ? line.replace(BULLET, '') : line) });
  }
  return blocks;
}

/** The text of blocks without their markup: what a search or a word count sees. */
export function plainText(blocks: readonly RichBlock[]): string {
  return blocks.map((block) => block.runs.map((run) => run.text).join('')).join('\n');
}

/** An agency's paragraph as the office's text: as written, a list item kept a bullet. */
export function paragraphAsRichText(paragraph: string): string {
  return paragraph.trim().replace(/\s*\n\s*/gu, ' ');
}
