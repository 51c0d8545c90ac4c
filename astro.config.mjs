// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import node from '@astrojs/node';
import rehypeGlossaryLinks from './src/glossary/rehype-glossary-links.ts';

// `npm run editor` only: the friendly editor (Keystatic) writes content files, so it is
// never part of `npm start` or a build (its integration refuses to build). It needs
// trailingSlash 'ignore' (its API 404s otherwise) and no CSP (which breaks its styling).
const editor = process.env.PORTAL_EDITOR === '1';
const editorIntegrations = editor ? (await import('./src/editor/integration.ts')).editorIntegrations() : [];

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  trailingSlash: editor ? 'ignore' : 'always',
  build: { format: 'directory' },
  adapter: node({ mode: 'standalone' }),
  integrations: [mdx(), ...editorIntegrations],
  // Jargon buster links are added when MDX is compiled: once per page, not per request.
  // Sätteri (Astro 7's default) runs no rehype plugins, so MDX goes through unified.
  markdown: { processor: unified({ rehypePlugins: [rehypeGlossaryLinks] }) },
  server: { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 4321) },
  security: {
    checkOrigin: true,
    csp: !editor,
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Rolldown warns once per MDX file about a directive it drops; it is harmless.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
