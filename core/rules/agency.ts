/**
 * What an agency record must be before it is stored: a name, tidy aliases, and no merge for an active agency.
 * Pure, so the directory, the plan import and the exchange packages apply the same rule (docs/architecture.md,
 * "Domain rules").
 */
import type { AgencyInput } from '../agency';
import { AppError } from '../errors';

export function cleanAgencyInput(input: AgencyInput): AgencyInput {
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name) throw new AppError('INVALID_INPUT', 'Tên cơ quan, đơn vị không được để trống.');
  const aliases = [...new Set(input.aliases.map((alias) => alias.trim()).filter(Boolean))];
  return {
    ...input,
    name: name.normalize('NFC'),
    shortName: input.shortName?.trim().normalize('NFC') || null,
    aliases: aliases.map((alias) => alias.normalize('NFC')),
    mergedIntoId: input.active ? null : input.mergedIntoId,
    mergedOn: input.active ? null : input.mergedOn,
  };
}
