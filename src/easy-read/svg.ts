import { createRequire } from 'node:module';
import { pictures, type PictureName } from './pictures.ts';

interface IconSet {
  width?: number;
  height?: number;
  icons: Record<string, { body: string; width?: number; height?: number }>;
}

const require = createRequire(import.meta.url);
let iconSet: IconSet | undefined;

/** The standalone SVG file for one easy read picture (decorative: the words carry the meaning). */
export function pictureSvg(name: PictureName): string {
  iconSet ??= require('@iconify-json/openmoji/icons.json') as IconSet;
  const icon = iconSet.icons[pictures[name]];
  if (!icon) throw new Error(`OpenMoji has no icon "${pictures[name]}" for picture "${name}"`);
  const w = icon.width ?? iconSet.width ?? 72;
  const h = icon.height ?? iconSet.height ?? 72;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${icon.body}</svg>`;
}
