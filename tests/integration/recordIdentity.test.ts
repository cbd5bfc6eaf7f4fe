/**
 * Records keep their identity: every write channel of the contract is driven, in one story, through the real API
 * on a real file, and after each call the whole database is compared with the moment before. A record present
 * before and after keeps its UUID (an edit never looks like delete + create), and a UUID that disappeared never
 * comes back. A record is recognised by its natural key where it has one (an assignment is its task and agency),
 * otherwise by its local id, so a link deleted and re-inserted on every save is caught even though its new row
 * looks fine on its own. The walk must cover every write channel: a new one without a step here fails the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SEED, seedPath } from '../fixtures/seeds';
import { WRITE_CHANNELS, type Channel, type ChannelInput } from '../../electron/api/contract';
import { sampleRequestInput } from '../support/samples';
import { openTempStore, type TempStore } from '../support/tempStore';

/** Natural keys of the tables whose rows are identified by what they link; every other table by `id`. */
const NATURAL_KEYS: Record<string, string[]> = {
  assignments: ['task_id', 'agency_id'],
  calendar_entry_agencies: ['entry_id', 'agency_id'],
  calendar_entry_tasks: ['entry_id', 'task_id'],
  report_cycle_agencies: ['cycle_id', 'agency_id'],
  report_request_agencies: ['request_id', 'agency_id'],
  holiday_edits: ['date'],
  settings: ['key'],
  reminder_states: ['request_id', 'step'],
  indicators: ['code', 'from_year'],
  request_indicators: ['request_id', 'indicator_code'],
  figure_values: ['request_id', 'column_id', 'indicator_code', 'part', 'agency_id'],
  figure_sources: ['request_id', 'agency_id'],
  narrative_sections: ['request_id', 'agency_id', 'position'],
  report_texts: ['request_id', 'outline_index'],
  province_reports: ['request_id'],
};

let t: TempStore;
const covered = new Set<Channel>();
/** Every UUID that has disappeared so far in the story. */
const gone = new Set<string>();
/** What each step did: "tasks.update: 1 kept, 0 changed uuid …" for the failure message. */
const violations: string[] = [];

function identities(): Map<string, string> {
  const sqlite = t.store.sqlite;
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .pluck()
    .all() as string[];
  const map = new Map<string, string>();
  for (const table of tables) {
    const columns = sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
    if (!columns.includes('uuid')) continue;
    const key = NATURAL_KEYS[table] ?? ['id'];
    const rows = sqlite
      .prepare(`SELECT uuid, ${key.map((column) => `"${column}"`).join(" || '|' || ")} AS k FROM "${table}"`)
      .all() as Array<{ uuid: string; k: string }>;
    for (const row of rows) map.set(`${table}#${row.k}`, row.uuid);
  }
  return map;
}

/** One write through the API, checked against the database before it. */
async function write<C extends Channel>(channel: C, input: ChannelInput<C>) {
  const before = identities();
  const value = await t.must(channel, input);
  const after = identities();
  covered.add(channel);
  const afterUuids = new Set(after.values());
  for (const [record, uuid] of before) {
    const now = after.get(record);
    if (now !== undefined && now !== uuid) violations.push(`${channel}: ${record} changed uuid ${uuid} → ${now}`);
    if (!afterUuids.has(uuid)) gone.add(uuid);
  }
  const beforeUuids = new Set(before.values());
  for (const uuid of afterUuids) {
    if (!beforeUuids.has(uuid) && gone.has(uuid)) violations.push(`${channel}: a deleted uuid came back: ${uuid}`);
  }
  return value;
}

function agencyId(name: string): number {
  const id = t.store.sqlite.prepare('SELECT id FROM agencies WHERE name = ?').pluck().get(name) as number | undefined;
  if (id === undefined) throw new Error(`no agency ${name}`);
  return id;
}

function uuidOf(table: string, where: string, ...params: unknown[]): string {
  return t.store.sqlite
    .prepare(`SELECT uuid FROM ${table} WHERE ${where}`)
    .pluck()
    .get(...params) as string;
}

beforeAll(() => {
  t = openTempStore();
});
afterAll(() => t.cleanup());

