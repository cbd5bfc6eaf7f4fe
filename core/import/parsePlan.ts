/**
 * Reads a Vietnamese plan's text and proposes the whole plan: header, outline,
 * tasks with their lead and coordinating agencies, dates and targets. Pure: the
 * agency directory comes in, a ParseResult goes out; nothing is saved here.
 */
import { foldVietnamese } from '../vietnamese';
import { AgencyMatcher } from './agencyMatcher';
import { extractDates } from './dates';
import { readHeader } from './header';
import { findClauses, NO_RESPONSIBILITY, readInline, type ClauseHit } from './responsibility';
import { blockText, segment, type Block } from './segment';
import { findTargets } from './targets';
import type {
  AgencyMention,
  DirectoryEntry,
  HeadingRole,
  ParsedNode,
  ParsedTask,
  ParseResult,
  Responsibility,
  Span,
} from './types';
import { DOUBTFUL } from './types';

export interface ParseOptions {
  directory: readonly DirectoryEntry[];
  /** The year for dates written without one when the document does not say (normally the current year). */
  fallbackYear: number;
}

interface Node {
  block: Block;
  rank: number;
  label: string | null;
  /** The marker's label for the outline ref; dashes and paragraphs have none. */
  refLabel: string | null;
  title: Span;
  children: Node[];
  parent: Node | null;
  role: HeadingRole;
  isContainer: boolean;
}

const PARAGRAPH_RANK = 9;

function rankOf(block: Block, text: string): { rank: number; container: boolean } {
  const marker = block.marker;
  if (!marker) {
    const body = text.slice(block.start, block.end).trimEnd();
    // A paragraph after bullets stands beside them, under the same item.
    return body.endsWith(':') ? { rank: 8, container: true } : { rank: PARAGRAPH_RANK, container: false };
  }
  switch (marker.kind) {
    case 'part':
      return { rank: 0, container: true };
    case 'roman':
      return { rank: 1, container: true };
    case 'number':
      return { rank: 1 + marker.depth, container: true };
    case 'paren':
      return { rank: 6, container: true };
    case 'letter':
      return { rank: 7, container: true };
    case 'dash':
      return { rank: 9, container: true };
  }
}

function roleOfTitle(title: string): HeadingRole | null {
  const folded = foldVietnamese(title);
  if (/^(muc tieu|muc dich|yeu cau|quan diem)/.test(folded)) return 'objectives';
  if (/to chuc thuc hien|trach nhiem thuc hien|phan cong thuc hien$/.test(folded) && !/nhiem vu/.test(folded)) {
    return 'organisation';
  }
  if (/nhiem vu|giai phap|noi dung|hoat dong|phan cong/.test(folded)) return 'tasks';
  if (/^(kinh phi|che do bao cao|hieu luc)/.test(folded)) return 'other';
  return null;
}

/** Where the header and preamble end: the first outline part, or the first body paragraph of a plan without parts. */
function bodyStartIndex(blocks: Block[], text: string): number {
  const firstRoman = blocks.findIndex((block) => block.marker?.kind === 'roman' || block.marker?.kind === 'part');
  if (firstRoman >= 0 && firstRoman < Math.max(40, blocks.length * 0.5)) return firstRoman;
  const firstMarked = blocks.findIndex((block) => block.marker !== null);
  const firstLong = blocks.findIndex((block) => {
    const body = text.slice(block.start, block.end);
    return body.length > 120 && !/^\s*(Thực hiện|Căn cứ|Kế hoạch|Triển khai)(?![\p{L}\p{N}])/u.test(body);
  });
  const candidates = [firstMarked, firstLong].filter((index) => index >= 0);
  return candidates.length > 0 ? Math.min(...candidates) : blocks.length;
}

const SIGNATURE = /^(TM\.|KT\.|Q\.|Nơi nhận|CHỦ TỊCH|PHÓ CHỦ TỊCH|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|GIÁM ĐỐC)/u;

