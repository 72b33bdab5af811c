// The built main process (esbuild, as scripts/build.mjs builds dist/electron/main.js) started in
// plain Node with a fake `electron`: it reaches a secure window on app://tac, answers its own page
// over IPC, refuses a foreign one, and closes the vault and quits cleanly.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../src/api';

vi.mock('electron', () => import('./support/fake-electron'));

const run = promisify(execFile);
let outDir: string;
let report: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

beforeAll(async () => {
  outDir = mkdtempSync(path.join(os.tmpdir(), 'tac-main-bundle-'));
  // The same options as the Electron main step of scripts/build.mjs.
  await build({
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    logLevel: 'silent',
    packages: 'external',
    entryPoints: { main: 'src/main/electron/main.ts' },
    outdir: outDir,
    format: 'esm',
    external: ['electron'],
  });
  const userData = path.join(outDir, 'user-data');
  mkdirSync(userData);
  const { stdout } = await run(process.execPath, ['--import', path.resolve('tests/electron/support/bundle-register.mjs'), path.join(outDir, 'main.js')], {
    env: { ...process.env, FAKE_APP_PATH: path.resolve('.'), FAKE_USER_DATA: userData, TAC_QUIET: '1' },
    timeout: 30_000,
  });
  report = JSON.parse(stdout.trim().split('\n').pop()!);
}, 60_000);

describe('the built main process', () => {
  it('imports electron as the only outside module it does not bundle from the app', () => {
    const code = readFileSync(path.join(outDir, 'main.js'), 'utf8');
    expect(code).toMatch(/from "electron"/);
    expect(code).not.toMatch(/openExternal/);
  });

  it('sandboxes, registers the app scheme and disables the HTTP cache before ready', () => {
    expect(report.events[0]).toBe('enableSandbox');
    expect(report.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(report.switches).toContain('disable-http-cache');
  });

  it('registers every contract method on IPC, the app protocol, permission and network guards', () => {
    expect([...report.channels].sort()).toEqual(METHOD_NAMES.map((n) => `tac:${n}`).sort());
    expect(report.protocols).toEqual(['app']);
    expect(report.permissionHandlers).toBe(3);
    expect(report.events).toContain('onBeforeRequest');
  });

  it('opens one sandboxed, isolated window titled TAC Chair on app://tac with the built preload', () => {
    expect(report.windows).toHaveLength(1);
    const [win] = report.windows;
    expect(win.title).toBe('TAC Chair');
    expect(win.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(win.webPreferences.preload).toBe(path.resolve('dist/electron/preload.cjs'));
    expect(report.loaded).toEqual(['app://tac/index.html']);
    expect(report.menu).toEqual(process.platform === 'darwin' ? ['TAC Chair', 'File', 'Edit', 'View', 'Help'] : ['&File', '&Edit', '&View', '&Help']);
  });

  it('answers its own page and refuses another origin', () => {
    expect(report.answer.result.ok).toBe(true);
    expect(report.refused).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
  });

  it('closes the vault and quits without error or external links', () => {
    expect(report.events).toContain('quit');
    expect(report.events.filter((e: string) => e.startsWith('error') || e === 'openExternal')).toEqual([]);
  });
});
