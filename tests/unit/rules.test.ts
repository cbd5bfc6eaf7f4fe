/**
 * The domain rules records pass before they are stored (core/rules/), on their own: no database, the same rule the
 * handlers, the import and (later) the exchange packages apply.
 */
import { describe, expect, it } from 'vitest';
import type { EntryFields } from '../../core/calendar';
import type { TaskFields } from '../../core/plan';
import { cleanEntry } from '../../core/rules/calendar';
import { cleanTask } from '../../core/rules/outline';
import { cleanPlanFields } from '../../core/rules/plan';
import { cleanRequest } from '../../core/rules/request';

const task: TaskFields = {
  label: ' 2. ',
  text: '  Tuyên truyền   phòng, chống mua bán người ',
  allMembers: false,
  progress: 'not_started',
  note: '  ',
  lead: [3, 3],
  coordinating: [3, 5, 5],
  timingKind: 'due',
  dueOn: '2025-06-20',
  periodFrom: '2025-01-01',
  periodTo: null,
  recurrence: 'monthly',
};

const entry: EntryFields = {
  kind: 'deadline',
  title: ' Hạn gửi báo cáo ',
  description: null,
  startOn: '2025-06-20',
  endOn: '2025-06-30',
  yearly: true,
  time: '08:00',
  place: 'Hội trường',
  what: ' báo cáo 6 tháng ',
  sender: null,
  receiver: 'Công an tỉnh',
  dataFrom: null,
  dataTo: null,
  planId: null,
  agencyIds: [1, 1, 2],
  taskIds: [],
};

describe('cleanTask', () => {
  it('tidies the text and label, keeps a lead out of the coordinators, and keeps only the dates its timing uses', () => {
    const clean = cleanTask(task);
    expect(clean.text).toBe('Tuyên truyền phòng, chống mua bán người');
    expect(clean.label).toBe('2');
    expect(clean.note).toBeNull();
    expect(clean.lead).toEqual([3]);
    expect(clean.coordinating).toEqual([5]);
    expect([clean.dueOn, clean.periodFrom, clean.periodTo, clean.recurrence]).toEqual(['2025-06-20', null, null, null]);
  });

  it('refuses a blank text and a date not on the calendar in Vietnamese', () => {
    expect(() => cleanTask({ ...task, text: '  ' })).toThrow('Nội dung nhiệm vụ không được để trống.');
    expect(() => cleanTask({ ...task, dueOn: '2025-02-31' })).toThrow('“2025-02-31” không có thật trên lịch');
  });
});

describe('cleanEntry', () => {
  it('keeps only the fields its kind uses', () => {
    const clean = cleanEntry(entry);
    expect(clean.title).toBe('Hạn gửi báo cáo');
    expect([clean.endOn, clean.yearly, clean.time, clean.place]).toEqual([null, false, null, null]);
    expect(clean.what).toBe('báo cáo 6 tháng');
    expect(clean.agencyIds).toEqual([1, 2]);
  });
});

describe('cleanRequest and cleanPlanFields', () => {
  it('keeps exemptions among the agencies asked, and drops a cycle from an ad hoc request', () => {
    const clean = cleanRequest({
      title: ' Báo cáo  6 tháng ',
      kind: 'ad_hoc',
      cycleId: 4,
      requestedOn: '2025-06-01',
      dueOn: '2025-06-20',
      dataFrom: null,
      dataTo: null,
      receiver: ' ',
      outline: [' I. Kết quả ', ''],
      planId: null,
      agencyIds: [1, 2, 2],
      exemptAgencyIds: [2, 9],
    });
    expect(clean).toMatchObject({ title: 'Báo cáo 6 tháng', cycleId: null, receiver: null, outline: ['I. Kết quả'] });
    expect(clean.agencyIds).toEqual([1, 2]);
    expect(clean.exemptAgencyIds).toEqual([2]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(() =>
      cleanPlanFields({
        numberSymbol: null,
        title: 'Kế hoạch',
        issuer: 'UBND tỉnh',
        issuedOn: null,
        signer: null,
        level: 'province',
        periodFrom: 2026,
        periodTo: 2025,
        implementsPlanId: null,
        implementsRef: null,
        status: 'draft',
      }),
    ).toThrow('năm bắt đầu 2026 sau năm kết thúc 2025');
  });
});
