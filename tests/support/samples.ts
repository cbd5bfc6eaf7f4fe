/** Sample inputs shared by the integration and end-to-end tests: the province's plan as the office enters it. */
import { blankEntry } from '../../core/calendar';
import type { ReportRequest } from '../../core/reports';
import type { ChannelInput } from '../../electron/api/contract';

export function samplePlan(
  numberSymbol = '61/KH-UBND',
  fields: Partial<ChannelInput<'plans.create'>> = {},
): ChannelInput<'plans.create'> {
  return {
    numberSymbol,
    title: 'Thực hiện công tác phòng, chống mua bán người năm 2025',
    issuer: 'Ủy ban nhân dân tỉnh',
    issuedOn: '2025-03-27',
    level: 'province',
    periodFrom: 2025,
    periodTo: 2025,
    status: 'issued',
    ...fields,
  };
}

/** A request as the office sends it: the half-year report, asked on 1/6/2025, due 20/6/2025. */
export function sampleRequestInput(
  agencyIds: number[],
  overrides: Partial<ChannelInput<'requests.create'>> = {},
): ChannelInput<'requests.create'> {
  return {
    title: 'Báo cáo kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2025',
    requestedOn: '2025-06-01',
    dueOn: '2025-06-20',
    dataFrom: '2024-12-15',
    dataTo: '2025-06-14',
    receiver: 'Công an tỉnh (Phòng Tham mưu)',
    agencyIds,
    ...overrides,
  };
}

/** A stored request for the pure rules of core/: ad hoc, due 20/6/2025, asked of agencies 1, 2 and 3. */
export function sampleReportRequest(id: number, overrides: Partial<ReportRequest> = {}): ReportRequest {
  return {
    id,
    uuid: `request-${id}`,
    title: `Báo cáo số ${id}`,
    kind: 'ad_hoc',
    cycleId: null,
    requestedOn: '2025-04-05',
    dueOn: '2025-06-20',
    dataFrom: null,
    dataTo: null,
    receiver: 'Công an tỉnh (Phòng Tham mưu)',
    outline: [],
    planId: null,
    agencyIds: [1, 2, 3],
    exemptAgencyIds: [],
    closedOn: null,
    ...overrides,
  };
}

/** A one-day event on the calendar (no agencies, no plan), as the office adds one by clicking a day. */
export function sampleEvent(title: string, startOn: string): ChannelInput<'calendar.create'> {
  return blankEntry('event', title, startOn);
}

/**
 * The review of 836/KH-UBND as the office asks it: figures from 09/02/2021 to 15/6/2025, each year, the total and
 * the previous period 2016–2020, due 20/6/2025 to Công an tỉnh (Phòng Tham mưu).
 */
export function reviewRequestInput(
  agencyIds: number[],
  overrides: Partial<ChannelInput<'requests.create'>> = {},
): ChannelInput<'requests.create'> {
  return {
    title: 'Báo cáo tổng kết Chương trình phòng, chống mua bán người giai đoạn 2021 - 2025 (Kế hoạch 836/KH-UBND)',
    requestedOn: '2025-05-20',
    dueOn: '2025-06-20',
    dataFrom: '2021-02-09',
    dataTo: '2025-06-15',
    receiver: 'Công an tỉnh (Phòng Tham mưu)',
    outline: [
      'Công tác phòng ngừa mua bán người',
      'Đấu tranh phòng, chống tội phạm mua bán người',
      'Tiếp nhận, xác minh, xác định, giải cứu và bảo vệ nạn nhân',
      'Hỗ trợ nạn nhân',
    ],
    agencyIds,
    ...overrides,
  };
}
