import path from 'node:path';

/**
 * The project folder. Content and config files are read relative to it, so the
 * built server and the scripts find them wherever the bundler put the code.
 */
export const projectRoot = process.env.PORTAL_ROOT ?? process.cwd();

export function fromRoot(...parts: string[]): string {
  return path.join(projectRoot, ...parts);
}
