/**
 * "Kết thúc theo dõi" through the API, exactly as the UI calls it (`requests.close` through the real zod dispatch, on
 * a real SQLite file built with the real migrations): a closed request leaves the to-do list and the reminders but
 * still counts in the rates and still takes a late report; `on: null` takes it up again; a closing before the
 * request, for a request that does not exist or on a date that is not on the calendar is refused, changing nothing;
 * and the CLI's `reminders due` no longer lists it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeStore } from '../../db/open';
import type { ChannelInput } from '../../electron/api/contract';
import { runCli } from '../support/cli';
import { sampleRequestInput } from '../support/samples';
import { errorOf, openTempStore, type TempStore } from '../support/tempStore';

let t: TempStore;

beforeEach(() => {
  t = openTempStore();
});

afterEach(() => {
  vi.useRealTimers();
  t.cleanup();
});

type RequestInput = ChannelInput<'requests.create'>;

/** Requested 1/6/2025, due 20/6/2025. */
const requestInput = sampleRequestInput;

async function agencyIds(...names: string[]): Promise<number[]> {
  const all = await t.must('agencies.list', { includeInactive: true });
  return names.map((name) => {
    const found = all.find((agency) => agency.name === name);
    if (!found) throw new Error(`no agency named ${name}`);
    return found.id;
  });
}

/** A request asked of Sở Tư pháp and Sở Y tế, neither of which has reported. */
async function createRequest(overrides: Partial<RequestInput> = {}) {
  const agencies = await agencyIds('Sở Tư pháp', 'Sở Y tế');
  return { request: await t.must('requests.create', requestInput(agencies, overrides)), agencies };
}

/** What the to-do screen shows of one request on a day: a reminder, an "upcoming" item, or nothing. */
async function todoOf(requestId: number, on: string) {
  const todo = await t.must('reminders.todo', { on });
  return {
    reminder: todo.reminders.find((reminder) => reminder.requestId === requestId),
    upcoming: todo.upcoming.find((item) => item.requestId === requestId),
  };
}

/** The request's row as stored, read with SQL so that "nothing changed" does not rely on the code under test. */
function row(id: number): Record<string, unknown> {
  return t.store.sqlite.prepare('SELECT * FROM report_requests WHERE id = ?').get(id) as Record<string, unknown>;
}

