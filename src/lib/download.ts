// Hand a file to the browser as a download (Word files, draft exports). Browser only. The object
// URL is revoked later rather than at once: some browsers start reading it after click() returns.
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
