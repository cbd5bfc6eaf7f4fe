import type { Recurrence } from '../../plan';

export type DateKind = 'deadline' | 'period' | 'range' | 'recurring' | 'yearly';

export interface ExtractedDate {
  kind: DateKind;
  /** The phrase as written, e.g. 'trước ngày 20/6/2025' or the whole clause for a deadline. */
  text: string;
  /** Offsets of `text` in the input: input.slice(start, end) === text. */
  start: number;
  end: number;
  /** ISO dates. deadline: due; period/range: from + to; yearly: due = the date in the plan's year; recurring: none. */
  from: string | null;
  to: string | null;
  due: string | null;
  /** deadline: what is due, who sends, who receives, as written. */
  what: string | null;
  sender: string | null;
  receiver: string | null;
  /** recurring: the cycles named, in order; adHoc for 'đột xuất'. */
  recurrence: Recurrence[];
  adHoc: boolean;
  /** yearly: month and day, 'MM-DD'. */
  monthDay: string | null;
  /** 0..1; below 0.6 the review screen flags it as doubtful. */
  confidence: number;
}

export interface DateContext {
  planYear: number;
  issuedOn?: string | null;
}

/** Low level, exported for the header parser: every date written in the text with its offsets. */
export interface DateMention {
  iso: string;
  start: number;
  end: number;
  yearGiven: boolean;
  text: string;
}

// Results.

export function blank(kind: DateKind, start: number, end: number, confidence: number): ExtractedDate {
  return {
    kind,
    text: '',
    start,
    end,
    from: null,
    to: null,
    due: null,
    what: null,
    sender: null,
    receiver: null,
    recurrence: [],
    adHoc: false,
    monthDay: null,
    confidence,
  };
}
