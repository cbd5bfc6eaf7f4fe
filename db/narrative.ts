/**
 * The narrative side of the province's report (docs/narrative.md): each source's report as sections placed under
 * the outline, the office's text per heading, the report's settings. Every write is one transaction; a section
 * keeps its UUID when the officer places it and when the same heading comes back in a report read again.
 */
import { and, asc, eq } from 'drizzle-orm';
import { nowTimestamp } from '../core/dates';
import { invalidInput, notFound } from '../core/errors';
import type { PlacedSection } from '../core/narrative/draft';
import type { NarrativeOrigin } from '../core/narrative/sections';
import type { AppDb, Store } from './open';
import { getRequest } from './requests';
import { agencies } from './schema';
import { narrativeSections, provinceReports, reportTexts } from './schemaNarrative';
import { inTransaction } from './transaction';

export function placedSections(db: AppDb, requestId: number, agencyId?: number): PlacedSection[] {
  return db
    .select({ section: narrativeSections, agency: agencies.name })
    .from(narrativeSections)
    .innerJoin(agencies, eq(agencies.id, narrativeSections.agencyId))
    .where(
      agencyId === undefined
        ? eq(narrativeSections.requestId, requestId)
        : and(eq(narrativeSections.requestId, requestId), eq(narrativeSections.agencyId, agencyId)),
    )
    .orderBy(asc(narrativeSections.agencyId), asc(narrativeSections.position))
    .all()
    .map(({ section, agency }) => ({
      sectionId: section.id,
      sectionUuid: section.uuid,
      agencyId: section.agencyId,
      agency,
      heading: section.heading,
      placedBy: section.placedBy,
      score: section.score,
      paragraphs: JSON.parse(section.paragraphs) as string[],
      outlineIndex: section.outlineIndex,
      position: section.position,
    }));
}

export interface ReadSource {
  requestId: number;
  agencyId: number;
  origin: NarrativeOrigin;
  fileName: string | null;
  fileSha256: string | null;
  sections: Array<{ heading: string | null; paragraphs: string[]; outlineIndex: number | null; score: number }>;
}

/** When, from what, the source's report was last read. */
export interface SourceReading {
  agencyId: number;
  origin: NarrativeOrigin;
  fileName: string | null;
  readAt: string;
}

export function sourceReadings(db: AppDb, requestId: number): SourceReading[] {
  const rows = db
    .select({
      agencyId: narrativeSections.agencyId,
      origin: narrativeSections.origin,
      fileName: narrativeSections.fileName,
      readAt: narrativeSections.createdAt,
    })
    .from(narrativeSections)
    .where(and(eq(narrativeSections.requestId, requestId), eq(narrativeSections.position, 0)))
    .all();
  return rows;
}

/**
 * Replaces a source's sections with a new reading of its report. A section whose heading the earlier reading had
 * too keeps that one's UUID, and the officer's placing of it: reading the corrected file again loses no
 * correction.
 */
export function replaceSourceSections(store: Store, input: ReadSource): PlacedSection[] {
  return inTransaction(store, () => {
    const request = getRequest(store.db, input.requestId);
    if (!request.agencyIds.includes(input.agencyId)) {
      throw invalidInput('Cơ quan này không thuộc danh sách phải gửi báo cáo của yêu cầu; hãy chọn đúng cơ quan.');
    }
    if (input.sections.length === 0) {
      throw invalidInput('Báo cáo không có nội dung nào để đọc; hãy kiểm tra lại tệp hoặc nội dung đã dán.');
    }
    const earlier = placedSections(store.db, input.requestId, input.agencyId);
    const byHeading = new Map<string, PlacedSection[]>();
    for (const section of earlier) {
      const key = section.heading ?? '';
      byHeading.set(key, [...(byHeading.get(key) ?? []), section]);
    }
    store.db
      .delete(narrativeSections)
      .where(and(eq(narrativeSections.requestId, input.requestId), eq(narrativeSections.agencyId, input.agencyId)))
      .run();
    const now = nowTimestamp();
    input.sections.forEach((section, position) => {
      const before = byHeading.get(section.heading ?? '')?.shift();
      const keptPlacing = before?.placedBy === 'officer' && before.outlineIndex !== null;
      const outlineIndex = keptPlacing ? before.outlineIndex : section.outlineIndex;
      if (outlineIndex !== null && outlineIndex >= request.outline.length) throw invalidInput('Mục đề cương không có.');
      store.db
        .insert(narrativeSections)
        .values({
          uuid: before?.sectionUuid ?? crypto.randomUUID(),
          requestId: input.requestId,
          agencyId: input.agencyId,
          position,
          heading: section.heading,
          outlineIndex,
          placedBy: keptPlacing ? 'officer' : 'match',
          score: keptPlacing ? before.score : section.score,
          paragraphs: JSON.stringify(section.paragraphs),
          origin: input.origin,
          fileName: input.fileName,
          fileSha256: input.fileSha256,
          createdAt: now,
          updatedAt: now,
        })
        .run();
    });
    return placedSections(store.db, input.requestId, input.agencyId);
  });
}

