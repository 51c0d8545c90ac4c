import { z } from 'zod';

/** Caseworkers handle requests; managers also export, purge and read the audit log. */
export const ROLES = ['caseworker', 'manager'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export type Permission = 'view' | 'change' | 'export' | 'purge' | 'audit';

const allowed: Record<Role, readonly Permission[]> = {
  caseworker: ['view', 'change'],
  manager: ['view', 'change', 'export', 'purge', 'audit'],
};

export const can = (role: Role, permission: Permission): boolean => allowed[role].includes(permission);

/** Staff sign in with their work email; stored lower-case so "Ann@" and "ann@" are one account. */
export const staffEmailSchema = z.string().trim().toLowerCase().pipe(z.email({ error: 'Enter an email address, like name@leicester.gov.uk.' }).max(254));
