import type { APIRoute, GetStaticPaths } from 'astro';
import { pictureNames, type PictureName } from '../../easy-read/pictures.ts';
import { pictureSvg } from '../../easy-read/svg.ts';

export const getStaticPaths = (() => pictureNames.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(pictureSvg(params.name as PictureName), { headers: { 'Content-Type': 'image/svg+xml' } });
