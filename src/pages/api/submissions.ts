// POST /api/submissions/: the forms' JSON door to the submission store. The work is in
// src/submissions/service.ts; this route only hands it the request.
import type { APIRoute } from 'astro';
import { handleSubmissionRequest } from '../../submissions/service.ts';
import { formsTranslator } from '../../forms/i18n.ts';

export const prerender = false;

export const ALL: APIRoute = ({ request, clientAddress }) =>
  handleSubmissionRequest(request, { clientAddress, translate: formsTranslator });
