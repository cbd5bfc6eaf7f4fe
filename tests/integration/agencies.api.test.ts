import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agency } from '../../core/agency';
import type { ChannelInput } from '../../electron/api/contract';
import { CliError, closeOpenStore, resolveAgency } from '../../electron/cli/shared';
import { errorOf, openTempStore, type TempStore } from '../support/tempStore';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** Letters only Vietnamese uses: an error message carrying one is written in Vietnamese. */
const VIETNAMESE_LETTER = /[ăâđêôơưạảãáàấầẩẫậắằẳẵặẹẻẽéèếềểễệỉịíìĩọỏõóòốồổỗộớờởỡợụủũúùứừửữựỳỵỷỹý]/i;

let t: TempStore;

beforeEach(() => {
  t = openTempStore();
});

afterEach(() => {
  closeOpenStore();
  t.cleanup();
});

function agencyCount(): number {
  return t.store.sqlite.prepare('SELECT count(*) FROM agencies').pluck().get() as number;
}

async function names(input: ChannelInput<'agencies.list'> = {}): Promise<string[]> {
  return (await t.must('agencies.list', input)).map((agency) => agency.name);
}

async function byName(name: string): Promise<Agency> {
  const found = (await t.must('agencies.list', { includeInactive: true })).find((agency) => agency.name === name);
  if (!found) throw new Error(`no agency named ${name}`);
  return found;
}

function inputOf(agency: Agency): ChannelInput<'agencies.create'> {
  const { name, shortName, aliases, kind, parentId, active, mergedIntoId, mergedOn } = agency;
  return { name, shortName, aliases, kind, parentId, active, mergedIntoId, mergedOn };
}

async function arrangeAssignedTask(agencyId: number): Promise<{ planId: number; taskId: number }> {
  const plan = await t.must('plans.create', {
    numberSymbol: '61/KH-UBND',
    title: 'Thực hiện công tác phòng, chống mua bán người năm 2024',
    issuer: 'Ủy ban nhân dân tỉnh',
    level: 'province',
    periodFrom: 2024,
    periodTo: 2024,
  });
  const task = await t.must('tasks.create', {
    planId: plan.id,
    sectionId: null,
    task: { text: 'Tuyên truyền về thủ đoạn mua bán người qua mạng xã hội', lead: [agencyId] },
  });
  return { planId: plan.id, taskId: task.id };
}

