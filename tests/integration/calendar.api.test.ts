/**
 * The plan calendar (issue 4) through the API exactly as the UI calls it, on a
 * real temp store: entries, report cycles, days off and their edits, working-day
 * arithmetic, the iCalendar export, and the dates an imported plan puts on the
 * calendar.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agency } from '../../core/agency';
import type { Occurrence } from '../../core/calendar';
import { addWorkingDays, workCalendarFor } from '../../core/workdays';
import { listEntries } from '../../db/calendar';
import type { ChannelInput } from '../../electron/api/contract';
import { SEED, seedPath } from '../fixtures/seeds';
import { samplePlan } from '../support/samples';
import { errorOf, openTempStore, type TempStore } from '../support/tempStore';

type EntryInput = ChannelInput<'calendar.create'>;
type CycleInput = ChannelInput<'cycles.create'>;

let t: TempStore;
let agencies: Agency[];

beforeEach(async () => {
  t = openTempStore();
  agencies = await t.must('agencies.list', { includeInactive: true });
});

afterEach(() => {
  t.cleanup();
});

function agencyId(name: string): number {
  const found = agencies.find((agency) => agency.name === name);
  if (!found) throw new Error(`no agency named ${name}`);
  return found.id;
}

function agencyName(id: number): string {
  return agencies.find((agency) => agency.id === id)?.name ?? `#${id}`;
}

function count(table: string): number {
  return t.store.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

async function createPlan(numberSymbol = '61/KH-UBND'): Promise<number> {
  const plan = await t.must('plans.create', samplePlan(numberSymbol));
  return plan.id;
}

async function list(from: string, to: string, filter: Partial<ChannelInput<'calendar.list'>> = {}) {
  return t.must('calendar.list', { from, to, ...filter });
}

async function occurrencesOn(date: string): Promise<Occurrence[]> {
  return (await list(date, date)).occurrences;
}

const deadline = (overrides: Partial<EntryInput> = {}): EntryInput => ({
  kind: 'deadline',
  title: 'Hạn gửi báo cáo quý II',
  startOn: '2025-06-20',
  what: 'báo cáo kết quả quý II',
  sender: 'Các sở, ngành, địa phương',
  receiver: 'Công an tỉnh (Phòng Tham mưu)',
  dataFrom: '2025-03-15',
  dataTo: '2025-06-14',
  ...overrides,
});

// -------------------------------------------------------------------------------------------------
describe('calendar entries', () => {
  it('creates an entry of every kind, keeping only the fields its kind uses', async () => {
    const planId = await createPlan();
    const sotuphap = agencyId('Sở Tư pháp');
    const congan = agencyId('Công an tỉnh');

    const due = await t.must('calendar.create', deadline({ planId, agencyIds: [sotuphap, congan, sotuphap] }));
    expect(due).toMatchObject({
      kind: 'deadline',
      title: 'Hạn gửi báo cáo quý II',
      startOn: '2025-06-20',
      endOn: null,
      yearly: false,
      what: 'báo cáo kết quả quý II',
      sender: 'Các sở, ngành, địa phương',
      receiver: 'Công an tỉnh (Phòng Tham mưu)',
      dataFrom: '2025-03-15',
      dataTo: '2025-06-14',
      planId,
      source: 'manual',
    });
    expect([...due.agencyIds].sort()).toEqual([sotuphap, congan].sort());

    // A period given a deadline's fields, a time and a place: they are dropped.
    const campaign = await t.must('calendar.create', {
      kind: 'period',
      title: '  Cao điểm   tấn công, trấn áp tội phạm mua bán người ',
      startOn: '2025-07-01',
      endOn: '2025-09-30',
      yearly: true,
      time: '08:00',
      place: 'Hội trường',
      what: 'báo cáo',
      sender: 'Sở Tư pháp',
      receiver: 'Công an tỉnh',
      dataFrom: '2025-01-01',
      dataTo: '2025-06-30',
    });
    expect(campaign).toMatchObject({
      kind: 'period',
      title: 'Cao điểm tấn công, trấn áp tội phạm mua bán người',
      startOn: '2025-07-01',
      endOn: '2025-09-30',
      yearly: false,
      time: null,
      place: null,
      what: null,
      sender: null,
      receiver: null,
      dataFrom: null,
      dataTo: null,
    });

    // A one-day period ends the day it starts.
    const oneDay = await t.must('calendar.create', { kind: 'period', title: 'Ra quân', startOn: '2025-07-01' });
    expect(oneDay.endOn).toBe('2025-07-01');

    const day = await t.must('calendar.create', {
      kind: 'event',
      title: 'Ngày toàn dân phòng, chống mua bán người',
      startOn: '2024-07-30',
      endOn: '2024-08-02',
      yearly: true,
      what: 'không dùng',
    });
    expect(day).toMatchObject({ kind: 'event', startOn: '2024-07-30', endOn: null, yearly: true, what: null });

    const meeting = await t.must('calendar.create', {
      kind: 'meeting',
      title: 'Hội nghị sơ kết 6 tháng',
      startOn: '2025-07-15',
      time: '08:00',
      place: ' Hội trường Công an tỉnh ',
      yearly: true,
      dataFrom: '2025-01-01',
      receiver: 'Ban Chỉ đạo 138 tỉnh',
    });
    expect(meeting).toMatchObject({
      kind: 'meeting',
      time: '08:00',
      place: 'Hội trường Công an tỉnh',
      yearly: false,
      dataFrom: null,
      receiver: null,
    });

    expect(count('calendar_entries')).toBe(5);
    const view = await list('2025-06-01', '2025-09-30');
    expect(view.occurrences.map((o) => `${o.kind} ${o.start}..${o.end} ${o.title}`)).toEqual([
      'deadline 2025-06-20..2025-06-20 Hạn gửi báo cáo quý II',
      'period 2025-07-01..2025-09-30 Cao điểm tấn công, trấn áp tội phạm mua bán người',
      'period 2025-07-01..2025-07-01 Ra quân',
      'meeting 2025-07-15..2025-07-15 Hội nghị sơ kết 6 tháng',
      'event 2025-07-30..2025-07-30 Ngày toàn dân phòng, chống mua bán người',
    ]);
  });

  it('updates an entry and its links', async () => {
    const planId = await createPlan();
    const created = await t.must('calendar.create', deadline({ agencyIds: [agencyId('Sở Tư pháp')] }));
    const updated = await t.must('calendar.update', {
      id: created.id,
      entry: deadline({
        title: 'Hạn gửi báo cáo 6 tháng',
        startOn: '2025-06-18',
        planId,
        agencyIds: [agencyId('Sở Y tế')],
      }),
    });
    expect(updated).toMatchObject({ id: created.id, title: 'Hạn gửi báo cáo 6 tháng', startOn: '2025-06-18', planId });
    expect(updated.agencyIds.map(agencyName)).toEqual(['Sở Y tế']);
    expect(count('calendar_entry_agencies')).toBe(1);
    // Turned into a period, its deadline fields go.
    const asPeriod = await t.must('calendar.update', {
      id: created.id,
      entry: deadline({ kind: 'period', endOn: '2025-06-30' }),
    });
    expect(asPeriod).toMatchObject({ kind: 'period', endOn: '2025-06-30', what: null, receiver: null, dataFrom: null });

    const missing = errorOf(await t.call('calendar.update', { id: 9999, entry: deadline() }));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toContain('Không tìm thấy mục lịch này');
  });

  it('moves an entry; a period keeps its length', async () => {
    const campaign = await t.must('calendar.create', {
      kind: 'period',
      title: 'Cao điểm',
      startOn: '2025-07-01',
      endOn: '2025-09-30',
    });
    const moved = await t.must('calendar.move', { id: campaign.id, startOn: '2025-08-01' });
    expect([moved.startOn, moved.endOn]).toEqual(['2025-08-01', '2025-10-31']);

    const short = await t.must('calendar.create', {
      kind: 'period',
      title: 'Đợt kiểm tra',
      startOn: '2025-01-30',
      endOn: '2025-02-02',
    });
    const acrossFebruary = await t.must('calendar.move', { id: short.id, startOn: '2025-02-27' });
    expect([acrossFebruary.startOn, acrossFebruary.endOn]).toEqual(['2025-02-27', '2025-03-02']);

    const due = await t.must('calendar.create', deadline());
    const movedDue = await t.must('calendar.move', { id: due.id, startOn: '2025-06-18' });
    expect([movedDue.startOn, movedDue.endOn]).toEqual(['2025-06-18', null]);
    // The move is stored, and the deadline keeps everything else.
    expect((await occurrencesOn('2025-06-18')).map((o) => [o.title, o.dataFrom, o.dataTo])).toEqual([
      ['Hạn gửi báo cáo quý II', '2025-03-15', '2025-06-14'],
    ]);
    expect(await occurrencesOn('2025-06-20')).toEqual([]);

    const bad = errorOf(await t.call('calendar.move', { id: due.id, startOn: '2025-02-30' }));
    expect(bad.code).toBe('INVALID_INPUT');
    expect(bad.message).toBe('Ngày bắt đầu: ngày 30/02/2025 không có thật trên lịch');
    const missing = errorOf(await t.call('calendar.move', { id: 9999, startOn: '2025-06-18' }));
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('deletes an entry with its links', async () => {
    const planId = await createPlan();
    const created = await t.must('calendar.create', deadline({ planId, agencyIds: [agencyId('Sở Tư pháp')] }));
    expect(await t.must('calendar.delete', { id: created.id })).toBeNull();
    expect(count('calendar_entries')).toBe(0);
    expect(count('calendar_entry_agencies')).toBe(0);
    expect((await list('2025-01-01', '2025-12-31')).occurrences).toEqual([]);
    const again = errorOf(await t.call('calendar.delete', { id: created.id }));
    expect(again.code).toBe('NOT_FOUND');
    expect(again.message).toMatch(/^Không tìm thấy mục lịch này/);
  });

  describe('refuses bad input with a Vietnamese message and writes nothing', () => {
    const cases: Array<[string, () => EntryInput, string, string]> = [
      ['a blank title', () => deadline({ title: '   ' }), 'INVALID_INPUT', 'Tiêu đề mục lịch không được để trống.'],
      [
        'an end before the start',
        () => ({ kind: 'period', title: 'Cao điểm', startOn: '2025-09-30', endOn: '2025-07-01' }),
        'INVALID_INPUT',
        'Ngày kết thúc phải trùng hoặc sau ngày bắt đầu.',
      ],
      [
        '31/02 as the day',
        () => deadline({ startOn: '2025-02-31' }),
        'INVALID_INPUT',
        'Ngày bắt đầu: ngày 31/02/2025 không có thật trên lịch',
      ],
      [
        '31/02 as the last day',
        () => ({ kind: 'period', title: 'Cao điểm', startOn: '2025-02-01', endOn: '2025-02-31' }),
        'INVALID_INPUT',
        'Ngày kết thúc: ngày 31/02/2025 không có thật trên lịch',
      ],
      [
        '31/02 in the data window',
        () => deadline({ dataFrom: '2025-02-31' }),
        'INVALID_INPUT',
        'Kỳ số liệu từ ngày: ngày 31/02/2025 không có thật trên lịch',
      ],
      [
        'a data window ending before it starts',
        () => deadline({ dataFrom: '2025-06-14', dataTo: '2025-03-15' }),
        'INVALID_INPUT',
        'Kỳ số liệu: ngày cuối phải sau ngày đầu.',
      ],
      [
        'an agency that does not exist',
        () => deadline({ agencyIds: [99999] }),
        'NOT_FOUND',
        'Một cơ quan được chọn không còn trong danh mục',
      ],
      ['a plan that does not exist', () => deadline({ planId: 99999 }), 'NOT_FOUND', 'Không tìm thấy kế hoạch đã chọn'],
      [
        'a task that does not exist',
        () => deadline({ taskIds: [99999] }),
        'NOT_FOUND',
        'Không tìm thấy nhiệm vụ được liên kết',
      ],
      // Regression guard (this was a bug, now fixed): the contract's message for a bad time ('Giờ không hợp lệ (định dạng HH:MM).') is dropped by
      // describeZodError (zod 4 reports a regex failure as 'invalid_format', which falls to the default branch),
      // and 'time' has no FIELD_LABELS entry: the officer reads "time: không hợp lệ".
      [
        "the time '25:00'",
        () => ({ kind: 'meeting', title: 'Giao ban', startOn: '2025-07-15', time: '25:00' }),
        'INVALID_INPUT',
        'Giờ không hợp lệ',
      ],
    ];

    it.each(cases)('%s', async (_label, input, code, message) => {
      const error = errorOf(await t.call('calendar.create', input()));
      expect(error.code).toBe(code);
      expect(error.message).toContain(message);
      expect(count('calendar_entries')).toBe(0);
      expect(count('calendar_entry_agencies')).toBe(0);
      expect(count('calendar_entry_tasks')).toBe(0);
    });

    it('leaves the entry as it was when an update is refused', async () => {
      const created = await t.must('calendar.create', deadline({ agencyIds: [agencyId('Sở Tư pháp')] }));
      for (const [, input] of cases) {
        const error = errorOf(await t.call('calendar.update', { id: created.id, entry: input() }));
        expect(['INVALID_INPUT', 'NOT_FOUND']).toContain(error.code);
      }
      const [kept] = (await list('2025-06-20', '2025-06-20')).occurrences;
      expect(kept).toMatchObject({ title: 'Hạn gửi báo cáo quý II', dataFrom: '2025-03-15', dataTo: '2025-06-14' });
      expect(kept!.agencyIds.map(agencyName)).toEqual(['Sở Tư pháp']);
    });

    it('refuses a range whose “from” is after its “to”', async () => {
      for (const channel of ['calendar.list', 'calendar.exportIcs'] as const) {
        const error = errorOf(await t.call(channel, { from: '2025-07-01', to: '2025-06-30' }));
        expect(error.code, channel).toBe('INVALID_INPUT');
        expect(error.message, channel).toContain('Khoảng ngày không hợp lệ: “từ” sau “đến”.');
      }
      const invalid = errorOf(await t.call('calendar.list', { from: '2025-02-31', to: '2025-03-31' }));
      expect(invalid.message).toBe('Từ ngày: ngày 31/02/2025 không có thật trên lịch');
    });

    // Regression guard (this was a bug, now fixed): messages of the calendar's fields start with the field's code name ("endOn: …", "startOn: …",
    // "to: …"): FIELD_LABELS in electron/api/dispatch.ts has no startOn, endOn, dataFrom, dataTo, time, from, to.
    it('names fields in Vietnamese, never by their code names', async () => {
      const messages = [
        errorOf(
          await t.call('calendar.create', { kind: 'period', title: 'x', startOn: '2025-09-30', endOn: '2025-07-01' }),
        ),
        errorOf(await t.call('calendar.create', deadline({ startOn: '2025-02-31' }))),
        errorOf(await t.call('calendar.create', deadline({ dataFrom: '2025-06-14', dataTo: '2025-03-15' }))),
        errorOf(await t.call('calendar.list', { from: '2025-07-01', to: '2025-06-30' })),
      ].map((error) => error.message);
      for (const message of messages) expect(message).not.toMatch(/\b(startOn|endOn|dataFrom|dataTo|time|from|to)\b/);
    });
  });
});

// -------------------------------------------------------------------------------------------------
describe('days off and deadline warnings', () => {
  it('warns about a deadline on 30/04/2025 and proposes 29/04; a meeting that day is not warned', async () => {
    await t.must('calendar.create', deadline({ startOn: '2025-04-30', title: 'Hạn gửi báo cáo tháng 4' }));
    await t.must('calendar.create', deadline({ startOn: '2025-04-29', title: 'Hạn gửi danh sách' }));
    await t.must('calendar.create', { kind: 'meeting', title: 'Giao ban', startOn: '2025-04-30', time: '08:00' });
    const view = await list('2025-04-01', '2025-04-30');
    const byTitle = new Map(view.occurrences.map((o) => [o.title, o]));
    expect(byTitle.get('Hạn gửi báo cáo tháng 4')).toMatchObject({
      warning:
        'Hạn 30/04/2025 rơi vào ngày nghỉ (Ngày Chiến thắng 30/4). Đề xuất: 29/04/2025 (ngày làm việc liền trước).',
      suggested: '2025-04-29',
    });
    expect(byTitle.get('Hạn gửi danh sách')).toMatchObject({ warning: null, suggested: null });
    expect(byTitle.get('Giao ban')).toMatchObject({ warning: null, suggested: null });
  });

  it('lists the days off of the range for shading: Tết 2025 and 2/9 among them', async () => {
    const view = await list('2025-01-01', '2025-12-31');
    expect(view.daysOff).toContainEqual({
      date: '2025-01-29',
      name: 'Tết Nguyên đán (mùng 1)',
      lunar: true,
      source: 'computed',
    });
    expect(view.daysOff).toContainEqual({
      date: '2025-09-02',
      name: 'Quốc khánh 2/9',
      lunar: false,
      source: 'computed',
    });
    expect(view.daysOff.map((day) => day.date)).toEqual([
      '2025-01-01',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-03',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-09-01',
      '2025-09-02',
    ]);
    expect(view.makeUpWorkdays).toEqual([]);
    // Only the range's own days.
    expect((await list('2025-02-02', '2025-04-30')).daysOff.map((day) => day.date)).toEqual([
      '2025-02-03',
      '2025-04-07',
      '2025-04-30',
    ]);
  });

  it('an added day off shows, warns a deadline that day, and goes when the edit is undone', async () => {
    await t.must('calendar.create', deadline({ startOn: '2025-05-02', title: 'Hạn gửi kế hoạch' }));
    expect((await occurrencesOn('2025-05-02'))[0]!.warning).toBeNull();

    const year = await t.must('holidays.edit', { date: '2025-05-02', change: 'day_off', name: 'Nghỉ hoán đổi' });
    expect(year.year).toBe(2025);
    expect(year.daysOff).toContainEqual({ date: '2025-05-02', name: 'Nghỉ hoán đổi', lunar: false, source: 'edited' });
    expect(year.daysOff).toHaveLength(13);
    const view = await list('2025-05-01', '2025-05-31');
    expect(view.daysOff).toEqual([
      { date: '2025-05-01', name: 'Quốc tế Lao động 1/5', lunar: false, source: 'computed' },
      { date: '2025-05-02', name: 'Nghỉ hoán đổi', lunar: false, source: 'edited' },
    ]);
    expect(view.occurrences[0]).toMatchObject({
      warning: 'Hạn 02/05/2025 rơi vào ngày nghỉ (Nghỉ hoán đổi). Đề xuất: 29/04/2025 (ngày làm việc liền trước).',
      suggested: '2025-04-29',
    });

    const undone = await t.must('holidays.edit', { date: '2025-05-02', change: null, name: null });
    expect(undone.daysOff.map((day) => day.date)).not.toContain('2025-05-02');
    expect(undone.daysOff).toHaveLength(12);
    expect((await occurrencesOn('2025-05-02'))[0]).toMatchObject({ warning: null, suggested: null });
    expect(count('holiday_edits')).toBe(0);
  });

  it('a computed day off marked as a working day is no longer off, nor warned about', async () => {
    await t.must('calendar.create', deadline({ startOn: '2025-09-01', title: 'Hạn gửi báo cáo tháng 8' }));
    expect((await occurrencesOn('2025-09-01'))[0]).toMatchObject({ suggested: '2025-08-29' });

    const year = await t.must('holidays.edit', { date: '2025-09-01', change: 'not_day_off', name: null });
    expect(year.removed).toEqual([{ date: '2025-09-01', name: 'Quốc khánh (ngày liền kề 1/9)' }]);
    expect(year.daysOff.map((day) => day.date)).not.toContain('2025-09-01');
    expect((await t.must('holidays.year', { year: 2025 })).removed).toEqual(year.removed);
    const view = await list('2025-09-01', '2025-09-30');
    expect(view.daysOff.map((day) => day.date)).toEqual(['2025-09-02']);
    expect(view.occurrences[0]).toMatchObject({ warning: null, suggested: null });

    const undone = await t.must('holidays.edit', { date: '2025-09-01', change: null, name: null });
    expect(undone.removed).toEqual([]);
    expect(undone.daysOff.map((day) => day.date)).toContain('2025-09-01');
    expect((await occurrencesOn('2025-09-01'))[0]).toMatchObject({ suggested: '2025-08-29' });
  });

  it('a make-up working Saturday takes the warning off a deadline that day', async () => {
    await t.must('calendar.create', deadline({ startOn: '2025-04-26', title: 'Hạn gửi báo cáo' }));
    expect((await occurrencesOn('2025-04-26'))[0]).toMatchObject({
      warning: 'Hạn 26/04/2025 rơi vào ngày nghỉ (thứ Bảy). Đề xuất: 25/04/2025 (ngày làm việc liền trước).',
      suggested: '2025-04-25',
    });

    const year = await t.must('holidays.edit', { date: '2025-04-26', change: 'make_up_workday', name: null });
    expect(year.makeUpWorkdays).toEqual(['2025-04-26']);
    expect(year.daysOff).toHaveLength(12);
    const view = await list('2025-04-01', '2025-04-30');
    expect(view.makeUpWorkdays).toEqual(['2025-04-26']);
    expect(view.occurrences[0]).toMatchObject({ warning: null, suggested: null });

    // A deadline on the Sunday after it still warns, and now proposes the make-up Saturday.
    await t.must('calendar.create', deadline({ startOn: '2025-04-27', title: 'Hạn khác' }));
    expect((await occurrencesOn('2025-04-27'))[0]).toMatchObject({ suggested: '2025-04-26' });

    await t.must('holidays.edit', { date: '2025-04-26', change: null, name: null });
    expect((await t.must('holidays.year', { year: 2025 })).makeUpWorkdays).toEqual([]);
    expect((await occurrencesOn('2025-04-26'))[0]).toMatchObject({ suggested: '2025-04-25' });
  });

  it('holidays.year gives the computed year when nothing is edited', async () => {
    const year = await t.must('holidays.year', { year: 2026 });
    expect(year.daysOff.find((day) => day.date === '2026-02-17')).toEqual({
      date: '2026-02-17',
      name: 'Tết Nguyên đán (mùng 1)',
      lunar: true,
      source: 'computed',
    });
    expect(year.removed).toEqual([]);
    expect(year.makeUpWorkdays).toEqual([]);
    expect(year.daysOff.every((day) => day.date.startsWith('2026-'))).toBe(true);
  });

  // Regression guard (this was a bug, now fixed): holidayYear (electron/api/handlers/calendar.ts) passes every year's edits to holidaysFor([year], edits),
  // which appends all added days regardless of their year: a day off added on 02/01/2026 is listed in 2025
  // (and by `npm run cli -- holidays 2025`).
  it("holidays.year shows only that year's added days off", async () => {
    await t.must('holidays.edit', { date: '2026-01-02', change: 'day_off', name: 'Nghỉ Tết Dương lịch' });
    const year2025 = await t.must('holidays.year', { year: 2025 });
    expect(year2025.daysOff.map((day) => day.date)).not.toContain('2026-01-02');
    expect(year2025.daysOff).toHaveLength(12);
    const year2026 = await t.must('holidays.year', { year: 2026 });
    expect(year2026.daysOff.map((day) => day.date)).toContain('2026-01-02');
  });

  it('refuses an edit of a date that does not exist', async () => {
    const error = errorOf(await t.call('holidays.edit', { date: '2025-02-29', change: 'day_off', name: null }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe('Ngày: ngày 29/02/2025 không có thật trên lịch');
    expect(count('holiday_edits')).toBe(0);
  });
});

// -------------------------------------------------------------------------------------------------
describe('report cycles', () => {
  const quarterly = (overrides: Partial<CycleInput> = {}): CycleInput => ({
    title: 'Báo cáo công tác phòng, chống mua bán người',
    recurrence: 'quarterly',
    fromYear: 2025,
    receiver: 'Công an tỉnh (Phòng Tham mưu)',
    ...overrides,
  });

  it('creates a cycle with the Decree 09/2019 defaults; its deadlines appear with their data windows', async () => {
    const planId = await createPlan();
    const cycle = await t.must('cycles.create', quarterly({ planId, agencyIds: [agencyId('Sở Tư pháp')] }));
    expect(cycle).toMatchObject({
      windowStartDay: 15,
      windowEndDay: 14,
      dueDay: 20,
      dueMonthOffset: 0,
      fromYear: 2025,
      toYear: null,
      planId,
    });
    expect(await t.must('cycles.list', {})).toEqual([cycle]);

    const reports = (await list('2025-01-01', '2025-12-31')).occurrences.filter((o) => o.kind === 'report');
    expect(reports.map((o) => [o.title, o.start, o.dataFrom, o.dataTo, o.suggested])).toEqual([
      ['Báo cáo công tác phòng, chống mua bán người — Quý I/2025', '2025-03-20', '2024-12-15', '2025-03-14', null],
      ['Báo cáo công tác phòng, chống mua bán người — Quý II/2025', '2025-06-20', '2025-03-15', '2025-06-14', null],
      [
        'Báo cáo công tác phòng, chống mua bán người — Quý III/2025',
        '2025-09-20',
        '2025-06-15',
        '2025-09-14',
        '2025-09-19',
      ],
      [
        'Báo cáo công tác phòng, chống mua bán người — Quý IV/2025',
        '2025-12-20',
        '2025-09-15',
        '2025-12-14',
        '2025-12-19',
      ],
    ]);
    expect(reports[2]!.warning).toBe(
      'Hạn 20/09/2025 rơi vào ngày nghỉ (thứ Bảy). Đề xuất: 19/09/2025 (ngày làm việc liền trước).',
    );
    expect(reports.every((o) => o.cycleId === cycle.id && o.receiver === 'Công an tỉnh (Phòng Tham mưu)')).toBe(true);
    // Nothing before fromYear.
    expect((await list('2024-01-01', '2024-12-31')).occurrences).toEqual([]);
  });

  it('filters report deadlines by kind, plan and agency', async () => {
    const planId = await createPlan();
    const otherPlan = await createPlan('62/KH-UBND');
    await t.must('cycles.create', quarterly({ planId, agencyIds: [agencyId('Sở Tư pháp')] }));
    await t.must('calendar.create', deadline({ planId: otherPlan, agencyIds: [agencyId('Sở Y tế')] }));
    const keys = async (filter: Partial<ChannelInput<'calendar.list'>>) =>
      (await list('2025-04-01', '2025-06-30', filter)).occurrences.map((o) => `${o.kind} ${o.start}`);

    // Same day: by title ('Báo cáo …' before 'Hạn gửi …').
    expect(await keys({})).toEqual(['report 2025-06-20', 'deadline 2025-06-20']);
    expect(await keys({ kinds: ['report'] })).toEqual(['report 2025-06-20']);
    expect(await keys({ kinds: ['deadline', 'period'] })).toEqual(['deadline 2025-06-20']);
    expect(await keys({ planId })).toEqual(['report 2025-06-20']);
    expect(await keys({ planId: otherPlan })).toEqual(['deadline 2025-06-20']);
    expect(await keys({ agencyId: agencyId('Sở Tư pháp') })).toEqual(['report 2025-06-20']);
    expect(await keys({ agencyId: agencyId('Sở Y tế') })).toEqual(['deadline 2025-06-20']);
    expect(await keys({ agencyId: agencyId('Sở Tài chính') })).toEqual([]);
    expect(await keys({ planId, agencyId: agencyId('Sở Y tế') })).toEqual([]);
  });

  it('updates and deletes a cycle', async () => {
    const cycle = await t.must('cycles.create', quarterly());
    const updated = await t.must('cycles.update', {
      id: cycle.id,
      cycle: quarterly({
        recurrence: 'monthly',
        dueDay: 5,
        dueMonthOffset: 1,
        toYear: 2025,
        agencyIds: [agencyId('Sở Y tế')],
      }),
    });
    expect(updated).toMatchObject({ id: cycle.id, recurrence: 'monthly', dueDay: 5, dueMonthOffset: 1, toYear: 2025 });
    expect(updated.agencyIds.map(agencyName)).toEqual(['Sở Y tế']);
    const reports = (await list('2025-01-01', '2026-12-31', { kinds: ['report'] })).occurrences;
    expect(reports).toHaveLength(12);
    expect(reports[0]).toMatchObject({ start: '2025-02-05', dataFrom: '2024-12-15', dataTo: '2025-01-14' });
    expect(reports.at(-1)).toMatchObject({ start: '2026-01-05', dataFrom: '2025-11-15', dataTo: '2025-12-14' });

    expect(await t.must('cycles.delete', { id: cycle.id })).toBeNull();
    expect(await t.must('cycles.list', {})).toEqual([]);
    expect(count('report_cycle_agencies')).toBe(0);
    expect((await list('2025-01-01', '2026-12-31')).occurrences).toEqual([]);
    expect(errorOf(await t.call('cycles.delete', { id: cycle.id })).code).toBe('NOT_FOUND');
    expect(errorOf(await t.call('cycles.update', { id: cycle.id, cycle: quarterly() })).code).toBe('NOT_FOUND');
  });

  it('refuses a blank title, an end year before the start, a missing plan or agency; nothing written', async () => {
    const cases: Array<[CycleInput, string, string]> = [
      [quarterly({ title: '  ' }), 'INVALID_INPUT', 'Tên báo cáo định kỳ không được để trống.'],
      [quarterly({ fromYear: 2025, toYear: 2024 }), 'INVALID_INPUT', 'Năm kết thúc phải từ năm bắt đầu trở đi.'],
      [quarterly({ planId: 99999 }), 'NOT_FOUND', 'Không tìm thấy kế hoạch đã chọn'],
      [quarterly({ agencyIds: [99999] }), 'NOT_FOUND', 'Một cơ quan được chọn không còn trong danh mục'],
      [quarterly({ dueDay: 32 }), 'INVALID_INPUT', ''],
    ];
    for (const [input, code, message] of cases) {
      const error = errorOf(await t.call('cycles.create', input));
      expect(error.code, JSON.stringify(input)).toBe(code);
      expect(error.message).toContain(message);
    }
    expect(count('report_cycles')).toBe(0);
    expect(count('report_cycle_agencies')).toBe(0);

    const cycle = await t.must('cycles.create', quarterly());
    const refused = errorOf(await t.call('cycles.update', { id: cycle.id, cycle: quarterly({ toYear: 2020 }) }));
    expect(refused.message).toBe('Năm kết thúc phải từ năm bắt đầu trở đi.');
    expect(await t.must('cycles.list', {})).toEqual([cycle]);
  });
});

// -------------------------------------------------------------------------------------------------
describe('workdays.add', () => {
  it('counts working days over 30/4 and 1/5: 28/04/2025 + 3 = 05/05/2025', async () => {
    expect((await t.must('workdays.add', { date: '2025-04-28', days: 1 })).date).toBe('2025-04-29');
    expect((await t.must('workdays.add', { date: '2025-04-28', days: 2 })).date).toBe('2025-05-02');
    expect(await t.must('workdays.add', { date: '2025-04-28', days: 3 })).toEqual({
      date: '2025-05-05',
      warning: null,
    });
  });

  it('counts backwards with a negative number', async () => {
    expect((await t.must('workdays.add', { date: '2025-05-05', days: -3 })).date).toBe('2025-04-28');
    expect((await t.must('workdays.add', { date: '2025-02-04', days: -1 })).date).toBe('2025-01-27');
  });

  it('counts a make-up Saturday, and a day off the officer added', async () => {
    expect((await t.must('workdays.add', { date: '2025-04-25', days: 1 })).date).toBe('2025-04-28');
    await t.must('holidays.edit', { date: '2025-04-26', change: 'make_up_workday', name: null });
    expect((await t.must('workdays.add', { date: '2025-04-25', days: 1 })).date).toBe('2025-04-26');
    await t.must('holidays.edit', { date: '2025-05-02', change: 'day_off', name: 'Nghỉ hoán đổi' });
    expect((await t.must('workdays.add', { date: '2025-04-28', days: 3 })).date).toBe('2025-05-06');
  });

  it('refuses a count that is not a whole number, or a date that does not exist', async () => {
    expect(errorOf(await t.call('workdays.add', { date: '2025-04-28', days: 1.5 })).code).toBe('INVALID_INPUT');
    const error = errorOf(await t.call('workdays.add', { date: '2025-02-29', days: 1 }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe('Ngày: ngày 29/02/2025 không có thật trên lịch');
  });

  // Regression guard (this was a bug, now fixed): the handler builds its calendar for year-1 … year+2 only, but accepts up to ±366 working days
  // (about 17 months): 366 working days back from 02/01/2025 reach mid-2023, whose holidays (1/9, 2/9, nghỉ bù
  // 4/9, Giỗ Tổ …) are missing, so the answer is 24/07/2023 instead of 20/07/2023.
  it('counts the holidays of every year it crosses, as far as the contract allows (±366)', async () => {
    const everyYear = workCalendarFor(Array.from({ length: 11 }, (_, i) => 2020 + i));
    expect(addWorkingDays('2025-01-02', -366, everyYear)).toBe('2023-07-20');
    expect((await t.must('workdays.add', { date: '2025-01-02', days: -366 })).date).toBe('2023-07-20');
  });
});

// -------------------------------------------------------------------------------------------------
describe('calendar.exportIcs', () => {
  /** The .ics text with folded lines joined and TEXT escapes undone (RFC 5545 §3.1, §3.3.11). */
  function readIcs(base64: string): { raw: string; lines: string[]; events: string[][] } {
    const raw = Buffer.from(base64, 'base64').toString('utf8');
    const lines = raw
      .replace(/\r?\n[ \t]/g, '')
      .split(/\r?\n/)
      .filter(Boolean);
    const events: string[][] = [];
    let current: string[] | null = null;
    for (const line of lines) {
      if (line === 'BEGIN:VEVENT') current = [];
      else if (line === 'END:VEVENT') {
        events.push(current!);
        current = null;
      } else current?.push(line);
    }
    return { raw, lines, events };
  }
  const unescape = (value: string) => value.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');
  const field = (event: string[], name: string) => {
    const line = event.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
    return line === undefined ? undefined : unescape(line.slice(line.indexOf(':') + 1));
  };
  const param = (event: string[], name: string) =>
    event.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

  it('exports deadlines, campaigns, yearly days, meetings and report deadlines as all-day events', async () => {
    const planId = await createPlan();
    await t.must(
      'calendar.create',
      deadline({
        title: 'Hạn gửi báo cáo tổng kết, đánh giá 5 năm',
        planId,
        dataFrom: '2021-02-09',
        dataTo: '2025-06-15',
        agencyIds: [agencyId('Sở Tư pháp')],
      }),
    );
    await t.must('calendar.create', {
      kind: 'period',
      title: 'Cao điểm tấn công, trấn áp tội phạm mua bán người',
      startOn: '2025-07-01',
      endOn: '2025-09-30',
    });
    await t.must('calendar.create', {
      kind: 'event',
      title: 'Ngày toàn dân phòng, chống mua bán người 30/7',
      startOn: '2024-07-30',
      yearly: true,
    });
    await t.must('calendar.create', {
      kind: 'meeting',
      title: 'Hội nghị sơ kết 6 tháng',
      startOn: '2025-07-15',
      time: '08:00',
      place: 'Hội trường Công an tỉnh',
    });
    await t.must('cycles.create', { title: 'Báo cáo năm', recurrence: 'yearly', fromYear: 2025, toYear: 2025 });

    const file = await t.must('calendar.exportIcs', { from: '2025-01-01', to: '2027-12-31' });
    expect(file.mimeType).toBe('text/calendar');
    expect(file.fileName).toMatch(/\.ics$/);
    const { raw, lines, events } = readIcs(file.base64);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(raw).not.toContain('\ufffd');

    // 2025–2027 holds the 30/7 day three times: one VEVENT with a yearly rule.
    expect(events).toHaveLength(5);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(5);
    expect(lines.filter((line) => line.startsWith('RRULE:'))).toEqual(['RRULE:FREQ=YEARLY']);

    const bySummary = new Map(events.map((event) => [field(event, 'SUMMARY')!, event]));
    expect([...bySummary.keys()].sort((a, b) => a.localeCompare(b, 'vi'))).toEqual([
      'Báo cáo năm — Năm 2025',
      'Cao điểm tấn công, trấn áp tội phạm mua bán người',
      'Hạn gửi báo cáo tổng kết, đánh giá 5 năm',
      'Hội nghị sơ kết 6 tháng',
      'Ngày toàn dân phòng, chống mua bán người 30/7',
    ]);

    const due = bySummary.get('Hạn gửi báo cáo tổng kết, đánh giá 5 năm')!;
    expect(param(due, 'DTSTART')).toBe('DTSTART;VALUE=DATE:20250620');
    expect(param(due, 'DTEND')).toBe('DTEND;VALUE=DATE:20250621');
    expect(field(due, 'DESCRIPTION')).toContain('Kỳ số liệu: 09/02/2021 – 15/06/2025');
    expect(field(due, 'DESCRIPTION')).toContain('Nơi nhận: Công an tỉnh (Phòng Tham mưu)');
    expect(field(due, 'DESCRIPTION')).toContain('Cơ quan: Sở Tư pháp');
    expect(param(due, 'RRULE')).toBeUndefined();

    const campaign = bySummary.get('Cao điểm tấn công, trấn áp tội phạm mua bán người')!;
    expect(param(campaign, 'DTSTART')).toBe('DTSTART;VALUE=DATE:20250701');
    expect(param(campaign, 'DTEND')).toBe('DTEND;VALUE=DATE:20251001');

    const day = bySummary.get('Ngày toàn dân phòng, chống mua bán người 30/7')!;
    expect(param(day, 'DTSTART')).toBe('DTSTART;VALUE=DATE:20250730');
    expect(param(day, 'DTEND')).toBe('DTEND;VALUE=DATE:20250731');
    expect(param(day, 'RRULE')).toBe('RRULE:FREQ=YEARLY');

    const meeting = bySummary.get('Hội nghị sơ kết 6 tháng')!;
    expect(field(meeting, 'LOCATION')).toBe('Hội trường Công an tỉnh');
    expect(field(meeting, 'DESCRIPTION')).toContain('Giờ: 08:00');

    const report = bySummary.get('Báo cáo năm — Năm 2025')!;
    expect(param(report, 'DTSTART')).toBe('DTSTART;VALUE=DATE:20251220');
    expect(field(report, 'DESCRIPTION')).toContain('Kỳ số liệu: 15/12/2024 – 14/12/2025');
    // 20/12/2025 is a Saturday: the warning travels with the event.
    expect(field(report, 'DESCRIPTION')).toContain('Đề xuất: 19/12/2025');

    // Every UID is distinct.
    expect(new Set(events.map((event) => field(event, 'UID'))).size).toBe(5);
  });

  it('folds every line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence, and unfolds to the original', async () => {
    const titles = [
      'Hội nghị sơ kết 6 tháng đầu năm công tác phòng, chống mua bán người của Ban Chỉ đạo 138 tỉnh',
      'Tổ chức mít tinh hưởng ứng “Ngày toàn dân phòng, chống mua bán người 30/7” tại các huyện, thị xã, thành phố',
      'Kiểm tra việc thực hiện Chương trình phòng, chống mua bán người giai đoạn 2021–2025 tại Sở Lao động – Thương binh và Xã hội',
    ];
    for (const [i, title] of titles.entries()) {
      await t.must('calendar.create', {
        kind: 'meeting',
        title,
        startOn: `2025-07-${String(10 + i).padStart(2, '0')}`,
        place: 'Hội trường Ủy ban nhân dân tỉnh, số 01 đường Trần Hưng Đạo, phường Hội Thương',
      });
    }
    const file = await t.must('calendar.exportIcs', { from: '2025-01-01', to: '2025-12-31' });
    const bytes = Buffer.from(file.base64, 'base64');
    const strict = new TextDecoder('utf-8', { fatal: true });
    const physical: Buffer[] = [];
    for (let start = 0; start < bytes.length;) {
      const end = bytes.indexOf('\r\n', start);
      physical.push(bytes.subarray(start, end < 0 ? bytes.length : end));
      start = end < 0 ? bytes.length : end + 2;
    }
    expect(physical.length).toBeGreaterThan(10);
    for (const line of physical) {
      expect(line.length, line.toString('utf8')).toBeLessThanOrEqual(75);
      expect(() => strict.decode(line)).not.toThrow();
    }
    // Folds are CRLF and one space; no bare LF and no tab fold.
    const raw = bytes.toString('utf8');
    expect(raw).not.toMatch(/[^\r]\n/);
    expect(raw).not.toContain('\r\n\t');
    const { events } = readIcs(file.base64);
    expect(events.map((event) => field(event, 'SUMMARY')).sort()).toEqual([...titles].sort());
    for (const event of events) {
      expect(field(event, 'LOCATION')).toBe(
        'Hội trường Ủy ban nhân dân tỉnh, số 01 đường Trần Hưng Đạo, phường Hội Thương',
      );
    }
  });

  it('exports only what the filters keep', async () => {
    const planId = await createPlan();
    await t.must('calendar.create', deadline({ planId }));
    await t.must('calendar.create', { kind: 'period', title: 'Cao điểm', startOn: '2025-07-01', endOn: '2025-09-30' });
    const file = await t.must('calendar.exportIcs', { from: '2025-01-01', to: '2025-12-31', planId });
    const { events } = readIcs(file.base64);
    expect(events.map((event) => field(event, 'SUMMARY'))).toEqual(['Hạn gửi báo cáo quý II']);
  });

  it('refuses an empty range with a Vietnamese message', async () => {
    await t.must('calendar.create', deadline());
    const error = errorOf(await t.call('calendar.exportIcs', { from: '2026-01-01', to: '2026-12-31' }));
    expect(error).toEqual({ code: 'INVALID_INPUT', message: 'Không có mục lịch nào trong khoảng đã chọn để xuất.' });
  });
});