describe('every write channel keeps the identity of the records it edits', () => {
  it('walks the whole contract', async () => {
    const [tuPhap, congAn, yTe, giaoDuc] = ['Sở Tư pháp', 'Công an tỉnh', 'Sở Y tế', 'Sở Giáo dục và Đào tạo'].map(
      agencyId,
    ) as [number, number, number, number];

    // The directory.
    const agency = await write('agencies.create', { name: 'Ban Quản lý các khu công nghiệp tỉnh', kind: 'department' });
    await write('agencies.update', {
      id: agency.id,
      agency: { name: 'Ban Quản lý các khu công nghiệp tỉnh', kind: 'department', aliases: ['BDT'] },
    });

    await write('agencies.delete', { id: agency.id });

    // A plan, its outline and assignments.
    const plan = await write('plans.create', {
      numberSymbol: '61/KH-UBND',
      title: 'Thực hiện công tác phòng, chống mua bán người năm 2025',
      issuer: 'Ủy ban nhân dân tỉnh',
      issuedOn: '2025-03-27',
      level: 'province',
      periodFrom: 2025,
      periodTo: 2025,
    });
    await write('plans.update', {
      id: plan.id,
      plan: { ...plan, title: 'Kế hoạch thực hiện công tác phòng, chống mua bán người năm 2025' },
    });
    const section = await write('sections.create', {
      planId: plan.id,
      parentId: null,
      section: { label: 'II', title: 'Nhiệm vụ' },
    });
    await write('sections.update', { id: section.id, section: { label: 'II', title: 'Nhiệm vụ, giải pháp' } });
    const task = await write('tasks.create', {
      planId: plan.id,
      sectionId: section.id,
      task: { text: 'Tuyên truyền pháp luật', lead: [congAn], coordinating: [tuPhap, yTe] },
    });
    const kept = uuidOf('assignments', 'task_id = ? AND agency_id = ?', task.id, congAn);
    const promoted = uuidOf('assignments', 'task_id = ? AND agency_id = ?', task.id, tuPhap);
    // Kept: Công an tỉnh; changed role: Sở Tư pháp; dropped: Sở Y tế; added: Sở Giáo dục.
    await write('tasks.update', {
      id: task.id,
      task: {
        text: 'Tuyên truyền pháp luật về phòng, chống mua bán người',
        lead: [congAn, tuPhap],
        coordinating: [giaoDuc],
      },
    });
    expect(uuidOf('assignments', 'task_id = ? AND agency_id = ?', task.id, congAn)).toBe(kept);
    expect(uuidOf('assignments', 'task_id = ? AND agency_id = ?', task.id, tuPhap)).toBe(promoted);
    await write('assignments.set', { taskId: task.id, agencyId: giaoDuc, role: 'lead' });
    await write('assignments.set', { taskId: task.id, agencyId: giaoDuc, role: null });
    await write('assignments.set', { taskId: task.id, agencyId: giaoDuc, role: 'coordinating' });
    const second = await write('tasks.create', {
      planId: plan.id,
      sectionId: null,
      task: { text: 'Kiểm tra, đôn đốc' },
    });
    await write('outline.move', { node: { kind: 'task', id: second.id }, parentId: section.id, index: 0 });
    const copy = await write('plans.copyToNextYear', { id: plan.id });

    // The calendar.
    const entry = await write('calendar.create', {
      kind: 'deadline',
      title: 'Hạn gửi báo cáo quý II',
      startOn: '2025-06-18',
      planId: plan.id,
      agencyIds: [tuPhap, congAn],
      taskIds: [task.id],
    });
    await write('calendar.update', {
      id: entry.id,
      entry: {
        kind: 'deadline',
        title: 'Hạn gửi báo cáo quý II',
        startOn: '2025-06-18',
        planId: plan.id,
        agencyIds: [tuPhap, yTe],
        taskIds: [task.id, second.id],
      },
    });
    await write('calendar.move', { id: entry.id, startOn: '2025-06-19' });
    const cycle = await write('cycles.create', {
      title: 'Báo cáo quý',
      recurrence: 'quarterly',
      fromYear: 2025,
      agencyIds: [tuPhap, congAn],
    });
    await write('cycles.update', {
      id: cycle.id,
      cycle: { title: 'Báo cáo hằng quý', recurrence: 'quarterly', fromYear: 2025, agencyIds: [congAn, yTe] },
    });
    await write('holidays.edit', { date: '2025-05-02', change: 'day_off', name: 'Nghỉ bù' });
    const edit = uuidOf('holiday_edits', 'date = ?', '2025-05-02');
    await write('holidays.edit', { date: '2025-05-02', change: 'day_off', name: 'Nghỉ bù 30/4' });
    expect(uuidOf('holiday_edits', 'date = ?', '2025-05-02')).toBe(edit);
    await write('holidays.edit', { date: '2025-05-02', change: null, name: null });

    // Reports owed.
    const request = await write('requests.create', sampleRequestInput([tuPhap, congAn, yTe], { planId: plan.id }));
    await write('requests.update', {
      id: request.id,
      request: sampleRequestInput([tuPhap, congAn, giaoDuc], { planId: plan.id, exemptAgencyIds: [congAn] }),
    });
    await write('submissions.record', {
      requestId: request.id,
      agencyId: tuPhap,
      receivedOn: '2025-06-15',
      files: [{ fileName: 'bao-cao.txt', base64: Buffer.from('Báo cáo').toString('base64') }],
    });
    // Figures: the catalogue, the form, typed and imported figures, accepting and returning.
    await write('indicators.save', {
      code: 'PN09',
      fromYear: 2025,
      name: 'Số buổi sinh hoạt chuyên đề',
      unit: 'buổi',
      area: 'prevention',
    });
    await write('indicators.save', {
      code: 'PN09',
      fromYear: 2025,
      name: 'Số buổi sinh hoạt chuyên đề về mua bán người',
      unit: 'buổi',
      area: 'prevention',
    });
    await write('indicators.retire', { code: 'PN09', fromYear: 2026 });
    const proposed = await t.must('figures.form', { requestId: request.id });
    const form = await write('figures.saveForm', {
      requestId: request.id,
      indicatorCodes: ['PN01', 'PN02', 'PN09'],
      columns: proposed.columns,
    });
    const renamed = await write('figures.saveForm', {
      requestId: request.id,
      indicatorCodes: ['PN01', 'PN02'],
      columns: form.columns.map((column) => ({ ...column, label: '6 tháng đầu năm 2025' })),
    });
    expect(renamed.columns.map((column) => column.uuid)).toEqual(form.columns.map((column) => column.uuid));
    const slice = form.columns[0]!.uuid;
    const source = { requestId: request.id, agencyId: giaoDuc };
    await write('figures.setValues', { ...source, cells: [{ column: slice, key: 'PN01', text: '4' }] });
    await write('figures.setValues', { ...source, cells: [{ column: slice, key: 'PN01', text: '40' }] });
    await write('figures.comment', { ...source, rule: 'PN01:range', column: slice, comment: 'Đã kiểm tra.' });
    await write('figures.accept', source);
    await write('figures.return', { ...source, reason: 'Thiếu số lượt người tham dự.' });
    const [template] = await write('figures.template', { requestId: request.id, agencyIds: [tuPhap] });
    await write('figures.import', {
      requestId: request.id,
      files: [{ fileName: 'stp.xlsx', base64: template!.base64 }],
    });

    // The consolidated report: a source's report read twice (its sections keep their UUIDs), a section placed by
    // the officer, the office's text written and emptied, the report's settings.
    const narrativeRequest = await write(
      'requests.create',
      sampleRequestInput([tuPhap], { title: 'Báo cáo tổng hợp', outline: ['Phòng ngừa', 'Hỗ trợ nạn nhân'] }),
    );
    const reading = {
      requestId: narrativeRequest.id,
      agencyId: tuPhap,
      from: { kind: 'pasted' as const, text: '1. Phòng ngừa\nĐã tuyên truyền.\n2. Kiến nghị\nBố trí kinh phí.' },
    };
    const read = await write('narrative.read', reading);
    await write('narrative.place', { sectionId: read.draft.other[0]!.sectionId, outlineIndex: 1 });
    await write('narrative.read', reading);
    await write('narrative.saveText', { requestId: narrativeRequest.id, outlineIndex: 0, body: 'Đã tuyên truyền.' });
    await write('narrative.saveText', { requestId: narrativeRequest.id, outlineIndex: 0, body: '' });
    const settings = (await t.must('narrative.workspace', { requestId: narrativeRequest.id })).settings;
    await write('narrative.saveSettings', { requestId: narrativeRequest.id, ...settings });
    await write('narrative.saveSettings', { requestId: narrativeRequest.id, ...settings, figuresHeadings: [1] });

    await write('reminders.mark', { requestId: request.id, step: 'before-7', dismissed: true });
    await write('reminders.mark', { requestId: request.id, step: 'before-7', notified: true });
    await write('requests.close', { id: request.id, on: '2025-07-01' });
    await write('reminders.setRules', { beforeDays: [7, 1], overdueEveryDays: 3 });
    await write('reminders.setRules', { beforeDays: [5, 1], overdueEveryDays: 2 });
    await write('letters.setTemplate', {
      issuerParent: 'UBND TỈNH',
      issuer: 'CÔNG AN TỈNH',
      place: 'Hà Giang',
      numberSymbol: '/CAT-PV01',
      subject: 'V/v đôn đốc báo cáo',
      body: 'Đề nghị {agencies} gửi báo cáo.',
      signerTitle: 'GIÁM ĐỐC',
      signerName: 'Nguyễn Văn A',
      archive: 'Lưu: VT',
    });
    const other = await write('requests.create', sampleRequestInput([yTe], { title: 'Báo cáo đột xuất' }));
    await write('requests.delete', { id: other.id });

    // An import, then deletions.
    const preview = await t.must('imports.parse', { text: readFileSync(seedPath(SEED.reviewPlan), 'utf8') });
    await write('imports.save', preview.draft);
    await write('calendar.delete', { id: entry.id });
    await write('cycles.delete', { id: cycle.id });
    await write('tasks.delete', { id: second.id });
    await write('sections.delete', { id: section.id });
    await write('plans.delete', { id: copy.id });

    expect(violations).toEqual([]);
    expect(WRITE_CHANNELS.filter((channel) => !covered.has(channel))).toEqual([]);
  });
});
