// Finding the words on the council's safeguarding list in what someone wrote: whole words and phrases
// in any case ("hit", not "white" or "hitch"), a final * for any ending, across a space or hyphen.
export interface HarmMatch {
  /** The words as written. */
  text: string;
  /** The list entry that matched. */
  entry: string;
  start: number;
  end: number;
}

export interface CompiledHarmList {
  pattern: RegExp | undefined;
  entries: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function entryPattern(entry: string): string {
  const open = entry.trim().endsWith('*');
  const bare = entry.trim().replace(/\*+$/, '').toLowerCase();
  const words = bare.split(/[\s-]+/).filter(Boolean).map((w) => escape(w).replace(/'/g, "['’]"));
  return words.join('[\\s-]+') + (open ? '[\\p{L}]*' : '');
}

/** Compile the list once; entries are tried longest first so "self-harm" wins over "harm". */
export function compileHarmList(words: readonly string[]): CompiledHarmList {
  const entries = [...new Set(words.map((w) => w.trim()).filter((w) => /\p{L}/u.test(w)))].sort((a, b) => b.length - a.length);
  if (entries.length === 0) return { pattern: undefined, entries };
  const body = entries.map((e, i) => `(?<e${i}>${entryPattern(e)})`).join('|');
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu'), entries };
}

/** Every place the text uses a word or phrase from the list, in order. */
export function findHarmWords(text: string, list: CompiledHarmList): HarmMatch[] {
  if (!list.pattern || !text) return [];
  const out: HarmMatch[] = [];
  list.pattern.lastIndex = 0;
  for (const m of text.matchAll(list.pattern)) {
    const groups = m.groups ?? {};
    const key = Object.keys(groups).find((k) => groups[k] !== undefined);
    out.push({ text: m[0], entry: key ? list.entries[Number(key.slice(1))] : m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/** The different words that matched, as written, for the prompt: "hit", "scared of". */
export function harmWordsIn(text: string, list: CompiledHarmList): string[] {
  return [...new Set(findHarmWords(text, list).map((m) => m.text.toLowerCase()))];
}

/** True when anything in these texts suggests harm or a disclosure. */
export function suggestsHarm(texts: readonly string[], list: CompiledHarmList): boolean {
  return texts.some((t) => findHarmWords(t, list).length > 0);
}
