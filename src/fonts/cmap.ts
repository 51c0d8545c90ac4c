import fontverter from 'fontverter';
import * as hb from 'harfbuzzjs';

/** The characters a font file can draw (its cmap), read by HarfBuzz: to check a subset kept what the pages use. */
export async function fontCharacters(font: Buffer | Uint8Array): Promise<Set<string>> {
  const sfnt = await fontverter.convert(font, 'sfnt');
  const face = new hb.Face(new hb.Blob(new Uint8Array(sfnt)));
  return new Set([...face.collectUnicodes()].map((c) => String.fromCodePoint(c)));
}
