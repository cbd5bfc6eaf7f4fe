/**
 * The office's indicator catalogue, versioned per year (docs/figures.md, "Catalogue"): the shipped set is seeded
 * once as the version for every year (from_year 0); a rename, new breakdowns, a range or a retirement from a year on
 * is a new version row, so the forms and figures of earlier years read as they were entered.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Breakdown } from '../core/figures/breakdowns';
import {
  CATALOGUE_INDICATORS,
  CATALOGUE_RATES,
  FIGURE_AREAS,
  type Aggregation,
  type FigureArea,
} from '../core/figures/catalogue';
import type { FigureKind } from '../core/figures/numbers';
import type { IndicatorListItem } from '../core/figures/records';
import { nowTimestamp } from '../core/dates';
import { AppError, notFound } from '../core/errors';
import type { AppDb, Store } from './open';
import { agencies, indicators, seedLog } from './schema';
import { inTransaction } from './transaction';

const SEED_PREFIX = 'indicator:';
/** The version of a shipped indicator that applies to every year. */
const EVERY_YEAR = 0;

type IndicatorRow = typeof indicators.$inferSelect;

/** Seeds the shipped catalogue once; an indicator the office changed or retired is never touched again. */
export function applyIndicatorSeeds(db: AppDb): number {
  const keys = [...CATALOGUE_INDICATORS, ...CATALOGUE_RATES].map((item) => SEED_PREFIX + item.code);
  const applied = () =>
    new Set(
      db
        .select({ key: seedLog.seedKey })
        .from(seedLog)
        .where(inArray(seedLog.seedKey, keys))
        .all()
        .map((row) => row.key),
    );
  // A file migrated only part of the way (the migration tests' own folders) has no catalogue to seed yet.
  const hasTable = db.$client.prepare(`select 1 from sqlite_master where type = 'table' and name = 'indicators'`).get();
  if (!hasTable || applied().size === keys.length) return 0;
  return db.transaction(
    (tx) => {
      const done = applied();
      const agencyBySeed = new Map(
        tx
          .select({ id: agencies.id, seedKey: agencies.seedKey })
          .from(agencies)
          .all()
          .flatMap((row) => (row.seedKey ? [[row.seedKey, row.id] as const] : [])),
      );
      const taken = new Set(
        tx
          .select({ code: indicators.code })
          .from(indicators)
          .all()
          .map((row) => row.code),
      );
      const now = nowTimestamp();
      let inserted = 0;
      const insert = (
        code: string,
        values: Omit<
          typeof indicators.$inferInsert,
          'uuid' | 'code' | 'createdAt' | 'updatedAt' | 'fromYear' | 'position' | 'origin'
        >,
        position: number,
      ) => {
        if (done.has(SEED_PREFIX + code)) return;
        if (!taken.has(code)) {
          tx.insert(indicators)
            .values({
              ...values,
              uuid: crypto.randomUUID(),
              code,
              fromYear: EVERY_YEAR,
              position,
              origin: 'catalogue',
              createdAt: now,
              updatedAt: now,
            })
            .run();
          inserted++;
        }
        tx.insert(seedLog)
          .values({ seedKey: SEED_PREFIX + code, appliedAt: now })
          .run();
      };
      CATALOGUE_INDICATORS.forEach((indicator, index) => {
        const designated = indicator.designatedSource
          ? (agencyBySeed.get(indicator.designatedSource.province) ??
            agencyBySeed.get(indicator.designatedSource.central) ??
            null)
          : null;
        insert(
          indicator.code,
          {
            name: indicator.name,
            unit: indicator.unit,
            kind: indicator.kind,
            area: indicator.area,
            aggregation: indicator.aggregation,
            designatedAgencyId: designated,
            breakdowns: JSON.stringify(indicator.breakdowns),
          },
          (index + 1) * 10,
        );
      });
      CATALOGUE_RATES.forEach((rate, index) => {
        insert(
          rate.code,
          {
            name: rate.name,
            unit: '%',
            kind: 'amount',
            area: rate.area,
            aggregation: 'sum',
            numerator: rate.numerator,
            denominator: rate.denominator,
            target: rate.target,
          },
          (CATALOGUE_INDICATORS.length + index + 1) * 10,
        );
      });
      return inserted;
    },
    { behavior: 'immediate' },
  );
}

