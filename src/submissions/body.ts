/**
 * Reads a request body up to a limit without trusting Content-Length: a sender that lies
 * about the size, or sends no size, is cut off as soon as it passes the limit.
 */
export type BodyResult = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'not-utf8' };

/** Larger than any honest form: the longest answers allowed come to about 25 kB. */
export const BODY_LIMIT_BYTES = 64 * 1024;

export async function readBody(request: Request, limit = BODY_LIMIT_BYTES): Promise<BodyResult> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return { ok: false, reason: 'too-large' };
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false, reason: 'too-large' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'not-utf8' };
  }
}

/**
 * Reads and drops the body of a request that is refused before its body matters (wrong type,
 * other site, too many sends). Answering while the sender is still sending can reset the
 * connection, and the sender then sees a network error instead of the refusal's message.
 */
export async function discardBody(request: Request): Promise<void> {
  await readBody(request).catch(() => undefined);
}
