import { notifyClient } from '../notify/client.ts';
import { notifyConfig } from '../notify/config.ts';
import { OutboxSender } from '../notify/outbox.ts';
import { sweepSessions } from '../staff/sessions.ts';
import { sweepAttempts } from '../staff/attempts.ts';
import { getStore } from '../submissions/store.ts';

/**
 * What the server does besides answering requests: send the outbox through GOV.UK Notify (when
 * NOTIFY_API_KEY is set) and clear out ended staff sessions. Each server sharing the database
 * runs this; the outbox's claims keep them from sending a message twice.
 */
export function startBackgroundWork(env: NodeJS.ProcessEnv): { stop: () => Promise<void> } {
  const store = getStore(env.DATA_DIR);
  const config = notifyConfig(env);
  let sender: OutboxSender | undefined;
  if (config) {
    const lockSeconds = Number(env.OUTBOX_LOCK_SECONDS) || 60;
    sender = new OutboxSender(store.db, notifyClient(config), config.templates, { lockMs: lockSeconds * 1000 });
    sender.start(Number(env.OUTBOX_INTERVAL_MS) || 1000);
    console.log('Messages to residents: on (GOV.UK Notify)');
  } else {
    console.log('Messages to residents: off (NOTIFY_API_KEY is not set)');
  }
  const sweep = setInterval(() => {
    sweepSessions(store.db);
    sweepAttempts(store.db);
  }, 10 * 60_000).unref();
  return {
    stop: async () => {
      clearInterval(sweep);
      await sender?.stop();
    },
  };
}
