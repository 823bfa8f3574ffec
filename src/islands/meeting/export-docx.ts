// Word export: loads the docx renderer (and the `docx` package, ~100 KB gzip) only when the
// user asks for a file, packs it with Packer.toBlob and hands it to the browser as a download.
import { asciiFileName, type DocSpec } from '../../lib/documents/index.ts';

export async function downloadDocx(spec: DocSpec): Promise<void> {
  const { specToDocx, toBlob } = await import('../../lib/documents/docx.ts');
  const blob = await toBlob(specToDocx(spec));
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${asciiFileName(spec.fileName)}.docx`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
