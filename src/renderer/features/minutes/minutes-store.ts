// The minutes of one meeting as they are typed: every entry's newest words, its save loop (based on the
// revision last seen, so another tab's save is never overwritten), and a quiet update of the page's copy.
import { api } from '../../api-client';
import type { FamilyRecord } from '../../../core/families/record';
import type { NoteEntry, NoteKind } from '../../../core/minutes/schema';
import type { NoteInput } from '../../../api/notes';
import { Autosaver, type SaveOutcome, type SaveState } from './autosave';

/** One entry as the screen holds it: the stored fields, an id made here, no timestamps until saved. */
export type NoteDraft = Omit<Required<Pick<NoteInput, 'agendaItemId'>> & NoteEntry, 'createdAt' | 'updatedAt'> & { createdAt?: string };

interface Entry {
  draft: NoteDraft;
  saved?: NoteEntry;
  state: SaveState;
  saver: Autosaver<NoteDraft>;
  listeners: Set<() => void>;
  /** The version saved in another place after this one was based on it: shown beside ours until the chair chooses. */
  conflict?: NoteEntry;
  /** Goes up when the entry's words are replaced from here (not typed), so the editor shows them. */
  generation: number;
}

const MERGE_AFTER_MS = 800;
export const CHANGED_ELSEWHERE = 'This note was changed in another place. Choose what to keep before it is saved again.';

export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** True when an entry has something worth keeping: words, a view, a reason or a link. */
export function hasContent(d: NoteDraft): boolean {
  return !!(d.text.trim() || d.views.some((v) => v.text.trim()) || d.reasonNotShared.trim() || d.followUpActionId);
}

function draftOf(note: NoteEntry): NoteDraft {
  const { updatedAt: _u, ...draft } = note;
  return draft;
}

function toInput(d: NoteDraft): NoteInput {
  const { createdAt: _c, revision: _r, ...rest } = d;
  return rest;
}

