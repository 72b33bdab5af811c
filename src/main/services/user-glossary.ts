// The user's own glossary: acronyms they explained when asked ("What does FMASM stand for?"), kept in
// user-glossary.json beside the vault (no case details in it) and merged over the council's glossary.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { compileGlossary, glossaryEntrySchema, mergeGlossaries, type CompiledGlossary, type Glossary, type GlossaryEntry } from '../../core/plain-language';
import { writeFileAtomic } from '../storage/atomic-write';
import type { ServiceContext } from './context';

export const USER_GLOSSARY_FILE = 'user-glossary.json';
const fileSchema = z.object({ entries: z.array(z.unknown()).max(2000) });

export interface UserGlossary {
  /** The council's glossary with the user's own entries merged over it. */
  glossary(): Promise<Glossary>;
  compiled(): Promise<CompiledGlossary>;
  add(entry: GlossaryEntry): Promise<Glossary>;
}

const byContext = new WeakMap<ServiceContext, UserGlossary>();

/** One per service context: read once, then kept in memory; every change written at once. */
export function userGlossaryFor(ctx: ServiceContext): UserGlossary {
  let g = byContext.get(ctx);
  if (!g) byContext.set(ctx, (g = makeUserGlossary(ctx)));
  return g;
}

function makeUserGlossary(ctx: ServiceContext): UserGlossary {
  let own: Promise<GlossaryEntry[]> | undefined;
  let merged: { base: Glossary; own: GlossaryEntry[]; glossary: Glossary; compiled?: CompiledGlossary } | undefined;
  const file = () => path.join(ctx.store.vault.dir, USER_GLOSSARY_FILE);

  async function read(): Promise<GlossaryEntry[]> {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await fs.readFile(file(), 'utf8')));
      if (!parsed.success) return [];
      // One bad entry never loses the others.
      return parsed.data.entries.flatMap((e) => {
        const one = glossaryEntrySchema.safeParse(e);
        return one.success ? [one.data] : [];
      });
    } catch {
      return [];
    }
  }

  async function current() {
    const entries = await (own ??= read());
    const base = ctx.templates.glossary;
    if (!merged || merged.base !== base || merged.own !== entries) merged = { base, own: entries, glossary: mergeGlossaries(base, entries) };
    return merged;
  }

  return {
    async glossary() {
      return (await current()).glossary;
    },
    async compiled() {
      const m = await current();
      return (m.compiled ??= compileGlossary(m.glossary));
    },
    async add(entry) {
      const entries = await (own ??= read());
      const key = entry.term.toLowerCase();
      const next = [...entries.filter((e) => e.term.toLowerCase() !== key), entry];
      await writeFileAtomic(file(), JSON.stringify({ entries: next }, null, 2));
      own = Promise.resolve(next);
      return (await current()).glossary;
    },
  };
}