// -------------------------------------------------------------------------------------------------
describe('an imported plan puts its dates on the calendar', () => {
  async function importText(text: string, issuer?: string) {
    const preview = await t.must('imports.parse', { text });
    const draft = issuer ? { ...preview.draft, plan: { ...preview.draft.plan, issuer } } : preview.draft;
    return t.must('imports.save', draft);
  }
  const seed = (name: string) => readFileSync(seedPath(name), 'utf8');

  it('836/KH-UBND: the 20/6/2025 deadline with its data window 09/02/2021–15/6/2025 and the agencies it concerns', async () => {
    const plan = await importText(seed(SEED.reviewPlan));
    expect(plan.numberSymbol).toBe('836/KH-UBND');

    const view = await list('2025-06-01', '2025-06-30');
    expect(view.occurrences).toHaveLength(1);
    const due = view.occurrences[0]!;
    expect(due).toMatchObject({
      kind: 'deadline',
      title: 'Hạn nộp: Báo cáo tổng kết (theo Kế hoạch 836/KH-UBND)',
      start: '2025-06-20',
      end: '2025-06-20',
      dataFrom: '2021-02-09',
      dataTo: '2025-06-15',
      receiver: 'Công an tỉnh (Phòng Tham mưu)',
      what: 'Báo cáo tổng kết (theo Kế hoạch 836/KH-UBND)',
      planId: plan.id,
      warning: null,
    });

    // The deadline belongs to the report request the import made (issue 5), which links it to the plan.
    const [stored] = listEntries(t.store.db, '2025-06-20', '2025-06-20');
    expect(stored).toMatchObject({ id: due.entryId, source: 'request', planId: plan.id });
    const requests = t.store.sqlite
      .prepare('SELECT calendar_entry_id AS entryId, plan_id AS planId, due_on AS dueOn FROM report_requests')
      .all();
    expect(requests).toEqual([{ entryId: due.entryId, planId: plan.id, dueOn: '2025-06-20' }]);

    // The provincial members, not their sub-units, not central bodies, and not the body that receives the reports.
    const names = due.agencyIds.map(agencyName);
    expect(names).toEqual(
      expect.arrayContaining(['Sở Tư pháp', 'Sở Y tế', 'Tòa án nhân dân tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh']),
    );
    expect(names).toHaveLength(22);
    expect(names).not.toContain('Công an tỉnh');
    expect(names).not.toContain('Phòng Tham mưu, Công an tỉnh');
    const concerned = agencies.filter((agency) => due.agencyIds.includes(agency.id));
    expect(concerned.filter((agency) => agency.kind === 'central').map((a) => a.name)).toEqual([]);
    expect(concerned.filter((agency) => agency.parentId !== null).map((a) => a.name)).toEqual([]);
    expect(concerned.filter((agency) => !agency.active).map((a) => a.name)).toEqual([]);

    // The data window became the deadline's, not an entry of its own.
    expect((await list('2021-01-01', '2025-12-31')).occurrences).toHaveLength(1);
  });

  // Regression guard (this was a bug, now fixed): since the import turns "gửi báo cáo … trước ngày 20/6/2025" into a report request, the deadline on the
  // calendar is made by db/reports.ts entryFor(), which hard-codes taskIds: [] — the link to the plan's task whose
  // sentence holds the date (db/importCalendar.ts: "linked to the plan, to the task whose sentence holds them";
  // issue 4: each entry may link to tasks) is lost.
  it('836/KH-UBND: the imported deadline stays linked to the task that asks for it', async () => {
    const plan = await importText(seed(SEED.reviewPlan));
    const [due] = (await list('2025-06-20', '2025-06-20')).occurrences;
    const detail = await t.must('plans.get', { id: plan.id });
    const asking = detail.tasks.filter((task) => task.text.includes('20/6/2025')).map((task) => task.id);
    expect(asking).toHaveLength(1);
    expect(due!.taskIds).toEqual(asking);
  });

  it('central plan 19/KH-BCĐ138/CP: 30/7 every year from 2024', async () => {
    const plan = await importText(seed(SEED.centralPlan));
    const events = (await list('2023-01-01', '2026-12-31', { kinds: ['event'] })).occurrences;
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(events.every((o) => o.yearly && o.start.endsWith('-07-30') && o.planId === plan.id)).toBe(true);
    expect([...new Set(events.map((o) => o.start))]).toEqual(['2024-07-30', '2025-07-30', '2026-07-30']);
    expect(events.map((o) => o.title)).toContain('Ngày toàn dân phòng, chống mua bán người 30/7');
    // One entry per day named, whatever the number of years shown.
    const perYear = events.filter((o) => o.start === '2025-07-30').length;
    expect(events).toHaveLength(perYear * 3);
  });

  it('central plan 19/KH-BCĐ138/CP: "các bộ, ngành, địa phương" means the central bodies, not the province\'s', async () => {
    const plan = await importText(seed(SEED.centralPlan));
    expect(plan.level).toBe('central');
    const linked = (await list('2024-01-01', '2024-12-31')).occurrences.flatMap((o) => o.agencyIds);
    const kinds = new Set(agencies.filter((agency) => linked.includes(agency.id)).map((agency) => agency.kind));
    expect(kinds.size).toBeGreaterThan(0);
    expect([...kinds]).toEqual(['central']);
  });

  it('the 2022 summary: the peak campaign 1/7–30/9/2022 as a period', async () => {
    const plan = await importText(seed(SEED.planSummary2022), 'Ủy ban nhân dân tỉnh');
    const periods = (await list('2022-01-01', '2022-12-31', { kinds: ['period'] })).occurrences;
    expect(periods.map((o) => [o.start, o.end, o.planId])).toEqual([['2022-07-01', '2022-09-30', plan.id]]);
    expect(periods[0]!.title).toContain('từ ngày 1/7/2022 đến hết ngày 30/9/2022');
  });

  const RECURRING_PLAN = [
    'ỦY BAN NHÂN DÂN TỈNH GIA LAI',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 77/KH-UBND',
    'Gia Lai, ngày 10 tháng 3 năm 2025',
    'KẾ HOẠCH',
    'PHÒNG, CHỐNG MUA BÁN NGƯỜI NĂM 2025',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Bảo đảm mọi nạn nhân bị mua bán được tiếp nhận, hỗ trợ kịp thời.',
    'II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN',
    '1. Trợ giúp pháp lý miễn phí cho nạn nhân (Sở Tư pháp chủ trì, phối hợp Công an tỉnh thực hiện).',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Các sở, ngành, địa phương báo cáo kết quả thực hiện định kỳ 06 tháng, 01 năm về Công an tỉnh (Phòng Tham mưu) để tổng hợp.',
  ].join('\n');

  it("'định kỳ 06 tháng, 01 năm' gives the plan a half-yearly and a yearly report cycle", async () => {
    const plan = await importText(RECURRING_PLAN);
    const cycles = await t.must('cycles.list', {});
    expect(cycles.map((c) => [c.recurrence, c.fromYear, c.toYear, c.planId, c.dueDay, c.windowStartDay])).toEqual([
      ['half_yearly', 2025, 2025, plan.id, 20, 15],
      ['yearly', 2025, 2025, plan.id, 20, 15],
    ]);
    expect(cycles[0]!.title).toBe('Báo cáo 6 tháng theo kế hoạch 77/KH-UBND');
    expect(cycles[0]!.agencyIds.map(agencyName)).toEqual(expect.arrayContaining(['Sở Tư pháp', 'Công an tỉnh']));

    const reports = (await list('2025-01-01', '2025-12-31', { kinds: ['report'], planId: plan.id })).occurrences;
    expect(reports[0]).toMatchObject({ start: '2025-06-20', dataFrom: '2024-12-15', dataTo: '2025-06-14' });
    expect(reports.find((o) => o.title.endsWith('— Năm 2025'))).toMatchObject({
      start: '2025-12-20',
      dataFrom: '2024-12-15',
      dataTo: '2025-12-14',
      suggested: '2025-12-19',
    });
  });

  // Regression guard (this was a bug, now fixed): cycleOccurrences documents that "the second half-year's report is the year's report: it is generated
  // once, as 'Năm …', when a yearly cycle exists alongside, the caller decides" — but no caller decides:
  // 'định kỳ 06 tháng, 01 năm' shows two report deadlines on 20/12/2025 for the same plan and agencies
  // ("… — Năm 2025 (6 tháng cuối năm)" and "… — Năm 2025").
  it('shows the year-end report once when the plan has both a half-yearly and a yearly cycle', async () => {
    const plan = await importText(RECURRING_PLAN);
    const reports = (await list('2025-01-01', '2025-12-31', { kinds: ['report'], planId: plan.id })).occurrences;
    expect(reports.map((o) => o.start)).toEqual(['2025-06-20', '2025-12-20']);
  });

  it('deleting the plan keeps its calendar entries and cycles, unlinked (plan_id set null)', async () => {
    const plan = await importText(seed(SEED.reviewPlan));
    const cycle = await t.must('cycles.create', {
      title: 'Báo cáo quý',
      recurrence: 'quarterly',
      fromYear: 2025,
      planId: plan.id,
    });
    expect(await t.must('plans.delete', { id: plan.id })).toBeNull();

    const [due] = (await list('2025-06-20', '2025-06-20', { kinds: ['deadline'] })).occurrences;
    expect(due).toMatchObject({ start: '2025-06-20', planId: null, dataFrom: '2021-02-09', dataTo: '2025-06-15' });
    // Its tasks went with the plan; the agencies stay.
    expect(due!.taskIds).toEqual([]);
    expect(due!.agencyIds.map(agencyName)).toContain('Sở Tư pháp');
    expect((await t.must('cycles.list', {})).map((c) => [c.id, c.planId])).toEqual([[cycle.id, null]]);
  });
});
