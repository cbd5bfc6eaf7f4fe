/**
 * An agency's report read as paragraphs for the narrative split (docs/narrative.md): a .docx through mammoth's
 * HTML, so a paragraph styled as a heading is known as one whatever its text; a text file or pasted text line by
 * line. Text typed in a legacy font (TCVN3, VNI) is converted to Unicode paragraph by paragraph, the font detected
 * once on the whole document.
 */
import mammoth from 'mammoth';
import {
  convertLegacyFont,
  decodeText,
  detectLegacyFont,
  legacyFontNotice,
  type LegacyFont,
} from '../../../core/import/encoding';
import type { ReportParagraph } from '../../../core/narrative/outlineMatch';
import { checkDocument, unreadableDocx } from './readDocument';

export interface ReadReport {
  paragraphs: ReportParagraph[];
  legacyFont: LegacyFont | null;
  notice: string | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The tags that end one paragraph and start the next; everything else is inline. */
const BLOCK = /^(?:h[1-6]|p|li|ul|ol|table|tr|td|th|br)$/u;

/**
 * mammoth's HTML as paragraphs: the text between two block tags is one paragraph, a heading when it sits in an
 * `h1`–`h6`. Tables and lists become one paragraph per cell or item, as an officer copying them would take them.
 */
export function htmlParagraphs(html: string): ReportParagraph[] {
  const paragraphs: ReportParagraph[] = [];
  let buffer = '';
  let inHeading = false;
  const flush = () => {
    const text = decodeEntities(buffer).replace(/\s+/gu, ' ').trim();
    if (text.length > 0) paragraphs.push(inHeading ? { text, heading: true } : { text });
    buffer = '';
  };
  for (const token of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|[^<]+/giu)) {
    const tag = token[2]?.toLowerCase();
    if (tag === undefined) {
      buffer += token[0];
      continue;
    }
    if (!BLOCK.test(tag)) continue;
    flush();
    if (/^h[1-6]$/u.test(tag)) inHeading = token[1] !== '/';
  }
  flush();
  return paragraphs;
}

function converted(paragraphs: ReportParagraph[]): ReadReport {
  const legacyFont = detectLegacyFont(paragraphs.map((paragraph) => paragraph.text).join('\n'));
  if (legacyFont === null) return { paragraphs, legacyFont, notice: null };
  return {
    paragraphs: paragraphs.map((paragraph) => ({ ...paragraph, text: convertLegacyFont(paragraph.text, legacyFont) })),
    legacyFont,
    notice: legacyFontNotice(legacyFont),
  };
}

export async function readReportDocument(fileName: string, bytes: Uint8Array): Promise<ReadReport> {
  if (checkDocument(fileName, bytes) === 'docx') {
    let html: string;
    try {
      html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    } catch (error) {
      throw unreadableDocx(fileName, error);
    }
    return converted(htmlParagraphs(html));
  }
  const decoded = decodeText(bytes);
  return { paragraphs: textParagraphs(decoded.text), legacyFont: decoded.legacy, notice: decoded.notice };
}

/** Pasted text: one paragraph per line. */
export function textParagraphs(text: string): ReportParagraph[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ text: line }));
}

/** Pasted text goes through the same legacy-font conversion as a file. */
export function readPastedReport(text: string): ReadReport {
  return converted(textParagraphs(text));
}
