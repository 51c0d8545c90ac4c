import type { RawAnswers } from '../../forms/engine/types.ts';

/**
 * Answers kept on this device as the person goes, one entry per form (not per language,
 * so switching language keeps them). Nothing leaves the device from here.
 */
export interface Saved {
  raw: RawAnswers;
  key?: string;
  savedAt: string;
}

const PREFIX = 'care-forms:v1:';

export function load(formId: string): Saved | null {
  try {
    const text = window.localStorage.getItem(PREFIX + formId);
    if (!text) return null;
    const saved = JSON.parse(text) as Saved;
    return saved && typeof saved.raw === 'object' ? saved : null;
  } catch {
    return null;
  }
}

export function save(formId: string, saved: Omit<Saved, 'savedAt'>): void {
  try {
    window.localStorage.setItem(PREFIX + formId, JSON.stringify({ ...saved, savedAt: new Date().toISOString() }));
  } catch {
    // Storage can be full or switched off; the form still works without it.
  }
}

export function clear(formId: string): void {
  try {
    window.localStorage.removeItem(PREFIX + formId);
  } catch {
    // Nothing to clear.
  }
}
