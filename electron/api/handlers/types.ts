import type { Channel, ChannelOutput, ParsedInput } from '../contract';
import type { ApiContext } from '../context';

export type Handler<C extends Channel> = (
  context: ApiContext,
  input: ParsedInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** The handlers of one group of channels (`agencies.*`). */
export type HandlerMap<G extends string> = { [C in Extract<Channel, `${G}.${string}`>]: Handler<C> };

export type Handlers = { [C in Channel]: Handler<C> };
