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
  vite: {
    build: {
      rolldownOptions: {
        // docx ships one pre-bundled file whose async functions are Babel-style wrappers
        // (`var f = function () { var r = _asyncToGenerator(…); return … }()`). A call is kept
        // unless known pure, so every wrapper stayed, with everything it names: the whole
        // template patcher (patchDocument) and its zip reader, which we never use — 44 KB of the
        // precache (issue 15). The helper only returns a new function, so an unused call can go.
        treeshake: { manualPureFunctions: ['_asyncToGenerator'] },
      },
    },
  },
  // Shiki colours code with inline styles, which the CSP below forbids; Prism uses classes.
  markdown: { syntaxHighlight: 'prism' },
  // Content-Security-Policy as a <meta> in every page (no server to send headers). Astro hashes
  // its own inline scripts/styles (island hydration) into script-src/style-src; everything else
  // must come from this origin. 'wasm-unsafe-eval' lets Pagefind start its WebAssembly search.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        // blob: workers: fflate (under the Excel libraries) compresses and inflates large sheets
        // in a worker built from its own code as a Blob; nothing else here creates one.
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
