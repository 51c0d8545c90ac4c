/**
 * GOV.UK Notify settings, from the environment. Four templates, each made once in Notify with
 * the personalisation fields named in the README: the words come from the portal, in the
 * resident's language, so one template serves every language.
 */
export interface NotifyConfig {
  apiKey: string;
  baseUrl: string | undefined;
  templates: { ackEmail: string; ackSms: string; updateEmail: string; updateSms: string };
}

const TEMPLATE_VARS = {
  ackEmail: 'NOTIFY_TEMPLATE_ACK_EMAIL',
  ackSms: 'NOTIFY_TEMPLATE_ACK_SMS',
  updateEmail: 'NOTIFY_TEMPLATE_UPDATE_EMAIL',
  updateSms: 'NOTIFY_TEMPLATE_UPDATE_SMS',
} as const;

/** Undefined when NOTIFY_API_KEY is not set: then nothing is sent, and the inbox says so. */
export function notifyConfig(env: NodeJS.ProcessEnv = process.env): NotifyConfig | undefined {
  const apiKey = env.NOTIFY_API_KEY?.trim();
  if (!apiKey) return undefined;
  const missing = Object.values(TEMPLATE_VARS).filter((name) => !env[name]?.trim());
  if (missing.length) throw new Error(`NOTIFY_API_KEY is set, but these template IDs are not: ${missing.join(', ')}. See the README, "Messages to residents".`);
  const templates = Object.fromEntries(Object.entries(TEMPLATE_VARS).map(([k, name]) => [k, env[name]?.trim() ?? ''])) as NotifyConfig['templates'];
  return { apiKey, baseUrl: env.NOTIFY_BASE_URL?.trim() || undefined, templates };
}

export const notifyConfigured = (env: NodeJS.ProcessEnv = process.env): boolean => Boolean(env.NOTIFY_API_KEY?.trim());
