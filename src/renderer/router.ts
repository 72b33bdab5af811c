// Hash routes (`#/families/abc`) so the same bundle works from app:// and http:// alike.
import { useEffect, useState } from 'react';

export function currentPath(): string {
  const hash = window.location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash : '/';
}

export function navigate(path: string): void {
  if (currentPath() === path) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else window.location.hash = path;
}

export function usePath(): string {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const onChange = () => setPath(currentPath());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return path;
}

/** Match `/families/:id/team/:memberId` against a path; returns the params or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const [pathOnly] = path.split('?');
  const p = pattern.split('/').filter(Boolean);
  const a = pathOnly.split('/').filter(Boolean);
  if (p.length !== a.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) params[p[i].slice(1)] = decodeURIComponent(a[i]);
    else if (p[i] !== a[i]) return null;
  }
  return params;
}

export function queryParam(path: string, name: string): string | undefined {
  const q = path.split('?')[1];
  return q ? new URLSearchParams(q).get(name) ?? undefined : undefined;
}
