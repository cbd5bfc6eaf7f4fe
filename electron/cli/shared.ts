/**
 * What every command group of the CLI shares: the one store a run opens, the
 * call through the same dispatch as the UI, output on stdout, and the lookups
 * that let IT staff name a plan or an agency the way they read it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { matchAgencies } from '../../core/agencySearch';
import { AppError } from '../../core/errors';
import { closeStore, openStore, type Store } from '../../db/open';
import type { Channel, ChannelInput, ChannelOutput } from '../api/contract';
import { dispatch } from '../api/dispatch';
import { resolveDbPath } from '../paths';
import { appVersion } from '../version';

const root = path.resolve(import.meta.dirname, '..', '..');

/** A mistake in what was typed: shown as it is, with exit code 1. */
export class CliError extends Error {}

export interface GlobalOptions {
  db?: string;
  json?: boolean;
}

/** Read when a command runs, not when it is registered: commander fills the global options while parsing. */
export type Globals = () => GlobalOptions;

export type RegisterCommands = (program: Command, globals: Globals) => void;

let store: Store | null = null;

function openFromOptions(options: GlobalOptions): Store {
  store ??= openStore({
    path: resolveDbPath(options.db ? ['--db', options.db] : []),
    migrationsFolder: path.join(root, 'db', 'migrations'),
  });
  return store;
}

/** Closes the store if a command opened one; the CLI is the one writer while it runs. */
export function closeOpenStore(): void {
  if (store) closeStore(store);
  store = null;
}

export async function call<C extends Channel>(
  options: GlobalOptions,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const context = { store: openFromOptions(options), runtime: 'cli' as const, version: appVersion(root) };
  const result = await dispatch(context, channel, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  return result.value as ChannelOutput<C>;
}

export function print(options: GlobalOptions, value: unknown, human: () => string): void {
  process.stdout.write(options.json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
}

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => [...(row[col] ?? '')].length)));
  return rows
    .map((row) =>
      row
        .map((cell, col) => cell.padEnd(widths[col]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** A plan named by its id (`12`) or its number-symbol (`61/KH-UBND`). */
export async function resolvePlan(options: GlobalOptions, ref: string): Promise<number> {
  if (/^\d+$/.test(ref)) return Number(ref);
  const found = await call(options, 'plans.findByNumber', { numberSymbol: ref });
  if (found.length === 0) throw new CliError(`Không có kế hoạch nào số “${ref}”.`);
  if (found.length > 1) {
    const list = found.map((plan) => `  ${plan.id}: ${plan.numberSymbol} (${plan.issuer})`).join('\n');
    throw new CliError(`Có ${found.length} kế hoạch cùng số “${ref}”; hãy dùng mã số:\n${list}`);
  }
  return found[0]!.id;
}

/** How many candidates an ambiguous agency name lists; the rest are counted, not named. */
const MAX_CANDIDATES = 10;

/**
 * An agency named by its id, or its name, short name or an alias (with or without diacritics), matched as the
 * pickers match. An exact name wins; a looser match wins only when it is the only one, since a command that
 * records a report for the wrong agency is worse than one that asks again.
 */
export async function resolveAgency(options: GlobalOptions, ref: string): Promise<number> {
  if (/^\d+$/.test(ref)) return Number(ref);
  const all = await call(options, 'agencies.list', { includeInactive: true });
  const matches = matchAgencies(all, ref);
  const [best, second] = matches;
  if (!best) throw new CliError(`Không có cơ quan nào tên “${ref}”.`);
  if (!second || (best.tier === 'exact' && second.rank > best.rank)) return best.agency.id;
  const candidates = best.tier === 'exact' ? matches.filter((match) => match.rank === best.rank) : matches;
  const listed = candidates
    .slice(0, MAX_CANDIDATES)
    .map((match) => `  ${match.agency.id}: ${match.agency.name}`)
    .join('\n');
  const more = candidates.length > MAX_CANDIDATES ? `\n  … và ${candidates.length - MAX_CANDIDATES} cơ quan khác` : '';
  throw new CliError(
    `“${ref}” khớp ${candidates.length} cơ quan; hãy gõ đầy đủ tên hoặc dùng mã số:\n${listed}${more}`,
  );
}

export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new CliError(`Năm “${value}” không hợp lệ.`);
  return Number(value);
}

export function readUpload(file: string): { fileName: string; base64: string } {
  try {
    return { fileName: path.basename(file), base64: readFileSync(file).toString('base64') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `Không có tệp ${file}.` : `Không đọc được tệp ${file} (${code ?? 'lỗi'}).`);
  }
}

/** Writes a file the command made, a full disk or a missing folder said plainly. */
export function writeOut(out: string, bytes: Buffer): void {
  try {
    writeFileSync(out, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOSPC' ? `Ổ đĩa đầy, không ghi được ${out}.` : `Không ghi được tệp ${out} (${code ?? 'lỗi'}).`,
    );
  }
}
