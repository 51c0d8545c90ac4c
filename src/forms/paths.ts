import type { LangCode } from '../i18n/languages.ts';
import { localizedPath } from '../routing/paths.ts';
import type { FormDefinition } from './engine/types.ts';

/** The form's own page: /ask/needs-assessment/, /gu/check/will-i-have-to-pay/. */
export const formPath = (lang: LangCode, def: Pick<FormDefinition, 'kind' | 'id'>): string =>
  localizedPath(lang, `${def.kind}/${def.id}`);

/**
 * Where the form posts: a page made on the server (the form page itself is static, and a
 * post to a static page gets the page back, not an answer). Ends in "/", or the post is
 * redirected and its answers lost.
 */
export const formActionPath = (lang: LangCode, def: Pick<FormDefinition, 'kind' | 'id'>): string =>
  localizedPath(lang, `${def.kind}/${def.id}/${def.kind === 'ask' ? 'send' : 'result'}`);
