/** The agency directory (danh mục cơ quan, đơn vị). */
import { z } from 'zod';
import { AGENCY_KINDS, type Agency } from '../../../core/agency';
import { command, id, isoDate, optionalText, query, text } from './schema';

export const agencyInput = z.object({
  name: text(300),
  shortName: optionalText(100),
  aliases: z.array(text(200)).max(50).default([]),
  kind: z.enum(AGENCY_KINDS),
  parentId: id.nullable().default(null),
  active: z.boolean().default(true),
  mergedIntoId: id.nullable().default(null),
  mergedOn: isoDate.nullable().default(null),
});

export const agencyChannels = {
  'agencies.list': query<Agency[]>()(
    z.object({ query: text(200).optional(), includeInactive: z.boolean().optional() }).default({}),
  ),
  'agencies.create': command<Agency>()(agencyInput),
  'agencies.update': command<Agency>()(z.object({ id, agency: agencyInput })),
  'agencies.delete': command<null>()(z.object({ id })),
};
