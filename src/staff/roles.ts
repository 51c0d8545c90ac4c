import { z } from 'zod';

/** Caseworkers handle requests; managers also export, purge, read the audit log and what residents said of the pages. */
export const ROLES = ['caseworker', 'manager'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export type Permission = 'view' | 'change' | 'export' | 'purge' | 'audit' | 'feedback';

const allowed: Record<Role, readonly Permission[]> = {
  caseworker: ['view', 'change'],
  manager: ['view', 'change', 'export', 'purge', 'audit', 'feedback'],
};

export const can = (role: Role, permission: Permission): boolean => allowed[role].includes(permission);

/**
 * What each staff address needs, by method. An address not listed here is refused for
 * everyone (deny by default): a new page must be added here before anyone can open it.
 * `signed-in` needs a session and nothing more.
 */
const routes: { path: RegExp; GET?: Permission | 'signed-in'; POST?: Permission | 'signed-in' }[] = [
  { path: /^\/staff\/$/, GET: 'view' },
  { path: /^\/staff\/requests\/[A-Za-z0-9-]{1,20}\/$/, GET: 'view', POST: 'change' },
  { path: /^\/staff\/export\/$/, GET: 'export', POST: 'purge' },
  { path: /^\/staff\/export\/download\/$/, GET: 'export' },
  { path: /^\/staff\/audit\/$/, GET: 'audit' },
  { path: /^\/staff\/feedback\/$/, GET: 'feedback' },
  { path: /^\/staff\/sign-out\/$/, POST: 'signed-in' },
];

export function routePermission(path: string, method: string): Permission | 'signed-in' | undefined {
  const route = routes.find((r) => r.path.test(path));
  const verb = method === 'HEAD' ? 'GET' : method;
  return verb === 'GET' || verb === 'POST' ? route?.[verb] : undefined;
}

/** Staff sign in with their work email; stored lower-case so "Ann@" and "ann@" are one account. */
export const staffEmailSchema = z.string().trim().toLowerCase().pipe(z.email({ error: 'Enter an email address, like name@leicester.gov.uk.' }).max(254));
