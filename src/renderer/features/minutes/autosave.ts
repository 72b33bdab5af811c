// Saving as you type: a save at most a second after the first unsaved keystroke (sooner when typing
// pauses), one save in flight at a time, and on failure the text kept, the problem said and the save retried.
export type SaveState =
  | { state: 'saved'; at?: string }
  | { state: 'pending' }
  | { state: 'saving' }
  /** Not sent: something must be filled in first (a reason for professionals only). */
  | { state: 'held'; message: string }
  | { state: 'problem'; message: string; retrying: boolean };

export type SaveOutcome = { ok: true; at: string } | { ok: false; message: string; retry: boolean };

export interface Timers {
  now(): number;
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface AutosaveOptions<T> {
  save(value: T): Promise<SaveOutcome>;
  /** A reason not to send yet, in plain words; undefined when the value can be sent. */
  hold?(value: T): string | undefined;
  onState(state: SaveState): void;
  /** Called after a save lands and nothing newer is waiting. */
  onSettled?(): void;
  /** Wait after the last change (default 500 ms). */
  idleMs?: number;
  /** Longest wait after the first unsaved change while typing goes on (default 1,000 ms). */
  maxWaitMs?: number;
  /** Waits before each retry after a failed save (the last repeats). */
  retryMs?: number[];
  timers?: Timers;
}

const REAL_TIMERS: Timers = {
  now: () => Date.now(),
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class Autosaver<T> {
  private latest: T | undefined;
  private version = 0;
  private savedVersion = 0;
  private firstUnsavedAt: number | undefined;
  private timer: unknown;
  private inFlight: Promise<void> | undefined;
  private failures = 0;
  private blocked = false;
  private readonly timers: Timers;
  private readonly idleMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number[];

  constructor(private readonly options: AutosaveOptions<T>) {
    this.timers = options.timers ?? REAL_TIMERS;
    this.idleMs = options.idleMs ?? 500;
    this.maxWaitMs = options.maxWaitMs ?? 1000;
    this.retryMs = options.retryMs ?? [1000, 2000, 5000, 10_000];
  }

  /** True while some change has not reached the app yet. */
  get dirty(): boolean {
    return this.version !== this.savedVersion;
  }

  /** The newest value given (saved or not). */
  get value(): T | undefined {
    return this.latest;
  }

  change(value: T): void {
    this.latest = value;
    this.version += 1;
    this.blocked = false;
    const now = this.timers.now();
    this.firstUnsavedAt ??= now;
    const held = this.options.hold?.(value);
    if (held) {
      this.cancelTimer();
      this.options.onState({ state: 'held', message: held });
      return;
    }
    if (this.failures === 0) this.options.onState({ state: 'pending' });
    this.schedule(Math.max(0, Math.min(this.idleMs, this.firstUnsavedAt + this.maxWaitMs - now)));
  }

  /** Save now if anything is waiting (leaving a field, leaving the item). */
  async flush(): Promise<void> {
    this.cancelTimer();
    if (this.inFlight) await this.inFlight;
    this.cancelTimer();
    if (this.dirty && !this.blocked && this.latest !== undefined && !this.options.hold?.(this.latest)) await this.send();
  }

  /** Stop any waiting save or retry (the entry was taken out). */
  dispose(): void {
    this.cancelTimer();
    this.savedVersion = this.version;
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.timer = this.timers.set(() => {
      this.timer = undefined;
      void this.send();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
  }

  private async send(): Promise<void> {
    if (this.inFlight) return; // the landing save looks again
    if (!this.dirty || this.latest === undefined) return;
    const held = this.options.hold?.(this.latest);
    if (held) {
      this.options.onState({ state: 'held', message: held });
      return;
    }
    const version = this.version;
    const value = this.latest;
    this.firstUnsavedAt = undefined;
    this.options.onState({ state: 'saving' });
    let outcome: SaveOutcome;
    const run = (async () => {
      try {
        outcome = await this.options.save(value);
      } catch {
        outcome = { ok: false, message: 'TAC Chair is not answering.', retry: true };
      }
    })();
    this.inFlight = run;
    await run;
    this.inFlight = undefined;
    const result = outcome!;
    if (result.ok) {
      this.failures = 0;
      this.savedVersion = Math.max(this.savedVersion, version);
      const held = this.dirty && this.latest !== undefined ? this.options.hold?.(this.latest) : undefined;
      if (held) {
        this.options.onState({ state: 'held', message: held });
      } else if (this.dirty) {
        // More was typed while that save was on its way: keep to the one-second promise.
        this.firstUnsavedAt ??= this.timers.now();
        this.options.onState({ state: 'pending' });
        this.schedule(Math.max(0, Math.min(this.idleMs, this.firstUnsavedAt + this.maxWaitMs - this.timers.now())));
      } else {
        this.options.onState({ state: 'saved', at: result.at });
        this.options.onSettled?.();
      }
      return;
    }
    this.failures += 1;
    this.firstUnsavedAt ??= this.timers.now();
    if (result.retry) {
      const wait = this.retryMs[Math.min(this.failures - 1, this.retryMs.length - 1)];
      this.options.onState({ state: 'problem', message: result.message, retrying: true });
      this.schedule(wait);
    } else {
      // Sending the same again would fail the same way: wait for the next change.
      this.blocked = true;
      this.options.onState({ state: 'problem', message: result.message, retrying: false });
    }
  }
}
