// The browser host: a small HTTP server on 127.0.0.1 that serves the built renderer and
// `POST /api/<method>`, refusing any call without this launch's token or from another origin.
import http from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { contract, METHOD_NAMES } from '../../api';
import type { Dispatch } from '../dispatch';
import { fail } from '../../core/shared/result';
import { serveStatic } from './static-files';
import { WEB_CSP } from './csp';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;
const COOKIE = 'tac_token';

export interface WebHostOptions {
  dispatch: Dispatch;
  staticDir: string;
  port?: number;
  token?: string;
  /** Extra routes served before the API (e.g. unlock pages); return true when handled. */
  beforeApi?: (req: http.IncomingMessage, res: http.ServerResponse, helpers: RouteHelpers) => Promise<boolean> | boolean;
}

export interface RouteHelpers {
  isAuthorised: (req: http.IncomingMessage) => boolean;
  sendJson: (res: http.ServerResponse, status: number, body: unknown) => void;
  readJson: (req: http.IncomingMessage) => Promise<unknown>;
}

export interface WebHost {
  url: string;
  origin: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  function tokenMatches(candidate: string | undefined): boolean {
    if (!candidate) return false;
    const b = Buffer.from(candidate);
    return b.length === tokenBytes.length && timingSafeEqual(b, tokenBytes);
  }

  function isAuthorised(req: http.IncomingMessage): boolean {
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ') && tokenMatches(auth.slice(7).trim())) return true;
    return tokenMatches(readCookie(req.headers.cookie, COOKIE));
  }

  /**
   * A method call carrying only the cookie must say it comes from our own page: an Origin of ours, or,
   * where a browser leaves Origin out, `Sec-Fetch-Site: same-origin`. A call with the token itself needs neither.
   */
  function isOwnPageCall(req: http.IncomingMessage): boolean {
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ') && tokenMatches(auth.slice(7).trim())) return true;
    if (req.headers.origin !== undefined) return allowedOrigins().has(req.headers.origin);
    return req.headers['sec-fetch-site'] === 'same-origin';
  }

  const helpers: RouteHelpers = { isAuthorised, sendJson, readJson: (req) => readJson(req) };

  const server = http.createServer(async (req, res) => {
    try {
      setSecurityHeaders(res);
      // DNS rebinding: only our own loopback host names are answered.
      if (!req.headers.host || !allowedHosts().has(req.headers.host.toLowerCase())) {
        return sendJson(res, 421, fail('unauthorised', 'This address is not served here.'));
      }
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins().has(origin)) {
        return sendJson(res, 403, fail('unauthorised', 'Calls from other websites are refused.'));
      }
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

      // First page load: swap the token in the address for a cookie, then drop it from the address.
      const offered = url.searchParams.get('token');
      if (req.method === 'GET' && offered !== null) {
        if (!tokenMatches(offered)) return sendText(res, 401, notAuthorisedPage());
        res.setHeader('Set-Cookie', `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
        res.writeHead(303, { Location: url.pathname || '/' });
        return res.end();
      }

      if (options.beforeApi && (await options.beforeApi(req, res, helpers))) return;

      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        if (!isAuthorised(req)) return sendJson(res, 401, fail('unauthorised', 'Open TAC Chair from the address the host printed; this call has no valid key.'));
        if (!isOwnPageCall(req)) return sendJson(res, 403, fail('unauthorised', 'Calls from other websites are refused.'));
        if (url.pathname === '/api' && req.method === 'GET') return sendJson(res, 200, describeApi());
        if (req.method !== 'POST') return sendJson(res, 405, fail('invalid-input', 'Use POST to call a method.'));
        const name = decodeURIComponent(url.pathname.slice('/api/'.length));
        if (!METHOD_NAMES.includes(name)) return sendJson(res, 404, fail('unknown-method', `There is no method called ${name.slice(0, 80)}.`));
        let body: unknown;
        try {
          body = await readJson(req);
        } catch (err) {
          if (err instanceof TooLarge) return sendJson(res, 413, fail('too-large', 'That request is too large to accept.'));
          return sendJson(res, 400, fail('invalid-input', 'The request was not valid JSON.'));
        }
        return sendJson(res, 200, await options.dispatch(name, body));
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, fail('invalid-input', 'Only GET is allowed here.'));
      if (!isAuthorised(req)) return sendText(res, 401, notAuthorisedPage());
      await serveStatic(options.staticDir, url.pathname, req, res);
    } catch {
      if (!res.headersSent) sendJson(res, 500, fail('internal', 'Something went wrong in the browser host.'));
      else res.end();
    }
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2000).unref();
      }),
  };
}

function describeApi() {
  const methods = Object.entries(contract).flatMap(([domain, verbs]) =>
    Object.entries(verbs).map(([verb, def]) => ({
      name: `${domain}.${verb}`,
      summary: def.summary,
      input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
      output: z.toJSONSchema(def.output, { io: 'output', unrepresentable: 'any' }),
    })),
  );
  return { ok: true, value: { methods } };
}

class TooLarge extends Error {}

function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      req.resume();
      return reject(new TooLarge());
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new TooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve(text.trim() === '' ? {} : JSON.parse(text));
      } catch (err) {
        reject(err);
      }
    });
    req.on('error', reject);
  });
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function setSecurityHeaders(res: http.ServerResponse): void {
  res.setHeader('Content-Security-Policy', WEB_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function sendText(res: http.ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(html);
}

function notAuthorisedPage(): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>TAC Chair: open the full address</title></head>
<body><main><h1>Open TAC Chair from the address it printed</h1>
<p>For safety, TAC Chair only opens from the full address shown when it started, which includes a one-off key.
Go back to the window where you started it and open that address.</p></main></body></html>`;
}
