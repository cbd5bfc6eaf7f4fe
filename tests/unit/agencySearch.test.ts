import { describe, expect, it } from 'vitest';
import type { Agency } from '../../core/agency';
import { agencyMatchRank, agencySearchKey, matchAgencies, searchAgencies } from '../../core/agencySearch';
import { foldedWords } from '../../core/vietnamese';
import { AGENCY_SEEDS } from '../../db/seed/agencyDirectory';
import { agencyOptions, agencySearch, type AgencyOption } from '../../renderer/src/components/options';

/** The shipped directory as the app holds it after seeding: ids in seed order, merged bodies inactive. */
const DIRECTORY: Agency[] = AGENCY_SEEDS.map((seed, index) => ({
  id: index + 1,
  uuid: `seed-${index + 1}`,
  name: seed.name,
  shortName: seed.shortName,
  aliases: [...seed.aliases],
  kind: seed.kind,
  parentId: null,
  active: seed.mergedIntoSeedKey === undefined,
  mergedIntoId: null,
  mergedOn: seed.mergedOn ?? null,
  seedKey: seed.seedKey,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
}));

const names = (query: string) => searchAgencies(DIRECTORY, query).map((agency) => agency.name);

/** What an antd Select shows for typed text: filterOption keeps, filterSort orders; Enter picks the first. */
function pickerList(query: string, options: AgencyOption[] = agencyOptions(DIRECTORY)): string[] {
  return options
    .filter((option) => agencySearch.filterOption(query, option))
    .sort((a, b) => agencySearch.filterSort(a, b, { searchValue: query }))
    .map((option) => option.title);
}

describe('the seeded directory is the one searched', () => {
  it('holds the ~73 shipped agencies', () => {
    expect(DIRECTORY.length).toBeGreaterThan(70);
    expect(DIRECTORY.map((agency) => agency.name)).toEqual(
      expect.arrayContaining(['Tỉnh Đoàn', 'Công an tỉnh', 'Liên đoàn Lao động tỉnh', 'Sở Tư pháp']),
    );
  });
});