/** The officer puts a section under an outline heading, or under "Khác" (null). */
export function placeSection(store: Store, sectionId: number, outlineIndex: number | null): number {
  return inTransaction(store, () => {
    const row = store.db.select().from(narrativeSections).where(eq(narrativeSections.id, sectionId)).get();
    if (!row) throw notFound('phần báo cáo này');
    const request = getRequest(store.db, row.requestId);
    if (outlineIndex !== null && outlineIndex >= request.outline.length) {
      throw invalidInput(`Đề cương của yêu cầu chỉ có ${request.outline.length} mục; hãy chọn lại mục.`);
    }
    store.db
      .update(narrativeSections)
      .set({ outlineIndex, placedBy: 'officer', updatedAt: nowTimestamp() })
      .where(eq(narrativeSections.id, sectionId))
      .run();
    return row.requestId;
  });
}

export interface TakenParagraph {
  sectionUuid: string;
  paragraph: number;
}

export interface StoredReportText {
  outlineIndex: number;
  heading: string;
  body: string;
  taken: TakenParagraph[];
  updatedAt: string;
}

export function reportTextsOf(db: AppDb, requestId: number): StoredReportText[] {
  return db
    .select()
    .from(reportTexts)
    .where(eq(reportTexts.requestId, requestId))
    .orderBy(asc(reportTexts.outlineIndex))
    .all()
    .map((row) => ({
      outlineIndex: row.outlineIndex,
      heading: row.heading,
      body: row.body,
      taken: JSON.parse(row.taken) as TakenParagraph[],
      updatedAt: row.updatedAt,
    }));
}

/**
 * Saves the office's text for a heading, as it is typed (the screen saves a moment after each change). An empty
 * text is kept as such, and the merged draft stands in it again; the row and its UUID stay.
 */
export function saveReportText(
  store: Store,
  input: { requestId: number; outlineIndex: number; body: string; taken: TakenParagraph[] },
): StoredReportText {
  return inTransaction(store, () => {
    const request = getRequest(store.db, input.requestId);
    const heading = request.outline[input.outlineIndex];
    if (heading === undefined) {
      throw invalidInput(`Đề cương của yêu cầu chỉ có ${request.outline.length} mục; không có mục để ghi nội dung.`);
    }
    const now = nowTimestamp();
    const taken = JSON.stringify(input.taken);
    store.db
      .insert(reportTexts)
      .values({
        uuid: crypto.randomUUID(),
        requestId: input.requestId,
        outlineIndex: input.outlineIndex,
        heading,
        body: input.body,
        taken,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [reportTexts.requestId, reportTexts.outlineIndex],
        set: { heading, body: input.body, taken, updatedAt: now },
      })
      .run();
    return { outlineIndex: input.outlineIndex, heading, body: input.body, taken: input.taken, updatedAt: now };
  });
}

export interface StoredReportSettings<Header> {
  header: Header;
  figuresHeadings: number[];
  excludedIndicators: string[];
}

export function storedReportSettings<Header>(db: AppDb, requestId: number): StoredReportSettings<Header> | null {
  const row = db.select().from(provinceReports).where(eq(provinceReports.requestId, requestId)).get();
  if (!row) return null;
  return {
    header: JSON.parse(row.header) as Header,
    figuresHeadings: JSON.parse(row.figuresHeadings) as number[],
    excludedIndicators: JSON.parse(row.excludedIndicators) as string[],
  };
}

export function saveReportSettings<Header>(
  store: Store,
  requestId: number,
  settings: StoredReportSettings<Header>,
): void {
  inTransaction(store, () => {
    const request = getRequest(store.db, requestId);
    const outside = settings.figuresHeadings.find((index) => index >= request.outline.length);
    if (outside !== undefined) throw invalidInput('Mục đề cương đặt bảng số liệu không có trong đề cương.');
    const now = nowTimestamp();
    const values = {
      header: JSON.stringify(settings.header),
      figuresHeadings: JSON.stringify(settings.figuresHeadings),
      excludedIndicators: JSON.stringify(settings.excludedIndicators),
    };
    store.db
      .insert(provinceReports)
      .values({ uuid: crypto.randomUUID(), requestId, ...values, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: provinceReports.requestId, set: { ...values, updatedAt: now } })
      .run();
  });
}
