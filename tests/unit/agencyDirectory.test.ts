import { describe, expect, it } from 'vitest';

import { AGENCY_KINDS } from '../../core/agency';
import { foldVietnamese } from '../../core/vietnamese';
import { AGENCY_SEEDS, type AgencySeed } from '../../db/seed/agencyDirectory';

const SEED_KEY = /^(central|province)\.[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const bySeedKey = new Map(AGENCY_SEEDS.map((seed) => [seed.seedKey, seed]));

function byName(name: string): AgencySeed {
  const seed = AGENCY_SEEDS.find((candidate) => candidate.name === name);
  if (!seed) throw new Error(`no seed named ${name}`);
  return seed;
}

/** Every form a document may use for the agency: what a matcher will look for. */
function labelsOf(seed: AgencySeed): string[] {
  return [seed.name, ...(seed.shortName === null ? [] : [seed.shortName]), ...seed.aliases];
}

/** A real calendar day: '2025-02-30' passes the pattern but not this. */
function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Follows `next` from each seed and fails on a loop, so a merge or parent chain always ends. */
function expectNoCycles(next: (seed: AgencySeed) => string | undefined): void {
  for (const start of AGENCY_SEEDS) {
    const seen = new Set<string>([start.seedKey]);
    for (let key = next(start); key !== undefined; key = next(bySeedKey.get(key)!)) {
      expect(seen.has(key), `cycle through ${start.seedKey}`).toBe(false);
      seen.add(key);
    }
  }
}

describe('AGENCY_SEEDS', () => {
  it('has unique seed keys in dotted ascii kebab-case', () => {
    expect(bySeedKey.size).toBe(AGENCY_SEEDS.length);
    for (const seed of AGENCY_SEEDS) expect(seed.seedKey).toMatch(SEED_KEY);
  });

  it('has unique folded names, since the database refuses two agencies with one name key', () => {
    const owners = new Map<string, string>();
    for (const seed of AGENCY_SEEDS) {
      const key = foldVietnamese(seed.name);
      expect(owners.get(key), `${seed.seedKey} and ${owners.get(key)} share the name ${seed.name}`).toBeUndefined();
      owners.set(key, seed.seedKey);
    }
  });

  it('never lets one alias, short name or name stand for two agencies', () => {
    const owners = new Map<string, string>();
    for (const seed of AGENCY_SEEDS) {
      for (const key of new Set(labelsOf(seed).map(foldVietnamese))) {
        const owner = owners.get(key);
        expect(owner, `'${key}' is used by both ${owner} and ${seed.seedKey}`).toBeUndefined();
        owners.set(key, seed.seedKey);
      }
    }
  });

  it('lists each alias once per agency, includes the short name and leaves out the name', () => {
    for (const seed of AGENCY_SEEDS) {
      const folded = seed.aliases.map(foldVietnamese);
      expect(new Set(folded).size, `${seed.seedKey} repeats an alias`).toBe(folded.length);
      expect(folded, `${seed.seedKey} repeats its name as an alias`).not.toContain(foldVietnamese(seed.name));
      if (seed.shortName !== null) expect(seed.aliases, seed.seedKey).toContain(seed.shortName);
    }
  });

  it('writes every name, short name and alias in NFC, trimmed, with single spaces', () => {
    for (const seed of AGENCY_SEEDS) {
      for (const label of labelsOf(seed)) {
        expect(label.normalize('NFC'), `${seed.seedKey}: '${label}' is not NFC`).toBe(label);
        expect(label, seed.seedKey).toBe(label.trim().replace(/\s+/g, ' '));
        expect(label.length, seed.seedKey).toBeGreaterThan(0);
      }
      if (seed.shortName !== null) expect(seed.shortName.length, seed.seedKey).toBeLessThan(seed.name.length);
    }
  });

  it('uses only known kinds', () => {
    for (const seed of AGENCY_SEEDS) expect(AGENCY_KINDS, seed.seedKey).toContain(seed.kind);
  });

  it('points parents and merge targets at seeds listed earlier, without cycles', () => {
    const position = new Map(AGENCY_SEEDS.map((seed, index) => [seed.seedKey, index]));
    AGENCY_SEEDS.forEach((seed, index) => {
      for (const target of [seed.parentSeedKey, seed.mergedIntoSeedKey]) {
        if (target === undefined) continue;
        expect(position.has(target), `${seed.seedKey} points at unknown ${target}`).toBe(true);
        expect(position.get(target)!, `${seed.seedKey} comes before ${target}`).toBeLessThan(index);
        expect(target, seed.seedKey).not.toBe(seed.seedKey);
      }
    });
    expectNoCycles((seed) => seed.parentSeedKey);
    expectNoCycles((seed) => seed.mergedIntoSeedKey);
  });

  it('dates every merge, and only merges', () => {
    for (const seed of AGENCY_SEEDS) {
      expect(seed.mergedOn === undefined, seed.seedKey).toBe(seed.mergedIntoSeedKey === undefined);
      if (seed.mergedOn !== undefined) expect(isIsoDate(seed.mergedOn), `${seed.seedKey}: ${seed.mergedOn}`).toBe(true);
    }
  });

  it('contains the agencies the seed documents assign tasks to', () => {
    expect(byName('Công an tỉnh').kind).toBe('armed_force');
    expect(byName('Sở Tư pháp').kind).toBe('department');
    expect(byName('Bộ Công an').kind).toBe('central');
    expect(byName('Bộ Giáo dục và Đào tạo').kind).toBe('central');
    expect(byName('Phòng Tham mưu, Công an tỉnh').parentSeedKey).toBe(byName('Công an tỉnh').seedKey);
    expect(byName('Bộ đội Biên phòng').parentSeedKey).toBe(byName('Bộ Quốc phòng').seedKey);
  });

  it('keeps the abolished Sở LĐ-TB&XH, merged into Sở Nội vụ, so old plans still resolve', () => {
    const labour = byName('Sở Lao động - Thương binh và Xã hội');
    expect(labour.aliases).toContain('Sở LĐ-TB&XH');
    expect(labour.mergedIntoSeedKey).toBe(byName('Sở Nội vụ').seedKey);
    expect(labour.mergedOn).toBe('2025-03-01');
    expect(byName('Sở Nội vụ').mergedIntoSeedKey).toBeUndefined();
  });

  it('gives bare abbreviations that also fit a central body to the provincial agency', () => {
    const owners = new Map(AGENCY_SEEDS.flatMap((seed) => seed.aliases.map((alias) => [foldVietnamese(alias), seed])));
    for (const alias of ['VKSND', 'TAND', 'MTTQ', 'BĐBP', 'Hội LHPN']) {
      expect(owners.get(foldVietnamese(alias))?.seedKey, alias).toMatch(/^province\./);
    }
  });
});
