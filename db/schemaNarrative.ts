/**
 * The province's consolidated report (docs/narrative.md): each source's report cut at its headings and placed
 * under the outline, the office's text per heading, and the report's own settings. Kept beside db/schema.ts, which
 * it builds on; drizzle.config.ts reads both.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { NARRATIVE_ORIGINS, SECTION_PLACEMENTS } from '../core/narrative/sections';
import { agencies, oneOf, reportRequests, timestamps } from './schema';

/**
 * One section of one source's report: its heading as the agency wrote it, its paragraphs, and the outline heading
 * it sits under (null: "Khác", for the officer to place). Reading the source's report again replaces its sections;
 * the officer's placing is an update that keeps the section's UUID.
 */
export const narrativeSections = sqliteTable(
  'narrative_sections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    requestId: integer('request_id')
      .notNull()
      .references(() => reportRequests.id, { onDelete: 'restrict' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    /** Its place in the source's report, from 0. */
    position: integer('position').notNull(),
    heading: text('heading'),
    outlineIndex: integer('outline_index'),
    placedBy: text('placed_by', { enum: SECTION_PLACEMENTS }).notNull(),
    /** The match's score (0–1); 0 when the officer placed it or nothing matched. */
    score: real('score').notNull().default(0),
    /** JSON array of the section's paragraphs. */
    paragraphs: text('paragraphs').notNull(),
    origin: text('origin', { enum: NARRATIVE_ORIGINS }).notNull(),
    fileName: text('file_name'),
    /** The file read, so the register's file and the text it gave stay tied. */
    fileSha256: text('file_sha256'),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('narrative_sections_position_uq').on(table.requestId, table.agencyId, table.position),
    index('narrative_sections_agency_idx').on(table.agencyId),
    check('narrative_sections_placed_by_valid', oneOf(table.placedBy, SECTION_PLACEMENTS)),
    check('narrative_sections_origin_valid', oneOf(table.origin, NARRATIVE_ORIGINS)),
    check('narrative_sections_outline_index_valid', sql`${table.outlineIndex} is null or ${table.outlineIndex} >= 0`),
  ],
);

/** The office's text for one outline heading, and what it took from whom. */
export const reportTexts = sqliteTable(
  'report_texts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    requestId: integer('request_id')
      .notNull()
      .references(() => reportRequests.id, { onDelete: 'restrict' }),
    outlineIndex: integer('outline_index').notNull(),
    /** The outline heading when the text was written: an outline edited later shows the text was for another. */
    heading: text('heading').notNull(),
    /** The text with its small markup (core/narrative/richText.ts). */
    body: text('body').notNull(),
    /** JSON array of `{ sectionUuid, paragraph }`: the agencies' paragraphs copied in. */
    taken: text('taken').notNull().default('[]'),
    ...timestamps,
  },
  (table) => [uniqueIndex('report_texts_heading_uq').on(table.requestId, table.outlineIndex)],
);

/** The report's own settings: its header and signature, where the figures go, the tables left out. */
export const provinceReports = sqliteTable('province_reports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  uuid: text('uuid').notNull().unique(),
  requestId: integer('request_id')
    .notNull()
    .unique()
    .references(() => reportRequests.id, { onDelete: 'restrict' }),
  /** JSON: core/narrative/report.ts ReportHeader without the date, which is the day it is built unless set. */
  header: text('header').notNull(),
  /** JSON array of outline indexes the figures tables go under. */
  figuresHeadings: text('figures_headings').notNull(),
  /** JSON array of indicator codes left out of the tables. */
  excludedIndicators: text('excluded_indicators').notNull().default('[]'),
  ...timestamps,
});
