import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import http from 'node:http';

/**
 * A local stand-in for the GOV.UK Notify API (v2), for tests and staging where the real service
 * cannot be reached. It speaks the parts of the real HTTP API the portal uses, to the real
 * `notifications-node-client`: JWT bearer tokens signed with the key's secret (checked), send
 * email, send text message, and list notifications by reference. It keeps what it was sent in
 * memory, and can be told to fail or to answer slowly, as the real one might.
 */
export interface StandInTemplate { type: 'email' | 'sms'; subject?: string; body: string }

export interface StandInMessage {
  id: string;
  type: 'email' | 'sms';
  to: string;
  templateId: string;
  reference: string | null;
  personalisation: Record<string, string>;
  subject?: string;
  body: string;
  createdAt: string;
}

export interface StandInOptions {
  apiKey: string;
  templates: Record<string, StandInTemplate>;
  port?: number;
  host?: string;
}

export interface NotifyStandIn {
  url: string;
  messages: StandInMessage[];
  /** The next `count` sends answer `status` (500 by default) without keeping the message. */
  failNext(count: number, status?: number): void;
  /** Keep each message, then wait this long before answering (a crash can land in between). */
  setDelay(ms: number): void;
  close(): Promise<void>;
}

/** The shape of a Notify API key: name, then the service ID, then the secret (each a UUID). */
export function splitApiKey(apiKey: string): { serviceId: string; secret: string } {
  return { serviceId: apiKey.slice(-73, -37), secret: apiKey.slice(-36) };
}

const b64 = (s: string) => Buffer.from(s, 'base64url');

export function checkToken(header: string | undefined, apiKey: string, now = Date.now()): string | undefined {
  const { serviceId, secret } = splitApiKey(apiKey);
  const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
  if (!token) return 'Unauthorized: authentication token must be provided';
  const [head, body, signature] = token.split('.');
  if (!head || !body || !signature) return 'Invalid token: not a JWT';
  const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest();
  const given = b64(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'Invalid token: signature, api token not found';
  let claims: { iss?: string; iat?: number };
  try {
    claims = JSON.parse(b64(body).toString('utf8'));
  } catch {
    return 'Invalid token: not a JWT';
  }
  if (claims.iss !== serviceId) return 'Invalid token: service not found';
  if (typeof claims.iat !== 'number' || Math.abs(now / 1000 - claims.iat) > 30) return 'Error: Your system clock must be accurate to within 30 seconds';
  return undefined;
}

const fill = (text: string, values: Record<string, string>) => text.replace(/\(\(([^)]+)\)\)/g, (_, name: string) => values[name] ?? '');
const placeholders = (text: string) => [...text.matchAll(/\(\(([^)]+)\)\)/g)].map((m) => m[1] ?? '');

export async function startNotifyStandIn(options: StandInOptions): Promise<NotifyStandIn> {
  const messages: StandInMessage[] = [];
  let failures: { count: number; status: number } = { count: 0, status: 500 };
  let delay = 0;

  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const error = (res: http.ServerResponse, status: number, kind: string, message: string) =>
    send(res, status, { status_code: status, errors: [{ error: kind, message }] });

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (url.pathname === '/_stand-in/messages') return send(res, 200, messages);
    const authError = checkToken(req.headers.authorization, options.apiKey);
    if (authError) return error(res, 403, 'AuthError', authError);

    if (req.method === 'GET' && url.pathname === '/v2/notifications') {
      const reference = url.searchParams.get('reference');
      const found = messages.filter((m) => !reference || m.reference === reference).reverse();
      return send(res, 200, {
        notifications: found.map((m) => ({
          id: m.id, reference: m.reference, type: m.type, status: 'delivered', body: m.body, subject: m.subject ?? null,
          email_address: m.type === 'email' ? m.to : null, phone_number: m.type === 'sms' ? m.to : null,
          template: { id: m.templateId, version: 1, uri: `${url.origin}/v2/template/${m.templateId}` }, created_at: m.createdAt,
        })),
        links: { current: `${url.origin}${url.pathname}${url.search}` },
      });
    }

    const type = req.method === 'POST' && url.pathname === '/v2/notifications/email' ? 'email' : req.method === 'POST' && url.pathname === '/v2/notifications/sms' ? 'sms' : undefined;
    if (!type) return error(res, 404, 'NotFound', 'Not found');
    if (failures.count > 0) {
      failures.count--;
      return error(res, failures.status, failures.status >= 500 ? 'Exception' : 'BadRequestError', 'Internal server error');
    }
    let body: { template_id?: string; email_address?: string; phone_number?: string; personalisation?: Record<string, string>; reference?: string };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return error(res, 400, 'BadRequestError', 'Invalid JSON');
    }
    const template = body.template_id ? options.templates[body.template_id] : undefined;
    if (!template) return error(res, 400, 'BadRequestError', 'Template not found');
    if (template.type !== type) return error(res, 400, 'BadRequestError', `${type} template is not suitable for ${template.type} notification`);
    const to = type === 'email' ? body.email_address : body.phone_number;
    if (!to) return error(res, 400, 'ValidationError', `${type === 'email' ? 'email_address' : 'phone_number'} is a required property`);
    if (type === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(to)) return error(res, 400, 'ValidationError', 'email_address Not a valid email address');
    if (type === 'sms' && !/^(\+?44|0)7\d{9}$/.test(to.replace(/[\s()-]/g, ''))) return error(res, 400, 'ValidationError', 'phone_number Not a UK mobile number');
    const personalisation = body.personalisation ?? {};
    const missing = placeholders(`${template.subject ?? ''}${template.body}`).filter((p) => !(p in personalisation));
    if (missing.length) return error(res, 400, 'BadRequestError', `Missing personalisation: ${missing.join(', ')}`);
    const message: StandInMessage = {
      id: randomUUID(), type, to, templateId: body.template_id ?? '', reference: body.reference ?? null, personalisation,
      body: fill(template.body, personalisation), createdAt: new Date().toISOString(),
      ...(template.subject ? { subject: fill(template.subject, personalisation) } : {}),
    };
    messages.push(message);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    send(res, 201, {
      id: message.id, reference: message.reference, uri: `${url.origin}/v2/notifications/${message.id}`,
      template: { id: message.templateId, version: 1, uri: `${url.origin}/v2/template/${message.templateId}` },
      content: type === 'email' ? { subject: message.subject, body: message.body, from_email: 'adult.social.care@notifications.service.gov.uk' } : { body: message.body, from_number: 'LeicesterCC' },
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${address.port}`,
    messages,
    failNext: (count, status = 500) => { failures = { count, status }; },
    setDelay: (ms) => { delay = ms; },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** The four templates as the README asks a council to make them in Notify. */
export const portalTemplates = (ids: { ackEmail: string; ackSms: string; updateEmail: string; updateSms: string }): Record<string, StandInTemplate> => ({
  [ids.ackEmail]: { type: 'email', subject: '((subject))', body: '((message))' },
  [ids.ackSms]: { type: 'sms', body: '((message))' },
  [ids.updateEmail]: { type: 'email', subject: '((subject))', body: '((message))' },
  [ids.updateSms]: { type: 'sms', body: '((message))' },
});
