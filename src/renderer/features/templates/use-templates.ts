// The local authority's templates (local words, prompts, glossary, bank holidays, term dates),
// fetched once per app start and shared by every screen.
import { useEffect, useState } from 'react';
import { api } from '../../api-client';
import type { TemplateBundle } from '../../../api/templates';

let cached: Promise<TemplateBundle | undefined> | undefined;

export function loadTemplateBundle(): Promise<TemplateBundle | undefined> {
  cached ??= api.templates.get().then((r) => (r.ok ? r.value : undefined));
  return cached;
}

export function useTemplates(): TemplateBundle | undefined {
  const [bundle, setBundle] = useState<TemplateBundle | undefined>();
  useEffect(() => {
    let live = true;
    void loadTemplateBundle().then((b) => live && setBundle(b));
    return () => {
      live = false;
    };
  }, []);
  return bundle;
}
