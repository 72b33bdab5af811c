// The shipped preload (dist/electron/preload.cjs, built exactly as scripts/build.mjs builds it) is
// one CommonJS file that requires nothing but `electron`, and runs in a sandbox-like context.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../src/api';

vi.mock('electron', () => ({ contextBridge: { exposeInMainWorld: vi.fn() }, ipcRenderer: { invoke: vi.fn(), on: vi.fn() } }));

let code: string;

beforeAll(async () => {
  const outfile = path.join(mkdtempSync(path.join(os.tmpdir(), 'tac-preload-')), 'preload.cjs');
  // The same options as the preload step of scripts/build.mjs.
  await build({
    bundle: true,
    target: 'node20',
    sourcemap: false,
    logLevel: 'silent',
    entryPoints: ['src/preload/index.ts'],
    outfile,
    format: 'cjs',
    external: ['electron'],
    platform: 'browser',
  });
  code = readFileSync(outfile, 'utf8');
}, 60_000);

describe('the built preload', () => {
  it('requires only electron, as a sandboxed preload must', () => {
    const required = new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    expect([...required]).toEqual(['electron']);
  });

  it('runs with only what a sandboxed preload has, and exposes every method on window.tac', async () => {
    const exposed: Record<string, unknown> = {};
    const invoke = vi.fn(async (channel: string) => ({ ok: true, value: channel }));
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
      ipcRenderer: { invoke, on: vi.fn() },
    };
    const sandboxRequire = (name: string) => {
      if (name === 'electron') return fakeElectron;
      throw new Error(`A sandboxed preload cannot require ${name}`);
    };
    const module = { exports: {} };
    const context = vm.createContext({ require: sandboxRequire, module, exports: module.exports, window: new EventTarget(), Event, console });
    vm.runInContext(code, context, { filename: 'preload.cjs' });
    expect(Object.keys(exposed)).toEqual(['tac']);
    const tac = exposed.tac as Record<string, Record<string, (i?: unknown) => Promise<unknown>>>;
    for (const name of METHOD_NAMES) {
      const [domain, verb] = name.split('.');
      expect(await tac[domain][verb]({}), name).toEqual({ ok: true, value: `tac:${name}` });
    }
  });
});
