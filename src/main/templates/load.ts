// Reads one template file (data a local authority edits) from the templates folder and checks it
// with its zod schema. A missing or broken file is reported with its name and field, and the
// built-in default is used instead, so a bad edit never stops the app.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { explainIssues } from '../../core/shared/issues';

export interface Loaded<T> {
  value: T;
  /** Plain-English problem, naming the file and field, when the default was used instead. */
  problem?: string;
  source: 'file' | 'default';
}

export function loadTemplate<S extends z.ZodType>(
  templatesDir: string,
  file: string,
  schema: S,
  fallback: z.output<S>,
  options: { optional?: boolean } = {},
): Loaded<z.output<S>> {
  const full = path.join(templatesDir, file);
  if (!existsSync(full)) {
    return options.optional
      ? { value: fallback, source: 'default' }
      : { value: fallback, source: 'default', problem: `templates/${file} is missing, so the built-in version is used.` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(full, 'utf8'));
  } catch (err) {
    return {
      value: fallback,
      source: 'default',
      problem: `templates/${file} is not valid JSON (${(err as Error).message.slice(0, 120)}), so the built-in version is used.`,
    };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return {
      value: fallback,
      source: 'default',
      problem: `templates/${file} has a problem — ${explainIssues(parsed.error.issues)} — so the built-in version is used.`,
    };
  }
  return { value: parsed.data, source: 'file' };
}

/** Where templates live: next to the app when packaged, the repository's folder otherwise. */
export function defaultTemplatesDir(fromDir: string): string {
  const candidates = [
    process.env.TAC_TEMPLATES_DIR,
    path.resolve(fromDir, '../../templates'),
    path.resolve(fromDir, '../templates'),
    path.resolve(process.cwd(), 'templates'),
  ].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p)) ?? candidates[candidates.length - 1];
}
