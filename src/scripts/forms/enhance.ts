// The forms' page script: checks answers with the same zod schema as the server, saves
// them on the device, works out self-check results in the browser (so they work on static
// hosting), and sends referrals through the JSON API with retries. Every page works
// without it; this only makes them kinder.
import { forms, isFormId } from '../../forms/registry.ts';
import type { FormDefinition, RawAnswers } from '../../forms/engine/types.ts';
import { validate } from '../../forms/engine/validate.ts';
import { summarise, summaryText } from '../../forms/engine/summary.ts';
import { checkResult } from '../../forms/results.ts';
import { formatDate } from '../../i18n/format.ts';
import { isLangCode, type LangCode } from '../../i18n/languages.ts';
import { readStrings, translator } from './strings.ts';
import * as storage from './storage.ts';
import { applySections, downloadText, focusFromSummary, readAnswers, showErrors, writeAnswers } from './dom.ts';

const API = '/api/submissions/';

const root = document.querySelector<HTMLElement>('[data-form-root]');
const formId = root?.dataset.formId;
if (root && isFormId(formId)) {
  const def: FormDefinition = forms[formId];
  const langAttr = document.documentElement.lang;
  const lang: LangCode = isLangCode(langAttr) ? langAttr : 'en';
  const t = translator(readStrings(document));
  const team = { team: t('x.team'), phone: t('x.phone') };
  const page = root.dataset.page;
  document.addEventListener('click', focusFromSummary);
  for (const button of Array.from(root.querySelectorAll<HTMLButtonElement>('[data-print]'))) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
  if (page === 'form') formPage(root, def, lang, t, team);
  if (page === 'check') checkPage(root, def, lang, t, team);
  // Sent: the answers have done their job and should not sit on a shared computer.
  if (page === 'done') storage.clear(def.id);
}

type T = ReturnType<typeof translator>;
type Team = { team: string; phone: string };

function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function copyOfAnswers(def: FormDefinition, lang: LangCode, raw: RawAnswers, t: T, team: Team): string {
  const fmt = (iso: string) => formatDate(lang, new Date(`${iso}T12:00:00Z`));
  const preamble = [t('common.copy.savedOn', { date: formatDate(lang, new Date()) }), t('common.copy.phoneLine', team)];
  return summaryText(t(`${def.text}.title`), preamble, summarise(def, raw, t, fmt));
}

function formPage(root: HTMLElement, def: FormDefinition, lang: LangCode, t: T, team: Team) {
  const form = root.querySelector<HTMLFormElement>('form[data-form]');
  if (!form) return;
  const keyInput = form.querySelector<HTMLInputElement>('[data-idempotency-key]');
  const notice = root.querySelector<HTMLElement>('[data-save-notice]');
  const status = root.querySelector<HTMLElement>('[data-save-status]');
  const say = (message: 'restored' | 'cleared') => {
    if (status) status.textContent = notice?.querySelector(`template[data-message="${message}"]`)?.innerHTML ?? '';
  };
  if (notice) notice.hidden = false;

  const saved = storage.load(def.id);
  // A blank page takes the saved answers; a page the server filled in is the newer copy.
  if (form.dataset.state === 'fresh' && saved && Object.keys(saved.raw).length) {
    writeAnswers(form, saved.raw);
    say('restored');
  }
  if (keyInput && !keyInput.value) keyInput.value = saved?.key ?? newKey();
  const persist = () => {
    const raw = readAnswers(form, def);
    applySections(form, raw);
    storage.save(def.id, { raw, ...(keyInput ? { key: keyInput.value } : {}) });
  };
  applySections(form, readAnswers(form, def));
  if (form.dataset.state === 'server') persist();
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(persist, 250);
  });
  form.addEventListener('change', persist);

  root.querySelector('[data-clear-answers]')?.addEventListener('click', () => {
    storage.clear(def.id);
    writeAnswers(form, {});
    if (keyInput) keyInput.value = newKey();
    applySections(form, {});
    showErrors(root, [], t);
    say('cleared');
  });

  form.addEventListener('submit', (event) => {
    const raw = readAnswers(form, def);
    const checked = validate(def, raw);
    const title = t(`${def.text}.title`);
    if (!checked.ok) {
      event.preventDefault();
      document.title = document.title.replace(title, t('common.titleError', { title }));
      showErrors(root, checked.errors, t);
      return;
    }
    showErrors(root, [], t);
    if (def.kind === 'check') {
      event.preventDefault();
      showResult(root, def, lang, checked.data);
      history.pushState({ result: true }, '');
    }
  });

  if (def.kind === 'check') {
    root.querySelector('[data-change-answers]')?.addEventListener('click', (event) => {
      event.preventDefault();
      history.back();
    });
    window.addEventListener('popstate', () => showForm(root));
  } else {
    void probeServer(root);
    root.querySelector('[data-copy-tools] [data-download]')?.addEventListener('click', () => {
      downloadText(`${def.id}-answers.txt`, copyOfAnswers(def, lang, readAnswers(form, def), t, team));
    });
  }
}

