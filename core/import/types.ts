/**
 * What the plan import proposes from a document, before the officer reviews it.
 * Every item keeps the character range of its source in `ParseResult.text`
 * (the decoded document as shown on the review screen) and a confidence.
 */
import type { AgencyKind } from '../agency';
import type { ExtractedDate } from './dates';

export interface Span {
  start: number;
  end: number;
}

/** 0..1. Below DOUBTFUL the review screen flags the item. */
export type Confidence = number;
export const DOUBTFUL = 0.6;

export interface AgencyMention {
  /** As written in the document. */
  text: string;
  span: Span;
  /** The directory entry it matched, or null for an agency the directory does not know. */
  agencyId: number | null;
  /** The directory's canonical name when matched; for an unknown agency, the name proposed for a new entry. */
  name: string;
  confidence: Confidence;
  /** For an unknown agency: the kind the new entry would get. */
  proposedKind?: AgencyKind;
}

/** Who does a task, as read from `(X chủ trì, phối hợp Y thực hiện)` and its relatives. */
export interface Responsibility {
  lead: AgencyMention[];
  coordinating: AgencyMention[];
  /** "Các sở, ngành, địa phương thực hiện" or "phối hợp các bộ, ngành, địa phương": every member takes part. */
  allMembers: boolean;
  /** Several implementers named together without a lead: all are recorded as leads. */
  joint: boolean;
  /** The clause the responsibility was read from. */
  span: Span | null;
}

export type HeadingRole = 'objectives' | 'tasks' | 'organisation' | 'report_outline' | 'other';

export interface ParsedHeading {
  type: 'heading';
  key: string;
  parentKey: string | null;
  /** As printed, without its punctuation: `II`, `2.1`, `a`, `PHẦN I`. */
  label: string;
  title: string;
  role: HeadingRole;
  span: Span;
  depth: number;
}

export interface ParsedTask {
  type: 'task';
  key: string;
  parentKey: string | null;
  /** The outline number as printed (`2.1.b`); the tasks split from one item share it. */
  ref: string;
  label: string | null;
  text: string;
  span: Span;
  depth: number;
  responsibility: Responsibility;
  /** Dates found in the task's text (indexes into ParseResult.dates). */
  dateIndexes: number[];
  confidence: Confidence;
  /** Why the item is doubtful, in Vietnamese, for the review screen. */
  flags: string[];
}

export type ParsedNode = ParsedHeading | ParsedTask;

export interface CitedDocument {
  text: string;
  span: Span;
  /** `Kế hoạch`, `Quyết định`, … */
  documentType: string | null;
  number: string | null;
  issuedOn: string | null;
  issuer: string | null;
}

export interface ParsedDocumentHeader {
  number: string | null;
  documentType: string | null;
  title: string | null;
  issuer: string | null;
  place: string | null;
  issuedOn: string | null;
  signer: string | null;
  /** The documents the plan says it implements (`Thực hiện …`, `Căn cứ …`). */
  implements: CitedDocument[];
  spans: Partial<Record<'number' | 'title' | 'issuer' | 'issuedOn' | 'signer' | 'documentType', Span>>;
}

export interface Target {
  /** The sentence or clause stating it. */
  text: string;
  span: Span;
  /** The percentage, e.g. 90. */
  percent: number;
  comparator: 'above' | 'at_least' | 'equal';
}

export interface ParseResult {
  /** The document's text as decoded; every span points into it. */
  text: string;
  header: ParsedDocumentHeader;
  /** Headings and tasks in document order. */
  nodes: ParsedNode[];
  dates: ExtractedDate[];
  targets: Target[];
  /** Agencies the text names that the directory does not know, one entry per distinct name. */
  unknownAgencies: Array<{ name: string; proposedKind: AgencyKind; mentions: number }>;
  /** Vietnamese sentences for the officer. */
  warnings: string[];
}

/** The directory entries the parser matches against. */
export interface DirectoryEntry {
  id: number;
  name: string;
  shortName: string | null;
  aliases: readonly string[];
  kind: AgencyKind;
  active: boolean;
}
