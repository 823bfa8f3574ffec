import { defineConfig } from 'astro/config';
import solid from '@astrojs/solid-js';

export default defineConfig({
  output: 'static',
  // OUT_DIR lets parallel builds (e.g. two test runs) use separate folders.
  outDir: process.env.OUT_DIR ?? 'dist',
  integrations: [solid()],
  build: { format: 'directory' },
  trailingSlash: 'always',
  devToolbar: { enabled: false },
});
