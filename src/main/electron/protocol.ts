// The `app://tac/…` protocol: serves the built renderer (dist/renderer) with the right types and the
// CSP header, refusing any path that would leave that folder. Nothing is ever fetched from a network.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Protocol, Session } from 'electron';
import { resolveInside } from '../web/static-files';
import { APP_SCHEME, SECURITY_HEADERS, isAppUrl } from './security';

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function mimeTypeFor(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Must run before the app is ready: `app:` behaves like https (standard, secure) and nothing more. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

async function isFile(file: string): Promise<boolean> {
  return (await fs.stat(file).catch(() => undefined))?.isFile() ?? false;
}

/** Resolves symbolic links and checks the real file is still inside the real root (when it can tell). */
async function staysInside(root: string, file: string): Promise<boolean> {
  try {
    const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(file)]);
    return realFile === realRoot || realFile.startsWith(realRoot + path.sep);
  } catch {
    // Inside an asar archive realpath may not apply; the lexical check has already passed.
    return true;
  }
}

/** The request handler for `protocol.handle('app', …)`, exported so tests can call it with a Request. */
export function createAppRequestHandler(rendererDir: string): (request: Request) => Promise<Response> {
  const root = path.resolve(rendererDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Only GET is allowed here.');
    if (!isAppUrl(request.url)) return textResponse(404, 'Not found.');
    // Take the path as written: the URL parser would already have folded away any `..`.
    const rawPath = request.url.replace(/^[a-z]+:\/\/[^/?#]*/i, '').replace(/[?#].*$/, '') || '/';
    const wanted = rawPath === '/' ? '/index.html' : rawPath;
    const target = resolveInside(root, wanted);
    if (!target) return textResponse(400, 'That address is not allowed.');
    let file = target;
    if (!(await isFile(file))) {
      // Addresses without a file ending are the app's own pages: answer with the app.
      if (path.extname(wanted) && wanted !== '/index.html') return textResponse(404, 'Not found.');
      file = path.join(root, 'index.html');
      if (!(await isFile(file))) return textResponse(503, 'The app has not been built. Run `npm run build` first.');
    }
    if (!(await staysInside(root, file))) return textResponse(404, 'Not found.');
    const body = request.method === 'HEAD' ? null : await fs.readFile(file);
    return new Response(body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(file) },
    });
  };
}

/** Serve the renderer on the session's `app:` scheme. */
export function registerAppProtocol(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}
