import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [crx({ manifest })],
  build: {
    outDir: 'dist/chrome',
    emptyOutDir: true,
    // The sidebar is framed into pages and the PDF viewer is opened by address; neither is named as a
    // page in the manifest, so both are explicit inputs.
    rollupOptions: {
      input: { sidebar: 'src/sidebar/sidebar.html', viewer: 'src/viewer/viewer.html' },
    },
    sourcemap: false,
    target: 'chrome120',
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