describe('agencies.list', () => {
  it('holds the shipped directory as soon as the store is opened', async () => {
    const all = await t.must('agencies.list', { includeInactive: true });
    const listed = all.map((agency) => agency.name);
    expect(listed).toEqual(expect.arrayContaining(['Công an tỉnh', 'Sở Tư pháp', 'Bộ Công an', 'Tỉnh Đoàn']));
    expect(all).toHaveLength(agencyCount());
    const police = all.find((agency) => agency.name === 'Công an tỉnh');
    expect(police).toMatchObject({
      shortName: 'CA tỉnh',
      aliases: ['CA tỉnh'],
      kind: 'armed_force',
      active: true,
      seedKey: 'province.cong-an-tinh',
    });
    expect(police?.uuid).toMatch(UUID_V4);
    expect(police?.createdAt).toMatch(ISO_TIMESTAMP);
    expect(police?.updatedAt).toMatch(ISO_TIMESTAMP);
  });

  it('sorts names with the Vietnamese collator: Đ after D, Ủ before V', async () => {
    // Neither ties to a plain code-unit sort (which would put Đ and Ủ after every ASCII letter).
    await t.must('agencies.create', { name: 'Đoàn Luật sư tỉnh', kind: 'other' });
    await t.must('agencies.create', { name: 'Dự án phòng, chống mua bán người tỉnh', kind: 'other' });
    const listed = await names({ includeInactive: true });
    const before = (a: string, b: string) => {
      expect(listed.indexOf(a), `${a} is listed`).toBeGreaterThanOrEqual(0);
      expect(listed.indexOf(b), `${b} is listed`).toBeGreaterThanOrEqual(0);
      expect(listed.indexOf(a), `${a} before ${b}`).toBeLessThan(listed.indexOf(b));
    };
    // A root-locale collator treats Đ as a D with a mark and would put "Đoàn" before "Dự".
    before('Dự án phòng, chống mua bán người tỉnh', 'Đoàn Luật sư tỉnh');
    before('Công an tỉnh', 'Đài Phát thanh và Truyền hình tỉnh');
    before('Đài Truyền hình Việt Nam', 'Hội Cựu chiến binh tỉnh');
    before('Bộ Dân tộc và Tôn giáo', 'Bộ đội Biên phòng');
    before('Bộ đội Biên phòng', 'Bộ Giáo dục và Đào tạo');
    before('Ủy ban nhân dân tỉnh', 'Viện Kiểm sát nhân dân tỉnh');
    expect(listed[0]).toBe('Ban Chỉ đạo 138 tỉnh');
    expect(listed.at(-1)).toBe('Viện Kiểm sát nhân dân tối cao');
  });

  it('finds a name typed without diacritics or case', async () => {
    expect(await names({ query: 'so tu phap' })).toEqual(['Sở Tư pháp']);
    expect(await names({ query: 'SỞ TƯ PHÁP' })).toEqual(['Sở Tư pháp']);
    expect(await names({ query: '  tư   PHÁP ' })).toEqual(['Bộ Tư pháp', 'Sở Tư pháp']);
  });

  it('finds Đ when the query has a plain d', async () => {
    const found = await names({ query: 'doan' });
    expect(found).toContain('Tỉnh Đoàn');
    expect(found).toContain('Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh');
    expect(await names({ query: 'tinh doan' })).toContain('Tỉnh Đoàn');
    expect(await names({ query: 'xyz khong co' })).toEqual([]);
  });

  it('finds an agency by its alias, with or without diacritics', async () => {
    expect(await names({ query: 'CA tỉnh' })).toContain('Công an tỉnh');
    expect(await names({ query: 'ca tinh' })).toContain('Công an tỉnh');
    expect(await names({ query: 'VKSND' })).toEqual(
      expect.arrayContaining(['Viện Kiểm sát nhân dân tỉnh', 'Viện Kiểm sát nhân dân tối cao']),
    );
    expect(await names({ query: 'Đoàn TNCS' })).toContain('Tỉnh Đoàn');
  });

  it('lists the best match first for a query, and only word matches', async () => {
    expect((await names({ query: 'tinh doan' }))[0]).toBe('Tỉnh Đoàn');
    const police = await names({ query: 'cong an' });
    expect(police[0]).toBe('Công an tỉnh');
    expect(police).not.toContain('Tỉnh Đoàn');
  });

  it('hides merged agencies when includeInactive is false', async () => {
    const merged = 'Sở Lao động - Thương binh và Xã hội';
    const withInactive = await t.must('agencies.list', { includeInactive: true });
    const activeOnly = await t.must('agencies.list', { includeInactive: false });
    expect(withInactive.find((agency) => agency.name === merged)).toMatchObject({
      active: false,
      mergedOn: '2025-03-01',
      mergedIntoId: (await byName('Sở Nội vụ')).id,
    });
    expect(activeOnly.map((agency) => agency.name)).not.toContain(merged);
    expect(activeOnly.every((agency) => agency.active)).toBe(true);
    expect(activeOnly.length).toBe(withInactive.filter((agency) => agency.active).length);
    expect(activeOnly.length).toBeLessThan(withInactive.length);
    expect(await names({ query: 'lao dong thuong binh', includeInactive: false })).toEqual([]);
  });
});

describe("resolveAgency (the CLI's --agency)", () => {
  const resolve = (ref: string) => resolveAgency({ db: t.dbPath }, ref);

  it('takes an exact name, short name or alias, with or without diacritics', async () => {
    expect(await resolve('tinh doan')).toBe((await byName('Tỉnh Đoàn')).id);
    expect(await resolve('so tu phap')).toBe((await byName('Sở Tư pháp')).id);
    expect(await resolve('CA tỉnh')).toBe((await byName('Công an tỉnh')).id);
    expect(await resolve('ldld')).toBe((await byName('Liên đoàn Lao động tỉnh')).id);
  });

  it('takes a looser match only when it is the only one', async () => {
    expect(await resolve('nong dan tinh')).toBe((await byName('Hội Nông dân tỉnh')).id);
  });

  it('lists the candidates, best first, in Vietnamese when a name is ambiguous, and never a non-word match', async () => {
    const error = await resolve('cong an').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CliError);
    const message = (error as CliError).message;
    expect(message).toMatch(/^“cong an” khớp \d+ cơ quan; hãy gõ đầy đủ tên hoặc dùng mã số:\n/);
    const listed = message.split('\n').slice(1);
    expect(listed[0]).toBe(`  ${(await byName('Công an tỉnh')).id}: Công an tỉnh`);
    expect(message).toContain('Bộ Công an');
    expect(message).not.toContain('Tỉnh Đoàn');
  });

  it('says so in Vietnamese when nothing matches', async () => {
    await expect(resolve('xyz khong co')).rejects.toThrow('Không có cơ quan nào tên “xyz khong co”.');
  });
});

