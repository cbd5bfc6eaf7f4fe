/**
 * Reports owed (issue 5) through the API, exactly as the UI calls it: report requests and their calendar
 * deadline, the submission register with its content-addressed files, reminder states and rules, the letter
 * template and the reminder letter. The "done means" of the issue runs on the 836 plan as imported.
 * (The letter's layout is tested in reminderLetter.test.ts; here only who it names.)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleRequestInput } from '../support/samples';
import type { Agency, AgencyKind } from '../../core/agency';
import { DEFAULT_REMINDER_RULES } from '../../core/reminders';
import type { ReportRequest } from '../../core/reports';
import type { ChannelInput, LetterTemplate } from '../../electron/api/contract';
import { DEFAULT_LETTER_TEMPLATE } from '../../electron/api/export/reminderLetter';
import { SEED, seedPath } from '../fixtures/seeds';
import { errorOf, openTempStore, type TempStore } from '../support/tempStore';

let t: TempStore;

beforeEach(() => {
  t = openTempStore();
});

afterEach(() => {
  t.cleanup();
});

/** Rows in a table, read with SQL so that "nothing written" does not rely on the code under test. */
function count(table: string): number {
  return t.store.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

function counts() {
  return {
    requests: count('report_requests'),
    requestAgencies: count('report_request_agencies'),
    entries: count('calendar_entries'),
    submissions: count('submissions'),
    files: count('submission_files'),
    states: count('reminder_states'),
  };
}

interface Directory {
  all: Agency[];
  id: (name: string) => number;
  name: (id: number) => string;
}

async function directory(): Promise<Directory> {
  const all = await t.must('agencies.list', { includeInactive: true });
  return {
    all,
    id: (name) => {
      const found = all.find((agency) => agency.name === name);
      if (!found) throw new Error(`no agency named ${name}`);
      return found.id;
    },
    name: (id) => all.find((agency) => agency.id === id)?.name ?? `#${id}`,
  };
}

function upload(fileName: string, bytes: Uint8Array | string): { fileName: string; base64: string } {
  return { fileName, base64: Buffer.from(bytes).toString('base64') };
}

/** Every file under the store's files/ folder, relative, sorted. */
function storedFiles(): string[] {
  const root = path.join(path.dirname(t.dbPath), 'files');
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      if (item.isDirectory()) walk(path.join(dir, item.name));
      else out.push(path.relative(root, path.join(dir, item.name)));
    }
  };
  try {
    walk(root);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return out.sort();
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The 836 plan, imported as the review screen saves it (every proposal accepted); returns its report request. */
async function import836(): Promise<ReportRequest> {
  const preview = await t.must('imports.parse', { text: readFileSync(seedPath(SEED.reviewPlan), 'utf8') });
  await t.must('imports.save', preview.draft);
  const requests = await t.must('requests.list', {});
  expect(requests).toHaveLength(1);
  return requests[0]!;
}

type RequestInput = ChannelInput<'requests.create'>;

const requestInput = sampleRequestInput;

function submissionInput(
  requestId: number,
  agencyId: number,
  receivedOn: string,
  files: Array<{ fileName: string; base64: string }> = [],
): ChannelInput<'submissions.record'> {
  return { requestId, agencyId, receivedOn, documentNumber: null, files };
}

/** The paragraphs of a .docx as a reader sees them (mammoth), trimmed, empty ones dropped. */
async function docxLines(base64: string): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(base64, 'base64') });
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The agencies a letter addresses: "Kính gửi: X." alone, or "Kính gửi:" then "- X;" … "- Y.". */
function addressees(lines: string[]): string[] {
  const single = lines.find((line) => line.startsWith('Kính gửi: '));
  if (single) return [single.slice('Kính gửi: '.length).replace(/\.$/, '')];
  const start = lines.indexOf('Kính gửi:');
  expect(start).toBeGreaterThan(0);
  const names: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('- ')) break;
    names.push(line.slice(2).replace(/[;.]$/, ''));
    if (line.endsWith('.')) break;
  }
  return names;
}

// ---------------------------------------------------------------------------------------------------------------

