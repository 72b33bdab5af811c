// Starts the real browser host (`node dist/web/cli.js`) as a separate process over a temporary
// data folder, reads the address it prints, and can stop and restart it like a user would.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RunningHost {
  url: string;
  origin: string;
  dataDir: string;
  stop(): Promise<void>;
  restart(): Promise<RunningHost>;
}

export interface HostOptions {
  dataDir?: string;
  demo?: boolean;
  /**
   * Start as a person does, without a key file: the first page asks for a passphrase (or, once one is
   * chosen, to unlock). By default the host starts unattended with a key file beside the data folder.
   */
  passphrase?: boolean;
  /** The host's today (`--today`); every journey runs on E2E_TODAY unless it says otherwise. */
  today?: string;
}

/**
 * The day every journey is played on, whatever the real date: the demo family is built around it and
 * every date a journey types or expects follows from it. A Monday in term time.
 */
export const E2E_TODAY = '2026-11-23';

export async function startHost(options: HostOptions = {}): Promise<RunningHost> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'tac-e2e-'));
  // Unattended, as scripts start it: the vault's key lives in a key file beside the data folder.
  const args = ['dist/web/cli.js', '--data-dir', dataDir, '--port', '0'];
  if (!options.passphrase) args.push('--key-file', `${dataDir}.key`);
  if (options.demo) args.push('--demo');
  args.push('--today', options.today ?? E2E_TODAY);
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TAC_QUIET: '1' } });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Host did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`Host exited (${code}):\n${output}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    stop,
    async restart() {
      await stop();
      return startHost({ ...options, dataDir });
    },
  };
}
