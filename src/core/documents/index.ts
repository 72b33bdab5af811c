// The Word documents: the meeting record for professionals, the family's plan in plain words and the
// closing or step-up summary — data in, .docx bytes out. Pure: logo and letterhead bytes come in as input.
import type { DocumentContent } from './blocks';
import { closingSummaryContent, closingTitle } from './closing-summary';
import { allNames, contextOf, type DocumentInput } from './context';
import { familyPlanContent, type FamilyPlanInput } from './family-plan';
import { documentFileName } from './file-name';
import { renderWithLetterhead } from './letterhead';
import { meetingRecordContent } from './meeting-record';
import { renderWithTheme, type RenderOptions } from './render';
import { DEFAULT_THEME, resolveWords } from './theme';

export type { DocumentInput } from './context';
export type { FamilyPlanInput } from './family-plan';
export type { Block, DocumentContent } from './blocks';
export type { Theme, ThemeInput, LocalWords } from './theme';
export type { RenderOptions } from './render';
export type { LetterheadCheck } from './letterhead';
export type { Plain } from './family-words';
export { DocumentError } from './context';
export { themeSchema, DEFAULT_THEME, DEFAULT_WORDS, contrastRatio } from './theme';
export { documentFileName, type FileNameFields, type FileNameOptions } from './file-name';
export { renderWithTheme } from './render';
export { renderWithLetterhead, checkLetterhead, buildDefaultLetterhead, LETTERHEAD_PLACEHOLDERS } from './letterhead';
export { meetingRecordContent } from './meeting-record';
export { familyPlanContent, familyPlanText } from './family-plan';
export { closingSummaryContent, closingTitle } from './closing-summary';
export { contentText } from './text';

/** Renders content with the council's letterhead when one is given and usable, else with the theme. */
export async function render(content: DocumentContent, input: DocumentInput): Promise<Uint8Array> {
  const theme = input.theme ?? DEFAULT_THEME;
  const options: RenderOptions = {
    theme,
    authorityName: resolveWords(input.words, theme).authorityName,
    logo: input.logo,
    largePrint: input.largePrint,
    zip: input.zip,
  };
  const filled = input.letterhead && (await renderWithLetterhead(input.letterhead, content, options));
  return filled || renderWithTheme(content, options);
}

/** The meeting record for professionals (needs `meetingId`). */
export async function buildMeetingRecord(input: DocumentInput): Promise<Uint8Array> {
  return render(meetingRecordContent(input), input);
}

/** The family's plan in plain words (needs `meetingId`; pass `plain` for glossary plain forms). */
export async function buildFamilyPlan(input: FamilyPlanInput): Promise<Uint8Array> {
  return render(familyPlanContent(input), input);
}

/** The closing, step-up or handover summary (needs `episodeIds`). */
export async function buildClosingSummary(input: DocumentInput): Promise<Uint8Array> {
  return render(closingSummaryContent(input), input);
}

/** The file name for a document of this family, from the theme's pattern, with no person's name in it. */
export function fileNameFor(input: DocumentInput, kind: DocumentContent['kind'] | string): string {
  const ctx = contextOf(input);
  const episodes = ctx.record.episodes.filter((e) => input.episodeIds?.includes(e.id));
  const named = kind === 'closing-summary' && episodes.length > 0 ? closingTitle(episodes).toLowerCase() : kind;
  return documentFileName(ctx.theme.fileNamePattern, { reference: ctx.record.reference, kind: named, date: input.today }, { avoidNames: allNames(ctx) });
}
