/**
 * `plans.deletionImpact`: what the delete confirmation tells the officer. Sections, tasks and assignments go with
 * the plan; report requests (with the submissions received under them), calendar entries and report cycles stay,
 * no longer linked to it (their plan_id is ON DELETE SET NULL).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { samplePlan, sampleRequestInput } from '../support/samples';
import { errorOf, openTempStore, type TempStore } from '../support/tempStore';

let t: TempStore;

beforeEach(() => {
  t = openTempStore();
});

afterEach(() => {
  t.cleanup();
});

function planIdOf(table: string, id: number): unknown {
  return t.store.sqlite.prepare(`SELECT plan_id FROM ${table} WHERE id = ?`).pluck().get(id);
}

function exists(table: string, id: number): boolean {
  return t.store.sqlite.prepare(`SELECT count(*) FROM ${table} WHERE id = ?`).pluck().get(id) === 1;
}

async function agencyIds(...names: string[]): Promise<number[]> {
  const all = await t.must('agencies.list', { includeInactive: true });
  return names.map((name) => {
    const found = all.find((agency) => agency.name === name);
    if (!found) throw new Error(`no agency named ${name}`);
    return found.id;
  });
}

/** 61/KH-UBND: two sections, three tasks, five assignments; a request with two submissions, an entry, a cycle. */
async function arrange() {
  const [police, justice, youth] = await agencyIds('Công an tỉnh', 'Sở Tư pháp', 'Tỉnh Đoàn');
  const plan = await t.must('plans.create', samplePlan());
  const part = await t.must('sections.create', {
    planId: plan.id,
    parentId: null,
    section: { label: 'II', title: 'NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN' },
  });
  const sub = await t.must('sections.create', {
    planId: plan.id,
    parentId: part.id,
    section: { label: '1', title: 'Công tác phòng ngừa' },
  });
  const tasks = [
    { text: 'Tuyên truyền về thủ đoạn mua bán người qua mạng xã hội', lead: [police!], coordinating: [justice!] },
    { text: 'Điều tra, xử lý nghiêm các vụ mua bán người', lead: [police!], coordinating: [justice!, youth!] },
    { text: 'Báo cáo định kỳ 06 tháng, 01 năm về Công an tỉnh (Phòng Tham mưu)' },
  ];
  const taskIds: number[] = [];
  for (const task of tasks) {
    taskIds.push((await t.must('tasks.create', { planId: plan.id, sectionId: sub.id, task })).id);
  }
  const request = await t.must('requests.create', sampleRequestInput([police!, justice!], { planId: plan.id }));
  const first = await t.must('submissions.record', {
    requestId: request.id,
    agencyId: justice!,
    receivedOn: '2025-06-16',
  });
  const again = await t.must('submissions.record', {
    requestId: request.id,
    agencyId: justice!,
    receivedOn: '2025-06-18',
  });
  const entry = await t.must('calendar.create', {
    kind: 'meeting',
    title: 'Hội nghị sơ kết 6 tháng',
    startOn: '2025-07-10',
    planId: plan.id,
    taskIds: [taskIds[0]!],
  });
  const cycle = await t.must('cycles.create', {
    title: 'Báo cáo tháng',
    recurrence: 'monthly',
    fromYear: 2025,
    planId: plan.id,
    agencyIds: [police!],
  });
  // Another plan's rows: never counted, never touched.
  const other = await t.must('plans.create', samplePlan('12/KH-CAT', { issuer: 'Công an tỉnh' }));
  const otherTask = await t.must('tasks.create', {
    planId: other.id,
    sectionId: null,
    task: { text: 'Kiểm tra việc thực hiện kế hoạch', lead: [police!] },
  });
  const otherRequest = await t.must(
    'requests.create',
    sampleRequestInput([police!], { title: 'Báo cáo chuyên đề', planId: other.id }),
  );
  await t.must('submissions.record', { requestId: otherRequest.id, agencyId: police!, receivedOn: '2025-06-19' });
  return { plan, request, submissions: [first.id, again.id], entry, cycle, other, otherTask, otherRequest };
}

describe('plans.deletionImpact', () => {
  it('counts what the delete removes and what it keeps unlinked, then plans.delete does exactly that', async () => {
    const a = await arrange();

    expect(await t.must('plans.deletionImpact', { id: a.plan.id })).toEqual({
      sections: 2,
      tasks: 3,
      assignments: 5,
      requests: 1,
      submissions: 2,
      calendarEntries: 1,
      cycles: 1,
    });
    expect(await t.must('plans.deletionImpact', { id: a.other.id })).toEqual({
      sections: 0,
      tasks: 1,
      assignments: 1,
      requests: 1,
      submissions: 1,
      calendarEntries: 0,
      cycles: 0,
    });

    await t.must('plans.delete', { id: a.plan.id });

    expect(exists('report_requests', a.request.id)).toBe(true);
    expect(planIdOf('report_requests', a.request.id)).toBeNull();
    for (const id of a.submissions) expect(exists('submissions', id)).toBe(true);
    expect(exists('calendar_entries', a.entry.id)).toBe(true);
    expect(planIdOf('calendar_entries', a.entry.id)).toBeNull();
    expect(exists('report_cycles', a.cycle.id)).toBe(true);
    expect(planIdOf('report_cycles', a.cycle.id)).toBeNull();
    expect(t.store.sqlite.prepare('SELECT count(*) FROM sections').pluck().get()).toBe(0);
    expect(t.store.sqlite.prepare('SELECT id FROM tasks').pluck().all()).toEqual([a.otherTask.id]);
    expect(t.store.sqlite.prepare('SELECT count(*) FROM assignments').pluck().get()).toBe(1);
    expect(planIdOf('report_requests', a.otherRequest.id)).toBe(a.other.id);
    // The request still reads as before, submissions included, only without its plan.
    const detail = await t.must('requests.get', { id: a.request.id });
    expect(detail.request.planId).toBeNull();
    expect(detail.submissions.map((submission) => submission.id).sort()).toEqual([...a.submissions].sort());
  });

  it('counts zero for a plan with nothing in it', async () => {
    const plan = await t.must('plans.create', samplePlan());
    expect(await t.must('plans.deletionImpact', { id: plan.id })).toEqual({
      sections: 0,
      tasks: 0,
      assignments: 0,
      requests: 0,
      submissions: 0,
      calendarEntries: 0,
      cycles: 0,
    });
  });

  it('says in Vietnamese that a plan no longer exists', async () => {
    const plan = await t.must('plans.create', samplePlan());
    await t.must('plans.delete', { id: plan.id });
    const error = errorOf(await t.call('plans.deletionImpact', { id: plan.id }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('kế hoạch');
  });
});
