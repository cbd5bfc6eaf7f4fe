/** Sample inputs shared by the integration and end-to-end tests: the province's plan as the office enters it. */
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
