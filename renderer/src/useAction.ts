import { useCallback, useState } from 'react';
import { App } from 'antd';
import { errorMessage } from './api';
import { invalidate } from './useLoad';

/** An error toast stays long enough to read a sentence about what to fix; a success toast keeps antd's default. */
export const ERROR_SECONDS = 8;

export interface RunOptions<T> {
  /** The success toast; a function when the text needs the result (the saved title, the new id). */
  success?: string | ((value: T) => string);
  /** What follows success, after the toast and before the refresh: close the dialog, go to another screen. */
  after?: (value: T) => unknown;
  /** Key prefixes of the data to load again (see `invalidate`). */
  refresh?: string[];
  /** Throw the error again after the toast: a form's dialog stays open with what the officer typed. */
  rethrow?: boolean;
  /** Seconds the error toast stays; longer than ERROR_SECONDS for messages that run to several sentences. */
  errorSeconds?: number;
}

export interface Action {
  /** Runs `work`; resolves true once it and its follow-ups succeeded, false after the error toast. */
  run: <T>(work: () => Promise<T>, options?: RunOptions<T>) => Promise<boolean>;
  /** A run is under way: for the button's spinner. */
  pending: boolean;
}

/** Every edit the screens send goes through here, so each says the same way what happened. */
export function useAction(): Action {
  const { message } = App.useApp();
  const [running, setRunning] = useState(0);

  const run = useCallback(
    async <T>(work: () => Promise<T>, options: RunOptions<T> = {}): Promise<boolean> => {
      setRunning((count) => count + 1);
      try {
        const value = await work();
        const success = typeof options.success === 'function' ? options.success(value) : options.success;
        if (success) message.success(success);
        await options.after?.(value);
        if (options.refresh?.length) await invalidate(...options.refresh);
        return true;
      } catch (error) {
        message.error({ content: errorMessage(error), duration: options.errorSeconds ?? ERROR_SECONDS });
        if (options.rethrow) throw error;
        return false;
      } finally {
        setRunning((count) => count - 1);
      }
    },
    [message],
  );

  return { run, pending: running > 0 };
}
