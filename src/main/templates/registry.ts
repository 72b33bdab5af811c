// All templates the app loads at start, in one place, with the problems found (each names its
// file and field). A missing or broken file never stops the app: the built-in version is used.
import { loadTemplate } from './load';
import { MEETING_KINDS, type MeetingKind } from '../../core/meetings/schema';
import { AGENDA_TEMPLATE_FILES, BUILT_IN_AGENDAS, agendaTemplateSchema, type AgendaTemplate } from '../../core/agenda/template';
import { PROMPTS_FILE, promptsSchema, type Prompts } from '../../core/prompts/schema';
import { BUILT_IN_PROMPTS } from '../../core/prompts/built-in';
import { BUILT_IN_LOCAL, LOCAL_FILE, localSchema, type LocalWords } from '../../core/prompts/local';
import { BUILT_IN_GLOSSARY, glossarySchema, mergeGlossaries, type Glossary } from '../../core/plain-language';
import { BANK_HOLIDAYS_FILE, BUILT_IN_BANK_HOLIDAYS, bankHolidaysSchema, type BankHolidayTable } from '../../core/dates/bank-holidays';
import { BUILT_IN_TERM_DATES, TERM_DATES_FILE, termDatesSchema, type TermDates } from '../../core/dates/term-dates';
import { loadDocumentLook, type DocumentLook } from './document-look';
import { BUILT_IN_SAFEGUARDING, SAFEGUARDING_FILE, safeguardingSchema, type Safeguarding } from '../../core/safeguarding';

export const GLOSSARY_FILE = 'glossary.json';
export const LOCAL_GLOSSARY_FILE = 'glossary-local.json';

export interface TemplateSet {
  dir: string;
  problems: string[];
  agendas: Record<MeetingKind, AgendaTemplate>;
  prompts: Prompts;
  local: LocalWords;
  /** The built-in (or templates/glossary.json) list with the authority's own additions merged over it. */
  glossary: Glossary;
  bankHolidays: BankHolidayTable;
  termDates: TermDates;
  /** Words that suggest harm or a disclosure, and the council's safeguarding contact. */
  safeguarding: Safeguarding;
  /** The look of Word documents: theme.json (or the default), the logo it names, the council's letterhead. */
  documents: DocumentLook;
}

export function loadTemplates(dir: string): TemplateSet {
  const problems: string[] = [];
  const take = <T,>(loaded: { value: T; problem?: string }): T => {
    if (loaded.problem) problems.push(loaded.problem);
    return loaded.value;
  };
  const agendas = Object.fromEntries(
    MEETING_KINDS.map((kind) => {
      const loaded = take(loadTemplate(dir, AGENDA_TEMPLATE_FILES[kind], agendaTemplateSchema, BUILT_IN_AGENDAS[kind]));
      if (loaded.kind !== kind) {
        problems.push(`templates/${AGENDA_TEMPLATE_FILES[kind]} is for a ${loaded.kind} meeting, not a ${kind} meeting, so the built-in version is used.`);
        return [kind, BUILT_IN_AGENDAS[kind]];
      }
      return [kind, loaded];
    }),
  ) as Record<MeetingKind, AgendaTemplate>;
  const glossary = take(loadTemplate(dir, GLOSSARY_FILE, glossarySchema, BUILT_IN_GLOSSARY));
  const localGlossary = take(loadTemplate(dir, LOCAL_GLOSSARY_FILE, glossarySchema, [], { optional: true }));
  return {
    dir,
    problems,
    agendas,
    prompts: take(loadTemplate(dir, PROMPTS_FILE, promptsSchema, BUILT_IN_PROMPTS)),
    local: take(loadTemplate(dir, LOCAL_FILE, localSchema, BUILT_IN_LOCAL)),
    glossary: mergeGlossaries(glossary, localGlossary),
    bankHolidays: take(loadTemplate(dir, BANK_HOLIDAYS_FILE, bankHolidaysSchema, BUILT_IN_BANK_HOLIDAYS)),
    termDates: take(loadTemplate(dir, TERM_DATES_FILE, termDatesSchema, BUILT_IN_TERM_DATES)),
    safeguarding: take(loadTemplate(dir, SAFEGUARDING_FILE, safeguardingSchema, BUILT_IN_SAFEGUARDING)),
    documents: loadDocumentLook(dir, problems),
  };
}
