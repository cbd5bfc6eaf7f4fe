/**
 * Agencies' report text through the API, on a real file with the real migrations (issue 11): a .docx of the
 * register read and matched to the outline, the officer's correction kept through a second reading, a report
 * without headings under "Khác", text in a legacy font, the office's text per heading, and the refusals.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NarrativeWorkspace } from '../../electron/api/contract';
import { agencyReportDocx, POLICE_REPORT, WOMEN_REPORT, type AgencyReportPart } from '../support/agencyReports';
import { createReview, type ReviewSource } from '../support/figures';
import { errorOf, openTempStore, type TempStore } from '../support/tempStore';

let t: TempStore;
let ids: Record<ReviewSource, number>;
let requestId: number;

beforeEach(async () => {
  t = openTempStore();
  ({ ids, requestId } = await createReview(t));
});

afterEach(() => t.cleanup());

/** Records the agency's report in the register, as "Ghi nhận báo cáo" does, and returns its file's id. */
async function receive(agencyId: number, parts: AgencyReportPart[], styled = false): Promise<number> {
  const bytes = await agencyReportDocx(parts, styled);
  const submission = await t.must('submissions.record', {
    requestId,
    agencyId,
    receivedOn: '2025-06-18',
    files: [{ fileName: 'bao-cao.docx', base64: bytes.toString('base64') }],
  });
  return submission.files[0]!.id;
}

async function readFromRegister(agencyId: number, fileId: number): Promise<NarrativeWorkspace> {
  return t.must('narrative.read', { requestId, agencyId, from: { kind: 'file', fileId } });
}

const headingTexts = (workspace: NarrativeWorkspace, index: number) =>
  workspace.draft.headings[index]!.contributions.map((item) => `${item.agency}: ${item.heading}`);

