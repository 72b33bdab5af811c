// The audit log: append-only, hash-chained, one encrypted line per entry in a file per month
// (audit/2026-11.log), and a small encrypted "head" so entries cut off the end are noticed too.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { londonDate } from '../../core/shared/dates';
import { AppError } from '../../core/shared/result';
import { fsyncDir, writeFileAtomic } from '../storage/atomic-write';
import type { RecordCodec } from '../storage/codec';
import { auditEntrySchema, entryHash, GENESIS, hostUserId, toCsv, type AuditEntry, type AuditEvent } from './audit-entry';

const MONTH_FILE = /^(\d{4}-\d{2})\.log$/;
const HEAD_FILE = 'head.tac';
const HEAD_ID = 'audit-head';
const PENDING_FILE = 'pending.jsonl';

export interface AuditVerdict {
  intact: boolean;
  checked: number;
  /** Where the chain breaks: the entry number expected there, and the month file and line. */
  brokenAt?: { seq: number; month: string; line: number };
  /** A plain sentence for the user or the data protection officer. */
  message: string;
}

export interface AuditLogOptions {
  /** The vault folder: the log lives in <vault>/audit. */
  vaultDir: string;
  host: 'electron' | 'web';
  appVersion: string;
  clock?: () => Date;
  user?: string;
  /**
   * A second place that remembers the chain's length and last hash, updated with every entry (the vault's
   * encrypted index): cutting entries off with the head, removing the folder or putting back an older log shows.
   */
  anchor?: AuditAnchorStore;
}

export interface AuditAnchor {
  seq: number;
  hash: string;
}

export interface AuditAnchorStore {
  read(): AuditAnchor | undefined;
  write(anchor: AuditAnchor): void;
}

export class AuditLog {
  readonly dir: string;
  private codec: RecordCodec | undefined;
  private seq = 0;
  private last = GENESIS;
  private queue: Promise<unknown> = Promise.resolve();
  private clock: () => Date;
  private user: string;

  constructor(private readonly options: AuditLogOptions) {
    this.dir = path.join(options.vaultDir, 'audit');
    this.clock = options.clock ?? (() => new Date());
    this.user = options.user ?? hostUserId();
  }

  get isOpen(): boolean {
    return this.codec !== undefined;
  }

