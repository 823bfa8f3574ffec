// The only search code on a page before the user searches: it waits for a search form to be
// touched, focused or typed in, then loads the real search module, which starts loading the
// index at once (as Pagefind's own UI does on focus). The results page /tra-cuu/ exists to search:
// there it starts as soon as the page is idle, or at once when it was opened with ?q=….
export function startOnDemand(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-form]')) {
    const start = () => { void import('./ui.ts').then((m) => m.attach(form)); };
    for (const type of ['pointerdown', 'focusin', 'input']) form.addEventListener(type, start, { once: true });
    if (form.dataset.searchForm !== 'page') continue;
    if (form.querySelector<HTMLInputElement>('input[name="q"]')?.value) start();
    else if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 2000 });
    else setTimeout(start, 200);
  }
}