function buildTree(blocks: Block[], text: string, from: number): Node[] {
  const roots: Node[] = [];
  const stack: Node[] = [];
  // A file may hold several documents (a plan, then another plan, or its annex): a new header
  // ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", a type line such as "KẾ HOẠCH") ends the annex or signature
  // before it, and its preamble is skipped until its outline starts.
  let zone: 'body' | 'signature' | 'report' | 'preamble' = 'body';
  let hasRoman = false;

  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i]!;
    const raw = text.slice(block.start, block.end).trim();
    const folded = foldVietnamese(raw);
    if (!block.marker && /^(cong hoa xa hoi chu nghia viet nam|ke hoach|quyet dinh|chuong trinh)$/.test(folded)) {
      zone = 'preamble';
      stack.length = 0;
      continue;
    }
    if (zone === 'preamble') {
      if (block.marker?.kind !== 'roman' && block.marker?.kind !== 'part') continue;
      zone = 'body';
    }
    if (/^de cuong\b/.test(folded) && !block.marker) {
      zone = 'report';
      stack.length = 0;
      continue;
    }
    if (zone !== 'report' && (SIGNATURE.test(raw) || /^noi nhan/.test(folded))) {
      zone = 'signature';
      continue;
    }
    if (zone === 'signature') continue;
    if (zone === 'report' && !block.marker) {
      // A part's title on its own line ("PHẦN I." then the heading in capitals).
      const last = stack.at(-1);
      if (last && last.block.marker?.kind === 'part' && last.title.start === last.title.end) {
        last.title = { start: block.start, end: block.end };
      }
      continue;
    }
    const { rank, container } = rankOf(block, text);
    while (stack.length > 0 && stack.at(-1)!.rank >= rank) stack.pop();
    const parent = stack.at(-1) ?? null;
    const marker = block.marker;
    const node: Node = {
      block,
      rank,
      label: marker?.label ?? null,
      refLabel: marker && marker.kind !== 'dash' ? marker.label : null,
      title: { start: block.bodyStart, end: block.end },
      children: [],
      parent,
      role: 'tasks',
      isContainer: container,
    };
    if (marker?.kind === 'roman' || marker?.kind === 'part') hasRoman = true;
    if (zone === 'report') node.role = 'report_outline';
    else if (marker?.kind === 'roman' || marker?.kind === 'part')
      node.role = roleOfTitle(text.slice(node.title.start, node.title.end)) ?? 'other';
    else if (parent) node.role = parent.role;
    else node.role = hasRoman ? 'other' : 'tasks';
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

interface Context {
  text: string;
  matcher: AgencyMatcher;
  nodes: ParsedNode[];
  counter: number;
}

/** A heading that is an agency ("3.1. Công an tỉnh", "2. Giao Công an tỉnh:") gives its bullets their lead. */
function headingAgency(context: Context, node: Node): AgencyMention | null {
  const raw = context.text.slice(node.title.start, node.title.end);
  const lead = /^\s*(?:giao|đề nghị|yêu cầu)\s+/iu.exec(raw);
  const start = lead ? lead[0].length : 0;
  const body = raw.slice(start).replace(/\s*(?:thực hiện[^:]*)?:?\s*$/u, '');
  if (!body.trim() || wordCount(body) > 12) return null;
  const match = context.matcher.matchPhrase(body);
  if (!match || match.start > 1) return null;
  const covered = body.slice(0, match.end).trim().length / body.trim().length;
  if (covered < 0.75) return null;
  return {
    text: body.slice(0, match.end).trim(),
    span: { start: node.title.start + start, end: node.title.start + start + match.end },
    agencyId: match.entry.id,
    name: match.entry.name,
    confidence: match.confidence * 0.9,
  };
}

function isTask(context: Context, node: Node, clauses: ClauseHit[]): boolean {
  if (node.role !== 'tasks' && node.role !== 'organisation') return false;
  const own = blockText(context.text, node.title.start, node.title.end);
  const folded = foldVietnamese(own);
  if (/^(kinh phi|muc tieu|muc dich)/.test(folded)) return false;
  if (node.children.length > 0) {
    if (clauses.length > 0) return true;
    if (own.endsWith(':')) return false;
    return wordCount(own) >= 25;
  }
  if (!node.block.marker && wordCount(own) < 6) return false;
  return !own.endsWith(':') || wordCount(own) >= 25;
}

/** Splits an item holding several sentences, each with its own "(… chủ trì thực hiện)", into tasks. */
function splitByClauses(
  text: string,
  span: Span,
  clauses: ClauseHit[],
): Array<{ span: Span; clause: ClauseHit | null }> {
  if (clauses.length < 2) return [{ span, clause: clauses.at(-1) ?? null }];
  const pieces: Array<{ span: Span; clause: ClauseHit | null }> = [];
  let from = span.start;
  for (const clause of clauses) {
    const tail = /^[\s.;]*/.exec(text.slice(clause.outer.end, span.end))![0];
    const end = clause.outer.end + tail.length;
    // A clause in the middle of a sentence (no sentence end after it) does not start a new task.
    if (!/[.;]/.test(tail) && end < span.end) continue;
    pieces.push({ span: { start: from, end: Math.min(end, span.end) }, clause });
    from = end;
  }
  if (from < span.end && text.slice(from, span.end).trim()) {
    const last = pieces.at(-1);
    if (last) last.span = { ...last.span, end: span.end };
    else pieces.push({ span: { start: from, end: span.end }, clause: clauses.at(-1) ?? null });
  }
  return pieces.length > 0 ? pieces : [{ span, clause: clauses.at(-1) ?? null }];
}

