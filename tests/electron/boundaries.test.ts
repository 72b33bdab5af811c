// Rules that keep the shell safe as the code grows: only the shell and the preload import
// `electron`, nothing ever calls shell.openExternal, and the package holds only the built app.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./support/fake-electron'));

const require = createRequire(import.meta.url);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts|cts|js|mjs)$/.test(name) ? [full] : [];
  });
}

const SRC = path.resolve('src');
const ALLOWED = [path.join(SRC, 'main', 'electron') + path.sep, path.join(SRC, 'preload') + path.sep];
/** `import x from 'electron'`, `import { a } from 'electron'`, `require('electron')`, `import('electron')` — but not `import type`. */
const VALUE_IMPORT = /(^|\n)\s*import\s+(?!type\b)[^;]*?from\s+['"]electron(\/[^'"]*)?['"]|\brequire\(\s*['"]electron['"]\s*\)|\bimport\(\s*['"]electron['"]\s*\)/;

describe('who may import electron', () => {
  it('finds value imports of electron only in src/main/electron and src/preload', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => !ALLOWED.some((dir) => file.startsWith(dir)))
      .filter((file) => VALUE_IMPORT.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(SRC, file));
    expect(offenders).toEqual([]);
  });

  it('the pattern catches the imports it is meant to catch', () => {
    expect(VALUE_IMPORT.test("import { app } from 'electron';")).toBe(true);
    expect(VALUE_IMPORT.test("const e = require('electron');")).toBe(true);
    expect(VALUE_IMPORT.test("import type { App } from 'electron';")).toBe(false);
  });
});

describe('no external links', () => {
  it('never calls shell.openExternal or shell.openPath anywhere in the app', () => {
    const offenders = sourceFiles(SRC).filter((file) => /\bopenExternal\b|\bopenPath\b/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((f) => path.relative(SRC, f))).toEqual([]);
  });
});

describe('packaging (electron-builder.yml)', () => {
  const yaml = require('js-yaml') as { load(text: string): unknown };
  const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('is a configuration electron-builder accepts', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    await expect(validateConfiguration(config, { isEnabled: false, add() {} })).resolves.toBeUndefined();
  });

  it('names the app and ships only the built app in an asar archive, with templates beside it', () => {
    expect(config.appId).toBe('uk.org.tacchair.app');
    expect(config.productName).toBe('TAC Chair');
    expect(config.asar).toBe(true);
    const included = (config.files as string[]).filter((f) => !f.startsWith('!'));
    expect(included.sort()).toEqual(['dist/**', 'package.json']);
    expect(config.files).toContain('!src/**');
    expect(config.files).toContain('!tests/**');
    expect(config.extraResources).toEqual([{ from: 'templates', to: 'templates', filter: ['**/*.json'] }]);
  });

  it('builds a Windows installer, a Mac disk image and Linux AppImage and deb packages', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('sets every security fuse the safe way in release builds (a fuse missing or flipped fails)', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('matches package.json: main points into dist/electron and `npm run dist` uses this file', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.main).toBe('dist/electron/main.js');
    expect(pkg.scripts.dist).toContain('electron-builder.yml');
  });
});