describe('searchAgencies', () => {
  it('puts Tỉnh Đoàn first for "tinh doan", before Liên đoàn Lao động tỉnh which only holds both words', () => {
    const found = names('tinh doan');
    expect(found[0]).toBe('Tỉnh Đoàn');
    expect(found).toContain('Liên đoàn Lao động tỉnh');
    expect(found.indexOf('Liên đoàn Lao động tỉnh')).toBeGreaterThan(0);
    expect(names('Tỉnh Đoàn')[0]).toBe('Tỉnh Đoàn');
    expect(names('TINH DOAN')[0]).toBe('Tỉnh Đoàn');
  });

  it('never finds Tỉnh Đoàn for "cong an" (the "an" of "doan" is no word), and puts Công an tỉnh first', () => {
    const found = names('cong an');
    expect(found).not.toContain('Tỉnh Đoàn');
    expect(found[0]).toBe('Công an tỉnh');
    expect(found).toEqual(expect.arrayContaining(['Bộ Công an', 'Phòng Tham mưu, Công an tỉnh']));
    expect(names('công an')[0]).toBe('Công an tỉnh');
  });

  it('finds Sở Tư pháp first with or without diacritics, and Bộ Tư pháp only for the words both share', () => {
    expect(names('Sở Tư pháp')).toEqual(['Sở Tư pháp']);
    expect(names('so tu phap')).toEqual(['Sở Tư pháp']);
    expect(names('SỞ TƯ PHÁP')).toEqual(['Sở Tư pháp']);
    expect(names('so tu')[0]).toBe('Sở Tư pháp');
    expect(names('tu phap')).toEqual(['Bộ Tư pháp', 'Sở Tư pháp']);
  });

  it('finds agencies by short name and alias', () => {
    expect(names('ld')[0]).toBe('Liên đoàn Lao động tỉnh');
    expect(names('LĐLĐ')[0]).toBe('Liên đoàn Lao động tỉnh');
    expect(names('ldld tinh')[0]).toBe('Liên đoàn Lao động tỉnh');
    expect(names('CA tỉnh')[0]).toBe('Công an tỉnh');
    expect(names('vksnd')[0]).toBe('Viện Kiểm sát nhân dân tỉnh');
    expect(names('vksnd')).toContain('Viện Kiểm sát nhân dân tối cao');
    expect(names('Đoàn TNCS')[0]).toBe('Tỉnh Đoàn');
    // Punctuation inside an abbreviation is a word break on both sides.
    expect(names('gd-dt')).toEqual(['Bộ Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo']);
    expect(names('GD&ĐT')).toEqual(['Bộ Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo']);
  });

  it('matches a half-typed last word, as the officer types', () => {
    expect(names('tinh do')[0]).toBe('Tỉnh Đoàn');
    expect(names('cong a')[0]).toBe('Công an tỉnh');
    expect(names('so tu p')).toEqual(['Sở Tư pháp']);
  });

  it('matches only at the start of a word', () => {
    expect(names('oan')).toEqual([]);
    expect(names('phap')).toEqual(['Bộ Tư pháp', 'Sở Tư pháp']);
    expect(names('xyz khong co')).toEqual([]);
  });

  it('ranks exact > name starts with > whole words in order > word prefixes > words spread over names', () => {
    const tiers = (query: string) =>
      Object.fromEntries(matchAgencies(DIRECTORY, query).map((match) => [match.agency.name, match.tier]));
    expect(tiers('tinh doan')).toMatchObject({ 'Tỉnh Đoàn': 'exact', 'Liên đoàn Lao động tỉnh': 'wordPrefixes' });
    expect(tiers('cong an')).toMatchObject({ 'Công an tỉnh': 'prefix', 'Bộ Công an': 'wordsInOrder' });
    // "Hội" is in the alias "Hội LHPN tỉnh", "phụ nữ" in the name: found, but after every single-name match.
    expect(tiers('hoi lhpn phu nu')).toMatchObject({ 'Hội Liên hiệp Phụ nữ tỉnh': 'acrossNames' });
  });

  it('breaks ties in the Vietnamese order (Đ after D)', () => {
    const key = (name: string) => agencySearchKey({ name, shortName: null, aliases: [] });
    const found = searchAgencies(
      [
        { name: 'Đoàn Luật sư tỉnh', shortName: null, aliases: [] },
        { name: 'Dự án tỉnh', shortName: null, aliases: [] },
      ],
      'tinh',
    ).map((agency) => agency.name);
    expect(found).toEqual(['Dự án tỉnh', 'Đoàn Luật sư tỉnh']);
    expect(agencyMatchRank(key('Tỉnh Đoàn'), '')).toBe(0);
  });

  it('folds words the way the rest of the app folds', () => {
    expect(foldedWords('Sở GD&ĐT')).toEqual(['so', 'gd', 'dt']);
    expect(foldedWords('  Bộ LĐ-TB&XH ')).toEqual(['bo', 'ld', 'tb', 'xh']);
  });
});

describe('the agency picker (AgencySelect and every Select using agencySearch)', () => {
  it('offers Tỉnh Đoàn first for "tinh doan", so Enter picks it', () => {
    expect(pickerList('tinh doan')[0]).toBe('Tỉnh Đoàn');
  });

  it('offers no Tỉnh Đoàn for "cong an", and Công an tỉnh first', () => {
    const list = pickerList('cong an');
    expect(list[0]).toBe('Công an tỉnh');
    expect(list).not.toContain('Tỉnh Đoàn');
  });

  it('offers Sở Tư pháp first for "so tu phap" and "Sở Tư pháp"', () => {
    expect(pickerList('so tu phap')[0]).toBe('Sở Tư pháp');
    expect(pickerList('Sở Tư pháp')[0]).toBe('Sở Tư pháp');
  });

  it('offers Liên đoàn Lao động tỉnh (shown as LĐLĐ tỉnh) first for "ld"', () => {
    expect(pickerList('ld')[0]).toBe('Liên đoàn Lao động tỉnh');
  });

  it('keeps the given order when nothing is typed, and leaves group headers where they are', () => {
    const options = agencyOptions(DIRECTORY);
    expect(pickerList('', options)).toEqual(options.map((option) => option.title));
    const group = { label: 'Chưa nộp' };
    expect(agencySearch.filterSort(group, group, { searchValue: 'tinh' })).toBe(0);
    expect(agencySearch.filterOption('tinh', group)).toBe(false);
  });
});
