/**
 * The merged draft (docs/narrative.md): per outline heading, every source's paragraphs placed under it, in the
 * order of the request's sources, each with its attribution; what sits under no heading ("Khác") apart; a heading
 * no source wrote under flagged. Until the office writes a heading's text, this draft stands in it.
 */
import type { SectionPlacement } from './sections';
import type { RichBlock } from './richText';

export interface Contribution {
  sectionId: number;
  sectionUuid: string;
  agencyId: number;
  agency: string;
  /** The heading as the agency wrote it; null for the text before its first heading. */
  heading: string | null;
  placedBy: SectionPlacement;
  score: number;
  paragraphs: string[];
}

export interface PlacedSection extends Contribution {
  outlineIndex: number | null;
  position: number;
}

export interface DraftHeading {
  index: number;
  heading: string;
  contributions: Contribution[];
  /** No source wrote under this heading. */
  unwritten: boolean;
}

export interface DraftSource {
  agencyId: number;
  agency: string;
  sections: number;
  placed: number;
  /** Its report has no heading at all: everything is under "Khác" for the officer to place. */
  unstructured: boolean;
}

export interface MergedDraft {
  headings: DraftHeading[];
  other: Contribution[];
  /** The sources whose report was read, in the request's order. */
  sources: DraftSource[];
}

function contribution(section: PlacedSection): Contribution {
  const { outlineIndex: _index, position: _position, ...rest } = section;
  return rest;
}

/** `sourceOrder`: the request's sources, agency ids in the order the request lists them. */
export function mergeDraft(
  outline: readonly string[],
  sourceOrder: readonly number[],
  sections: readonly PlacedSection[],
): MergedDraft {
  const rank = new Map(sourceOrder.map((agencyId, at) => [agencyId, at]));
  // A source the request no longer lists (taken off after its report was read) still shows, after the others.
  const ordered = [...sections].sort(
    (a, b) =>
      (rank.get(a.agencyId) ?? sourceOrder.length) - (rank.get(b.agencyId) ?? sourceOrder.length) ||
      a.agencyId - b.agencyId ||
      a.position - b.position,
  );
  const headings: DraftHeading[] = outline.map((heading, index) => ({
    index,
    heading,
    contributions: [],
    unwritten: true,
  }));
  const other: Contribution[] = [];
  const sources = new Map<number, DraftSource>();
  for (const section of ordered) {
    const source = sources.get(section.agencyId) ?? {
      agencyId: section.agencyId,
      agency: section.agency,
      sections: 0,
      placed: 0,
      unstructured: true,
    };
    sources.set(section.agencyId, source);
    source.sections++;
    if (section.heading !== null) source.unstructured = false;
    const target = section.outlineIndex === null ? undefined : headings[section.outlineIndex];
    if (target) {
      source.placed++;
      target.contributions.push(contribution(section));
      if (section.paragraphs.length > 0) target.unwritten = false;
    } else {
      other.push(contribution(section));
    }
  }
  return { headings, other, sources: [...sources.values()] };
}

const LIST_ITEM = /^\s*[-+•–]\s+/u;

/** A contributed paragraph as a block of the report: a list item stays a bullet, the text as written. */
export function paragraphBlock(paragraph: string): RichBlock {
  const bullet = LIST_ITEM.test(paragraph);
  return {
    kind: bullet ? 'bullet' : 'paragraph',
    runs: [{ text: bullet ? paragraph.replace(LIST_ITEM, '') : paragraph }],
  };
}

/** What stands in a heading the office has not written: every source's paragraphs, in the sources' order. */
export function draftBlocks(heading: DraftHeading): RichBlock[] {
  return heading.contributions.flatMap((item) => item.paragraphs.map(paragraphBlock));
}
