import { useEffect, useMemo, useRef } from 'react';
import type { Span } from '../../../core/import/types';

export interface Highlight extends Span {
  kind: 'task' | 'heading' | 'agency' | 'date' | 'header';
  key: string;
}

interface SourceViewProps {
  text: string;
  highlights: Highlight[];
  /** The span to bring into view and mark, when the officer picks an item on the right. */
  focus: Span | null;
}

interface Piece {
  start: number;
  end: number;
  kinds: Set<Highlight['kind']>;
}

/** Cuts the text at every highlight boundary, so nested highlights (an agency inside a task) both show. */
function pieces(text: string, highlights: Highlight[], focus: Span | null): Piece[] {
  const cuts = new Set([0, text.length]);
  for (const highlight of highlights) {
    cuts.add(Math.max(0, Math.min(text.length, highlight.start)));
    cuts.add(Math.max(0, Math.min(text.length, highlight.end)));
  }
  if (focus) {
    cuts.add(focus.start);
    cuts.add(focus.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    if (end <= start) continue;
    out.push({ start, end, kinds: new Set() });
  }
  for (const highlight of highlights) {
    for (const piece of out) {
      if (piece.start >= highlight.start && piece.end <= highlight.end) piece.kinds.add(highlight.kind);
    }
  }
  return out;
}

/** The document as read, with what the import found marked in it. */
export function SourceView({ text, highlights, focus }: SourceViewProps) {
  const focusRef = useRef<HTMLElement>(null);
  const parts = useMemo(() => pieces(text, highlights, focus), [text, highlights, focus]);
  useEffect(() => {
    focusRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [focus]);

  const isFocused = (piece: Piece) => focus !== null && piece.start >= focus.start && piece.end <= focus.end;
  const firstFocused = parts.findIndex(isFocused);
  return (
    <pre className="import-source" data-testid="import-source">
      {parts.map((piece, index) => {
        const classes = [...piece.kinds].map((kind) => `hl-${kind}`);
        if (isFocused(piece)) classes.push('hl-focus');
        return (
          <span
            key={piece.start}
            className={classes.join(' ') || undefined}
            ref={index === firstFocused ? focusRef : undefined}
          >
            {text.slice(piece.start, piece.end)}
          </span>
        );
      })}
    </pre>
  );
}
