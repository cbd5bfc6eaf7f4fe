/** A channel called as the UI calls it, through `dispatch`; a refusal stops the bench with its message. */
import type { ApiContext } from '../electron/api/context';
import type { Channel, ChannelInput, ChannelOutput, Result } from '../electron/api/contract';
import { dispatch } from '../electron/api/dispatch';

export async function must<C extends Channel>(
  context: ApiContext,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = (await dispatch(context, channel, input)) as Result<ChannelOutput<C>>;
  if (!result.ok) throw new Error(`bench: ${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}
