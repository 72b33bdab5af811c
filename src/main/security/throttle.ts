// One throttle for every passphrase check (unlock, recovery, change passphrase, set recovery): checks
// run one at a time, wrong answers make the next wait longer, and the count is kept on disk across restarts.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/shared/result';
import { writeFileAtomic } from '../storage/atomic-write';

const FILE = 'passphrase-tries.json';
/** Wrong answers allowed before waits begin; then 1, 2, 4 … seconds, at most 5 minutes. */
const FREE_TRIES = 3;
const MAX_WAIT_S = 300;

interface State {
  failures: number;
  blockedUntil: number;
}

export class PassphraseThrottle {
  private state: State = { failures: 0, blockedUntil: 0 };
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataDir: string,
    private readonly clock: () => Date,
  ) {}

  /** Read the count kept by an earlier run (a missing or unreadable file counts as none). */
  async load(): Promise<void> {
    try {
      const raw = JSON.parse(await fs.readFile(path.join(this.dataDir, FILE), 'utf8')) as Partial<State>;
      const failures = Number(raw.failures);
      const blockedUntil = Number(raw.blockedUntil);
      if (Number.isFinite(failures) && Number.isFinite(blockedUntil)) this.state = { failures: Math.max(0, failures), blockedUntil };
    } catch {
      this.state = { failures: 0, blockedUntil: 0 };
    }
  }

  waitSeconds(): number {
    return Math.max(0, Math.ceil((this.state.blockedUntil - this.clock().getTime()) / 1000));
  }

  /**
   * Run one passphrase check, after any check under way. Refused while a wait is due; a wrong answer
   * (as `isWrong` says) is counted and saved before the error goes on; a right one clears the count.
   */
  check<T>(task: () => Promise<T>, isWrong: (err: unknown) => boolean): Promise<T> {
    const run = async (): Promise<T> => {
      const wait = this.waitSeconds();
      if (wait > 0) throw new AppError('locked', `Too many tries. Wait ${wait} seconds and try again.`);
      try {
        const result = await task();
        if (this.state.failures > 0) await this.save({ failures: 0, blockedUntil: 0 });
        return result;
      } catch (err) {
        if (isWrong(err)) {
          const failures = this.state.failures + 1;
          const blockedUntil = failures >= FREE_TRIES ? this.clock().getTime() + Math.min(2 ** (failures - FREE_TRIES), MAX_WAIT_S) * 1000 : 0;
          await this.save({ failures, blockedUntil });
        }
        throw err;
      }
    };
    const next = this.queue.catch(() => undefined).then(run);
    this.queue = next;
    return next;
  }

  private async save(state: State): Promise<void> {
    this.state = state;
    await writeFileAtomic(path.join(this.dataDir, FILE), JSON.stringify(state)).catch(() => undefined);
  }
}