describe('closing a request (Kết thúc theo dõi)', () => {
  it('drops it from the reminders and from the upcoming list on every later day, and shows the closing date', async () => {
    const { request } = await createRequest();
    // Open: upcoming 15 days before the due date, reminded when overdue.
    expect((await todoOf(request.id, '2025-06-05')).upcoming).toMatchObject({ daysLeft: 15, missing: 2 });
    expect((await todoOf(request.id, '2025-06-23')).reminder).toMatchObject({ daysLeft: -3, step: 'overdue-0' });

    const closed = await t.must('requests.close', { id: request.id, on: '2025-06-03' });
    expect(closed).toEqual({ ...request, closedOn: '2025-06-03' });
    expect((await t.must('requests.get', { id: request.id })).request.closedOn).toBe('2025-06-03');
    expect(row(request.id).closed_on).toBe('2025-06-03');

    for (const day of ['2025-06-03', '2025-06-05', '2025-06-13', '2025-06-20', '2025-06-23', '2025-08-01']) {
      expect(await todoOf(request.id, day), day).toEqual({ reminder: undefined, upcoming: undefined });
    }
    // The day before the closing it was still chased.
    expect((await todoOf(request.id, '2025-06-02')).upcoming).toMatchObject({ daysLeft: 18 });
  });

  it('accepts a closing on the very day of the request', async () => {
    const { request } = await createRequest();
    expect((await t.must('requests.close', { id: request.id, on: '2025-06-01' })).closedOn).toBe('2025-06-01');
    expect(await todoOf(request.id, '2025-06-23')).toEqual({ reminder: undefined, upcoming: undefined });
  });

  it('keeps reminding until a closing set for a later day', async () => {
    const { request } = await createRequest();
    await t.must('requests.close', { id: request.id, on: '2025-06-25' });
    expect((await todoOf(request.id, '2025-06-24')).reminder).toMatchObject({ daysLeft: -4, step: 'overdue-1' });
    expect((await todoOf(request.id, '2025-06-25')).reminder).toBeUndefined();
  });

  it('leaves the other requests on the to-do list', async () => {
    const { request } = await createRequest();
    const { request: other } = await createRequest({ title: 'Báo cáo quý II/2025', dueOn: '2025-06-19' });
    await t.must('requests.close', { id: request.id, on: '2025-06-21' });
    const todo = await t.must('reminders.todo', { on: '2025-06-23' });
    expect(todo.reminders.map((reminder) => reminder.requestId)).toEqual([other.id]);
  });

  it('still counts it in the reporting rates, unchanged', async () => {
    const { request, agencies } = await createRequest();
    await t.must('submissions.record', { requestId: request.id, agencyId: agencies[0]!, receivedOn: '2025-06-18' });
    const before = await t.must('requests.rates', { asOf: '2025-06-30' });
    expect(before.overall).toMatchObject({ expected: 2, submitted: 1, onTime: 1 });
    const detailBefore = await t.must('requests.get', { id: request.id });

    await t.must('requests.close', { id: request.id, on: '2025-06-23' });
    expect(await t.must('requests.rates', { asOf: '2025-06-30' })).toEqual(before);
    const detailAfter = await t.must('requests.get', { id: request.id });
    expect(detailAfter.rate).toEqual(detailBefore.rate);
    expect(detailAfter.statuses).toEqual(detailBefore.statuses);
  });

  it('still records a report that arrives after the closing, as late, and stays closed', async () => {
    const { request, agencies } = await createRequest();
    await t.must('requests.close', { id: request.id, on: '2025-06-23' });
    const late = await t.must('submissions.record', {
      requestId: request.id,
      agencyId: agencies[1]!,
      receivedOn: '2025-06-27',
    });
    expect(late).toMatchObject({ requestId: request.id, agencyId: agencies[1], receivedOn: '2025-06-27', version: 1 });

    const detail = await t.must('requests.get', { id: request.id });
    expect(detail.request.closedOn).toBe('2025-06-23');
    expect(detail.statuses.find((status) => status.agencyId === agencies[1])).toMatchObject({
      status: 'late',
      receivedOn: '2025-06-27',
      daysLate: 7,
    });
    expect(detail.rate).toMatchObject({ expected: 2, submitted: 1, onTime: 0 });
    expect(await todoOf(request.id, '2025-06-28')).toEqual({ reminder: undefined, upcoming: undefined });
  });

  it('stays closed when the request is edited', async () => {
    const { request, agencies } = await createRequest();
    await t.must('requests.close', { id: request.id, on: '2025-06-10' });
    const edited = await t.must('requests.update', {
      id: request.id,
      request: requestInput(agencies, { title: 'Báo cáo sơ kết 6 tháng', dueOn: '2025-06-25' }),
    });
    expect(edited.closedOn).toBe('2025-06-10');
    expect(await todoOf(request.id, '2025-06-28')).toEqual({ reminder: undefined, upcoming: undefined });
  });

  it('takes it up again with on: null, and reminds of it again', async () => {
    const { request } = await createRequest();
    await t.must('requests.close', { id: request.id, on: '2025-06-03' });
    expect((await todoOf(request.id, '2025-06-23')).reminder).toBeUndefined();

    const reopened = await t.must('requests.close', { id: request.id, on: null });
    expect(reopened).toEqual({ ...request, closedOn: null });
    expect(row(request.id).closed_on).toBeNull();
    expect((await t.must('requests.get', { id: request.id })).request.closedOn).toBeNull();
    expect((await todoOf(request.id, '2025-06-23')).reminder).toMatchObject({
      daysLeft: -3,
      step: 'overdue-0',
      missingAgencyIds: request.agencyIds,
    });
    expect((await todoOf(request.id, '2025-06-05')).upcoming).toMatchObject({ daysLeft: 15 });
  });
});

