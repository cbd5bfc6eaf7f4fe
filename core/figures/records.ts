/**
 * The records of agencies' figures as the API hands them out (docs/figures.md): an indicator in the version that
 * applies, a request's form, one source's figures with their checks, an import's dry run, a consolidation.
 */
import type { BreakdownKind } from './breakdowns';
import type { Aggregation, FigureArea } from './catalogue';
import type { ColumnRole, FigureSourceStatus } from './form';
import type { FigureKind } from './numbers';
import type { RuleImportance } from './validation';

export interface IndicatorBreakdown {
  code: string;
  name: string;
  kind: BreakdownKind;
  options: Array<{ code: string; name: string }>;
}

export interface IndicatorListItem {
  code: string;
  name: string;
  unit: string;
  kind: FigureKind;
  area: FigureArea;
  aggregation: Aggregation;
  /** For a designated-source indicator: the agency whose figure stands, as this office's directory names it. */
  designatedAgencyId: number | null;
  designatedAgency: string | null;
  computed: boolean;
  /** For a computed indicator: what it divides, and the share the plan sets. */
  numerator: string | null;
  denominator: string | null;
  target: number | null;
  /** A range the officer set: a value outside it is a warning. */
  rangeMin: number | null;
  rangeMax: number | null;
  breakdowns: IndicatorBreakdown[];
  /** The year this version of the indicator applies from (null: every year). */
  fromYear: number | null;
  /** Retired from the year asked for: kept for figures already entered, not offered in new forms. */
  retired: boolean;
  /** Shipped with the app, or added by this office. */
  origin: 'catalogue' | 'office';
}

export interface FormColumn {
  uuid: string;
  label: string;
  role: ColumnRole;
  periodFrom: string | null;
  periodTo: string | null;
}

export interface FigureSourceSummary {
  agencyId: number;
  agency: string;
  status: FigureSourceStatus;
  /** Why it was returned. */
  statusNote: string | null;
  statusOn: string | null;
  /** How many values are entered (blank ones are not). */
  values: number;
  errors: number;
  warnings: number;
  /** Warnings still without the comment accepting requires. */
  uncommented: number;
  /** When the figures reached the office (the register's submission). */
  receivedOn: string | null;
}

/** A request's form: which indicators it asks for, in which columns, of which sources. */
export interface FigureForm {
  requestId: number;
  requestUuid: string;
  title: string;
  /** The year whose version of each indicator the form uses. */
  year: number;
  /** False: nothing stored yet; what is shown is the proposal from the request's outline and data window. */
  saved: boolean;
  columns: FormColumn[];
  /** In the form's order; computed indicators (rates) after the ones reported. */
  indicators: IndicatorListItem[];
  sources: FigureSourceSummary[];
}

export interface SourceViolation {
  rule: string;
  importance: RuleImportance;
  /** The column it fires in (a column's uuid). */
  column: string;
  columnLabel: string;
  /** The value keys involved, so a screen puts the message beside their cells. */
  keys: string[];
  message: string;
  comment: string | null;
}

/** One source's figures in a request, with what the checks say about them. */
export interface SourceFigures {
  requestId: number;
  source: FigureSourceSummary;
  /** The entered values; a key absent is blank. */
  values: Array<{ column: string; key: string; value: number }>;
  violations: SourceViolation[];
}

export interface FiguresImportFile {
  fileName: string;
  /** Why the whole file is refused; null when it reads. */
  refusal: string | null;
  /** The file was made for another source than the one chosen: it can be imported after the officer confirms. */
  otherSource: boolean;
  agencyId: number | null;
  agency: string | null;
  /** Cells refused one by one, each naming its cell; a file with any is not imported. */
  problems: Array<{ cell: string; message: string }>;
  added: number;
  changed: number;
  cleared: number;
  unchanged: number;
  /** The checks' errors the figures would have once imported (they are imported; accepting waits for a fix). */
  errors: number;
  warnings: number;
  /** Would be (dry run) or was written. */
  importable: boolean;
}

export interface FiguresImport {
  applied: boolean;
  files: FiguresImportFile[];
}

export interface ConsolidatedValue {
  indicator: string;
  name: string;
  unit: string;
  kind: FigureKind;
  aggregation: Aggregation;
  designatedAgency: string | null;
  total: number | null;
  columns: (number | null)[];
  previous: number | null;
  change: { amount: number; share: number | null } | null;
  breakdowns: Record<string, Record<string, number | null>>;
  bySource: Array<{ agencyId: number; agency: string; total: number | null }>;
  /** For a designated-source indicator: the sources whose own figure differs from the one that stands. */
  disagreements: Array<{ agency: string; total: number; standing: number | null }>;
}

export interface RequestConsolidation {
  request: { id: number; uuid: string; title: string; dueOn: string };
  columns: FormColumn[];
  sources: Array<{ agencyId: number; agency: string; status: FigureSourceStatus }>;
  /** Sources with no figures at all. */
  missing: string[];
  /** Sources whose figures are entered but not accepted (or returned). */
  unaccepted: string[];
  values: ConsolidatedValue[];
  rates: Array<{
    indicator: string;
    name: string;
    value: number | null;
    columns: (number | null)[];
    target: number | null;
    met: boolean | null;
  }>;
  violations: Array<{
    rule: string;
    agency: string;
    column: string;
    importance: RuleImportance;
    message: string;
    comment: string | null;
  }>;
}
