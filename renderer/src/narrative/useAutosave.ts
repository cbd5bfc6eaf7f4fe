/**
 * The office's text of one heading, saved as it is typed: ~600 ms after the last change, at once when the field is
 * left or the screen closes, one save at a time (a change made while one is under way is sent after it). The
 * report's export first waits for every heading's save (`SaveRegistry.flushAll`), so nothing typed is left out.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NarrativeText } from '../../../electron/api/contract';
import { api, errorMessage } from '../api';

export const AUTOSAVE_MS = 600;

export interface TakenRef {
  sectionUuid: string;
  paragraph: number;
}

export interface OfficeText {
  body: string;
  taken: TakenRef[];
}

export type SaveState =
  { kind: 'saved'; at: string | null } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'failed'; message: string };

/** Every heading's pending save, for the export to wait on. */
export interface SaveRegistry {
  add: (flush: () => Promise<void>) => () => void;
  flushAll: () => Promise<void>;
}

export function createSaveRegistry(): SaveRegistry {
  const flushes = new Set<() => Promise<void>>();
  return {
    add: (flush) => {
      flushes.add(flush);
      return () => flushes.delete(flush);
    },
    flushAll: async () => {
      await Promise.all([...flushes].map((flush) => flush()));
    },
  };
}

interface AutosaveOptions {
  requestId: number;
  outlineIndex: number;
  initial: NarrativeText | undefined;
  registry: SaveRegistry;
  onSaved: (saved: NarrativeText) => void;
}

export function useAutosave({ requestId, outlineIndex, initial, registry, onSaved }: AutosaveOptions) {
  const [value, setValue] = useState<OfficeText>(() => ({
    body: initial?.body ?? '',
    taken: (initial?.taken ?? []).map(({ sectionUuid, paragraph }) => ({ sectionUuid, paragraph })),
  }));
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: initial?.updatedAt ?? null });
  const latest = useRef(value);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const savedRef = useRef(onSaved);
  useEffect(() => {
    savedRef.current = onSaved;
  }, [onSaved]);

  const send = useCallback((): Promise<boolean> => {
    dirty.current = false;
    const sent = latest.current;
    setState({ kind: 'saving' });
    const work = api.narrative
      .saveText({ requestId, outlineIndex, body: sent.body, taken: sent.taken })
      .then(
        (saved) => {
          savedRef.current(saved);
          if (!dirty.current) setState({ kind: 'saved', at: saved.updatedAt });
          return true;
        },
        (error: unknown) => {
          dirty.current = true;
          setState({ kind: 'failed', message: errorMessage(error) });
          return false;
        },
      )
      .finally(() => {
        inFlight.current = null;
      });
    inFlight.current = work;
    return work;
  }, [requestId, outlineIndex]);

  /** Resolves once what was typed is stored (or its save failed, which the status says). */
  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    for (;;) {
      if (inFlight.current) {
        if (!(await inFlight.current)) return;
        continue;
      }
      if (!dirty.current) return;
      if (!(await send())) return;
    }
  }, [send]);

  /** A change typed, or made from the text as it stands (`Chép` twice in a row adds two paragraphs). */
  const change = useCallback(
    (update: OfficeText | ((current: OfficeText) => OfficeText)) => {
      const next = typeof update === 'function' ? update(latest.current) : update;
      latest.current = next;
      dirty.current = true;
      setValue(next);
      setState({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
    },
    [flush],
  );

  // Leaving the tab or the request: what was typed in the last moment is saved all the same.
  useEffect(() => {
    const remove = registry.add(flush);
    return () => {
      remove();
      void flush();
    };
  }, [registry, flush]);

  return { value, change, flush, state };
}
