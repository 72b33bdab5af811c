// The vault's small files besides the families: the index's shape (the home list, unreadable
// families, notices) and settings.json (how many daily backups to keep; nothing personal).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { IndexEntry } from '../../core/families/index-entry';
import type { RetentionFacts } from '../../core/retention/rules';
import { writeFileAtomic } from './atomic-write';

export interface Notice {
  id: string;
  at: string;
  message: string;
  /** What it is about, for its heading: a damaged or missing file, an older copy, the audit log. Missing in older notices. */
  kind?: NoticeKind;
  /** The family it is about, where the user can choose what to keep. */
  familyId?: string;
}

export type NoticeKind = 'damaged' | 'missing' | 'older' | 'audit' | 'moved';

export interface UnreadableFamily {
  id: string;
  reference?: string;
  problem: string;
}

export interface IndexFile {
  schemaVersion: 1;
  entries: Record<string, { entry: IndexEntry; size: number; mtimeMs: number; retention?: RetentionFacts }>;
  unreadable: Record<string, { problem: string; reference?: string; size: number; mtimeMs: number }>;
  notices: Notice[];
  /** The audit chain's length and last hash, kept here too so a shortened or older log shows. */
  auditAnchor?: { seq: number; hash: string };
}

export function emptyIndex(): IndexFile {
  return { schemaVersion: 1, entries: {}, unreadable: {}, notices: [] };
}

export const MAX_KEEP_BACKUPS = 90;
const settingsSchema = z.object({
  keepBackups: z.number().int().min(0).max(MAX_KEEP_BACKUPS).optional(),
  /** Minutes without use before the app locks itself (the renderer's and Electron's idle timers read it). */
  lockAfterMinutes: z.number().int().min(1).max(60).optional(),
});
export type VaultSettings = z.infer<typeof settingsSchema>;

const SETTINGS = 'settings.json';

export async function readSettings(dir: string): Promise<VaultSettings> {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(await fs.readFile(path.join(dir, SETTINGS), 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export async function writeSettings(dir: string, settings: VaultSettings): Promise<void> {
  const current = await readSettings(dir);
  await writeFileAtomic(path.join(dir, SETTINGS), JSON.stringify({ ...current, ...settings }, null, 2));
}
