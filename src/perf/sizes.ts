import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}

/**
 * Raw and gzip size of a file as a reader's phone would download it. Level 6 is zlib's
 * default and what common servers and proxies use, so the figure is not flattered by level 9.
 */
export function byteSizes(data: Uint8Array | string): Bytes {
  const buf = typeof data === 'string' ? Buffer.from(data) : data;
  return { raw: buf.byteLength, gzip: gzipSync(buf, { level: 6 }).byteLength };
}

export function addBytes(a: Bytes, b: Bytes): Bytes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

export const noBytes: Bytes = { raw: 0, gzip: 0 };
