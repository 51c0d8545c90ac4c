// GET /staff/export/download/?format=csv|json: managers only; every export is audited.
import type { APIRoute } from 'astro';
import { can } from '../../../staff/roles.ts';
import { audit } from '../../../staff/audit.ts';
import { toCsv, toJson } from '../../../submissions/export.ts';
import { getStore } from '../../../submissions/store.ts';

export const prerender = false;

export const GET: APIRoute = ({ locals, url }) => {
  const staff = locals.staff;
  if (!staff || !can(staff.role, 'export')) {
    return new Response('Only managers can export requests.', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const format = url.searchParams.get('format') === 'json' ? 'json' : 'csv';
  const store = getStore();
  const rows = store.all();
  audit(store.db, { actor: staff.email, action: 'export', detail: `${rows.length} requests as ${format}` });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(format === 'json' ? toJson(rows) : toCsv(rows), {
    headers: {
      'Content-Type': format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="requests-${day}.${format}"`,
    },
  });
};
