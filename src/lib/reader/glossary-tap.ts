// Abbreviations spelled out on tap (a title shows only on hover with a mouse): the page's status
// line says "UBND: Ủy ban nhân dân". Every page that uses them also lists them ("Chữ viết tắt").
export function wireGlossary(announce: (text: string) => void): void {
  const say = (t: EventTarget | null) => {
    const abbr = (t as Element | null)?.closest?.('abbr[title]');
    if (abbr) announce(`${abbr.textContent}: ${abbr.getAttribute('title')}`);
  };
  document.addEventListener('click', (e) => say(e.target));
}
