// The search page's enhancement: results as you type or when you press Search, the count
// announced to screen readers, focus moved to the results after a search, and spelling help.
// Pagefind and the word list are fetched only when someone searches.
import { correctQuery } from '../search/correct.ts';
import { keywordMatches, type KeywordPage } from '../search/keywords.ts';

interface Strings {
  resultsCount: string;
  resultsFor: string;
  noResults: string;
  correctedTo: string;
  searching: string;
  unavailable: string;
  kinds: Record<string, string>;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: { kind?: string[] };
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

export function startSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('#search-query')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const section = root.querySelector<HTMLElement>('.search-results')!;
  const heading = root.querySelector<HTMLElement>('#results-heading')!;
  const note = root.querySelector<HTMLElement>('[data-search-note]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-list]')!;
  const filters = root.querySelector<HTMLFieldSetElement>('.search-filters');
  if (filters) filters.hidden = false;

  let pagefind: Promise<Pagefind> | undefined;
  let searchData: Promise<{ words: string[]; pages: KeywordPage[] }> | undefined;
  // One search at a time: Pagefind loads its index in pieces, and overlapping first
  // searches (typing, then pressing Enter) could trip over each other.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (query: string, moveFocus: boolean) => {
    queue = queue.then(() => run(query, moveFocus));
    return queue;
  };

  const loadPagefind = () =>
    (pagefind ??= import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`).then(async (p: Pagefind) => {
      await p.options({ excerptLength: 24 });
      await p.init();
      return p;
    }));
  const loadSearchData = () =>
    (searchData ??= fetch(root.dataset.source ?? '').then((r) => r.json() as Promise<{ words: string[]; pages: KeywordPage[] }>));

  const selectedKinds = () => [...form.querySelectorAll<HTMLInputElement>('input[name="kind"]:checked')].map((c) => c.value);

  async function run(query: string, moveFocus: boolean) {
    if (query !== input.value && !moveFocus) return; // Typing has moved on; the next search covers it.
    const q = query.trim();
    if (!q) {
      section.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = strings.searching;
    try {
      const pf = await loadPagefind();
      const kinds = selectedKinds();
      const options = kinds.length ? { filters: { kind: kinds } } : {};
      // Misspelt words are swapped for the nearest word the site uses. Pages whose own
      // keywords match come first, then Pagefind's results for the corrected words, then
      // for the words as typed.
      const { words, pages } = await loadSearchData();
      const corrected = correctQuery(q, words);
      const [asTyped, fixed] = await Promise.all([pf.search(q, options), corrected ? pf.search(corrected, options) : null]);
      const byKeyword = keywordMatches(corrected ?? q, pages).filter((p) => !kinds.length || kinds.includes(p.kind));
      const pagefindData = await Promise.all([...(fixed?.results ?? []), ...asTyped.results].slice(0, 30).map((r) => r.data()));
      const seen = new Set<string>();
      const data = [
        ...byKeyword.map((p) => ({ url: p.url, meta: { title: p.title }, excerpt: escapeHtml(p.summary), filters: { kind: [p.kind] } })),
        ...pagefindData,
      ].filter((d) => !seen.has(d.url) && seen.add(d.url)).slice(0, 20);
      render(q, corrected && (fixed?.results.length || byKeyword.length) ? corrected : null, data, data.length);
      if (moveFocus) heading.focus();
    } catch (error) {
      console.error(error); // Shown only in the browser console; the page says search is not working.
      section.hidden = false;
      heading.textContent = strings.unavailable;
      note.textContent = '';
      list.replaceChildren();
      status.textContent = strings.unavailable;
    }
  }

  function render(q: string, corrected: string | null, data: PagefindResultData[], total: number) {
    section.hidden = false;
    heading.textContent = fill(strings.resultsFor, { query: q });
    const count = fill(strings.resultsCount, { count: String(total) });
    note.textContent = total === 0 ? fill(strings.noResults, { query: q }) : corrected ? `${fill(strings.correctedTo, { query: corrected })} ${count}` : count;
    status.textContent = note.textContent;
    list.replaceChildren(
      ...data.map((d) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = d.url;
        link.textContent = d.meta.title ?? d.url;
        const kind = d.filters.kind?.[0];
        const label = document.createElement('span');
        label.className = 'result-kind';
        label.textContent = kind ? strings.kinds[kind] ?? kind : '';
        const excerpt = document.createElement('p');
        // Pagefind's excerpt is our own page text, escaped, with <mark> around the matches.
        excerpt.innerHTML = d.excerpt;
        li.append(link, ' ', label, excerpt);
        return li;
      }),
    );
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void enqueue(input.value, false), 250);
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[name="kind"]')) void enqueue(input.value, false);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void enqueue(input.value, true);
  });

  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void enqueue(initial, true);
  }
}
