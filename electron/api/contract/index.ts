/**
 * The one API contract between the UI and the main process: channel names, their input schemas (parsed with zod
 * at the boundary, in main), their result types, and whether they write. Electron IPC, the loopback HTTP server
 * and the CLI all serve it. One file per aggregate beside this one; this file only puts them together.
 */
import type { z } from 'zod';
import { agencyChannels } from './agencies';
import { appChannels } from './app';
import { calendarChannels } from './calendar';
import { figureChannels } from './figures';
import { importChannels } from './imports';
import { narrativeChannels } from './narrative';
import { planChannels } from './plans';
import { reportChannels } from './reports';
import type { Result } from './schema';

export * from './agencies';
export * from './app';
export * from './calendar';
export * from './figures';
export * from './imports';
export * from './narrative';
export * from './plans';
export * from './reports';
export * from './schema';

export const contract = {
  ...appChannels,
  ...agencyChannels,
  ...planChannels,
  ...importChannels,
  ...calendarChannels,
  ...reportChannels,
  ...figureChannels,
  ...narrativeChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = Contract[C]['output'];

export const CHANNELS = Object.keys(contract) as Channel[];

/** The channels that change stored data. */
export const WRITE_CHANNELS = CHANNELS.filter((channel) => contract[channel].write);

/** `agencies.list` → `api.agencies.list(input)`: the shape the renderer and the preload expose. */
type GroupOf<C> = C extends `${infer G}.${string}` ? G : never;
type MethodOf<C, G extends string> = C extends `${G}.${infer M}` ? M : never;
export type ApiShape<Wrap extends 'promise' | 'result'> = {
  [G in GroupOf<Channel>]: {
    [M in MethodOf<Channel, G>]: `${G}.${M}` extends infer C extends Channel
      ? {} extends ChannelInput<C>
        ? (input?: ChannelInput<C>) => Promise<Wrap extends 'result' ? Result<ChannelOutput<C>> : ChannelOutput<C>>
        : (input: ChannelInput<C>) => Promise<Wrap extends 'result' ? Result<ChannelOutput<C>> : ChannelOutput<C>>
      : never;
  };
};
