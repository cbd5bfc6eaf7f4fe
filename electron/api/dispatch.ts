/**
 * The boundary: every call from the UI (IPC or HTTP) or the CLI comes through
 * here as `unknown`, is parsed with the channel's zod schema, runs its handler
 * and returns a `Result` with a stable code and a Vietnamese message.
 */
import type { z } from 'zod';
import { AppError } from '../../core/errors';
import { contract, type Channel, type Result } from './contract';
import type { ApiContext } from './context';
import { handlers } from './handlers';

const FIELD_LABELS: Record<string, string> = {
  name: 'Tên',
  shortName: 'Tên viết tắt',
  aliases: 'Tên gọi khác',
  kind: 'Loại cơ quan',
  numberSymbol: 'Số, ký hiệu',
  title: 'Trích yếu / tên',
  issuer: 'Cơ quan ban hành',
  issuedOn: 'Ngày ban hành',
  signer: 'Người ký',
  level: 'Cấp',
  periodFrom: 'Từ năm / từ ngày',
  periodTo: 'Đến năm / đến ngày',
  status: 'Trạng thái',
  text: 'Nội dung nhiệm vụ',
  dueOn: 'Hạn hoàn thành',
  mergedOn: 'Ngày sáp nhập',
  role: 'Vai trò',
  startOn: 'Ngày bắt đầu',
  endOn: 'Ngày kết thúc',
  dataFrom: 'Kỳ số liệu từ ngày',
  dataTo: 'Kỳ số liệu đến ngày',
  time: 'Giờ',
  from: 'Từ ngày',
  to: 'Đến ngày',
  date: 'Ngày',
  on: 'Ngày',
  year: 'Năm',
  requestedOn: 'Ngày yêu cầu báo cáo',
  receivedOn: 'Ngày nhận',
  documentDate: 'Ngày văn bản',
  agencyIds: 'Cơ quan',
  base64: 'Tệp',
};

export function isChannel(value: string): value is Channel {
  return Object.hasOwn(contract, value);
}

export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Dữ liệu gửi lên không hợp lệ.';
  const field = [...issue.path].reverse().find((part): part is string => typeof part === 'string');
  const label = field ? (FIELD_LABELS[field] ?? field) : 'Dữ liệu';
  let detail: string;
  switch (issue.code) {
    case 'invalid_type':
      detail = issue.input === undefined ? 'còn thiếu' : 'sai kiểu dữ liệu';
      break;
    case 'invalid_value':
      detail = 'không nằm trong các giá trị được phép';
      break;
    case 'too_small':
      // A message written for this field (in Vietnamese) says more than the generic one.
      detail = /[\u0080-\uFFFF]/.test(issue.message) ? issue.message : 'quá nhỏ hoặc để trống';
      break;
    case 'too_big':
    case 'custom':
      detail = issue.message;
      break;
    case 'invalid_format':
      detail = /[\u0080-\uFFFF]/.test(issue.message) ? issue.message : 'sai định dạng';
      break;
    default:
      detail = 'không hợp lệ';
  }
  // A sentence written for the field (Vietnamese, so not zod's default) stands on its own.
  if (issue.code === 'too_small' && /[\u0080-\uFFFF]/.test(issue.message)) return detail;
  return `${label}: ${detail}`;
}

export async function dispatch(context: ApiContext, channel: string, raw: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: `Chức năng “${channel}” không tồn tại.` } };
  }
  const parsed = contract[channel].input.safeParse(raw ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: describeZodError(parsed.error) } };
  }
  try {
    const handler = handlers[channel] as (context: ApiContext, input: unknown) => unknown;
    return { ok: true, value: await handler(context, parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
    console.error(`[plan-desk] ${channel} failed:`, error);
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: `Đã xảy ra lỗi không mong muốn; dữ liệu không bị thay đổi. Chi tiết: ${(error as Error)?.message ?? String(error)}`,
      },
    };
  }
}
