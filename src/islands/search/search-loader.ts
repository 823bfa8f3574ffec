// The only search code on a page before the user searches: it waits for a search form to get
// focus or input, then loads the real search module (and through it Pagefind) on demand.
export function startOnDemand(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-form]')) {
    const start = () => { void import('./ui.ts').then((m) => m.attach(form)); };
    form.addEventListener('focusin', start, { once: true });
    form.addEventListener('input', start, { once: true });
    // A results page opened with ?q=… is a search already started.
    if (form.dataset.searchForm === 'page' && form.querySelector<HTMLInputElement>('input[name="q"]')?.value) start();
  }
}