describe('closing refused', () => {
  it('refuses a closing date before the request was made, naming both dates as dd/mm/yyyy, changing nothing', async () => {
    const { request } = await createRequest();
    await t.must('requests.close', { id: request.id, on: '2025-06-22' });
    const before = row(request.id);
    // A later clock, so that any write would show in updated_at.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2030-01-01T03:00:00Z') });

    const error = errorOf(await t.call('requests.close', { id: request.id, on: '2025-05-31' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe(
      'Ngày kết thúc theo dõi (31/05/2025) không thể trước ngày yêu cầu báo cáo (01/06/2025).',
    );
    expect(row(request.id)).toEqual(before);
    expect(before.closed_on).toBe('2025-06-22');
  });

  it('refuses a request that does not exist (NOT_FOUND), for closing and for taking up again', async () => {
    const { request } = await createRequest();
    const before = row(request.id);
    for (const on of ['2025-06-22', null]) {
      const error = errorOf(await t.call('requests.close', { id: 99_999, on }));
      expect(error.code, String(on)).toBe('NOT_FOUND');
      expect(error.message).toContain('Không tìm thấy yêu cầu báo cáo này');
    }
    expect(row(request.id)).toEqual(before);
    expect(t.store.sqlite.prepare('SELECT count(*) FROM report_requests').pluck().get()).toBe(1);
  });

  it('refuses a date that is not on the calendar (31/02/2025) at the boundary, in Vietnamese, changing nothing', async () => {
    const { request } = await createRequest();
    const before = row(request.id);
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2030-01-01T03:00:00Z') });
    const cases: Array<[string, string]> = [
      ['2025-02-31', 'Ngày: ngày 31/02/2025 không có thật trên lịch'],
      ['2025-13-01', 'Ngày: ngày 01/13/2025 không có thật trên lịch'],
      ['31/12/2025', 'Ngày: “31/12/2025” sai định dạng ngày (cần YYYY-MM-DD)'],
      ['9999-01-01', 'Ngày: năm 9999 nằm ngoài khoảng 1900–2100 mà Plan Desk nhận, hãy kiểm tra lại ngày'],
    ];
    for (const [on, message] of cases) {
      const error = errorOf(await t.call('requests.close', { id: request.id, on }));
      expect(error.code, on).toBe('INVALID_INPUT');
      expect(error.message, on).toBe(message);
    }
    expect(row(request.id)).toEqual(before);
    expect(before.closed_on).toBeNull();
  });
});

describe('cli reminders due', () => {
  it('no longer lists a closed request, and still lists the open one', async () => {
    const { request: closed } = await createRequest();
    const { request: open } = await createRequest({ title: 'Báo cáo quý II/2025', dueOn: '2025-06-19' });
    const reminded = await t.must('reminders.todo', { on: '2025-06-23' });
    const byId = (a: number, b: number) => a - b;
    expect(reminded.reminders.map((reminder) => reminder.requestId).sort(byId)).toEqual(
      [closed.id, open.id].sort(byId),
    );
    await t.must('requests.close', { id: closed.id, on: '2025-06-22' });
    // The CLI is the one writer while it runs, as in real use.
    closeStore(t.store);

    const run = runCli(t.dbPath, ['reminders', 'due', '--on', '2025-06-23', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const due = JSON.parse(run.stdout) as Array<{ request: string; requestId: number; daysLeft: number }>;
    expect(due).toEqual([
      expect.objectContaining({ requestId: open.id, request: 'Báo cáo quý II/2025', daysLeft: -4 }),
    ]);
    t.reopen();
  }, 30_000);
});
