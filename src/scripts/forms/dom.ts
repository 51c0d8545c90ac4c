import { rawFromSource } from '../../forms/engine/collect.ts';
import type { FieldError, FormDefinition, RawAnswers } from '../../forms/engine/types.ts';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The form's answers, read the way the server reads a post. */
export function readAnswers(form: HTMLFormElement, def: FormDefinition): RawAnswers {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return rawFromSource(def, params);
}

/** Puts saved answers back into the form's inputs. */
export function writeAnswers(form: HTMLFormElement, raw: RawAnswers): void {
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) continue;
    if (!element.name || element.name.startsWith('_') || element.type === 'hidden') continue;
    const value = raw[element.name];
    const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
    if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox')) {
      element.checked = values.includes(element.value);
    } else if (element.id !== 'f-honeypot') {
      element.value = values[0] ?? '';
    }
  }
}

/** Shows a section only when its condition holds (without this script they all show). */
export function applySections(root: ParentNode, raw: RawAnswers): void {
  for (const section of Array.from(root.querySelectorAll<HTMLElement>('[data-when-field]'))) {
    const field = section.dataset.whenField ?? '';
    const allowed = (section.dataset.whenIs ?? '').split(' ');
    const value = raw[field];
    const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
    section.hidden = !values.some((v) => allowed.includes(v));
  }
}

function describedByTarget(group: HTMLElement): HTMLElement | null {
  return group.querySelector('fieldset') ?? group.querySelector('input, textarea, select');
}

/** The same error summary and messages the server draws, drawn in the browser. */
export function showErrors(root: HTMLElement, errors: FieldError[], t: Translate): void {
  for (const group of Array.from(root.querySelectorAll<HTMLElement>('[data-question]'))) {
    group.classList.remove('form-group--error');
    const id = `f-${group.dataset.question}-error`;
    group.querySelector(`#${CSS.escape(id)}`)?.remove();
    const target = describedByTarget(group);
    if (target) {
      const ids = (target.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== id);
      if (ids.length) target.setAttribute('aria-describedby', ids.join(' '));
      else target.removeAttribute('aria-describedby');
      target.removeAttribute('aria-invalid');
    }
  }
  for (const error of errors) {
    const group = root.querySelector<HTMLElement>(`[data-question="${CSS.escape(error.field)}"]`);
    if (!group) continue;
    group.classList.add('form-group--error');
    const message = document.createElement('p');
    message.className = 'error-message';
    message.id = `f-${error.field}-error`;
    const prefix = document.createElement('span');
    prefix.className = 'visually-hidden';
    prefix.textContent = t('common.errorPrefix');
    message.append(prefix, ` ${t(error.key, error.params)}`);
    const after = group.querySelector(':scope > fieldset > .hint, :scope > .hint') ?? group.querySelector(':scope > fieldset > legend, :scope > label');
    after?.after(message);
    const target = describedByTarget(group);
    if (target) {
      target.setAttribute('aria-describedby', [target.getAttribute('aria-describedby'), message.id].filter(Boolean).join(' '));
      if (!(target instanceof HTMLFieldSetElement)) target.setAttribute('aria-invalid', 'true');
    }
  }
  const summary = root.querySelector<HTMLElement>('[data-error-summary]');
  if (!summary) return;
  const list = summary.querySelector('ul');
  list?.replaceChildren(
    ...errors.map((e) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `#${e.anchor}`;
      a.textContent = t(e.key, e.params);
      li.append(a);
      return li;
    }),
  );
  summary.querySelector('p:not(.error-summary__title)')?.remove();
  summary.hidden = errors.length === 0;
  if (errors.length) summary.focus();
}

/** GOV.UK: a summary link moves focus to the input and shows its question above it. */
export function focusFromSummary(event: Event): void {
  const link = (event.target as HTMLElement | null)?.closest?.('[data-error-summary] a');
  if (!(link instanceof HTMLAnchorElement)) return;
  const input = document.getElementById(link.hash.slice(1));
  if (!input) return;
  event.preventDefault();
  const legend = input.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${CSS.escape(input.id)}"]`);
  (legend ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}

/** Saves text as a file the person can keep. */
export function downloadText(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
