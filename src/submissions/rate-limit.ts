/**
 * A token bucket per client, in memory: each client may send `capacity` requests at once,
 * and gets one more every `refillMs`. Kept small: the oldest clients are forgotten first.
 * In memory is enough for one server; several servers would share a store instead.
 */
export interface RateLimitOptions {
  capacity: number;
  refillMs: number;
  maxClients?: number;
}

export type RateDecision = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export class RateLimiter {
  #buckets = new Map<string, { tokens: number; at: number }>();
  #options: Required<RateLimitOptions>;

  constructor(options: RateLimitOptions) {
    this.#options = { maxClients: 10_000, ...options };
  }

  take(client: string, now = Date.now()): RateDecision {
    const { capacity, refillMs, maxClients } = this.#options;
    const bucket = this.#buckets.get(client) ?? { tokens: capacity, at: now };
    const refilled = Math.min(capacity, bucket.tokens + (now - bucket.at) / refillMs);
    // Re-inserting moves the client to the end, so the map's first entries are the stalest.
    this.#buckets.delete(client);
    if (refilled < 1) {
      this.#buckets.set(client, { tokens: refilled, at: now });
      return { ok: false, retryAfterSeconds: Math.ceil(((1 - refilled) * refillMs) / 1000) };
    }
    this.#buckets.set(client, { tokens: refilled - 1, at: now });
    while (this.#buckets.size > maxClients) {
      const oldest = this.#buckets.keys().next().value;
      if (oldest === undefined) break;
      this.#buckets.delete(oldest);
    }
    return { ok: true, remaining: Math.floor(refilled - 1) };
  }

  get size(): number {
    return this.#buckets.size;
  }
}

/**
 * "30/600" means 30 requests, refilled over 600 seconds. SUBMISSIONS_RATE_LIMIT sets it
 * (the load test and benchmark raise it); the default suits people, not scripts.
 */
export function parseRateLimit(value: string | undefined, fallback = '30/600'): RateLimitOptions {
  const match = /^(\d+)\/(\d+)$/.exec(value ?? fallback) ?? /^(\d+)\/(\d+)$/.exec(fallback);
  const capacity = Math.max(1, Number(match?.[1] ?? 30));
  const seconds = Math.max(1, Number(match?.[2] ?? 600));
  return { capacity, refillMs: (seconds * 1000) / capacity };
}
