/**
 * Dates as Vietnamese plans write them: deadlines ("gửi báo cáo ... trước ngày
 * 20/6/2025"), data periods ("số liệu tính từ ngày ... đến ngày ..."), activity
 * ranges ("từ ngày 1/7/2022 đến hết ngày 30/9/2022"), reporting cycles ("định kỳ
 * 06 tháng, 01 năm") and commemorative days ("Ngày toàn dân ... 30/7").
 *
 * The scan is two-staged: first every time expression is tokenised (a day, a
 * month, a quarter, a half-year), then each token is classified by the few words
 * before and after it. Dates of cited documents and the plan's own issue date are
 * dropped before classification, so they can never become deadlines.
 *
 * Every regular expression is either bounded (`{0,3}`, not `*` over the same
 * characters twice) or run on a short window, so a megabyte of text stays linear.
 */
import { isCitedOrIssueDate } from './citations';
import { composed } from './composed';
import { chainedDeadline, deadlineHit, deadlineResults, withinRange, type DeadlineHit } from './deadlines';
import { firstDay, scanTokens, type TimeToken } from './mentions';
import { daySpan, fromNowRange, pairedRange, singlePeriod } from './periods';
import { recurringResults, yearlyDay } from './recurring';
import type { DateContext, DateMention, ExtractedDate } from './result';
import { makeDoc, type Doc } from './sentences';
import { foldVietnamese, foldedWords } from '../../vietnamese';

export type { DateContext, DateKind, DateMention, ExtractedDate } from './result';

// Putting it together.

function classifyTokens(doc: Doc, tokens: TimeToken[], context: DateContext): ExtractedDate[] {
  const { planYear } = context;
  const results: ExtractedDate[] = [];
  const hits: DeadlineHit[] = [];
  let previousEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const pair = pairedRange(doc, tokens, i, planYear);
    if (pair) {
      results.push(pair);
      previousEnd = tokens[i + 1]?.end ?? token.end;
      i++;
      continue;
    }
    const hit = deadlineHit(doc, token, planYear) ?? chainedDeadline(doc, token, hits, planYear);
    if (hit) hits.push(hit);
    else {
      const found =
        daySpan(doc, token, planYear) ??
        fromNowRange(doc, token, context) ??
        singlePeriod(doc, token, planYear) ??
        withinRange(doc, token, planYear) ??
        yearlyDay(doc, token, previousEnd, planYear);
      if (found) results.push(found);
    }
    previousEnd = token.end;
  }
  return [...results, ...deadlineResults(doc, hits)];
}

/**
 * What makes two yearly days the same day: the day of the year and the name as written, folded, without the
 * date itself ("30/7", "30 tháng 7") or "hằng năm", which say the same thing in different words.
 */
function yearlyDayKey(date: ExtractedDate): string {
  const name = foldVietnamese(date.text)
    .replace(/\d{1,2}\s*(?:[/.-]|thang)\s*\d{1,2}/g, ' ')
    .replace(/(?<![\p{L}\p{N}])hang nam(?![\p{L}\p{N}])/gu, ' ');
  return `${date.monthDay ?? ''}|${foldedWords(name).join(' ')}`;
}

/**
 * A plan names its commemorative day wherever a task celebrates it (the central plan 19/KH-BCĐ138 names
 * "Ngày thế giới phòng, chống mua bán người 30/7" twice): the review lists the day once, at its first mention,
 * which is also where the calendar entry links to. Two different days on the same date both stay.
 */
function withoutRepeatedYearlyDays(sorted: ExtractedDate[]): ExtractedDate[] {
  const seen = new Set<string>();
  return sorted.filter((date) => {
    if (date.kind !== 'yearly') return true;
    const key = yearlyDayKey(date);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function extractDates(input: string, context: DateContext): ExtractedDate[] {
  const source = composed(input);
  const doc = makeDoc(source.text);
  const tokens = scanTokens(source.text, context.planYear).filter((token) => !isCitedOrIssueDate(source.text, token));
  const dated = classifyTokens(doc, tokens, context);
  const yearly = dated.filter((result) => result.kind === 'yearly');
  const all = [...dated, ...recurringResults(doc, yearly)];
  for (const result of all) {
    result.start = source.toInput(result.start);
    result.end = source.toInput(result.end);
    result.text = input.slice(result.start, result.end);
  }
  return withoutRepeatedYearlyDays(all.sort((a, b) => a.start - b.start || a.end - b.end));
}

export function findDateMentions(input: string, defaultYear: number): DateMention[] {
  const source = composed(input);
  const mentions: DateMention[] = [];
  for (const token of scanTokens(source.text, defaultYear)) {
    if (token.grain !== 'day') continue;
    const iso = firstDay(token, token.year ?? defaultYear);
    if (!iso) continue;
    const start = source.toInput(token.start);
    const end = source.toInput(token.end);
    mentions.push({ iso, start, end, yearGiven: token.year !== null, text: input.slice(start, end) });
  }
  return mentions;
}