describe('reading agencies’ reports', () => {
  it('matches styled, renumbered and reworded headings, and keeps what matches nothing under “Khác”', async () => {
    const police = await readFromRegister(ids.police, await receive(ids.police, POLICE_REPORT, true));
    expect(police.sources.find((source) => source.agencyId === ids.police)!.reading?.origin).toBe('docx');
    const workspace = await readFromRegister(ids.women, await receive(ids.women, WOMEN_REPORT));

    expect(headingTexts(workspace, 0)).toEqual([
      'Công an tỉnh: 1. Công tác phòng ngừa',
      'Hội Liên hiệp Phụ nữ tỉnh: I. PHÒNG NGỪA MUA BÁN NGƯỜI',
    ]);
    expect(headingTexts(workspace, 1)).toEqual(['Công an tỉnh: 2. Đấu tranh phòng, chống tội phạm mua bán người']);
    expect(headingTexts(workspace, 2)).toEqual(['Công an tỉnh: 3. Tiếp nhận, xác minh và giải cứu nạn nhân']);
    expect(headingTexts(workspace, 3)).toEqual(['Hội Liên hiệp Phụ nữ tỉnh: II. HỖ TRỢ NẠN NHÂN TRỞ VỀ']);
    expect(workspace.draft.headings.map((heading) => heading.unwritten)).toEqual([false, false, false, false]);
    // The police's letterhead before its first heading, and the union's own heading.
    expect(workspace.draft.other.map((item) => item.heading)).toEqual([null, 'III. MỘT SỐ KIẾN NGHỊ, ĐỀ XUẤT']);
    expect(workspace.draft.headings[1]!.contributions[0]!.paragraphs).toEqual([
      'Phát hiện, điều tra 14 vụ, 27 đối tượng.',
      '- Triệt phá 3 đường dây mua bán người qua biên giới.',
    ]);
  });

  it('previews without saving anything', async () => {
    const fileId = await receive(ids.women, WOMEN_REPORT);
    const split = await t.must('narrative.preview', { requestId, agencyId: ids.women, from: { kind: 'file', fileId } });
    expect(split.sections.map((section) => section.outlineHeading)).toEqual([
      'Công tác phòng ngừa mua bán người',
      'Hỗ trợ nạn nhân',
      null,
    ]);
    const workspace = await t.must('narrative.workspace', { requestId });
    expect(workspace.draft.sources).toEqual([]);
    expect(workspace.sources.find((source) => source.agencyId === ids.women)!.files.map((file) => file.fileId)).toEqual(
      [fileId],
    );
  });

  it('keeps the officer’s correction and the sections’ UUIDs when the report is read again', async () => {
    const fileId = await receive(ids.women, WOMEN_REPORT);
    const first = await readFromRegister(ids.women, fileId);
    const proposal = first.draft.other.find((item) => item.heading?.startsWith('III.'))!;
    const corrected = await t.must('narrative.place', { sectionId: proposal.sectionId, outlineIndex: 3 });
    expect(headingTexts(corrected, 3)).toContain('Hội Liên hiệp Phụ nữ tỉnh: III. MỘT SỐ KIẾN NGHỊ, ĐỀ XUẤT');
    expect(corrected.draft.headings[3]!.contributions.at(-1)!.placedBy).toBe('officer');

    const again = await readFromRegister(ids.women, fileId);
    const kept = again.draft.headings[3]!.contributions.find((item) => item.heading?.startsWith('III.'))!;
    expect(kept).toMatchObject({ sectionUuid: proposal.sectionUuid, placedBy: 'officer' });
    const uuids = (workspace: NarrativeWorkspace) =>
      [...workspace.draft.headings.flatMap((heading) => heading.contributions), ...workspace.draft.other]
        .map((item) => item.sectionUuid)
        .sort();
    expect(uuids(again)).toEqual(uuids(first));
  });

  it('puts a report without headings under “Khác”, flagged', async () => {
    const fileId = await receive(ids.justice, [
      {
        heading: null,
        paragraphs: ['Sở Tư pháp đã phổ biến pháp luật cho 2.000 lượt người.', 'Không phát sinh vụ việc.'],
      },
    ]);
    const workspace = await readFromRegister(ids.justice, fileId);
    expect(workspace.draft.headings.every((heading) => heading.unwritten)).toBe(true);
    expect(workspace.draft.other).toHaveLength(1);
    expect(workspace.draft.sources).toEqual([
      expect.objectContaining({ agencyId: ids.justice, unstructured: true, placed: 0 }),
    ]);
  });

  it('reads pasted text typed in TCVN3 as Unicode', async () => {
    const text =
      '1. C«ng t¸c phßng ngõa\n§· tæ chøc 12 buæi tuyªn truyÒn vÒ phßng, chèng mua b¸n ng\u00adêi cho ®oµn viªn.\n' +
      '2. §Êu tranh phßng, chèng téi ph¹m\nPh¸t hiÖn 3 vô, 5 ®èi t\u00adîng.';
    const split = await t.must('narrative.preview', {
      requestId,
      agencyId: ids.court,
      from: { kind: 'pasted', text },
    });
    expect(split.notice).toMatch(/TCVN3/);
    expect(split.sections.map((section) => [section.heading, section.outlineIndex])).toEqual([
      ['1. Công tác phòng ngừa', 0],
      ['2. Đấu tranh phòng, chống tội phạm', 1],
    ]);
    expect(split.sections[0]!.paragraphs).toEqual([
      'Đã tổ chức 12 buổi tuyên truyền về phòng, chống mua bán người cho đoàn viên.',
    ]);
  });
});

