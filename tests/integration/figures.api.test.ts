/**
 * Agencies' figures through the API, on a real file with the real migrations (issue 10): the form proposed for the
 * 836/KH-UBND review, typed figures read the Vietnamese way and refused whole on one bad cell, the checks, comments,
 * accepting and returning (templates and the consolidation: figuresExchange.api.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { reviewRequestInput } from '../support/samples';
import { columnOf, createReview, saveProposedForm, type ReviewSource } from '../support/figures';
import { openTempStore, type TempStore } from '../support/tempStore';

let t: TempStore;
let ids: Record<ReviewSource, number>;
let requestId: number;

beforeEach(async () => {
  t = openTempStore();
  ({ ids, requestId } = await createReview(t));
});

afterEach(() => t.cleanup());

const savedForm = () => saveProposedForm(t, requestId);
const column = columnOf;

describe('the form of a request', () => {
  it('proposes a column per year of the review and the previous period, and the indicators of its outline', async () => {
    const form = await t.must('figures.form', { requestId });
    expect(form.saved).toBe(false);
    expect(form.year).toBe(2025);
    expect(form.columns.map((item) => [item.label, item.role])).toEqual([
      ['Năm 2021', 'slice'],
      ['Năm 2022', 'slice'],
      ['Năm 2023', 'slice'],
      ['Năm 2024', 'slice'],
      ['Năm 2025', 'slice'],
      ['Giai đoạn 2016 - 2020', 'previous'],
    ]);
    expect(form.columns[0]).toMatchObject({ periodFrom: '2021-02-09', periodTo: '2021-12-31' });
    const codes = form.indicators.map((indicator) => indicator.code);
    expect(codes).toContain('PN01');
    expect(codes).toContain('TL05');
    // The outline names neither law-making nor capacity building.
    expect(codes).not.toContain('NL01');
    expect(form.sources.map((source) => source.status)).toEqual(Array(5).fill('missing'));
  });

  it('keeps a column with figures and refuses to drop it', async () => {
    const form = await savedForm();
    await t.must('figures.setValues', {
      requestId,
      agencyId: ids.women,
      cells: [{ column: column(form, 'Năm 2021'), key: 'PN01', text: '12' }],
    });
    const result = await t.call('figures.saveForm', {
      requestId,
      indicatorCodes: ['PN01'],
      columns: form.columns.filter((item) => item.label !== 'Năm 2021'),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('Năm 2021');
    const again = await t.must('figures.saveForm', {
      requestId,
      indicatorCodes: ['PN01', 'PN02'],
      columns: form.columns,
    });
    expect(again.columns.map((item) => item.uuid)).toEqual(form.columns.map((item) => item.uuid));
  });
});

describe('typing figures', () => {
  it('reads "1.234" as 1234, keeps 0 apart from blank, and clears a value with a blank', async () => {
    const form = await savedForm();
    const y21 = column(form, 'Năm 2021');
    const figures = await t.must('figures.setValues', {
      requestId,
      agencyId: ids.women,
      cells: [
        { column: y21, key: 'PN02', text: '1.234' },
        { column: y21, key: 'PN01', text: '0' },
        { column: y21, key: 'PN03', text: '' },
      ],
    });
    expect(figures.values).toEqual(
      expect.arrayContaining([
        { column: y21, key: 'PN02', value: 1234 },
        { column: y21, key: 'PN01', value: 0 },
      ]),
    );
    expect(figures.values).toHaveLength(2);
    expect(figures.source.status).toBe('entered');
    const cleared = await t.must('figures.setValues', {
      requestId,
      agencyId: ids.women,
      cells: [{ column: y21, key: 'PN01', text: ' ' }],
    });
    expect(cleared.values).toEqual([{ column: y21, key: 'PN02', value: 1234 }]);
  });

  it('refuses "1,5" in a count naming the cell, and saves none of the other cells', async () => {
    const form = await savedForm();
    const y22 = column(form, 'Năm 2022');
    const result = await t.call('figures.setValues', {
      requestId,
      agencyId: ids.women,
      cells: [
        { column: y22, key: 'PN01', text: '7' },
        { column: y22, key: 'PN02', text: '1,5' },
      ],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message).toContain('Số lượt người tham dự tuyên truyền — Năm 2022');
    }
    expect((await t.must('figures.source', { requestId, agencyId: ids.women })).values).toEqual([]);
    const register = await t.must('submissions.list', { requestId });
    expect(register).toEqual([]);
  });

  it('keeps an agency with figures among the sources: the request cannot drop or exempt it', async () => {
    const form = await savedForm();
    await t.must('figures.setValues', {
      requestId,
      agencyId: ids.women,
      cells: [{ column: form.columns[0]!.uuid, key: 'PN01', text: '2' }],
    });
    const others = Object.values(ids).filter((id) => id !== ids.women);
    for (const request of [
      reviewRequestInput(others),
      reviewRequestInput(Object.values(ids), { exemptAgencyIds: [ids.women] }),
    ]) {
      const result = await t.call('requests.update', { id: requestId, request });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toContain('Hội Liên hiệp Phụ nữ tỉnh');
    }
    expect(
      await t.call('requests.update', { id: requestId, request: reviewRequestInput([...others, ids.women]) }),
    ).toMatchObject({
      ok: true,
    });
  });

  it('refuses an agency the request is not asked of', async () => {
    const form = await savedForm();
    const others = await t.must('agencies.list', {});
    const outsider = others.find((agency) => !Object.values(ids).includes(agency.id))!;
    const result = await t.call('figures.setValues', {
      requestId,
      agencyId: outsider.id,
      cells: [{ column: form.columns[0]!.uuid, key: 'PN01', text: '1' }],
    });
    expect(result.ok).toBe(false);
  });

  it('records the first figures in the register, once, so the report counts as received', async () => {
    const form = await savedForm();
    const y21 = column(form, 'Năm 2021');
    await t.must('figures.setValues', {
      requestId,
      agencyId: ids.women,
      receivedOn: '2025-06-18',
      cells: [{ column: y21, key: 'PN01', text: '3' }],
    });
    await t.must('figures.setValues', {
      requestId,
      agencyId: ids.women,
      cells: [{ column: y21, key: 'PN02', text: '40' }],
    });
    const register = await t.must('submissions.list', { requestId });
    expect(register).toHaveLength(1);
    expect(register[0]).toMatchObject({ agencyId: ids.women, receivedOn: '2025-06-18' });
    const detail = await t.must('requests.get', { id: requestId });
    expect(detail.statuses.find((status) => status.agencyId === ids.women)?.status).toBe('on_time');
  });
});

describe('checks, comments, accepting and returning', () => {
  it('blocks accepting on an error, asks a comment for a warning, then locks until returned', async () => {
    const form = await savedForm();
    const [y21, y22] = [column(form, 'Năm 2021'), column(form, 'Năm 2022')];
    const police = { requestId, agencyId: ids.police };
    let figures = await t.must('figures.setValues', {
      ...police,
      cells: [
        { column: y21, key: 'TG01', text: '10' },
        { column: y21, key: 'TG02', text: '12' },
        { column: y22, key: 'TG01', text: '40' },
      ],
    });
    const error = figures.violations.find((violation) => violation.rule === 'TG02<=TG01')!;
    expect(error).toMatchObject({ importance: 'error', column: y21, columnLabel: 'Năm 2021' });
    expect(error.keys).toEqual(['TG02', 'TG01']);
    const jump = figures.violations.find((violation) => violation.rule === 'TG01:jump')!;
    expect(jump).toMatchObject({ importance: 'warning', column: y22 });

    let refused = await t.call('figures.accept', police);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('lỗi');

    figures = await t.must('figures.setValues', { ...police, cells: [{ column: y21, key: 'TG02', text: '9' }] });
    expect(figures.violations.map((violation) => violation.rule)).toEqual(['TG01:jump']);
    refused = await t.call('figures.accept', police);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('giải trình');

    await t.must('figures.comment', {
      ...police,
      rule: 'TG01:jump',
      column: y22,
      comment: 'Năm 2022 mở đợt cao điểm.',
    });
    figures = await t.must('figures.accept', police);
    expect(figures.source.status).toBe('accepted');
    expect(figures.violations[0]!.comment).toBe('Năm 2022 mở đợt cao điểm.');

    const locked = await t.call('figures.setValues', { ...police, cells: [{ column: y21, key: 'TG02', text: '8' }] });
    expect(locked.ok).toBe(false);
    if (!locked.ok) expect(locked.error.code).toBe('CONFLICT');

    figures = await t.must('figures.return', { ...police, reason: 'Số năm 2021 chưa khớp với sổ thụ lý.' });
    expect(figures.source).toMatchObject({ status: 'returned', statusNote: 'Số năm 2021 chưa khớp với sổ thụ lý.' });
    figures = await t.must('figures.setValues', { ...police, cells: [{ column: y21, key: 'TG02', text: '8' }] });
    expect(figures.source.status).toBe('entered');
  });

  it('checks a partition once a part is entered and an "of which" part against its total', async () => {
    const form = await savedForm();
    const y23 = column(form, 'Năm 2023');
    const figures = await t.must('figures.setValues', {
      requestId,
      agencyId: ids.women,
      cells: [
        { column: y23, key: 'NN01', text: '5' },
        { column: y23, key: 'NN01|sex=male', text: '1' },
        { column: y23, key: 'NN01|sex=female', text: '3' },
        { column: y23, key: 'NN01|purpose=sexual', text: '6' },
      ],
    });
    const rules = figures.violations.map((violation) => violation.rule).sort();
    expect(rules).toEqual(['NN01:purpose:sexual:of_which', 'NN01:sex:partition']);
  });
});