function toItem(row: IndicatorRow, agencyNames: ReadonlyMap<number, string>): IndicatorListItem {
  const computed = row.numerator !== null && row.denominator !== null;
  return {
    code: row.code,
    name: row.name,
    unit: row.unit,
    kind: row.kind as FigureKind,
    area: row.area as FigureArea,
    aggregation: row.aggregation as Aggregation,
    designatedAgencyId: row.designatedAgencyId,
    designatedAgency: row.designatedAgencyId === null ? null : (agencyNames.get(row.designatedAgencyId) ?? null),
    computed,
    numerator: row.numerator,
    denominator: row.denominator,
    target: row.target,
    rangeMin: row.rangeMin,
    rangeMax: row.rangeMax,
    breakdowns: (JSON.parse(row.breakdowns) as Breakdown[]).map((breakdown) => ({
      code: breakdown.code,
      name: breakdown.name,
      kind: breakdown.kind,
      options: breakdown.options.map((option) => ({ code: option.code, name: option.name })),
    })),
    fromYear: row.fromYear === EVERY_YEAR ? null : row.fromYear,
    retired: row.retired,
    origin: row.origin === 'catalogue' ? 'catalogue' : 'office',
  };
}

/**
 * Each indicator in the version that applies in `year` (the latest when no year is given), in catalogue order:
 * the reported ones by area, then the computed ones. Retired ones only when asked for.
 */
export function listIndicators(
  db: AppDb,
  options: { year?: number; includeRetired?: boolean; codes?: readonly string[] } = {},
): IndicatorListItem[] {
  const rows = db.select().from(indicators).orderBy(asc(indicators.code), asc(indicators.fromYear)).all();
  const applying = new Map<string, IndicatorRow>();
  for (const row of rows) {
    if (options.year !== undefined && row.fromYear > options.year) continue;
    applying.set(row.code, row);
  }
  const names = new Map(
    db
      .select({ id: agencies.id, name: agencies.name })
      .from(agencies)
      .all()
      .map((row) => [row.id, row.name]),
  );
  const wanted = options.codes ? new Set(options.codes) : null;
  const areaOrder = new Map<string, number>(FIGURE_AREAS.map((area, index) => [area.code, index]));
  // The shipped version's position orders every later version of the same code.
  const firstPosition = new Map<string, number>();
  for (const row of rows) if (!firstPosition.has(row.code)) firstPosition.set(row.code, row.position);
  return [...applying.values()]
    .filter((row) => (options.includeRetired || !row.retired) && (!wanted || wanted.has(row.code)))
    .sort(
      (a, b) =>
        Number(a.numerator !== null) - Number(b.numerator !== null) ||
        (areaOrder.get(a.area) ?? 99) - (areaOrder.get(b.area) ?? 99) ||
        firstPosition.get(a.code)! - firstPosition.get(b.code)!,
    )
    .map((row) => toItem(row, names));
}

export interface IndicatorInput {
  code: string;
  fromYear: number;
  name: string;
  unit: string;
  kind: FigureKind;
  area: FigureArea;
  aggregation: Aggregation;
  designatedAgencyId: number | null;
  rangeMin: number | null;
  rangeMax: number | null;
  breakdowns?: Breakdown[] | undefined;
  /** For a computed indicator: the share its target sets. */
  target?: number | null | undefined;
}

