import { createHash } from 'node:crypto';

/**
 * The fingerprint of an English page's words, which a translation records as the
 * text it was made from. Only the words count (title, summary, body), so changing a
 * review date does not make every translation look out of date.
 */
export function contentHash(parts: { title: string; summary: string; body: string }): string {
  const normalise = (s: string) => s.replace(/\r\n/g, '\n').replace(/[ \t]+$/gm, '').trim();
  const text = [parts.title, parts.summary, parts.body].map(normalise).join('\n\u0000\n');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
