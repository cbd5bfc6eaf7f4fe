import { QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from './api';

/**
 * Local data, one writer: no retries, no refetch on focus; screens refresh after their own edits.
 * `networkMode: 'always'` because the data never crosses a network (IPC, or loopback HTTP): by
 * default React Query pauses every fetch while the browser reports itself offline, and an
 * air-gapped PC whose cable is unplugged reports exactly that; every screen would hang on it.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0, networkMode: 'always' },
    mutations: { networkMode: 'always' },
  },
});

export interface Loaded<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => Promise<void>;
  /** Replace the data locally after an edit the server confirmed (or is about to). */
  setData: (update: (current: T | undefined) => T | undefined) => void;
}

/**
 * Loads the data of a screen under a key; every screen showing that key sees the same data. With `enabled: false`
 * nothing loads until it turns true (data only a dialog or a confirmation needs, asked for when it opens).
 */
export function useLoad<T>(
  key: readonly unknown[],
  load: () => Promise<T>,
  { enabled = true }: { enabled?: boolean } = {},
): Loaded<T> {
  const client = useQueryClient();
  const query = useQuery({ queryKey: key, queryFn: load, enabled });
  return {
    data: query.data,
    error: query.error ? errorMessage(query.error) : null,
    loading: query.isFetching,
    reload: async () => {
      await query.refetch();
    },
    setData: (update) => client.setQueryData<T>(key, update),
  };
}

/** After an edit: every screen showing data under these key prefixes loads it again. */
export function invalidate(...prefixes: string[]): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => prefixes.includes(String(query.queryKey[0])) });
}
