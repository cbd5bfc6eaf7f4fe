/**
 * Turns an uploaded document into text for the parser: .docx through mammoth,
 * everything else through the text decoder (UTF-8/16, Windows-1258, and the
 * legacy TCVN3/VNI font encodings, converted to Unicode).
 */
import mammoth from 'mammoth';
import { AppError } from '../../../core/errors';
import { decodeText } from '../../../core/import/encoding';
import { LIMITS } from '../../../core/limits';

/** Plans run to a few hundred kilobytes; anything this large is not one. */
export const MAX_DOCUMENT_BYTES = LIMITS.planFileBytes;

export interface ReadDocument {
  text: string;
  encoding: string;
  legacyFont: string | null;
  notice: string | null;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/**
 * The checks every uploaded document passes before it is read: its size, a .docx that is a zip, a format Plan
 * Desk cannot read named as such. Returns whether it is a .docx.
 */
export function checkDocument(fileName: string, bytes: Uint8Array): 'docx' | 'text' {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new AppError(
      'INVALID_INPUT',
      `Tệp “${fileName}” quá lớn (${megabytes(bytes.length)}); một kế hoạch thường dưới 2 MB, ` +
        `Plan Desk nhận tệp tới ${megabytes(MAX_DOCUMENT_BYTES)}. ` +
        'Hãy kiểm tra lại tệp, hoặc dán phần nội dung cần nhập.',
    );
  }
  if (/\.docx$/i.test(fileName)) {
    const isZip = bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
    if (!isZip) {
      throw new AppError(
        'INVALID_INPUT',
        `Tệp “${fileName}” không phải tệp Word .docx hợp lệ (có thể bị hỏng, hoặc là tệp .doc đổi tên). ` +
          'Hãy mở bằng Word và lưu lại dạng .docx.',
      );
    }
    return 'docx';
  }
  if (/\.(doc|pdf|xls|xlsx|ppt|pptx|odt|rtf)$/i.test(fileName)) {
    throw new AppError(
      'INVALID_INPUT',
      `Chưa đọc được tệp dạng ${fileName.split('.').pop()!.toUpperCase()}. ` +
        'Hãy lưu văn bản dạng .docx hoặc .txt, hoặc sao chép nội dung rồi dán vào.',
    );
  }
  return 'text';
}

/** mammoth's refusal, in the office's words. */
export function unreadableDocx(fileName: string, error: unknown): AppError {
  return new AppError(
    'INVALID_INPUT',
    `Không đọc được tệp Word “${fileName}”: tệp bị hỏng hoặc không đúng định dạng .docx.`,
    { cause: error },
  );
}

export async function readDocument(fileName: string, bytes: Uint8Array): Promise<ReadDocument> {
  if (checkDocument(fileName, bytes) === 'docx') {
    let raw: string;
    try {
      raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    } catch (error) {
      throw unreadableDocx(fileName, error);
    }
    // mammoth ends every paragraph with a blank line; one break per paragraph reads like the document.
    const decoded = decodeText(new TextEncoder().encode(raw.replace(/\n\n/g, '\n')));
    return { text: decoded.text, encoding: 'docx', legacyFont: decoded.legacy, notice: decoded.notice };
  }
  const decoded = decodeText(bytes);
  return { text: decoded.text, encoding: decoded.encoding, legacyFont: decoded.legacy, notice: decoded.notice };
}
