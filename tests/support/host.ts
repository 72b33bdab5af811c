// Starts the browser host in this test process, on a free port, over a temporary data folder,
// and gives tests a typed way to call it over real HTTP — the way the renderer does.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAppCore, type AppCore } from '../../src/main/app-core';
import { startWebHost, type WebHost } from '../../src/main/web/server';
import type { Result } from '../../src/core/shared/result';

export interface TestHost {
  dataDir: string;
  host: WebHost;
  core: AppCore;
  call<T = unknown>(name: string, input?: unknown): Promise<Result<T>>;
  value<T = any>(name: string, input?: unknown): Promise<T>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

export function tempDir(prefix = 'tac-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Starts unlocked: the vault is encrypted under a key file kept beside the data folder (`<dataDir>.key`),
 * so a restart with the same dataDir opens the same records. A test whose answer depends on today's
 * date passes `today` (the host then runs as if it were that day) rather than reading the real clock.
 */
export async function startTestHost(options: { dataDir?: string; demo?: boolean; now?: () => Date; today?: string; keyFile?: string } = {}): Promise<TestHost> {
  const dataDir = options.dataDir ?? tempDir();
  process.env.TAC_QUIET = '1';
  const core = await openAppCore({ dataDir, host: 'web', demo: options.demo, now: options.now, today: options.today, keyFile: options.keyFile ?? `${dataDir}.key` });
  const host = await startWebHost({ dispatch: core.dispatch, staticDir: path.resolve('dist/renderer'), port: 0 });
  const call = async <T,>(name: string, input: unknown = {}): Promise<Result<T>> => {
    const res = await fetch(`${host.origin}/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}`, Origin: host.origin },
      body: JSON.stringify(input),
    });
    return (await res.json()) as Result<T>;
  };
  return {
    dataDir,
    host,
    core,
    call,
    async value<T>(name: string, input?: unknown): Promise<T> {
      const result = await call<T>(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    async close() {
      await host.close();
      await core.close();
    },
  };
}
