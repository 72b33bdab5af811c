// The glossary compiled once per app start (it is the same object for every screen), and the
// small helpers the checked field uses: the finding at the caret, and the edit a suggestion makes.
import { useMemo } from 'react';
import { compileGlossary, type CompiledGlossary, type Finding, type Glossary } from '../../../core/plain-language';

const compiled = new WeakMap<object, CompiledGlossary>();

export function compiledGlossary(glossary: Glossary): CompiledGlossary {
  let c = compiled.get(glossary);
  if (!c) {
    c = compileGlossary(glossary);
    compiled.set(glossary, c);
  }
  return c;
}

export function useCompiledGlossary(glossary: Glossary | undefined): CompiledGlossary | undefined {
  return useMemo(() => (glossary ? compiledGlossary(glossary) : undefined), [glossary]);
}

/** How far back from the caret a just-typed flagged word still counts as "at the caret". */
const JUST_TYPED = 3;

/** The finding under the caret, or one that ends just before it (the word just typed). */
export function findingAtCaret(findings: readonly Finding[], caret: number): Finding | undefined {
  const inside = findings.find((f) => f.start <= caret && caret <= f.end);
  if (inside) return inside;
  let best: Finding | undefined;
  for (const f of findings) if (f.end < caret && caret - f.end <= JUST_TYPED && (!best || f.end > best.end)) best = f;
  return best;
}

/** The one span that differs between two texts: replace [start, end) of `before` with `insert`. */
export function spanChange(before: string, after: string): { start: number; end: number; insert: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return { start, end: endBefore, insert: after.slice(start, endAfter) };
}
