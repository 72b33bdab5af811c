// The app:// protocol: serves the built renderer with the right types and the CSP header, and
// refuses anything outside dist/renderer — `../` in every spelling, symbolic links, other hosts.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { createAppRequestHandler, mimeTypeFor, registerAppProtocol, registerAppScheme } from '../../src/main/electron/protocol';
import { APP_CSP } from '../../src/main/electron/security';

vi.mock('electron', () => import('./support/fake-electron'));

let root: string;
let rendererDir: string;
let handler: (request: Request) => Promise<Response>;
const SECRET = 'FLETCHER-CASE-NOTES';

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'tac-protocol-'));
  rendererDir = path.join(root, 'dist', 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html lang="en-GB"><title>TAC Chair</title><script type="module" src="/assets/index.js"></script></html>');
  writeFileSync(path.join(rendererDir, 'assets', 'index.js'), 'console.log("app")');
  writeFileSync(path.join(rendererDir, 'assets', 'index.css'), 'body{}');
  writeFileSync(path.join(rendererDir, 'assets', 'logo.svg'), '<svg/>');
  // Things next to the renderer that must never be served.
  writeFileSync(path.join(root, 'dist', 'secret.txt'), SECRET);
  mkdirSync(path.join(root, 'vault'));
  writeFileSync(path.join(root, 'vault', 'family.json'), SECRET);
  symlinkSync(path.join(root, 'vault'), path.join(rendererDir, 'assets', 'linked'));
  handler = createAppRequestHandler(rendererDir);
});

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('serving the app', () => {
  it('serves the page at the root and at index.html, with the CSP header', async () => {
    for (const url of ['app://tac/', 'app://tac/index.html', 'app://tac']) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(APP_CSP);
      expect(await res.text()).toContain('<title>TAC Chair</title>');
    }
  });

  it('gives scripts, styles and images their proper types, and nosniff', async () => {
    const js = await get('app://tac/assets/index.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('app://tac/assets/index.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('app://tac/assets/logo.svg')).headers.get('content-type')).toBe('image/svg+xml');
    expect(mimeTypeFor('font.WOFF2')).toBe('font/woff2');
    expect(mimeTypeFor('unknown.bin')).toBe('application/octet-stream');
  });

  it('sends the CSP with error answers too', async () => {
    const res = await get('app://tac/assets/missing.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe(APP_CSP);
  });

  it('answers the app for in-app addresses without a file ending, and 404 for missing files', async () => {
    const page = await get('app://tac/families/abc123');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('TAC Chair');
    expect((await get('app://tac/assets/nothing.png')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses POST', async () => {
    const head = await get('app://tac/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://tac/index.html', 'POST')).status).toBe(405);
  });
});

describe('refusing everything else', () => {
  const TRAVERSALS = [
    'app://tac/../secret.txt',
    'app://tac/../../vault/family.json',
    'app://tac/%2e%2e/secret.txt',
    'app://tac/%2E%2E/%2E%2E/vault/family.json',
    'app://tac/assets/..%2f..%2fsecret.txt',
    'app://tac/assets/..%2F..%2F..%2Fvault%2Ffamily.json',
    'app://tac/..%5c..%5csecret.txt',
    'app://tac/assets/%00/../../secret.txt',
    'app://tac/assets/linked/family.json',
    'app://tac/%252e%252e/secret.txt',
  ];

  it.each(TRAVERSALS)('never serves a file outside the renderer folder: %s', async (url) => {
    const res = await get(url);
    expect([400, 404]).toContain(res.status);
    expect(await res.text()).not.toContain(SECRET);
  });

  it('refuses addresses that are not app://tac', async () => {
    for (const url of ['app://tac.evil/index.html', 'app://evil/index.html', 'app://tac:99/index.html']) {
      expect((await get(url)).status, url).toBe(404);
    }
  });

  it('says plainly when the app has not been built', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'tac-empty-'));
    const res = await createAppRequestHandler(empty)(new Request('app://tac/'));
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/npm run build/);
  });
});

describe('registration', () => {
  it('registers app: as standard and secure, without bypassing the CSP or allowing service workers', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    const [[schemes]] = protocol.registerSchemesAsPrivileged.mock.calls;
    expect(schemes).toHaveLength(1);
    expect(schemes[0].scheme).toBe('app');
    expect(schemes[0].privileges).toMatchObject({ standard: true, secure: true });
    expect(schemes[0].privileges.bypassCSP).toBeFalsy();
    expect(schemes[0].privileges.allowServiceWorkers).toBeFalsy();
    expect(schemes[0].privileges.corsEnabled).toBeFalsy();
  });

  it('hands the session a handler for app: that serves the renderer', async () => {
    const session = { protocol: { handle: vi.fn() } };
    registerAppProtocol(session as unknown as Session, rendererDir);
    const [scheme, registered] = session.protocol.handle.mock.calls[0];
    expect(scheme).toBe('app');
    expect((await registered(new Request('app://tac/'))).status).toBe(200);
  });
});
