import { mkdirSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import react from '@astrojs/react';
import { editorChoices } from './choices.ts';

const choicesId = 'virtual:portal-editor-choices';

/**
 * The friendly editor (Keystatic) for `npm run editor` only. It does what
 * @keystatic/astro does, with two changes: the file API goes through
 * ./api-route.ts, which keeps each file's layout and comments when it saves
 * (Keystatic on its own rewrites whole YAML files and drops comments), and the
 * page (./EditorPage.astro) has fonts and text direction for every language.
 *
 * In local mode the API has no sign-in: anyone who can reach it can write files.
 * So it refuses to be part of a build, and `npm run editor` listens on 127.0.0.1 only.
 */
export function editorIntegrations(): AstroIntegration[] {
  return [react(), editorIntegration()];
}

function editorIntegration(): AstroIntegration {
  return {
    name: 'portal-editor',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, updateConfig, config }) => {
        if (command !== 'dev') {
          throw new Error(
            'The editor is switched on (PORTAL_EDITOR=1), but this is a build. The editor must never be part of the public site: unset PORTAL_EDITOR and build again.',
          );
        }
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'portal-editor-config',
                resolveId(id) {
                  if (id === 'virtual:keystatic-config') return this.resolve('./keystatic.config', './a');
                  if (id === choicesId) return `\0${choicesId}`;
                  return null;
                },
                // Drop-down lists worked out from the zod schemas on the server (see ./choices.ts).
                load(id) {
                  return id === `\0${choicesId}` ? `export default ${JSON.stringify(editorChoices())};` : null;
                },
              },
            ],
            optimizeDeps: { entries: ['keystatic.config.*', '.astro/keystatic-imports.js'] },
          },
        });
        // Vite pre-bundles the editor's browser code from this list, as @keystatic/astro does.
        const dotAstro = new URL('./.astro/', config.root);
        mkdirSync(dotAstro, { recursive: true });
        writeFileSync(
          new URL('keystatic-imports.js', dotAstro),
          'import "@keystatic/astro/ui";\nimport "@keystatic/astro/api";\nimport "@keystatic/core/ui";\n',
        );
        injectRoute({ entrypoint: new URL('./EditorPage.astro', import.meta.url), pattern: '/keystatic/[...params]', prerender: false });
        injectRoute({ entrypoint: new URL('./api-route.ts', import.meta.url), pattern: '/api/keystatic/[...params]', prerender: false });
      },
    },
  };
}