/** The task as saved: its sentence without the trailing "(X chủ trì … thực hiện)", which became assignments. */
function taskText(text: string, span: Span, clause: ClauseHit | null): string {
  if (clause && clause.outer.end <= span.end && clause.outer.start >= span.start) {
    const after = text.slice(clause.outer.end, span.end);
    if (/^[\s.;]*$/.test(after)) {
      const sentence = blockText(text, span.start, clause.outer.start).replace(/[\s,;:]+$/, '');
      return /[.…!?]$/u.test(sentence) ? sentence : `${sentence}.`;
    }
  }
  return blockText(text, span.start, span.end);
}

function flagsOf(responsibility: Responsibility, mentions: AgencyMention[]): string[] {
  const flags: string[] = [];
  if (responsibility.lead.length === 0 && !responsibility.allMembers) flags.push('Chưa xác định được cơ quan chủ trì.');
  for (const mention of mentions) {
    if (mention.agencyId === null) flags.push(`“${mention.text}” chưa có trong danh mục cơ quan.`);
    else if (mention.confidence < DOUBTFUL + 0.2)
      flags.push(`“${mention.text}” được hiểu là “${mention.name}”; hãy kiểm tra.`);
  }
  return flags;
}

function confidenceOf(responsibility: Responsibility, source: 'clause' | 'inline' | 'heading' | 'none'): number {
  const mentions = [...responsibility.lead, ...responsibility.coordinating];
  const base = { clause: 0.95, inline: 0.75, heading: 0.8, none: 0.4 }[source];
  const weakest = mentions.reduce((min, mention) => Math.min(min, mention.confidence), 1);
  return Math.round(Math.min(base, weakest) * 100) / 100;
}

/**
 * The outline number as printed: `2.1.b` under the part that holds the tasks; a
 * later part keeps its numeral (`III.2`), so its items do not collide with them.
 */
function refOf(node: Node, dashIndex: number | null): string {
  const labels: string[] = [];
  for (let cursor: Node | null = node; cursor; cursor = cursor.parent) {
    const kind = cursor.block.marker?.kind;
    if (kind === 'roman' || kind === 'part') {
      if (cursor.role !== 'tasks' && cursor.refLabel) labels.unshift(cursor.refLabel);
      break;
    }
    if (cursor.refLabel) labels.unshift(cursor.refLabel);
  }
  // A dotted number already carries its parent ("2" then "2.1").
  const path = labels.filter((label, i) => !(labels[i + 1] ?? '').startsWith(`${label}.`));
  const ref = path.join('.');
  if (dashIndex !== null && !node.refLabel) return ref ? `${ref}-${dashIndex}` : `-${dashIndex}`;
  return ref;
}

