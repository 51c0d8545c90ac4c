// GET /s/<code>/: a short link from a letter, a text message or a QR code, to its page.
import type { APIRoute } from 'astro';
import { tidyCode } from '../../sharing/short-links.ts';
import { shortLinks } from '../../sharing/pages.ts';

export const prerender = false;

export const GET: APIRoute = async ({ params, redirect }) => {
  const code = tidyCode(String(params.code ?? ''));
  const path = code ? (await shortLinks()).get(code) : undefined;
  // 301: the code stands for this page for good, so browsers and phones may remember it.
  if (path) return redirect(path, 301);
  return new Response(
    '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Link not found</title><main><h1>This short link does not work</h1><p>Check the letters and numbers, or go to the <a href="/">home page</a> and search.</p></main></html>',
    { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
  );
};
