// The browser host only answers this launch's token, from its own origin and host name, with
// request size limits and no way out of the app's folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, type TestHost } from '../support/host';
import { METHOD_NAMES } from '../../src/api';
import { resolveInside } from '../../src/main/web/static-files';

let t: TestHost;
beforeAll(async () => {
  t = await startTestHost();
});
afterAll(async () => {
  await t.close();
});

const post = (path: string, headers: Record<string, string>, body = '{}') =>
  fetch(`${t.host.origin}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

describe('browser host', () => {
  it('binds to loopback only and prints a URL carrying a token', () => {
    expect(t.host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(t.host.url).toContain(`token=${t.host.token}`);
    expect(t.host.token.length).toBeGreaterThanOrEqual(40);
  });

  it('refuses an API call without the token, or with the wrong one', async () => {
    const none = await post('/api/families.list', {});
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    const wrong = await post('/api/families.list', { Authorization: 'Bearer not-the-token' });
    expect(wrong.status).toBe(401);
  });

  it('accepts the token as a cookie set by the first page load, and drops it from the address', async () => {
    const first = await fetch(t.host.url, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const res = await post('/api/families.list', { Cookie: cookie.split(';')[0], Origin: t.host.origin });
    expect(res.status).toBe(200);
    expect((await res.json()).ok).toBe(true);
  });

  it('a call with only the cookie must come from our own page: our Origin, or Sec-Fetch-Site same-origin', async () => {
    const first = await fetch(t.host.url, { redirect: 'manual' });
    const cookie = first.headers.get('set-cookie')!.split(';')[0];
    const bare = await post('/api/families.list', { Cookie: cookie });
    expect(bare.status).toBe(403);
    expect(await bare.json()).toMatchObject({ ok: false, error: { code: 'unauthorised', message: 'Calls from other websites are refused.' } });
    expect((await post('/api/families.list', { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await post('/api/families.list', { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    expect((await post('/api/families.list', { Cookie: cookie, Origin: t.host.origin })).status).toBe(200);
  });

  it('refuses calls from another origin even with the token (no cross-site requests)', async () => {
    const res = await post('/api/families.list', { Authorization: `Bearer ${t.host.token}`, Origin: 'http://evil.example' });
    expect(res.status).toBe(403);
  });

  it('refuses a request for another host name (DNS rebinding)', async () => {
    const http = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const req = http.request(
        { host: '127.0.0.1', port: t.host.port, path: '/api/families.list', method: 'POST', headers: { Host: 'attacker.example', Authorization: `Bearer ${t.host.token}` } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.end('{}');
    });
    expect(status).toBe(421);
  });

  it('refuses a body over the size limit with a clear error', async () => {
    const big = JSON.stringify({ query: 'x'.repeat(3 * 1024 * 1024) });
    const res = await post('/api/families.list', { Authorization: `Bearer ${t.host.token}` }, big);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('answers malformed JSON and unknown methods with error values, not crashes', async () => {
    const bad = await post('/api/families.list', { Authorization: `Bearer ${t.host.token}` }, '{not json');
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const unknown = await post('/api/families.destroyEverything', { Authorization: `Bearer ${t.host.token}` });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    const proto = await post('/api/__proto__.constructor', { Authorization: `Bearer ${t.host.token}` });
    expect((await proto.json()).ok).toBe(false);
  });

  it('lists every method with its JSON schemas at GET /api (with the token)', async () => {
    const res = await fetch(`${t.host.origin}/api`, { headers: { Authorization: `Bearer ${t.host.token}` } });
    const body = await res.json();
    const names = body.value.methods.map((m: { name: string }) => m.name);
    expect(names).toEqual([...METHOD_NAMES]);
    const create = body.value.methods.find((m: { name: string }) => m.name === 'families.create');
    expect(create.input.type).toBe('object');
    expect(create.input.properties.reference).toBeDefined();
    const locked = await fetch(`${t.host.origin}/api`);
    expect(locked.status).toBe(401);
  });

  it('sends a strict Content-Security-Policy and never serves files outside the app folder', async () => {
    const res = await fetch(`${t.host.origin}/`, { headers: { Authorization: `Bearer ${t.host.token}` } });
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(resolveInside('/srv/app', '/../../etc/passwd')).toBe('/srv/app/etc/passwd');
    expect(resolveInside('/srv/app', '/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/app/etc/passwd');
    expect(resolveInside('/srv/app', '/a%00b')).toBeUndefined();
    expect(resolveInside('/srv/app', '/..%5c..%5cwindows')).toBeUndefined();
    const traversal = await fetch(`${t.host.origin}/..%2f..%2f..%2fetc%2fpasswd`, { headers: { Authorization: `Bearer ${t.host.token}` } });
    expect(await traversal.text()).not.toContain('root:');
  });
});
