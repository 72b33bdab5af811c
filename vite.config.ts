// Vite config for the renderer: builds src/renderer into dist/renderer for both hosts.
// The Electron shell loads it over app://tac/, the browser host serves it over http.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'src/renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    rollupOptions: {
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION') return; // zod's own comments, harmless
        warn(warning);
      },
    },
  },
});
