// Builds everything both hosts run: the renderer (Vite) into dist/renderer, the browser host into
// dist/web, and the Electron main process and preload into dist/electron (esbuild).
import { build as viteBuild } from 'vite';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  packages: 'external',
};

await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });

await build({
  ...common,
  entryPoints: { cli: 'src/main/web/cli.ts' },
  outdir: 'dist/web',
  format: 'esm',
});

await build({
  ...common,
  entryPoints: { main: 'src/main/electron/main.ts' },
  outdir: 'dist/electron',
  format: 'esm',
  external: ['electron'],
});

// A sandboxed preload must be a single CommonJS file that requires nothing but `electron`.
await build({
  ...common,
  packages: undefined,
  entryPoints: ['src/preload/index.ts'],
  outfile: 'dist/electron/preload.cjs',
  format: 'cjs',
  external: ['electron'],
  platform: 'browser',
});

console.log('Built dist/renderer, dist/web, dist/electron.');