export class MinutesStore {
  private entries = new Map<string, Entry>();
  private listListeners = new Set<() => void>();
  private listVersion = 0;
  private removed = new Set<string>();
  private record: FamilyRecord | undefined;
  private onRecord: ((r: FamilyRecord) => void) | undefined;
  private mergeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly familyId: string, readonly meetingId: string) {}

  /** Called on every render of a minutes panel: the page's newest copy of the family. */
  bind(record: FamilyRecord, onRecord: (r: FamilyRecord) => void): void {
    this.record = record;
    this.onRecord = onRecord;
    const meeting = record.meetings.find((m) => m.id === this.meetingId);
    let added = false;
    let stale = false;
    for (const note of meeting?.notes ?? []) {
      if (this.removed.has(note.id)) {
        stale = true;
        continue;
      }
      const entry = this.entries.get(note.id);
      if (!entry) {
        this.entries.set(note.id, this.makeEntry(draftOf(note), note));
        added = true;
      } else if (!entry.saved || entry.saved.updatedAt !== note.updatedAt) {
        stale = true;
      }
    }
    for (const e of this.entries.values()) if (e.saved && !meeting?.notes.some((n) => n.id === e.saved!.id)) stale = true;
    if (added) this.bumpList();
    if (stale) this.scheduleMerge();
  }

  /** Entry ids under one agenda item, oldest first. */
  idsFor(agendaItemId: string): string[] {
    return [...this.entries.values()].filter((e) => e.draft.agendaItemId === agendaItemId).map((e) => e.draft.id);
  }

  /** Every entry of the meeting (for acronyms already spelled out, and speakers). */
  allDrafts(): NoteDraft[] {
    return [...this.entries.values()].map((e) => e.draft);
  }

  getVersion = (): number => this.listVersion;

  draft(id: string): NoteDraft | undefined {
    return this.entries.get(id)?.draft;
  }

  /** When the entry last reached the app. */
  savedAt(id: string): string | undefined {
    return this.entries.get(id)?.saved?.updatedAt;
  }

  state(id: string): SaveState {
    return this.entries.get(id)?.state ?? { state: 'saved' };
  }

  /** The other version, when this entry was saved in another place after ours was based on it. */
  conflict(id: string): NoteEntry | undefined {
    return this.entries.get(id)?.conflict;
  }

  generation(id: string): number {
    return this.entries.get(id)?.generation ?? 0;
  }

  /** Keep both: ours becomes a new entry under the same item, and this entry shows the other version. */
  keepBoth(id: string): string | undefined {
    const entry = this.entries.get(id);
    const theirs = entry?.conflict;
    if (!entry || !theirs) return undefined;
    const { createdAt: _c, revision: _r, ...mine } = entry.draft;
    const copy: NoteDraft = { ...mine, id: newId() };
    this.entries.set(copy.id, this.makeEntry(copy));
    this.replaceWith(entry, theirs);
    this.bumpList();
    this.entries.get(copy.id)!.saver.change(copy);
    return copy.id;
  }

  /** Merge by hand: our words, as edited, saved on top of the newer version. */
  saveOnTop(id: string): void {
    const entry = this.entries.get(id);
    if (!entry?.conflict) return;
    entry.saved = entry.conflict;
    entry.conflict = undefined;
    entry.saver.change(entry.draft);
    entry.listeners.forEach((fn) => fn());
  }

  private replaceWith(entry: Entry, note: NoteEntry): void {
    entry.saver.dispose();
    entry.saved = note;
    entry.conflict = undefined;
    entry.draft = draftOf(note);
    entry.generation += 1;
    entry.state = { state: 'saved', at: note.updatedAt };
    entry.listeners.forEach((fn) => fn());
    this.scheduleMerge();
  }

  subscribeList = (fn: () => void): (() => void) => {
    this.listListeners.add(fn);
    return () => this.listListeners.delete(fn);
  };

  subscribeEntry(id: string, fn: () => void): () => void {
    const entry = this.entries.get(id);
    entry?.listeners.add(fn);
    return () => entry?.listeners.delete(fn);
  }

  add(agendaItemId: string, kind: NoteKind, extra: Partial<NoteDraft> = {}): string {
    // Entries written earlier go first, so the minutes keep the order they were written in.
    void this.flush();
    const draft: NoteDraft = {
      id: newId(), agendaItemId, kind, text: '', ownWords: false, professionalsOnly: false, professionalsOnlyReason: '',
      views: [], reasonNotShared: '', ...extra,
    };
    this.entries.set(draft.id, this.makeEntry(draft));
    this.bumpList();
    if (hasContent(draft)) this.entries.get(draft.id)!.saver.change(draft);
    return draft.id;
  }

  /** The newest words of an entry: kept at once, saved within a second. */
  update(id: string, draft: NoteDraft): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    entry.draft = draft;
    if (entry.saved || hasContent(draft)) entry.saver.change(draft);
  }

  async flush(id?: string): Promise<void> {
    const list = id ? [this.entries.get(id)].filter((e): e is Entry => !!e) : [...this.entries.values()];
    await Promise.all(list.map((e) => e.saver.flush()));
  }

  get dirty(): boolean {
    return [...this.entries.values()].some((e) => e.saver.dirty || e.state.state === 'held');
  }

  /** Take an entry out (a slip). Returns a problem in plain words, or undefined. */
  async remove(id: string): Promise<string | undefined> {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    entry.saver.dispose();
    if (entry.saved || entry.saver.value) {
      await entry.saver.flush().catch(() => undefined);
      const result = await api.notes.remove({ familyId: this.familyId, meetingId: this.meetingId, noteId: id });
      if (!result.ok) return result.error.message;
    }
    this.entries.delete(id);
    this.removed.add(id);
    this.bumpList();
    this.scheduleMerge();
    return undefined;
  }

  private makeEntry(draft: NoteDraft, saved?: NoteEntry): Entry {
    const entry: Entry = {
      draft,
      saved,
      state: { state: 'saved', ...(saved ? { at: saved.updatedAt } : {}) },
      listeners: new Set(),
      generation: 0,
      saver: new Autosaver<NoteDraft>({
        save: (value) => this.save(entry, value),
        // A note marked for professionals only is saved before its reason: the closing check asks for it.
        hold: () => (entry.conflict ? CHANGED_ELSEWHERE : undefined),
        onState: (state) => {
          entry.state = state;
          entry.listeners.forEach((fn) => fn());
        },
        onSettled: () => this.scheduleMerge(),
      }),
    };
    return entry;
  }

  private async save(entry: Entry, value: NoteDraft): Promise<SaveOutcome> {
    const basedOn = entry.saved ? entry.saved.revision ?? 0 : undefined;
    const result = await api.notes.save({ familyId: this.familyId, meetingId: this.meetingId, note: toInput(value), ...(basedOn === undefined ? {} : { basedOn }) });
    if (!result.ok && result.error.code === 'conflict' && result.error.fields?.basedOn) {
      const family = await api.families.get({ familyId: this.familyId });
      const theirs = family.ok ? family.value.meetings.find((m) => m.id === this.meetingId)?.notes.find((n) => n.id === value.id) : undefined;
      if (theirs) {
        entry.conflict = theirs;
        entry.listeners.forEach((fn) => fn());
      }
      return { ok: false, message: result.error.message, retry: !theirs };
    }
    if (!result.ok) {
      const first = Object.values(result.error.fields ?? {})[0];
      const retry = result.error.code === 'internal' || result.error.code === 'locked' || result.error.code === 'unauthorised';
      return { ok: false, message: first ?? result.error.message, retry };
    }
    entry.saved = result.value.note;
    if (!entry.draft.createdAt) {
      entry.draft = { ...entry.draft, createdAt: result.value.note.createdAt };
      entry.listeners.forEach((fn) => fn());
    }
    return { ok: true, at: result.value.savedAt };
  }

  private bumpList(): void {
    this.listVersion += 1;
    this.listListeners.forEach((fn) => fn());
  }

  /** Once no one is typing, give the page's copy of the family the saved entries. */
  private scheduleMerge(): void {
    if (this.mergeTimer) clearTimeout(this.mergeTimer);
    this.mergeTimer = setTimeout(() => {
      this.mergeTimer = undefined;
      if ([...this.entries.values()].some((e) => e.saver.dirty)) return; // the next save will ask again
      const record = this.record;
      if (!record || !this.onRecord) return;
      const merged = mergeNotes(record, this.meetingId, [...this.entries.values()].map((e) => e.saved).filter((n): n is NoteEntry => !!n), this.removed);
      if (merged !== record) this.onRecord(merged);
    }, MERGE_AFTER_MS);
  }
}

