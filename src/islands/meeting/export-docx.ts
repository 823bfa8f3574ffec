// Word export: loads the docx renderer (and the `docx` package, ~100 KB gzip) only when the
// user asks for a file, packs it with Packer.toBlob and hands it to the browser as a download.
import { asciiFileName, type DocSpec } from '../../lib/documents/index.ts';
import { downloadBlob } from '../../lib/download.ts';

export async function downloadDocx(spec: DocSpec): Promise<void> {
  const { specToDocx, toBlob } = await import('../../lib/documents/docx.ts');
  downloadBlob(await toBlob(specToDocx(spec)), `${asciiFileName(spec.fileName)}.docx`);
}
