// Printing a text: every page carries the document and its status at the top, the print date
// and the page number at the bottom (CSS page-margin boxes). The words are the page's own
// (data-cite, data-status), so they go into a constructed style sheet rather than the HTML;
// the date is the day of printing. Without script, pages still get their numbers (reader.css).
const css = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;

export function pageMarginRules(name: string, status: string, printedOn: Date): string {
  const d = printedOn;
  const date = `${String(d.getDate()).padStart(2, '0')}/${d.getMonth() + 1}/${d.getFullYear()}`;
  return `@page {
  @top-left { content: ${css(name)}; font: 9pt sans-serif; color: #444; }
  @top-right { content: ${css(status)}; font: 9pt sans-serif; color: #444; }
  @bottom-left { content: ${css(`In ngày ${date} từ Sổ tay Xếp loại`)}; font: 9pt sans-serif; color: #444; }
  @bottom-right { content: "Trang " counter(page) "/" counter(pages); font: 9pt sans-serif; color: #444; }
}`;
}

export function wirePrint(name: string, status: string): void {
  const sheet = new CSSStyleSheet();
  const set = () => sheet.replaceSync(pageMarginRules(name, status ? status[0]!.toUpperCase() + status.slice(1) : 'Đang có hiệu lực', new Date()));
  set();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  addEventListener('beforeprint', set);
}
