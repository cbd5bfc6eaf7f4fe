/**
 * The bridge: one named object, `window.planDesk`, with one method per API
 * channel (`planDesk.plans.list(input)`). Nothing else of Electron reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from './api/contract';

const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
for (const channel of CHANNELS) {
  const [group, method] = channel.split('.') as [string, string];
  (api[group] ??= {})[method] = (input?: unknown) => ipcRenderer.invoke(channel, input);
}

contextBridge.exposeInMainWorld('planDesk', api);
