import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [crx({ manifest })],
  build: {
    outDir: 'dist/chrome',
    emptyOutDir: true,
    // The sidebar is framed into pages, not named as a page in the manifest, so it is an explicit input.
    rollupOptions: { input: { sidebar: 'src/sidebar/sidebar.html' } },
    sourcemap: false,
    target: 'chrome120',
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
