/**
 * What the officer reads when an input is refused at the boundary: the field by its Vietnamese name and what is
 * wrong with it, in Vietnamese. zod's own messages are English ("Too big: expected array to have <=5000 items"), so
 * every issue is worded here from its code and its bounds; only messages written for a field in Vietnamese pass.
 * Every key of every input schema has a label (tests/unit/inputErrors.test.ts walks the contract).
 */
import type { z } from 'zod';

export const FIELD_LABELS: Record<string, string> = {
  active: 'Đang hoạt động',
  adHoc: 'Đột xuất',
  agency: 'Cơ quan',
  agencyId: 'Cơ quan',
  agencyIds: 'Cơ quan',
  aliases: 'Tên gọi khác',
  allMembers: 'Các thành viên cùng thực hiện',
  archive: 'Lưu',
  asOf: 'Tính đến ngày',
  base64: 'Tệp',
  beforeDays: 'Nhắc trước hạn (ngày)',
  body: 'Nội dung',
  change: 'Thay đổi',
  columns: 'Cột',
  comparator: 'So sánh',
  confidence: 'Độ tin cậy',
  coordinating: 'Cơ quan phối hợp',
  cycle: 'Báo cáo định kỳ',
  cycleId: 'Báo cáo định kỳ',
  dataFrom: 'Kỳ số liệu từ ngày',
  dataTo: 'Kỳ số liệu đến ngày',
  date: 'Ngày',
  dates: 'Các mốc thời gian',
  days: 'Số ngày',
  description: 'Mô tả',
  dismissed: 'Đã bỏ qua',
  documentDate: 'Ngày văn bản',
  documentNumber: 'Số, ký hiệu văn bản',
  due: 'Hạn',
  dueDay: 'Ngày hạn nộp',
  dueMonthOffset: 'Tháng hạn nộp',
  dueOn: 'Hạn',
  encoding: 'Bảng mã',
  end: 'Vị trí cuối',
  endOn: 'Ngày kết thúc',
  entry: 'Mục lịch',
  exemptAgencyIds: 'Cơ quan được miễn',
  fileId: 'Tệp',
  fileName: 'Tên tệp',
  files: 'Tệp đính kèm',
  focusAgencyId: 'Cơ quan đang xem',
  format: 'Định dạng',
  from: 'Từ ngày',
  fromYear: 'Từ năm',
  id: 'Mã',
  implementsPlanId: 'Kế hoạch cấp trên',
  implementsRef: 'Văn bản được thực hiện',
  includeInactive: 'Gồm cơ quan ngừng hoạt động',
  index: 'Vị trí',
  issuedOn: 'Ngày ban hành',
  issuer: 'Cơ quan ban hành',
  issuerParent: 'Cơ quan chủ quản',
  key: 'Mã mục',
  kind: 'Loại',
  kinds: 'Loại',
  label: 'Số thứ tự',
  lead: 'Cơ quan chủ trì',
  legacyFont: 'Phông chữ cũ',
  level: 'Cấp',
  mergedIntoId: 'Cơ quan sáp nhập vào',
  mergedOn: 'Ngày sáp nhập',
  monthDay: 'Ngày trong năm',
  name: 'Tên',
  newAgencies: 'Cơ quan mới',
  newKey: 'Mã cơ quan mới',
  node: 'Mục',
  nodes: 'Các mục của kế hoạch',
  note: 'Ghi chú',
  notified: 'Đã thông báo',
  numberSymbol: 'Số, ký hiệu',
  on: 'Ngày',
  outline: 'Đề cương',
  overdueEveryDays: 'Nhắc khi quá hạn (mỗi … ngày)',
  parentId: 'Mục cấp trên',
  parentKey: 'Mục cấp trên',
  percent: 'Tỷ lệ',
  periodFrom: 'Từ',
  periodTo: 'Đến',
  place: 'Địa điểm',
  plan: 'Kế hoạch',
  planId: 'Kế hoạch',
  progress: 'Tiến độ',
  query: 'Từ khoá tìm',
  receivedOn: 'Ngày nhận',
  receiver: 'Nơi nhận báo cáo',
  recurrence: 'Chu kỳ',
  request: 'Yêu cầu báo cáo',
  requestId: 'Yêu cầu báo cáo',
  requestedOn: 'Ngày yêu cầu báo cáo',
  role: 'Vai trò',
  section: 'Mục',
  sectionId: 'Mục',
  sender: 'Cơ quan gửi',
  shortName: 'Tên viết tắt',
  signer: 'Người ký',
  signerName: 'Họ tên người ký',
  signerTitle: 'Chức vụ người ký',
  snoozedUntil: 'Nhắc lại từ ngày',
  source: 'Văn bản nguồn',
  span: 'Vị trí trong văn bản',
  start: 'Vị trí đầu',
  startOn: 'Ngày bắt đầu',
  status: 'Trạng thái',
  step: 'Bước nhắc',
  subject: 'Trích yếu',
  targets: 'Chỉ tiêu',
  task: 'Nhiệm vụ',
  taskId: 'Nhiệm vụ',
  taskIds: 'Nhiệm vụ liên quan',
  text: 'Nội dung',
  time: 'Giờ',
  timing: 'Thời hạn',
  timingKind: 'Loại thời hạn',
  title: 'Tên, trích yếu',
  to: 'Đến ngày',
  toYear: 'Đến năm',
  type: 'Loại mục',
  what: 'Nội dung báo cáo',
  windowEndDay: 'Ngày cuối kỳ số liệu',
  windowStartDay: 'Ngày đầu kỳ số liệu',
  year: 'Năm',
  yearly: 'Lặp lại hằng năm',
};

