// Loads and saves family records through the vault, one change at a time per family, with a small
// in-memory cache so a save costs one family's file and never a re-read.
import { AppError } from '../../core/shared/result';
import { cloneData } from '../../core/shared/clone';
import type { FamilyRecord } from '../../core/families/record';
import { checkFamily } from '../../core/families/validate';
import { issuesToFields } from '../../core/shared/issues';
import { RecordProblem, type Vault } from '../storage/vault';

const CACHE_SIZE = 64;

export class FamilyStore {
  private cache = new Map<string, FamilyRecord>();
  private queues = new Map<string, Promise<unknown>>();

  constructor(readonly vault: Vault, private readonly now: () => Date) {}

  async load(id: string): Promise<FamilyRecord> {
    const cached = this.cache.get(id);
    if (cached) {
      this.touch(id, cached);
      return cloneData(cached);
    }
    if (!this.vault.has(id)) throw new AppError('not-found', 'We could not find that family. It may have been deleted.');
    try {
      const record = await this.vault.readFamily(id);
      this.touch(id, record);
      return cloneData(record);
    } catch (err) {
      if (err instanceof RecordProblem) throw new AppError('cannot-open', `This family cannot be opened. ${err.problem}`);
      throw err;
    }
  }

  /** Save a brand-new family. */
  async create(record: FamilyRecord): Promise<FamilyRecord> {
    return this.serialise(record.id, async () => this.save(record, undefined));
  }

  /** Apply a change to one family and save it; changes to the same family run one after another. */
  async update(id: string, change: (draft: FamilyRecord) => void | Promise<void>): Promise<FamilyRecord> {
    return this.serialise(id, async () => {
      const draft = await this.load(id);
      const previous = this.cache.get(id);
      await change(draft);
      draft.revision += 1;
      draft.updatedAt = this.now().toISOString();
      return this.save(draft, previous);
    });
  }

  async remove(id: string): Promise<void> {
    await this.serialise(id, async () => {
      this.cache.delete(id);
      await this.vault.deleteFamily(id);
    });
  }

  /** Forget one cached record (its file was put back from a copy). */
  forget(id: string): void {
    this.cache.delete(id);
  }

  /** Forget every cached record (used when the app locks). */
  clear(): void {
    this.cache.clear();
  }

  /** Check the whole record (reusing parts unchanged since `previous`), then write it. */
  private async save(record: FamilyRecord, previous: FamilyRecord | undefined): Promise<FamilyRecord> {
    const checked = checkFamily(record, previous);
    if (!checked.success) {
      throw new AppError('invalid-input', 'That change would leave the record incomplete, so it was not saved.', issuesToFields(checked.issues));
    }
    const saved = await this.vault.writeFamily(checked.data, { alreadyValid: true });
    this.touch(saved.id, saved);
    // The cached object is returned as it is: callers read it (and reply with it), never change it.
    return saved;
  }

  private touch(id: string, record: FamilyRecord): void {
    this.cache.delete(id);
    this.cache.set(id, record);
    while (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
  }

  private serialise<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(task);
    this.queues.set(id, next);
    void next.finally(() => {
      if (this.queues.get(id) === next) this.queues.delete(id);
    }).catch(() => undefined);
    return next;
  }
}