describe('agencies.create', () => {
  it('creates an agency with a fresh UUID and timestamps', async () => {
    const created = await t.must('agencies.create', {
      name: '  Đoàn   Luật sư tỉnh ',
      shortName: ' ĐLS tỉnh ',
      aliases: ['Đoàn LS tỉnh', ' ', 'Đoàn LS tỉnh'],
      kind: 'other',
    });
    expect(created).toMatchObject({
      name: 'Đoàn Luật sư tỉnh',
      shortName: 'ĐLS tỉnh',
      aliases: ['Đoàn LS tỉnh'],
      kind: 'other',
      parentId: null,
      active: true,
      seedKey: null,
    });
    expect(created.uuid).toMatch(UUID_V4);
    expect(created.createdAt).toMatch(ISO_TIMESTAMP);
    expect(created.updatedAt).toBe(created.createdAt);
    expect(await names({ query: 'doan ls' })).toEqual(['Đoàn Luật sư tỉnh']);
  });

  it.each([
    ['an empty name', ''],
    ['a blank name', '   \t '],
  ])('refuses %s with a Vietnamese message and adds nothing', async (_label, name) => {
    const before = agencyCount();
    const error = errorOf(await t.call('agencies.create', { name, kind: 'department' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(VIETNAMESE_LETTER);
    expect(error.message).toContain('không được để trống');
    expect(agencyCount()).toBe(before);
  });

  it.each(['Sở Tư pháp', 'SỞ TƯ PHÁP', 'So Tu Phap', ' sở  tư pháp '])(
    'refuses %j as a duplicate of Sở Tư pháp',
    async (name) => {
      const before = agencyCount();
      const error = errorOf(await t.call('agencies.create', { name, kind: 'department' }));
      expect(error.code).toBe('DUPLICATE');
      expect(error.message).toContain('“Sở Tư pháp”');
      expect(agencyCount()).toBe(before);
      expect(await names({ query: 'so tu phap' })).toEqual(['Sở Tư pháp']);
    },
  );

  it('refuses a merge date that is not on the calendar', async () => {
    const before = agencyCount();
    const error = errorOf(
      await t.call('agencies.create', {
        name: 'Sở Thông tin tỉnh cũ',
        kind: 'department',
        active: false,
        mergedIntoId: (await byName('Sở Khoa học và Công nghệ')).id,
        mergedOn: '2025-02-31',
      }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/^Ngày sáp nhập: /);
    expect(agencyCount()).toBe(before);
  });

  it('refuses a kind that does not exist', async () => {
    const error = errorOf(await t.call('agencies.create', { name: 'Cơ quan X', kind: 'ministry' as 'central' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/^Loại cơ quan: /);
  });
});

describe('agencies.update', () => {
  it('renames an agency and refuses a rename onto another agency', async () => {
    const justice = await byName('Sở Tư pháp');
    const renamed = await t.must('agencies.update', {
      id: justice.id,
      agency: { ...inputOf(justice), name: 'Sở Tư pháp tỉnh Lào Cai' },
    });
    expect(renamed).toMatchObject({ id: justice.id, uuid: justice.uuid, name: 'Sở Tư pháp tỉnh Lào Cai' });
    expect(renamed.createdAt).toBe(justice.createdAt);

    const error = errorOf(
      await t.call('agencies.update', { id: justice.id, agency: { ...inputOf(justice), name: 'SỞ Y TẾ' } }),
    );
    expect(error.code).toBe('DUPLICATE');
    expect((await t.must('agencies.list', { query: 'lao cai' })).map((agency) => agency.id)).toEqual([justice.id]);
  });

  it('refuses an agency as its own parent', async () => {
    const bar = await t.must('agencies.create', { name: 'Đoàn Luật sư tỉnh', kind: 'other' });
    const error = errorOf(
      await t.call('agencies.update', { id: bar.id, agency: { ...inputOf(bar), parentId: bar.id } }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(VIETNAMESE_LETTER);
    expect((await byName('Đoàn Luật sư tỉnh')).parentId).toBeNull();
  });

  it('refuses a parent that would close a loop', async () => {
    const top = await t.must('agencies.create', { name: 'Đơn vị A', kind: 'other' });
    const middle = await t.must('agencies.create', { name: 'Đơn vị B', kind: 'other', parentId: top.id });
    const bottom = await t.must('agencies.create', { name: 'Đơn vị C', kind: 'other', parentId: middle.id });
    const error = errorOf(
      await t.call('agencies.update', { id: top.id, agency: { ...inputOf(top), parentId: bottom.id } }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('trực thuộc');
    expect((await byName('Đơn vị A')).parentId).toBeNull();
  });

  it('refuses a parent that does not exist', async () => {
    const bar = await t.must('agencies.create', { name: 'Đoàn Luật sư tỉnh', kind: 'other' });
    const error = errorOf(
      await t.call('agencies.update', { id: bar.id, agency: { ...inputOf(bar), parentId: 999_999 } }),
    );
    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('agencies.delete', () => {
  it('refuses to delete an agency assigned to a task and names the plan', async () => {
    const police = await byName('Công an tỉnh');
    const { taskId } = await arrangeAssignedTask(police.id);
    const before = agencyCount();

    const error = errorOf(await t.call('agencies.delete', { id: police.id }));
    expect(error.code).toBe('IN_USE');
    expect(error.message).toContain('61/KH-UBND');
    expect(error.message).toContain('Công an tỉnh');
    expect(error.message).toContain('1 nhiệm vụ');
    expect(agencyCount()).toBe(before);
    expect((await byName('Công an tỉnh')).id).toBe(police.id);
    const assignments = t.store.sqlite
      .prepare('SELECT agency_id AS agencyId, role FROM assignments WHERE task_id = ?')
      .all(taskId);
    expect(assignments).toEqual([{ agencyId: police.id, role: 'lead' }]);
  });

  it('deletes an agency nobody is assigned to', async () => {
    const health = await byName('Sở Y tế');
    await arrangeAssignedTask((await byName('Công an tỉnh')).id);
    const before = agencyCount();
    const result = await t.call('agencies.delete', { id: health.id });
    expect(result).toEqual({ ok: true, value: null });
    expect(agencyCount()).toBe(before - 1);
    expect(await names({ query: 'so y te' })).toEqual([]);
    expect(errorOf(await t.call('agencies.delete', { id: health.id })).code).toBe('NOT_FOUND');
  });
});

describe('seeds and user edits', () => {
  it('keeps a renamed seeded agency renamed after reopening, with no copy of the old name', async () => {
    const justice = await byName('Sở Tư pháp');
    await t.must('agencies.update', {
      id: justice.id,
      agency: { ...inputOf(justice), name: 'Sở Tư pháp tỉnh Lào Cai', aliases: ['STP Lào Cai'] },
    });
    const before = agencyCount();

    t.reopen();

    expect(agencyCount()).toBe(before);
    expect(await names({ query: 'so tu phap' })).toEqual(['Sở Tư pháp tỉnh Lào Cai']);
    expect(await byName('Sở Tư pháp tỉnh Lào Cai')).toMatchObject({
      id: justice.id,
      uuid: justice.uuid,
      aliases: ['STP Lào Cai'],
      seedKey: 'province.so-tu-phap',
    });
  });

  it('does not bring back a deleted seeded agency after reopening', async () => {
    const foreign = await byName('Sở Ngoại vụ');
    await t.must('agencies.delete', { id: foreign.id });
    const before = agencyCount();

    t.reopen();
    t.reopen();

    expect(agencyCount()).toBe(before);
    expect(await names({ query: 'ngoai vu', includeInactive: true })).toEqual([]);
  });
});