describe('refusals that change nothing', () => {
  it('refuses a damaged .docx, another agency’s file, an agency outside the request and a heading not in the outline', async () => {
    const broken = await t.call('narrative.read', {
      requestId,
      agencyId: ids.police,
      from: { kind: 'upload', fileName: 'bao-cao.docx', base64: Buffer.from('not a zip').toString('base64') },
    });
    expect(errorOf(broken).message).toMatch(/không phải tệp Word \.docx hợp lệ/);

    const womenFile = await receive(ids.women, WOMEN_REPORT);
    const othersFile = await t.call('narrative.read', {
      requestId,
      agencyId: ids.police,
      from: { kind: 'file', fileId: womenFile },
    });
    expect(errorOf(othersFile).message).toMatch(/không phải báo cáo cơ quan đã gửi/);

    const agencies = await t.must('agencies.list', {});
    const outsider = agencies.find((agency) => !Object.values(ids).includes(agency.id))!;
    const outside = await t.call('narrative.read', {
      requestId,
      agencyId: outsider.id,
      from: { kind: 'pasted', text: '1. Công tác phòng ngừa\nNội dung.' },
    });
    expect(errorOf(outside).message).toMatch(/không thuộc danh sách phải gửi báo cáo/);

    const workspace = await readFromRegister(ids.women, womenFile);
    const section = workspace.draft.other[0]!;
    const beyond = await t.call('narrative.place', { sectionId: section.sectionId, outlineIndex: 9 });
    expect(errorOf(beyond).message).toMatch(/chỉ có 4 mục/);
    const after = await t.must('narrative.workspace', { requestId });
    expect(after.draft).toEqual(workspace.draft);
  });

  it('refuses to delete a request whose reports were read', async () => {
    const created = await t.must('requests.create', {
      title: 'Báo cáo nhanh',
      requestedOn: '2025-05-20',
      dueOn: '2025-06-20',
      outline: ['Kết quả'],
      agencyIds: [ids.police],
    });
    await t.must('narrative.read', {
      requestId: created.id,
      agencyId: ids.police,
      from: { kind: 'pasted', text: 'Kết quả\nĐã triển khai.' },
    });
    const refused = await t.call('requests.delete', { id: created.id });
    expect(errorOf(refused).message).toMatch(/đã có nội dung báo cáo tổng hợp/);
  });
});

describe('the office’s text', () => {
  it('is saved per heading, keeps its UUID and what it took, and an empty text lets the draft stand again', async () => {
    const workspace = await readFromRegister(ids.police, await receive(ids.police, POLICE_REPORT, true));
    const taken = workspace.draft.headings[0]!.contributions[0]!;
    const saved = await t.must('narrative.saveText', {
      requestId,
      outlineIndex: 0,
      body: '**Kết quả nổi bật:** công tác tuyên truyền được đẩy mạnh.\n- 120 buổi tuyên truyền.',
      taken: [{ sectionUuid: taken.sectionUuid, paragraph: 0 }],
    });
    expect(saved.taken).toEqual([{ sectionUuid: taken.sectionUuid, paragraph: 0, agency: 'Công an tỉnh' }]);
    const uuid = () =>
      t.store.sqlite
        .prepare('select uuid from report_texts where request_id = ? and outline_index = 0')
        .pluck()
        .get(requestId);
    const before = uuid();
    await t.must('narrative.saveText', { requestId, outlineIndex: 0, body: '', taken: [] });
    expect(uuid()).toBe(before);
    const after = await t.must('narrative.workspace', { requestId });
    expect(after.texts).toEqual([expect.objectContaining({ outlineIndex: 0, body: '', headingChanged: false })]);

    const refused = await t.call('narrative.saveText', { requestId, outlineIndex: 7, body: 'x', taken: [] });
    expect(errorOf(refused).message).toMatch(/chỉ có 4 mục/);
  });

  it('proposes the report’s settings from the letter template, then keeps the officer’s', async () => {
    const proposed = (await t.must('narrative.workspace', { requestId })).settings;
    expect(proposed.saved).toBe(false);
    expect(proposed.header.subject).toBe(
      'Tổng kết Chương trình phòng, chống mua bán người giai đoạn 2021 - 2025 (Kế hoạch 836/KH-UBND)',
    );
    expect(proposed.header.numberSymbol).toMatch(/\/BC-/);
    const saved = await t.must('narrative.saveSettings', {
      requestId,
      header: { ...proposed.header, signerAuthority: 'KT. TRƯỞNG BAN', signerName: 'Nguyễn Văn A' },
      figuresHeadings: [1],
      excludedIndicators: ['NN01'],
    });
    expect(saved).toMatchObject({ saved: true, figuresHeadings: [1], excludedIndicators: ['NN01'] });
    expect(saved.header.signerAuthority).toBe('KT. TRƯỞNG BAN');
    const refused = await t.call('narrative.saveSettings', { ...saved, requestId, figuresHeadings: [12] });
    expect(errorOf(refused).message).toMatch(/không có trong đề cương/);
  });
});