/** Where one key means something more precise than its plain label (the last keys of the path, dotted). */
const PATH_LABELS: Record<string, string> = {
  'source.text': 'Nội dung văn bản',
  'source.fileName': 'Tên tệp văn bản',
  'task.text': 'Nội dung nhiệm vụ',
  'nodes.text': 'Nội dung mục',
  'nodes.label': 'Số thứ tự của mục',
  'plan.title': 'Trích yếu kế hoạch',
  'section.title': 'Tên mục',
  'task.label': 'Số thứ tự nhiệm vụ',
  'plan.periodFrom': 'Từ năm',
  'plan.periodTo': 'Đến năm',
  'task.periodFrom': 'Từ ngày',
  'task.periodTo': 'Đến ngày',
};

/** Where one key means something else in one group of channels (`kind` of an agency, of a calendar entry…). */
const GROUP_LABELS: Record<string, Record<string, string>> = {
  agencies: { kind: 'Loại cơ quan' },
  calendar: { kind: 'Loại mục lịch' },
  requests: { kind: 'Loại báo cáo', dueOn: 'Hạn nộp' },
  tasks: { dueOn: 'Hạn hoàn thành' },
  imports: { dueOn: 'Hạn hoàn thành' },
};

function labelOf(path: readonly PropertyKey[], channel: string): string {
  const keys = path.filter((part): part is string => typeof part === 'string');
  const last = keys.at(-1);
  if (!last) return 'Dữ liệu';
  const pair = keys.slice(-2).join('.');
  const group = channel.split('.')[0] ?? '';
  return PATH_LABELS[pair] ?? GROUP_LABELS[group]?.[last] ?? FIELD_LABELS[last] ?? last;
}

/** A message written for the field, in Vietnamese (zod's defaults are plain ASCII English). */
function isOwnMessage(message: string): boolean {
  return /[\u0080-\uFFFF]/.test(message);
}

const count = (value: number | bigint) => Number(value).toLocaleString('vi-VN');

function tooBig(issue: Extract<z.core.$ZodIssue, { code: 'too_big' }>): string {
  const limit = count(issue.maximum);
  switch (issue.origin) {
    case 'string':
      return `quá dài (tối đa ${limit} ký tự)`;
    case 'array':
    case 'set':
      return `quá nhiều (tối đa ${limit})`;
    default:
      return `không được lớn hơn ${limit}`;
  }
}

function tooSmall(issue: Extract<z.core.$ZodIssue, { code: 'too_small' }>): string {
  const limit = count(issue.minimum);
  switch (issue.origin) {
    case 'string':
      return Number(issue.minimum) <= 1 ? 'không được để trống' : `quá ngắn (ít nhất ${limit} ký tự)`;
    case 'array':
    case 'set':
      return Number(issue.minimum) <= 1 ? 'hãy chọn ít nhất một' : `cần ít nhất ${limit}`;
    default:
      return `không được nhỏ hơn ${limit}`;
  }
}

/** One refused input, in a sentence: "Nội dung văn bản: quá dài (tối đa 20.000.000 ký tự)". */
export function describeZodError(error: z.ZodError, channel = ''): string {
  const issue = error.issues[0];
  if (!issue) return 'Dữ liệu gửi lên không hợp lệ.';
  const label = labelOf(issue.path, channel);
  // A sentence written for this check stands on its own ("Hạn nộp phải trùng hoặc sau ngày yêu cầu báo cáo.").
  if (isOwnMessage(issue.message) && /[.!?]$/.test(issue.message.trim())) return issue.message;
  let detail: string;
  switch (issue.code) {
    case 'invalid_type':
      detail = issue.input === undefined ? 'còn thiếu' : 'sai kiểu dữ liệu';
      break;
    case 'invalid_value':
      detail = 'không nằm trong các giá trị được phép';
      break;
    case 'too_big':
      detail = isOwnMessage(issue.message) ? issue.message : tooBig(issue);
      break;
    case 'too_small':
      detail = isOwnMessage(issue.message) ? issue.message : tooSmall(issue);
      break;
    case 'invalid_format':
      detail = isOwnMessage(issue.message) ? issue.message : 'sai định dạng';
      break;
    case 'unrecognized_keys':
      detail = `có trường không được nhận (${issue.keys.join(', ')})`;
      break;
    case 'invalid_union':
      detail = 'không đúng dạng nào được nhận';
      break;
    default:
      detail = isOwnMessage(issue.message) ? issue.message : 'không hợp lệ';
  }
  return `${label}: ${detail}`;
}
