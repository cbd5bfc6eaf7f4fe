/**
 * A calendar entry tied to the tasks it serves (issue 4: "each entry may link to a plan and to tasks"), through the
 * API as the entry dialog calls it: only tasks of the entry's own plan, and a refusal changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../electron/api/contract';
import { samplePlan } from '../support/samples';
import { errorOf, openTempStore, type TempStore } from '../support/tempStore';

let t: TempStore;

beforeEach(() => {
  t = openTempStore();
});

afterEach(() => {
  t.cleanup();
});

async function planWithTask(numberSymbol: string, text: string): Promise<{ planId: number; taskId: number }> {
  const plan = await t.must('plans.create', samplePlan(numberSymbol));
  const task = await t.must('tasks.create', { planId: plan.id, sectionId: null, task: { label: 'a', text } });
  return { planId: plan.id, taskId: task.id };
}

function entry(fields: Partial<ChannelInput<'calendar.create'>>): ChannelInput<'calendar.create'> {
  return {
    kind: 'event',
    title: 'Lễ phát động hưởng ứng Ngày toàn dân phòng, chống mua bán người',
    startOn: '2025-07-30',
    ...fields,
  };
}

const entryRows = () => t.store.sqlite.prepare('SELECT count(*) FROM calendar_entries').pluck().get() as number;
const linkRows = () => t.store.sqlite.prepare('SELECT count(*) FROM calendar_entry_tasks').pluck().get() as number;

describe('calendar entries linked to tasks', () => {
  it('links an entry to a task of its own plan, and shows the link on the calendar', async () => {
    const ours = await planWithTask('61/KH-UBND', 'Tổ chức hưởng ứng Ngày toàn dân phòng, chống mua bán người 30/7');
    const created = await t.must('calendar.create', entry({ planId: ours.planId, taskIds: [ours.taskId] }));
    expect(created.taskIds).toEqual([ours.taskId]);
    const view = await t.must('calendar.list', { from: '2025-07-30', to: '2025-07-30' });
    expect(view.occurrences.map((occurrence) => occurrence.taskIds)).toEqual([[ours.taskId]]);
  });

  it("refuses another plan's task in Vietnamese, and writes nothing", async () => {
    const ours = await planWithTask('61/KH-UBND', 'Tuyên truyền trên các phương tiện thông tin đại chúng');
    const theirs = await planWithTask('19/KH-BCĐ138/CP', 'Tổng kết Chương trình giai đoạn 2021 - 2025');
    const error = errorOf(await t.call('calendar.create', entry({ planId: ours.planId, taskIds: [theirs.taskId] })));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe(
      'Nhiệm vụ liên quan phải thuộc kế hoạch của mục lịch. Hãy chọn kế hoạch trước, rồi chọn nhiệm vụ của kế hoạch đó.',
    );
    expect([entryRows(), linkRows()]).toEqual([0, 0]);
  });

  it('refuses tasks on an entry without a plan, and an edit that moves the entry to another plan keeping them', async () => {
    const ours = await planWithTask('61/KH-UBND', 'Kiểm tra việc thực hiện kế hoạch tại các địa phương');
    const theirs = await planWithTask('836/KH-UBND', 'Tổng kết 5 năm');
    expect(errorOf(await t.call('calendar.create', entry({ taskIds: [ours.taskId] }))).code).toBe('INVALID_INPUT');
    expect(entryRows()).toBe(0);

    const created = await t.must('calendar.create', entry({ planId: ours.planId, taskIds: [ours.taskId] }));
    const before = t.store.sqlite.prepare('SELECT * FROM calendar_entries WHERE id = ?').get(created.id);
    const moved = await t.call('calendar.update', {
      id: created.id,
      entry: entry({ planId: theirs.planId, taskIds: [ours.taskId] }),
    });
    expect(errorOf(moved).code).toBe('INVALID_INPUT');
    expect(t.store.sqlite.prepare('SELECT * FROM calendar_entries WHERE id = ?').get(created.id)).toEqual(before);
    expect(linkRows()).toBe(1);
  });

  it('says in Vietnamese that a task no longer exists', async () => {
    const ours = await planWithTask('61/KH-UBND', 'Tập huấn nâng cao năng lực');
    const error = errorOf(
      await t.call('calendar.create', entry({ planId: ours.planId, taskIds: [ours.taskId + 999] })),
    );
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('Không tìm thấy nhiệm vụ được liên kết');
  });
});