/** What "các sở, ngành, địa phương" means in a provincial plan: the active top-level members of these kinds. */
const MEMBER_KINDS: readonly AgencyKind[] = [
  'department',
  'mass_organisation',
  'judicial',
  'armed_force',
  'local_government',
];

describe('done means: the 836 plan’s request “gửi báo cáo tổng kết … trước ngày 20/6/2025”', () => {
  it('is reminded 7 days before with every agency missing, loses the two that report, and is 3 days overdue on 23/6', async () => {
    const request = await import836();
    const dir = await directory();
    expect(request.title).toMatch(/^Báo cáo tổng kết/);
    expect(request).toMatchObject({
      dueOn: '2025-06-20',
      requestedOn: '2025-04-05',
      dataFrom: '2021-02-09',
      dataTo: '2025-06-15',
      receiver: 'Công an tỉnh (Phòng Tham mưu)',
      exemptAgencyIds: [],
    });

    // Required: the directory's active members; never the receiver (Công an tỉnh and its Phòng Tham mưu).
    const required = dir.all
      .filter((agency) => agency.active && agency.parentId === null && MEMBER_KINDS.includes(agency.kind))
      .filter((agency) => agency.name !== 'Công an tỉnh')
      .map((agency) => agency.id)
      .sort((a, b) => a - b);
    expect([...request.agencyIds].sort((a, b) => a - b)).toEqual(required);
    const names = request.agencyIds.map(dir.name);
    for (const name of [
      'Sở Tư pháp',
      'Tỉnh Đoàn',
      'Sở Y tế',
      'Viện Kiểm sát nhân dân tỉnh',
      'Hội Liên hiệp Phụ nữ tỉnh',
    ]) {
      expect(names).toContain(name);
    }
    for (const name of ['Công an tỉnh', 'Phòng Tham mưu, Công an tỉnh', 'Sở Lao động - Thương binh và Xã hội']) {
      expect(names).not.toContain(name);
    }
    expect(request.agencyIds).toHaveLength(22);

    const on13 = await t.must('reminders.todo', { on: '2025-06-13' });
    expect(on13.today).toBe('2025-06-13');
    expect(on13.reminders).toHaveLength(1);
    expect(on13.reminders[0]).toMatchObject({
      requestId: request.id,
      dueOn: '2025-06-20',
      daysLeft: 7,
      step: 'before-7',
    });
    expect(on13.reminders[0]!.title).toMatch(/^Báo cáo tổng kết/);
    expect([...on13.reminders[0]!.missingAgencyIds].sort((a, b) => a - b)).toEqual(required);

    const justiceId = dir.id('Sở Tư pháp');
    const youthId = dir.id('Tỉnh Đoàn');
    await t.must('submissions.record', submissionInput(request.id, justiceId, '2025-06-15'));
    await t.must('submissions.record', submissionInput(request.id, youthId, '2025-06-16'));
    const stillMissing = required.filter((id) => id !== justiceId && id !== youthId);

    const on17 = await t.must('reminders.todo', { on: '2025-06-17' });
    expect(on17.reminders).toHaveLength(1);
    expect(on17.reminders[0]).toMatchObject({ daysLeft: 3, step: 'before-3' });
    expect([...on17.reminders[0]!.missingAgencyIds].sort((a, b) => a - b)).toEqual(stillMissing);

    const on23 = await t.must('reminders.todo', { on: '2025-06-23' });
    expect(on23.reminders).toHaveLength(1);
    expect(on23.reminders[0]).toMatchObject({ requestId: request.id, daysLeft: -3, step: 'overdue-0' });
    expect([...on23.reminders[0]!.missingAgencyIds].sort((a, b) => a - b)).toEqual(stillMissing);

    const detail = await t.must('requests.get', { id: request.id });
    const status = (id: number) => detail.statuses.find((item) => item.agencyId === id)?.status;
    expect([status(justiceId), status(youthId)]).toEqual(['on_time', 'on_time']);
    expect(stillMissing.every((id) => status(id) === 'missing')).toBe(true);
    expect(detail.rate).toMatchObject({ expected: 22, submitted: 2, onTime: 2 });
  });

  it('drafts the reminder letter to exactly the agencies still missing, naming neither of the two that reported', async () => {
    const request = await import836();
    const dir = await directory();
    await t.must('submissions.record', submissionInput(request.id, dir.id('Sở Tư pháp'), '2025-06-15'));
    await t.must('submissions.record', submissionInput(request.id, dir.id('Tỉnh Đoàn'), '2025-06-16'));

    const file = await t.must('requests.letter', { id: request.id, on: '2025-06-23' });
    expect(file.fileName).toMatch(/\.docx$/);
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const lines = await docxLines(file.base64);
    const missing = request.agencyIds.map(dir.name).filter((name) => name !== 'Sở Tư pháp' && name !== 'Tỉnh Đoàn');
    expect([...addressees(lines)].sort()).toEqual([...missing].sort());
    expect(addressees(lines)).toHaveLength(20);
    const text = lines.join('\n');
    expect(text).not.toContain('Sở Tư pháp');
    expect(text).not.toContain('Tỉnh Đoàn');
    expect(text).toContain('Tính đến ngày 23/06/2025 (quá hạn 3 ngày)');
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('requests: validation, the calendar deadline, and what cannot be deleted', () => {
  it('refuses a blank title, no agencies, a due date before the request and a backwards data window, writing nothing', async () => {
    const dir = await directory();
    const agencies = [dir.id('Sở Tư pháp'), dir.id('Sở Y tế')];
    const before = counts();
    const cases: Array<[RequestInput, string, RegExp]> = [
      [requestInput(agencies, { title: '   ' }), 'INVALID_INPUT', /^Tên báo cáo không được để trống\.$/],
      [requestInput([]), 'INVALID_INPUT', /Hãy chọn ít nhất một cơ quan phải gửi báo cáo\./],
      [
        requestInput(agencies, { requestedOn: '2025-06-21', dueOn: '2025-06-20' }),
        'INVALID_INPUT',
        /Hạn nộp phải trùng hoặc sau ngày yêu cầu báo cáo\./,
      ],
      [
        requestInput(agencies, { dataFrom: '2025-06-14', dataTo: '2024-12-15' }),
        'INVALID_INPUT',
        /^Kỳ số liệu: ngày cuối phải sau ngày đầu\.$/,
      ],
      [
        requestInput(agencies, { dueOn: '2025-02-30' }),
        'INVALID_INPUT',
        /^Hạn nộp: ngày 30\/02\/2025 không có thật trên lịch$/,
      ],
      // An agency deleted meanwhile: refused after the calendar entry was made, which must be rolled back too.
      [requestInput([...agencies, 99_999]), 'NOT_FOUND', /không còn trong danh mục/],
    ];
    for (const [input, code, message] of cases) {
      const error = errorOf(await t.call('requests.create', input));
      expect(error.code, JSON.stringify(input)).toBe(code);
      expect(error.message).toMatch(message);
    }
    expect(counts()).toEqual(before);
    expect(await t.must('requests.list', {})).toEqual([]);
  });

  it('refuses the same mistakes on update and leaves the request as it was', async () => {
    const dir = await directory();
    const created = await t.must('requests.create', requestInput([dir.id('Sở Tư pháp')]));
    const bad: RequestInput[] = [
      requestInput([dir.id('Sở Tư pháp')], { title: '' }),
      requestInput([]),
      requestInput([dir.id('Sở Tư pháp')], { requestedOn: '2025-07-01' }),
      requestInput([dir.id('Sở Tư pháp')], { dataFrom: '2025-06-15', dataTo: '2025-06-14' }),
    ];
    for (const request of bad) {
      expect(errorOf(await t.call('requests.update', { id: created.id, request })).code).toBe('INVALID_INPUT');
    }
    expect((await t.must('requests.get', { id: created.id })).request).toEqual(created);
  });

  it('puts the request on the calendar as a deadline on its due date, with its data window; follows edits; goes with it', async () => {
    const dir = await directory();
    const deadlines = async (from: string, to: string) =>
      (await t.must('calendar.list', { from, to })).occurrences.filter((item) => item.kind === 'deadline');
    const entriesBefore = count('calendar_entries');

    const created = await t.must('requests.create', requestInput([dir.id('Sở Tư pháp'), dir.id('Sở Y tế')]));
    const june = await deadlines('2025-06-01', '2025-06-30');
    expect(june).toHaveLength(1);
    expect(june[0]).toMatchObject({
      start: '2025-06-20',
      end: '2025-06-20',
      dataFrom: '2024-12-15',
      dataTo: '2025-06-14',
      receiver: 'Công an tỉnh (Phòng Tham mưu)',
      agencyIds: [dir.id('Sở Tư pháp'), dir.id('Sở Y tế')],
    });
    expect(june[0]!.title).toContain('Báo cáo kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2025');

    const edited = await t.must('requests.update', {
      id: created.id,
      request: requestInput([dir.id('Sở Y tế')], {
        title: 'Báo cáo sơ kết 6 tháng',
        dueOn: '2025-07-10',
        dataFrom: '2025-01-01',
        dataTo: '2025-06-30',
      }),
    });
    expect(edited).toMatchObject({ id: created.id, dueOn: '2025-07-10', agencyIds: [dir.id('Sở Y tế')] });
    expect(await deadlines('2025-06-01', '2025-06-30')).toEqual([]);
    const july = await deadlines('2025-07-01', '2025-07-31');
    expect(july).toHaveLength(1);
    expect(july[0]).toMatchObject({
      entryId: june[0]!.entryId,
      start: '2025-07-10',
      dataFrom: '2025-01-01',
      dataTo: '2025-06-30',
      agencyIds: [dir.id('Sở Y tế')],
    });
    expect(july[0]!.title).toContain('Báo cáo sơ kết 6 tháng');
    expect(count('calendar_entries')).toBe(entriesBefore + 1);

    expect(await t.must('requests.delete', { id: created.id })).toBeNull();
    expect(await deadlines('2025-06-01', '2025-07-31')).toEqual([]);
    expect(count('calendar_entries')).toBe(entriesBefore);
    expect(errorOf(await t.call('requests.get', { id: created.id })).code).toBe('NOT_FOUND');
  });

  it("refuses to delete a request's deadline from the calendar, and moves it with the request", async () => {
    const dir = await directory();
    const created = await t.must('requests.create', requestInput([dir.id('Sở Y tế')]));
    const [entry] = (await t.must('calendar.list', { from: '2025-06-20', to: '2025-06-20' })).occurrences;
    const refused = errorOf(await t.call('calendar.delete', { id: entry!.entryId! }));
    expect(refused.code).toBe('IN_USE');
    expect(refused.message).toContain('Báo cáo phải nộp');
    await t.must('requests.update', {
      id: created.id,
      request: requestInput([dir.id('Sở Y tế')], { dueOn: '2025-06-25' }),
    });
    const after = (await t.must('calendar.list', { from: '2025-06-01', to: '2025-06-30' })).occurrences;
    expect(after.filter((item) => item.kind === 'deadline').map((item) => item.start)).toEqual(['2025-06-25']);
  });

  it('keeps the calendar and the reminders on the same due date when the deadline is dragged on the calendar', async () => {
    const dir = await directory();
    const created = await t.must('requests.create', requestInput([dir.id('Sở Y tế')]));
    const [entry] = (await t.must('calendar.list', { from: '2025-06-20', to: '2025-06-20' })).occurrences;
    // Either outcome is fine — the request follows the move, or the move is refused — but not both dates at once.
    // Regression guard: the move of a request's deadline on the calendar used to leave the request on the old date.
    await t.call('calendar.move', { id: entry!.entryId!, startOn: '2025-06-27' });
    const dueOn = (await t.must('requests.get', { id: created.id })).request.dueOn;
    const shown = (await t.must('calendar.list', { from: '2025-06-01', to: '2025-06-30' })).occurrences
      .filter((item) => item.kind === 'deadline')
      .map((item) => item.start);
    expect(shown).toEqual([dueOn]);
  });

  it('refuses to delete a request with received reports (IN_USE), deleting nothing', async () => {
    const dir = await directory();
    const created = await t.must('requests.create', requestInput([dir.id('Sở Tư pháp'), dir.id('Sở Y tế')]));
    await t.must('submissions.record', submissionInput(created.id, dir.id('Sở Tư pháp'), '2025-06-18'));
    const before = counts();

    const error = errorOf(await t.call('requests.delete', { id: created.id }));
    expect(error.code).toBe('IN_USE');
    expect(error.message).toContain('Đã nhận 1 báo cáo');
    expect(counts()).toEqual(before);
    expect((await t.must('requests.get', { id: created.id })).submissions).toHaveLength(1);
    const june = (await t.must('calendar.list', { from: '2025-06-20', to: '2025-06-20' })).occurrences;
    expect(june.filter((item) => item.kind === 'deadline')).toHaveLength(1);
  });

  it('refuses to drop a required agency that already reported (IN_USE), changing nothing', async () => {
    const dir = await directory();
    const created = await t.must('requests.create', requestInput([dir.id('Sở Tư pháp'), dir.id('Sở Y tế')]));
    await t.must('submissions.record', submissionInput(created.id, dir.id('Sở Tư pháp'), '2025-06-18'));

    const error = errorOf(
      await t.call('requests.update', {
        id: created.id,
        request: requestInput([dir.id('Sở Y tế')], { title: 'Tên mới', dueOn: '2025-06-30' }),
      }),
    );
    expect(error.code).toBe('IN_USE');
    expect(error.message).toMatch(/được miễn/);
    expect((await t.must('requests.get', { id: created.id })).request).toEqual(created);
    // The calendar entry was updated first inside the same transaction: it must have been rolled back too.
    const deadlines = (await t.must('calendar.list', { from: '2025-06-01', to: '2025-06-30' })).occurrences;
    expect(deadlines.map((item) => item.start)).toEqual(['2025-06-20']);

    // Marking it exempt instead is allowed, and keeps its report.
    const exempted = await t.must('requests.update', {
      id: created.id,
      request: requestInput([dir.id('Sở Tư pháp'), dir.id('Sở Y tế')], { exemptAgencyIds: [dir.id('Sở Tư pháp')] }),
    });
    expect(exempted.exemptAgencyIds).toEqual([dir.id('Sở Tư pháp')]);
    expect((await t.must('requests.get', { id: created.id })).submissions).toHaveLength(1);
  });

  it('refuses to delete an agency a report is asked of (IN_USE)', async () => {
    const created = await t.must('agencies.create', { name: 'Sở Thử nghiệm', kind: 'department' });
    await t.must('requests.create', requestInput([created.id]));
    const error = errorOf(await t.call('agencies.delete', { id: created.id }));
    expect(error.code).toBe('IN_USE');
    expect(error.message).toContain('Sở Thử nghiệm');
    expect((await directory()).all.map((agency) => agency.id)).toContain(created.id);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('submissions: versions, dates, duplicates and the file store', () => {
  async function arrange() {
    const dir = await directory();
    const justice = dir.id('Sở Tư pháp');
    const health = dir.id('Sở Y tế');
    const request = await t.must('requests.create', requestInput([justice, health]));
    return { dir, justice, health, request };
  }

  it('numbers a later report from the same agency 2, keeps both, and says “supplemented”', async () => {
    const { justice, request } = await arrange();
    const first = await t.must(
      'submissions.record',
      submissionInput(request.id, justice, '2025-06-15', [upload('bao cao.docx', 'phiên bản 1')]),
    );
    const second = await t.must(
      'submissions.record',
      submissionInput(request.id, justice, '2025-06-25', [upload('bao cao bo sung.docx', 'phiên bản 2')]),
    );
    expect([first.version, second.version]).toEqual([1, 2]);
    expect(second.files.map((file) => file.fileName)).toEqual(['bao cao bo sung.docx']);

    const listed = await t.must('submissions.list', { requestId: request.id, agencyId: justice });
    expect(listed.map((item) => [item.version, item.receivedOn])).toEqual([
      [1, '2025-06-15'],
      [2, '2025-06-25'],
    ]);
    const detail = await t.must('requests.get', { id: request.id });
    expect(detail.statuses.find((status) => status.agencyId === justice)).toEqual({
      agencyId: justice,
      status: 'supplemented',
      receivedOn: '2025-06-15',
      daysLate: 0,
      versions: 2,
    });
    expect(count('submissions')).toBe(2);
    expect(count('submission_files')).toBe(2);
  });

  it('refuses a report dated before the request existed, with the dates as dd/mm/yyyy, writing no row', async () => {
    const { justice, request } = await arrange();
    const before = counts();
    const error = errorOf(
      await t.call(
        'submissions.record',
        submissionInput(request.id, justice, '2025-05-31', [upload('bao cao.pdf', 'nội dung')]),
      ),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('31/05/2025');
    expect(error.message).toContain('01/06/2025');
    expect(error.message).not.toContain('2025-05-31');
    expect(counts()).toEqual(before);
    expect(await t.must('submissions.list', { requestId: request.id })).toEqual([]);
  });

  it('accepts a report dated the very day of the request', async () => {
    const { justice, request } = await arrange();
    const saved = await t.must('submissions.record', submissionInput(request.id, justice, '2025-06-01'));
    expect(saved).toMatchObject({ receivedOn: '2025-06-01', version: 1 });
  });

  it('refuses the same file twice from the same agency (DUPLICATE), writing nothing, whatever its name', async () => {
    const { justice, request } = await arrange();
    const bytes = Buffer.from('Báo cáo số 125/BC-STP ngày 15/6/2025', 'utf8');
    await t.must('submissions.record', submissionInput(request.id, justice, '2025-06-15', [upload('125.docx', bytes)]));
    const before = counts();
    const filesBefore = storedFiles();

    const error = errorOf(
      await t.call(
        'submissions.record',
        submissionInput(request.id, justice, '2025-06-18', [upload('ban sao cua 125.docx', bytes)]),
      ),
    );
    expect(error.code).toBe('DUPLICATE');
    expect(error.message).toContain('ban sao cua 125.docx');
    expect(error.message).toContain('lần nộp thứ 1');
    expect(counts()).toEqual(before);
    expect(storedFiles()).toEqual(filesBefore);
    expect((await t.must('submissions.list', { requestId: request.id })).map((item) => item.version)).toEqual([1]);
  });

  it('stores the same file from two agencies once on disk, under its SHA-256, and gives the same bytes back', async () => {
    const { justice, health, request } = await arrange();
    // Binary content: every byte value, so an encoding slip anywhere would show.
    const bytes = Buffer.from(Array.from({ length: 1024 }, (_, i) => (i * 7) % 256));
    const hash = sha256(bytes);
    const a = await t.must(
      'submissions.record',
      submissionInput(request.id, justice, '2025-06-15', [upload('bieu mau thong ke.xlsx', bytes)]),
    );
    const b = await t.must(
      'submissions.record',
      submissionInput(request.id, health, '2025-06-16', [upload('Biểu mẫu.xlsx', bytes)]),
    );
    expect(a.files[0]).toMatchObject({ sha256: hash, size: 1024, fileName: 'bieu mau thong ke.xlsx' });
    expect(b.files[0]).toMatchObject({ sha256: hash, size: 1024, fileName: 'Biểu mẫu.xlsx' });
    expect(storedFiles()).toEqual([path.join(hash.slice(0, 2), hash)]);
    expect(sha256(readFileSync(path.join(path.dirname(t.dbPath), 'files', hash.slice(0, 2), hash)))).toBe(hash);

    for (const [submission, name] of [
      [a, 'bieu mau thong ke.xlsx'],
      [b, 'Biểu mẫu.xlsx'],
    ] as const) {
      const file = await t.must('submissions.file', { fileId: submission.files[0]!.id });
      expect(file.fileName).toBe(name);
      expect(Buffer.from(file.base64, 'base64').equals(bytes)).toBe(true);
    }
    expect(errorOf(await t.call('submissions.file', { fileId: 99_999 })).code).toBe('NOT_FOUND');
  });

  it('refuses a report from an agency the request does not ask, naming it', async () => {
    const { dir, request } = await arrange();
    const before = counts();
    const error = errorOf(
      await t.call('submissions.record', submissionInput(request.id, dir.id('Tỉnh Đoàn'), '2025-06-15')),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('Tỉnh Đoàn');
    expect(counts()).toEqual(before);
  });

  it('refuses a report for a request or an agency that does not exist (NOT_FOUND)', async () => {
    const { justice, request } = await arrange();
    expect(errorOf(await t.call('submissions.record', submissionInput(99_999, justice, '2025-06-15'))).code).toBe(
      'NOT_FOUND',
    );
    expect(errorOf(await t.call('submissions.record', submissionInput(request.id, 99_999, '2025-06-15'))).code).toBe(
      'NOT_FOUND',
    );
    expect(count('submissions')).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('reminder states, rules and the letter template', () => {
  async function arrange() {
    const dir = await directory();
    const request = await t.must('requests.create', requestInput([dir.id('Sở Tư pháp'), dir.id('Sở Y tế')]));
    return { dir, request };
  }
  const steps = async (on: string) =>
    (await t.must('reminders.todo', { on })).reminders.map((reminder) => [reminder.step, reminder.notify]);

  it('stores dismiss, snooze and notified per step, and keeps them across a restart', async () => {
    const { request } = await arrange();
    expect(await steps('2025-06-13')).toEqual([['before-7', true]]);

    expect(await t.must('reminders.mark', { requestId: request.id, step: 'before-7', dismissed: true })).toBeNull();
    expect(await steps('2025-06-13')).toEqual([]);
    expect(await steps('2025-06-16')).toEqual([]);
    expect(await steps('2025-06-17')).toEqual([['before-3', true]]);

    await t.must('reminders.mark', { requestId: request.id, step: 'before-3', notified: true });
    expect(await steps('2025-06-17')).toEqual([['before-3', false]]);
    await t.must('reminders.mark', { requestId: request.id, step: 'before-3', snoozedUntil: '2025-06-18' });
    expect(await steps('2025-06-17')).toEqual([]);
    // Back on the snooze date, still marked notified (a later mark changes only what it names).
    expect(await steps('2025-06-18')).toEqual([['before-3', false]]);

    t.reopen();
    expect(await steps('2025-06-13')).toEqual([]);
    expect(await steps('2025-06-17')).toEqual([]);
    expect(await steps('2025-06-18')).toEqual([['before-3', false]]);
    expect(await steps('2025-06-19')).toEqual([['before-1', true]]);

    // Un-snoozing: shown again at once.
    await t.must('reminders.mark', { requestId: request.id, step: 'before-3', snoozedUntil: null });
    expect(await steps('2025-06-17')).toEqual([['before-3', false]]);
    expect(count('reminder_states')).toBe(2);
  });

  it('starts the steps afresh when the due date moves, and keeps them when only the title changes', async () => {
    const { dir, request } = await arrange();
    const agencyIds = [dir.id('Sở Tư pháp'), dir.id('Sở Y tế')];
    await t.must('reminders.mark', { requestId: request.id, step: 'before-7', dismissed: true });
    await t.must('requests.update', { id: request.id, request: requestInput(agencyIds, { title: 'Báo cáo 6 tháng' }) });
    expect(await steps('2025-06-13')).toEqual([]);

    // Extended to 30/6: "7 days before" is now 23/6, a step the officer has not seen.
    await t.must('requests.update', { id: request.id, request: requestInput(agencyIds, { dueOn: '2025-06-30' }) });
    expect(count('reminder_states')).toBe(0);
    expect(await steps('2025-06-13')).toEqual([]);
    expect(await steps('2025-06-23')).toEqual([['before-7', true]]);
  });

  it('refuses a mark for a request that does not exist, and a malformed snooze date', async () => {
    const { request } = await arrange();
    expect(errorOf(await t.call('reminders.mark', { requestId: 99_999, step: 'before-7', dismissed: true })).code).toBe(
      'NOT_FOUND',
    );
    expect(
      errorOf(await t.call('reminders.mark', { requestId: request.id, step: 'before-7', snoozedUntil: '18/06/2025' }))
        .code,
    ).toBe('INVALID_INPUT');
    expect(count('reminder_states')).toBe(0);
  });

  it('lists nothing once every agency has reported, or is exempt', async () => {
    const { dir, request } = await arrange();
    await t.must('submissions.record', submissionInput(request.id, dir.id('Sở Tư pháp'), '2025-06-15'));
    expect((await t.must('reminders.todo', { on: '2025-06-23' })).reminders).toHaveLength(1);
    await t.must('requests.update', {
      id: request.id,
      request: requestInput([dir.id('Sở Tư pháp'), dir.id('Sở Y tế')], { exemptAgencyIds: [dir.id('Sở Y tế')] }),
    });
    expect((await t.must('reminders.todo', { on: '2025-06-23' })).reminders).toEqual([]);
  });

  it('round-trips the reminder rules (sorted, without repeats) and uses them', async () => {
    await arrange();
    expect(await t.must('reminders.rules', {})).toEqual(DEFAULT_REMINDER_RULES);
    expect(await steps('2025-06-10')).toEqual([]);

    const saved = await t.must('reminders.setRules', { beforeDays: [1, 10, 5, 5], overdueEveryDays: 7 });
    expect(saved).toEqual({ beforeDays: [10, 5, 1], overdueEveryDays: 7 });
    expect(await t.must('reminders.rules', {})).toEqual(saved);
    t.reopen();
    expect(await t.must('reminders.rules', {})).toEqual(saved);

    expect(await steps('2025-06-10')).toEqual([['before-10', true]]);
    expect(await steps('2025-06-15')).toEqual([['before-5', true]]);
    expect((await t.must('reminders.todo', { on: '2025-06-27' })).reminders[0]).toMatchObject({
      daysLeft: -7,
      step: 'overdue-0',
    });
    expect((await t.must('reminders.todo', { on: '2025-06-28' })).reminders[0]?.step).toBe('overdue-1');

    for (const bad of [
      { beforeDays: [], overdueEveryDays: 3 },
      { beforeDays: [7], overdueEveryDays: 0 },
      { beforeDays: [61], overdueEveryDays: 3 },
      { beforeDays: [-1], overdueEveryDays: 3 },
    ]) {
      expect(errorOf(await t.call('reminders.setRules', bad)).code, JSON.stringify(bad)).toBe('INVALID_INPUT');
    }
    expect(await t.must('reminders.rules', {})).toEqual(saved);
  });

  it('round-trips the letter template and drafts the letter with it', async () => {
    const { request } = await arrange();
    expect(await t.must('letters.template', {})).toEqual(DEFAULT_LETTER_TEMPLATE);
    const template: LetterTemplate = {
      ...DEFAULT_LETTER_TEMPLATE,
      place: 'Kon Tum',
      issuer: 'Phòng Cảnh sát hình sự',
      body: 'Đề nghị {danh_sach_co_quan} gửi {bao_cao} trước ngày {han_nop}.',
      signerName: 'Nguyễn Văn An',
    };
    expect(await t.must('letters.setTemplate', template)).toEqual(template);
    expect(await t.must('letters.template', {})).toEqual(template);
    t.reopen();
    expect(await t.must('letters.template', {})).toEqual(template);

    const file = await t.must('requests.letter', { id: request.id, on: '2025-06-23' });
    const lines = await docxLines(file.base64);
    expect(lines).toContain('Kon Tum, ngày 23 tháng 6 năm 2025');
    expect(lines).toContain(
      'Đề nghị Sở Tư pháp, Sở Y tế gửi Báo cáo kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2025 trước ngày 20/06/2025.',
    );
  });

  it('addresses the one agency left on the Kính gửi line, and refuses a letter when nobody is missing', async () => {
    const { dir, request } = await arrange();
    await t.must('submissions.record', submissionInput(request.id, dir.id('Sở Tư pháp'), '2025-06-15'));
    const one = await docxLines((await t.must('requests.letter', { id: request.id, on: '2025-06-23' })).base64);
    expect(addressees(one)).toEqual(['Sở Y tế']);
    expect(one.join('\n')).not.toContain('Sở Tư pháp');

    await t.must('submissions.record', submissionInput(request.id, dir.id('Sở Y tế'), '2025-06-24'));
    const error = errorOf(await t.call('requests.letter', { id: request.id, on: '2025-06-25' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('không cần công văn đôn đốc');
  });
});
