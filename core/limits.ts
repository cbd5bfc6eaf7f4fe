/**
 * How much one call may carry. Sized for the largest real documents (a 100-page plan is about 2 MB of text and
 * 1,200 tasks) with room to spare, and small enough that a wrong file is refused before it is read.
 */
export const LIMITS = {
  /** A plan's document as uploaded (.docx, .txt). */
  planFileBytes: 20 * 1024 * 1024,
  /** A plan's text, pasted or read from its file. */
  planTextChars: 20_000_000,
  /** Sections and tasks of one imported plan. */
  planNodes: 50_000,
  /** Dates read from one plan. */
  planDates: 50_000,
  /** One received report file. */
  submissionFileBytes: 50 * 1024 * 1024,
} as const;

/** Characters of base64 that carry `bytes` bytes. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/** `20971520` → `20 MB`, for messages. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
