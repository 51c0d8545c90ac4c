/** Where `astro build`'s time went, read from its log, in seconds. */
export interface AstroPhases {
  /** Vite bundling, which compiles every MDX page into a module. */
  bundleSeconds: number;
  /** Rendering every page to HTML. */
  renderSeconds: number;
}

const DURATION = String.raw`(\d+(?:\.\d+)?ms|\d+(?:\.\d+)?s|\d+m(?: \d+s)?)`;

/** Astro's and Vite's way of writing a duration: `812ms`, `14.43s`, `2m 5s`, `3m`. */
export function parseDuration(text: string): number {
  const ms = /^([\d.]+)ms$/.exec(text);
  if (ms) return Number(ms[1]) / 1000;
  const s = /^([\d.]+)s$/.exec(text);
  if (s) return Number(s[1]);
  const m = /^(\d+)m(?: (\d+)s)?$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2] ?? 0) : 0;
}

// Vite prints "✓ built in 27.85s" per bundle; Astro prints "✓ Completed in 14.43s." after its
// "prerendering static routes" heading (older versions: "generating static routes").
export function astroPhases(log: string): AstroPhases {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  const bundleSeconds = [...plain.matchAll(new RegExp(`✓ built in ${DURATION}`, 'g'))].reduce((a, m) => a + parseDuration(m[1]!), 0);
  const after = plain.split(/(?:prerendering|generating) static routes/)[1] ?? '';
  const done = new RegExp(`✓ Completed in ${DURATION}`).exec(after);
  return { bundleSeconds, renderSeconds: done ? parseDuration(done[1]!) : 0 };
}
