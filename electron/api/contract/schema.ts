/**
 * What every part of the contract is built from: the result shape, the zod primitives with their Vietnamese
 * messages, and the two kinds of channel. A `query` only reads; a `command` writes, so it is what the audit trail,
 * the UUID tests and the read-only mode of a damaged database know to look at (docs/architecture.md, "The API").
 */
import { z } from 'zod';
import { dateProblem } from '../../../core/dates';
import type { ErrorCode } from '../../../core/errors';

export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export const id = z.number().int().positive();
export const text = (max: number) => z.string().max(max, `tối đa ${max.toLocaleString('vi-VN')} ký tự`);
export const optionalText = (max: number) => text(max).nullable().default(null);
export const isoDate = z.string().superRefine((value, context) => {
  const problem = dateProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});
export const year = z.number().int().min(1945, 'Năm không hợp lệ.').max(2100, 'Năm không hợp lệ.');
export const none = z.object({}).default({});

/** A file made for the user to save: the renderer turns it into a download. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export interface ChannelSpec<Input extends z.ZodType, Output> {
  input: Input;
  output: Output;
  /** The channel changes stored data. */
  write: boolean;
}

/** A channel that only reads: binds its input schema to its result type, so both are written once. */
export function query<Output>() {
  return <Input extends z.ZodType>(input: Input): ChannelSpec<Input, Output> => ({
    input,
    output: undefined as unknown as Output,
    write: false,
  });
}

/** A channel that changes stored data. */
export function command<Output>() {
  return <Input extends z.ZodType>(input: Input): ChannelSpec<Input, Output> => ({
    input,
    output: undefined as unknown as Output,
    write: true,
  });
}
