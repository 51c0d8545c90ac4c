import { NotifyClient } from 'notifications-node-client';
import type { NotifyConfig } from './config.ts';
import type { NotifyApi } from './outbox.ts';

/** The real GOV.UK Notify client; NOTIFY_BASE_URL points it at a stand-in for tests and staging. */
export function notifyClient(config: NotifyConfig): NotifyApi {
  const client = config.baseUrl ? new NotifyClient(config.baseUrl, config.apiKey) : new NotifyClient(config.apiKey);
  return client as unknown as NotifyApi;
}
