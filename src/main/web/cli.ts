// `npm run web -- [--data-dir DIR] [--port N] [--demo] [--key-file PATH] [--today YYYY-MM-DD]`: start the browser host and print the
// address to open (it carries a fresh access token). Stops cleanly on Ctrl+C or SIGTERM.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openAppCore } from '../app-core';
import { startWebHost } from './server';
import { log } from '../log';
import { KeyringError } from '../security/keyring-error';
import { VaultKeyMismatch } from '../storage/vault';
import { isIsoDate, type IsoDate } from '../../core/shared/dates';

export interface CliOptions {
  dataDir: string;
  port: number;
  demo: boolean;
  /** Unlock unattended with this key file (made, mode 0600, if absent); without it the host starts locked. */
  keyFile?: string;
  /** Run as if today were this date (tests and demos); the time of day still runs. */
  today?: IsoDate;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { dataDir: path.join(os.homedir(), '.tac-chair'), port: 4870, demo: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--data-dir') options.dataDir = path.resolve(value());
    else if (arg === '--port') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error('--port must be a number from 0 to 65535');
      options.port = n;
    } else if (arg === '--demo') options.demo = true;
    else if (arg === '--key-file') options.keyFile = path.resolve(value());
    else if (arg === '--today') {
      const v = value();
      if (!isIsoDate(v)) throw new Error('--today must be a real date written YYYY-MM-DD, for example 2026-11-20');
      options.today = v;
    }
    else if (arg === '--help' || arg === '-h') {
      console.log('Usage: npm run web -- [--data-dir DIR] [--port N] [--demo] [--key-file PATH] [--today YYYY-MM-DD]');
      process.exit(0);
    } else throw new Error(`Unknown option ${arg}`);
  }
  return options;
}

async function main(): Promise<void> {
  let options: CliOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  const staticDir = process.env.TAC_STATIC_DIR ?? path.resolve(here, '../renderer');
  let core: Awaited<ReturnType<typeof openAppCore>>;
  try {
    core = await openAppCore({ dataDir: options.dataDir, host: 'web', demo: options.demo, keyFile: options.keyFile, today: options.today });
  } catch (err) {
    // A wrong key file, or a vault locked with another key: refuse to start, change nothing.
    if (err instanceof KeyringError || err instanceof VaultKeyMismatch) {
      console.error(`TAC Chair did not start: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const host = await startWebHost({ dispatch: core.dispatch, staticDir, port: options.port });
  console.log(`TAC Chair is running. Data folder: ${options.dataDir}`);
  const status = core.session.status();
  if (status.state !== 'unlocked') {
    console.log(status.state === 'new' ? 'It is new: open the address and choose a passphrase.' : 'It is locked: open the address and enter the passphrase.');
    if (status.problem) console.log(status.problem);
  }
  console.log('Open this address in your browser (it includes a one-off key):');
  console.log(`  ${host.url}`);
  console.log('Press Ctrl+C to stop.');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`Stopping (${signal})…`);
    await host.close();
    await core.close();
    log.info('Stopped. Everything is saved.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain || process.env.TAC_WEB_MAIN === '1') void main();