/** The record with this meeting's notes replaced by the saved entries (same object when nothing changed). */
export function mergeNotes(record: FamilyRecord, meetingId: string, saved: NoteEntry[], removed: ReadonlySet<string>): FamilyRecord {
  const meeting = record.meetings.find((m) => m.id === meetingId);
  if (!meeting) return record;
  const byId = new Map(saved.map((n) => [n.id, n]));
  let changed = false;
  const notes = meeting.notes
    .filter((n) => {
      const keep = !removed.has(n.id);
      if (!keep) changed = true;
      return keep;
    })
    .map((n) => {
      const s = byId.get(n.id);
      byId.delete(n.id);
      if (s && s.updatedAt !== n.updatedAt) {
        changed = true;
        return s;
      }
      return n;
    });
  for (const s of byId.values()) {
    notes.push(s);
    changed = true;
  }
  if (!changed) return record;
  return { ...record, meetings: record.meetings.map((m) => (m.id === meetingId ? { ...m, notes } : m)) };
}

const stores = new Map<string, MinutesStore>();

export function minutesStore(familyId: string, meetingId: string): MinutesStore {
  let store = stores.get(meetingId);
  if (!store || store.familyId !== familyId) {
    store = new MinutesStore(familyId, meetingId);
    stores.set(meetingId, store);
  }
  return store;
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (e) => {
    if (![...stores.values()].some((s) => s.dirty)) return;
    stores.forEach((s) => void s.flush());
    e.preventDefault();
  });
}