function emit(
  context: Context,
  nodes: Node[],
  parentKey: string | null,
  depth: number,
  inheritedLead: AgencyMention | null,
): void {
  let dashIndex = 0;
  for (const node of nodes) {
    const ownText = context.text.slice(node.title.start, node.title.end);
    const clauses = findClauses(context.matcher, ownText, node.title.start);
    const positional = node.refLabel ? null : ++dashIndex;
    if (!isTask(context, node, clauses)) {
      // A paragraph that is not a task is just text between items: no heading for it.
      if (!node.block.marker && node.children.length === 0) continue;
      const key = `h${context.counter++}`;
      const title = blockText(context.text, node.title.start, node.title.end).replace(/:$/, '');
      context.nodes.push({
        type: 'heading',
        key,
        parentKey,
        label: node.label ?? '',
        title,
        role: node.role,
        span: { start: node.block.start, end: node.block.end },
        depth,
      });
      emit(context, node.children, key, depth + 1, headingAgency(context, node) ?? inheritedLead);
      continue;
    }

    const pieces = splitByClauses(context.text, node.title, clauses);
    let firstKey: string | null = null;
    for (const piece of pieces) {
      let responsibility: Responsibility = NO_RESPONSIBILITY;
      let source: 'clause' | 'inline' | 'heading' | 'none' = 'none';
      if (piece.clause) {
        responsibility = piece.clause.responsibility;
        source = 'clause';
      } else {
        const inline = readInline(
          context.matcher,
          context.text.slice(piece.span.start, piece.span.end),
          piece.span.start,
        );
        if (inline) {
          responsibility = inline;
          source = 'inline';
        }
      }
      if (responsibility.lead.length === 0 && !responsibility.allMembers && inheritedLead) {
        responsibility = { ...responsibility, lead: [inheritedLead] };
        source = 'heading';
      }
      const mentions = [...responsibility.lead, ...responsibility.coordinating];
      const key = `t${context.counter++}`;
      firstKey ??= key;
      const task: ParsedTask = {
        type: 'task',
        key,
        parentKey,
        ref: refOf(node, positional),
        label: node.label,
        text: taskText(context.text, piece.span, piece.clause),
        span: piece === pieces[0] ? { start: node.block.start, end: piece.span.end } : piece.span,
        depth,
        responsibility,
        dateIndexes: [],
        confidence: confidenceOf(responsibility, source),
        flags: flagsOf(responsibility, mentions),
      };
      context.nodes.push(task);
    }
    // Bullets under a task item are tasks of their own, beside it in the plan.
    emit(context, node.children, parentKey, depth, inheritedLead);
  }
}

function planYearOf(issuedOn: string | null, title: string | null, fallbackYear: number): number {
  const named = title ? /năm\s+(\d{4})/iu.exec(title) : null;
  if (named) return Number(named[1]);
  return issuedOn ? Number(issuedOn.slice(0, 4)) : fallbackYear;
}

export function parsePlan(text: string, options: ParseOptions): ParseResult {
  const matcher = new AgencyMatcher(options.directory);
  const blocks = segment(text);
  const bodyIndex = bodyStartIndex(blocks, text);
  const preambleEnd = blocks[bodyIndex]?.start ?? text.length;
  const header = readHeader(text, preambleEnd, options.fallbackYear);
  const planYear = planYearOf(header.issuedOn, header.title, options.fallbackYear);

  const context: Context = { text, matcher, nodes: [], counter: 1 };
  emit(context, buildTree(blocks, text, bodyIndex), null, 0, null);

  const dates = extractDates(text, { planYear, issuedOn: header.issuedOn });
  for (const node of context.nodes) {
    if (node.type !== 'task') continue;
    node.dateIndexes = dates.flatMap((date, index) =>
      date.start >= node.span.start && date.end <= node.span.end ? [index] : [],
    );
  }

  const objectives = context.nodes.filter((node) => node.type === 'heading' && node.role === 'objectives');
  const targets =
    objectives.length > 0
      ? objectives.flatMap((node) => (node.depth === 0 ? [] : findTargets(text, node.span.start, node.span.end)))
      : [];

  const unknown = new Map<
    string,
    { name: string; proposedKind: NonNullable<AgencyMention['proposedKind']>; mentions: number }
  >();
  for (const node of context.nodes) {
    if (node.type !== 'task') continue;
    for (const mention of [...node.responsibility.lead, ...node.responsibility.coordinating]) {
      if (mention.agencyId !== null || !mention.proposedKind) continue;
      const key = foldVietnamese(mention.name);
      const entry = unknown.get(key) ?? { name: mention.name, proposedKind: mention.proposedKind, mentions: 0 };
      entry.mentions++;
      unknown.set(key, entry);
    }
  }

  const tasks = context.nodes.filter((node): node is ParsedTask => node.type === 'task');
  const warnings: string[] = [];
  if (tasks.length === 0)
    warnings.push('Không nhận ra nhiệm vụ nào trong văn bản. Hãy kiểm tra văn bản có đúng là kế hoạch không.');
  if (unknown.size > 0)
    warnings.push(`${unknown.size} cơ quan chưa có trong danh mục; hãy chọn cơ quan tương ứng hoặc thêm mới.`);
  const doubtful = tasks.filter((task) => task.confidence < DOUBTFUL).length;
  if (doubtful > 0) warnings.push(`${doubtful} nhiệm vụ cần kiểm tra lại cơ quan thực hiện.`);
  if (!header.number) warnings.push('Không tìm thấy số, ký hiệu của văn bản.');
  if (!header.issuedOn) warnings.push('Không tìm thấy ngày ban hành.');

  return { text, header, nodes: context.nodes, dates, targets, unknownAgencies: [...unknown.values()], warnings };
}