/** Adds an indicator, or its version from `fromYear` on (replacing a version of that same year). */
export function saveIndicator(store: Store, input: IndicatorInput): IndicatorListItem {
  return inTransaction(store, () => {
    const versions = store.db
      .select()
      .from(indicators)
      .where(eq(indicators.code, input.code))
      .orderBy(asc(indicators.fromYear))
      .all();
    const before = [...versions].reverse().find((row) => row.fromYear <= input.fromYear) ?? versions[0];
    if (input.designatedAgencyId !== null) {
      const agency = store.db
        .select({ id: agencies.id })
        .from(agencies)
        .where(eq(agencies.id, input.designatedAgencyId))
        .get();
      if (!agency) throw notFound('cơ quan được chỉ định');
    }
    const now = nowTimestamp();
    const values = {
      name: input.name.trim(),
      unit: input.unit.trim(),
      kind: before?.numerator ? before.kind : input.kind,
      area: input.area,
      aggregation: input.aggregation,
      designatedAgencyId: input.aggregation === 'source' ? input.designatedAgencyId : null,
      breakdowns: input.breakdowns ? JSON.stringify(input.breakdowns) : (before?.breakdowns ?? '[]'),
      numerator: before?.numerator ?? null,
      denominator: before?.denominator ?? null,
      target: before?.numerator ? (input.target === undefined ? before.target : input.target) : null,
      rangeMin: input.rangeMin,
      rangeMax: input.rangeMax,
      retired: before?.retired ?? false,
      updatedAt: now,
    };
    if (input.breakdowns) checkBreakdowns(input.breakdowns);
    const same = versions.find((row) => row.fromYear === input.fromYear);
    if (same) {
      store.db.update(indicators).set(values).where(eq(indicators.id, same.id)).run();
    } else {
      const last = store.db
        .select({ position: indicators.position })
        .from(indicators)
        .orderBy(asc(indicators.position))
        .all()
        .at(-1);
      store.db
        .insert(indicators)
        .values({
          ...values,
          uuid: crypto.randomUUID(),
          code: input.code,
          fromYear: input.fromYear,
          position: before?.position ?? (last?.position ?? 0) + 10,
          origin: before?.origin ?? 'office',
          createdAt: now,
        })
        .run();
    }
    return listIndicators(store.db, { year: input.fromYear, includeRetired: true, codes: [input.code] })[0]!;
  });
}

function checkBreakdowns(breakdowns: readonly Breakdown[]): void {
  const codes = new Set<string>();
  for (const breakdown of breakdowns) {
    if (codes.has(breakdown.code)) throw new AppError('INVALID_INPUT', `Phân tổ “${breakdown.name}” bị lặp.`);
    codes.add(breakdown.code);
    const options = new Set<string>();
    for (const option of breakdown.options) {
      if (options.has(option.code)) {
        throw new AppError('INVALID_INPUT', `Nhóm “${option.name}” bị lặp trong phân tổ “${breakdown.name}”.`);
      }
      options.add(option.code);
    }
  }
}

/** Retires an indicator from `fromYear` on (or takes it up again): a new version, the earlier years untouched. */
export function retireIndicator(store: Store, code: string, fromYear: number, retired: boolean): void {
  inTransaction(store, () => {
    const versions = store.db
      .select()
      .from(indicators)
      .where(eq(indicators.code, code))
      .orderBy(asc(indicators.fromYear))
      .all();
    if (versions.length === 0) throw notFound(`chỉ tiêu ${code}`);
    const now = nowTimestamp();
    const same = versions.find((row) => row.fromYear === fromYear);
    if (same) {
      store.db.update(indicators).set({ retired, updatedAt: now }).where(eq(indicators.id, same.id)).run();
      return;
    }
    const before = [...versions].reverse().find((row) => row.fromYear <= fromYear) ?? versions[0]!;
    const { id: _id, uuid: _uuid, ...kept } = before;
    store.db
      .insert(indicators)
      .values({ ...kept, uuid: crypto.randomUUID(), fromYear, retired, createdAt: now, updatedAt: now })
      .run();
  });
}
