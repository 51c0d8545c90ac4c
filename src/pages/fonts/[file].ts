import type { APIRoute, GetStaticPaths } from 'astro';
import { fontCssFileName, fontFileName, languagesWithFonts, servedFontCss, servedFontFile } from '../../fonts/font-files.ts';

export const getStaticPaths = (() =>
  languagesWithFonts().flatMap(({ code, font }) => [
    { params: { file: fontCssFileName(code, font) }, props: { kind: 'css' as const, font, weight: 0 } },
    ...font.weights.map((weight) => ({ params: { file: fontFileName(font, weight) }, props: { kind: 'woff2' as const, font, weight } })),
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { kind, font, weight } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  if (kind === 'css') return new Response(servedFontCss(font), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
  return new Response(new Uint8Array(await servedFontFile(font, weight)), { headers: { 'Content-Type': 'font/woff2' } });
};