  /** Start writing with the unlocked codec: find the end of the chain, mend a torn last line, add events noted while locked. */
  async open(codec: RecordCodec): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    this.codec = codec;
    const months = await this.months();
    const latest = months[months.length - 1];
    this.seq = 0;
    this.last = GENESIS;
    if (latest) {
      const file = this.monthFile(latest);
      const text = await fs.readFile(file, 'utf8');
      if (text.length && !text.endsWith('\n')) await fs.truncate(file, Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1)));
      const lines = text.slice(0, text.lastIndexOf('\n') + 1).split('\n').filter(Boolean);
      const tail = lines.length ? this.decodeLine(latest, lines[lines.length - 1]) : undefined;
      if (tail) {
        this.seq = tail.seq;
        this.last = tail.hash;
      } else if (lines.length) {
        this.seq = lines.length; // the last entry cannot be read (verify() will say so); carry on after it
      }
    }
    // The head remembers the latest entry. If the files end before it, entries were cut off: carry on
    // from the head, so the gap stays visible to verify() instead of being papered over by new entries.
    for (const mark of [await this.readHead(), this.options.anchor?.read()]) {
      if (mark && mark.seq > this.seq) {
        this.seq = mark.seq;
        this.last = mark.hash;
      }
    }
    await this.foldPending();
  }

  close(): Promise<void> {
    const done = this.queue.catch(() => undefined);
    return done.then(() => {
      this.codec = undefined;
    });
  }

  /** Add one entry (ids and fixed words only). Entries are written one after another, in order. */
  append(event: AuditEvent): Promise<AuditEntry> {
    const task = this.queue.catch(() => undefined).then(() => this.write(event));
    this.queue = task;
    return task;
  }

  private async write(event: AuditEvent): Promise<AuditEntry> {
    const codec = this.requireCodec();
    const at = event.at ?? this.clock().toISOString();
    const body: Omit<AuditEntry, 'hash'> = {
      seq: this.seq + 1,
      at,
      action: event.action,
      ...(event.method ? { method: event.method } : {}),
      ...(event.familyId ? { familyId: event.familyId } : {}),
      host: this.options.host,
      user: this.user,
      appVersion: this.options.appVersion,
      ...(event.detail ? { detail: event.detail } : {}),
      prev: this.last,
    };
    const entry: AuditEntry = { ...body, hash: entryHash(body) };
    const month = londonDate(this.clock()).slice(0, 7);
    const line = codec.encodeBytes(`audit:${month}`, Buffer.from(JSON.stringify(entry), 'utf8')).toString('base64') + '\n';
    const file = this.monthFile(month);
    const isNew = !(await fs.stat(file).then(() => true, () => false));
    const handle = await fs.open(file, 'a', 0o600);
    try {
      await handle.write(line);
      if (event.action !== 'opened') await handle.datasync();
    } finally {
      await handle.close();
    }
    if (isNew) await fsyncDir(this.dir); // a new month's file: its name must survive a power cut too
    this.seq = entry.seq;
    this.last = entry.hash;
    await writeFileAtomic(path.join(this.dir, HEAD_FILE), codec.encode(HEAD_ID, JSON.stringify({ seq: entry.seq, hash: entry.hash })), { durable: 'contents' });
    this.options.anchor?.write({ seq: entry.seq, hash: entry.hash });
    return entry;
  }

  /** Every entry, oldest first; lines that cannot be read are skipped (verify() reports them). */
  async entries(): Promise<AuditEntry[]> {
    await this.queue.catch(() => undefined);
    const out: AuditEntry[] = [];
    for (const month of await this.months()) {
      for (const line of await this.lines(month)) {
        const entry = this.decodeLine(month, line);
        if (entry) out.push(entry);
      }
    }
    return out;
  }

  /** Newest first, optionally about one family. */
  async list(options: { familyId?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    const all = await this.entries();
    const picked = options.familyId ? all.filter((e) => e.familyId === options.familyId) : all;
    return picked.reverse().slice(0, options.limit ?? picked.length);
  }

  /** Walk the whole chain: every line unlocks, numbers run on, each entry holds the hash of the one before. */
  async verify(): Promise<AuditVerdict> {
    await this.queue.catch(() => undefined);
    let expected = 1;
    let prev = GENESIS;
    let lastMonth = '';
    const broken = (month: string, line: number, why: string): AuditVerdict => ({
      intact: false,
      checked: expected - 1,
      brokenAt: { seq: expected, month, line },
      message: `The audit log has been changed or damaged: ${why} (entry ${expected}, in the file for ${month}, line ${line}). Tell your data protection officer.`,
    });
    for (const month of await this.months()) {
      lastMonth = month;
      const lines = await this.lines(month);
      for (let i = 0; i < lines.length; i++) {
        const entry = this.decodeLine(month, lines[i]);
        if (!entry) return broken(month, i + 1, 'an entry cannot be unlocked or read');
        if (entry.seq !== expected) return broken(month, i + 1, entry.seq > expected ? 'entries are missing' : 'entries are repeated or out of order');
        if (entry.prev !== prev) return broken(month, i + 1, 'an entry does not follow on from the one before');
        const { hash, ...body } = entry;
        if (entryHash(body) !== hash) return broken(month, i + 1, 'an entry was altered');
        prev = hash;
        expected++;
      }
    }
    const head = await this.readHead();
    const count = expected - 1;
    const missing = (n: number) => `the last ${n} ${n === 1 ? 'entry is' : 'entries are'} missing`;
    const anchor = this.options.anchor?.read();
    if (anchor && count === 0 && anchor.seq > 0) return broken(lastMonth || 'this month', 0, `the audit log's files are missing (${anchor.seq} entries were recorded)`);
    if (anchor && anchor.seq > count) return broken(lastMonth, 0, missing(anchor.seq - count));
    if (anchor && (await this.hashAt(anchor.seq)) !== anchor.hash) return broken(lastMonth, 0, 'an older copy of the log was put back');
    if (count > 0 && !head) return broken(lastMonth, 0, 'the record of the latest entry is missing');
    if (head && head.seq > count) return broken(lastMonth, 0, missing(head.seq - count));
    return { intact: true, checked: count, message: count === 0 ? 'The audit log is empty.' : `All ${count} entries in the audit log are intact.` };
  }

  /** A file for a data protection officer: CSV or JSON, as bytes, with a file name free of names. */
  async export(format: 'csv' | 'json'): Promise<{ fileName: string; mimeType: string; bytes: Buffer; verdict: AuditVerdict }> {
    const entries = await this.entries();
    const verdict = await this.verify();
    const day = londonDate(this.clock());
    if (format === 'csv') {
      return { fileName: `tac-chair-audit-log-${day}.csv`, mimeType: 'text/csv', bytes: Buffer.from(toCsv(entries), 'utf8'), verdict };
    }
    const json = { exportedAt: this.clock().toISOString(), appVersion: this.options.appVersion, verdict, entries };
    return { fileName: `tac-chair-audit-log-${day}.json`, mimeType: 'application/json', bytes: Buffer.from(JSON.stringify(json, null, 2), 'utf8'), verdict };
  }

  /** While locked there is no key: a failed unlock is noted in plain (no content) and added on the next unlock. */
  async notePending(event: AuditEvent): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    const line = JSON.stringify({ action: event.action, at: event.at ?? this.clock().toISOString(), detail: event.detail, method: event.method });
    await fs.appendFile(path.join(this.dir, PENDING_FILE), line + '\n', { mode: 0o600 });
  }

  private async foldPending(): Promise<void> {
    const file = path.join(this.dir, PENDING_FILE);
    const text = await fs.readFile(file, 'utf8').catch(() => '');
    for (const line of text.split('\n').filter(Boolean)) {
      try {
        const raw = JSON.parse(line) as AuditEvent;
        if (raw.action !== 'failed unlock') continue; // only this is ever noted while locked
        await this.append({ action: 'failed unlock', at: String(raw.at).slice(0, 40), method: raw.method?.slice(0, 80), detail: `${raw.detail ?? ''}${raw.detail ? ', ' : ''}noted while locked` });
      } catch {
        // a torn line from a crash: nothing to add
      }
    }
    await this.queue.catch(() => undefined);
    await fs.rm(file, { force: true });
  }

  /** The hash of entry number `seq` (undefined when it cannot be read). */
  private async hashAt(seq: number): Promise<string | undefined> {
    if (seq === 0) return GENESIS;
    return (await this.entries()).find((e) => e.seq === seq)?.hash;
  }

  private requireCodec(): RecordCodec {
    if (!this.codec) throw new AppError('locked', 'TAC Chair is locked. Unlock it to carry on.');
    return this.codec;
  }

  private decodeLine(month: string, line: string): AuditEntry | undefined {
    try {
      const bytes = this.requireCodec().decodeBytes(`audit:${month}`, Buffer.from(line, 'base64'));
      const parsed = auditEntrySchema.safeParse(JSON.parse(bytes.toString('utf8')));
      return parsed.success ? parsed.data : undefined;
    } catch (err) {
      if (err instanceof AppError) throw err;
      return undefined;
    }
  }

  private async readHead(): Promise<{ seq: number; hash: string } | undefined> {
    try {
      const head = JSON.parse(this.requireCodec().decode(HEAD_ID, await fs.readFile(path.join(this.dir, HEAD_FILE)))) as { seq: number; hash: string };
      return typeof head.seq === 'number' ? head : undefined;
    } catch {
      return undefined;
    }
  }

  private async months(): Promise<string[]> {
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    return names.map((n) => MONTH_FILE.exec(n)?.[1]).filter((m): m is string => !!m).sort();
  }

  private async lines(month: string): Promise<string[]> {
    const text = await fs.readFile(this.monthFile(month), 'utf8').catch(() => '');
    return text.split('\n').filter(Boolean);
  }

  private monthFile(month: string): string {
    return path.join(this.dir, `${month}.log`);
  }
}