function showResult(root: HTMLElement, def: FormDefinition, lang: LangCode, data: unknown) {
  const { facts, slots } = checkResult(def.id, data, lang);
  const t = translator(readStrings(document));
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-show]'))) el.hidden = !facts.includes(el.dataset.show ?? '');
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-slot-key]'))) el.textContent = t(el.dataset.slotKey ?? '', slots);
  const part = root.querySelector<HTMLElement>('[data-form-part]');
  const result = root.querySelector<HTMLElement>('[data-result]');
  if (part) part.hidden = true;
  if (result) result.hidden = false;
  const heading = result?.querySelector<HTMLElement>('h1');
  if (heading) {
    document.title = document.title.replace(/^[^-]*-/, `${heading.textContent?.trim()} -`);
    heading.focus();
    window.scrollTo(0, 0);
  }
}

function showForm(root: HTMLElement) {
  const part = root.querySelector<HTMLElement>('[data-form-part]');
  const result = root.querySelector<HTMLElement>('[data-result]');
  if (!part || part.hidden === false) return;
  part.hidden = false;
  if (result) result.hidden = true;
  root.querySelector<HTMLElement>('h1')?.focus();
}

/** On plain static hosting there is no API: say how to print and phone instead of sending. */
async function probeServer(root: HTMLElement) {
  let hasServer: boolean;
  try {
    const response = await fetch(API, { headers: { Accept: 'application/json' }, cache: 'no-store' });
    const body = response.ok ? ((await response.json().catch(() => null)) as { service?: string } | null) : null;
    hasServer = body?.service === 'submissions';
  } catch {
    return; // Offline for a moment is not "no server": leave the form as it is.
  }
  if (hasServer) return;
  root.querySelector<HTMLElement>('[data-no-server-notice]')?.removeAttribute('hidden');
  root.querySelector<HTMLElement>('[data-copy-tools]')?.removeAttribute('hidden');
  for (const b of Array.from(root.querySelectorAll<HTMLElement>('[data-copy-tools] [data-download], [data-copy-tools] [data-print]'))) b.hidden = false;
  const submit = root.querySelector<HTMLElement>('[data-submit]');
  if (submit) submit.hidden = true;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function checkPage(root: HTMLElement, def: FormDefinition, lang: LangCode, t: T, team: Team) {
  const form = root.querySelector<HTMLFormElement>('form[data-check-form]');
  if (!form) return;
  const status = root.querySelector<HTMLElement>('[data-send-status]');
  const send = form.querySelector<HTMLButtonElement>('[data-send]');
  const raw = readAnswers(form, def);
  let sending = false;

  form.addEventListener('submit', (event) => {
    const action = (event.submitter as HTMLButtonElement | null)?.value;
    if (action === 'download') {
      event.preventDefault();
      downloadText(`${def.id}-answers.txt`, copyOfAnswers(def, lang, raw, t, team));
      return;
    }
    if (action !== 'send' || form.dataset.sent) return;
    event.preventDefault();
    if (sending) return; // A double click sends once (and the key would make it once anyway).
    sending = true;
    if (send) send.disabled = true;
    if (status) {
      status.hidden = false;
      status.textContent = root.querySelector('template[data-message="sending"]')?.innerHTML ?? '';
    }
    void sendWithRetries(form, def, lang, raw).then(({ outcome, progressToken }) => {
      if (outcome === 'failed') {
        sending = false;
        if (send) send.disabled = false;
        if (status) {
          status.setAttribute('role', 'alert');
          status.textContent = t('common.check.sendFailed', team);
        }
        return;
      }
      // Stored (or refused with a reason): the server page shows the reference or the reason.
      // The same key is sent again, so the server finds the stored request, not a new one.
      form.dataset.sent = '1';
      const action = document.createElement('input');
      action.type = 'hidden';
      action.name = '_action';
      action.value = 'send';
      form.append(action);
      if (progressToken) {
        // In the body of a POST, never the address: the confirmation page shows the private link.
        const token = document.createElement('input');
        token.type = 'hidden';
        token.name = '_progress';
        token.value = progressToken;
        form.append(token);
      }
      form.submit();
    });
  });
}

/** Posts to the API, trying again after a dropped connection or a server hiccup. */
async function sendWithRetries(form: HTMLFormElement, def: FormDefinition, lang: LangCode, raw: RawAnswers): Promise<{ outcome: 'stored' | 'refused' | 'failed'; progressToken?: string }> {
  const body = JSON.stringify({
    form: def.id,
    lang,
    idempotencyKey: form.querySelector<HTMLInputElement>('[data-idempotency-key]')?.value ?? '',
    answers: raw,
    website: form.querySelector<HTMLInputElement>('#f-honeypot')?.value ?? '',
  });
  for (const delay of [0, 1000, 3000]) {
    if (delay) await wait(delay);
    try {
      const response = await fetch(API, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body });
      if (response.status === 200 || response.status === 201) {
        const answer = (await response.json().catch(() => ({}))) as { progressToken?: unknown };
        return { outcome: 'stored', ...(typeof answer.progressToken === 'string' ? { progressToken: answer.progressToken } : {}) };
      }
      if (response.status < 500) return { outcome: 'refused' };
    } catch {
      // Network error: try again.
    }
  }
  return { outcome: 'failed' };
}
