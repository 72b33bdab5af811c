// The local authority's templates (local words, prompts, glossary, bank holidays, term dates),
// fetched once per app start and shared by every screen; the glossary grows when the user explains an acronym.
import { useEffect, useState } from 'react';
import { api } from '../../api-client';
import type { TemplateBundle } from '../../../api/templates';
import type { Glossary } from '../../../core/plain-language';

let cached: Promise<TemplateBundle | undefined> | undefined;
const listeners = new Set<(b: TemplateBundle | undefined) => void>();

export function loadTemplateBundle(): Promise<TemplateBundle | undefined> {
  cached ??= api.templates.get().then((r) => (r.ok ? r.value : undefined));
  return cached;
}

/** Every screen gets the new glossary at once (the checks and the documents use it from then on). */
export async function replaceGlossary(glossary: Glossary): Promise<void> {
  const current = await loadTemplateBundle();
  if (!current) return;
  const next = { ...current, glossary };
  cached = Promise.resolve(next);
  for (const l of listeners) l(next);
}

/** "What does FMASM stand for?": the answer goes in the user's own glossary. Gives a problem in words, or nothing. */
export async function explainAcronym(term: string, meaning: string): Promise<string | undefined> {
  const result = await api.templates.addAcronym({ term, meaning });
  if (!result.ok) return result.error.message;
  await replaceGlossary(result.value.glossary);
  return undefined;
}

export function useTemplates(): TemplateBundle | undefined {
  const [bundle, setBundle] = useState<TemplateBundle | undefined>();
  useEffect(() => {
    let live = true;
    void loadTemplateBundle().then((b) => live && setBundle(b));
    const listen = (b: TemplateBundle | undefined) => live && setBundle(b);
    listeners.add(listen);
    return () => {
      live = false;
      listeners.delete(listen);
    };
  }, []);
  return bundle;
}
