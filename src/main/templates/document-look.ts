// The look of Word documents from templates/: theme.json (checked, the built-in theme when broken),
// the logo PNG it names, and the council's own letterhead.docx (checked before first use).
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadTemplate } from './load';
import { DEFAULT_THEME, checkLetterhead, themeSchema, type Theme } from '../../core/documents/index';
import { pngSize } from '../../core/documents/render';
import { log } from '../log';

export const THEME_FILE = 'theme.json';
export const LETTERHEAD_FILE = 'letterhead.docx';
const MAX_LOGO_BYTES = 2 * 1024 * 1024;
const MAX_LETTERHEAD_BYTES = 10 * 1024 * 1024;

export interface DocumentLook {
  theme: Theme;
  /** The logo's PNG bytes, or null (none named, missing or not a PNG — reported). */
  logo: Uint8Array | null;
  /**
   * templates/letterhead.docx when present and usable, else null (the theme's own design). A council
   * that supplies one owns the header, footer and logo in Word; theme.json still sets the body's
   * font, colours and text sizes, and the file names.
   */
  letterhead: Uint8Array | null;
  /** Resolves once the letterhead has been checked (a broken one is reported and dropped). */
  ready: Promise<void>;
}

function readSmall(full: string, max: number): Uint8Array | 'missing' | 'too-large' | 'unreadable' {
  try {
    if (!existsSync(full)) return 'missing';
    if (statSync(full).size > max) return 'too-large';
    return new Uint8Array(readFileSync(full));
  } catch {
    return 'unreadable';
  }
}

function loadLogo(dir: string, theme: Theme, problems: string[]): Uint8Array | null {
  if (!theme.logoFile) return null;
  const bytes = readSmall(path.join(dir, theme.logoFile), MAX_LOGO_BYTES);
  const where = `templates/${theme.logoFile} (named as logoFile in templates/${THEME_FILE})`;
  if (bytes === 'missing') problems.push(`${where} is missing, so documents are made without a logo.`);
  else if (bytes === 'too-large') problems.push(`${where} is larger than 2 MB, so documents are made without a logo. Save a smaller PNG.`);
  else if (bytes === 'unreadable') problems.push(`${where} could not be read, so documents are made without a logo.`);
  else if (!pngSize(bytes)) problems.push(`${where} is not a PNG picture, so documents are made without a logo.`);
  else return bytes;
  return null;
}

/** Loads the theme, logo and letterhead; problems (each naming its file) are added to `problems`. */
export function loadDocumentLook(dir: string, problems: string[]): DocumentLook {
  const loaded = loadTemplate(dir, THEME_FILE, themeSchema, DEFAULT_THEME);
  if (loaded.problem) problems.push(loaded.problem);
  const theme = loaded.value;
  const logo = loadLogo(dir, theme, problems);
  const raw = readSmall(path.join(dir, LETTERHEAD_FILE), MAX_LETTERHEAD_BYTES);
  const look: DocumentLook = { theme, logo, letterhead: null, ready: Promise.resolve() };
  if (raw === 'too-large') problems.push(`templates/${LETTERHEAD_FILE} is larger than 10 MB, so the built-in design is used.`);
  else if (raw === 'unreadable') problems.push(`templates/${LETTERHEAD_FILE} could not be read, so the built-in design is used.`);
  else if (raw !== 'missing') {
    look.letterhead = raw;
    look.ready = checkLetterhead(raw)
      .then((check) => {
        if (!check.usable) look.letterhead = null;
        for (const p of check.problems) {
          const problem = `templates/${LETTERHEAD_FILE}: ${p}`;
          problems.push(problem);
          log.warn(problem);
        }
      })
      .catch((err: unknown) => {
        look.letterhead = null;
        const problem = `templates/${LETTERHEAD_FILE} could not be checked (${(err as Error).message.slice(0, 120)}), so the built-in design is used.`;
        problems.push(problem);
        log.warn(problem);
      });
  }
  return look;
}
