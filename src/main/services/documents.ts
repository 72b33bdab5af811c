// documents.* handlers: build the meeting record, the family plan and the closing summary from the
// family record with the council's theme, logo, letterhead and local words; check the plan's reading age first.
import type { Handlers } from '../../api';
import { DOCX_MIME_TYPE, type documentRequestSchema } from '../../api/documents';
import type { z } from 'zod';
import { AppError } from '../../core/shared/result';
import {
  DocumentError, render, closingSummaryContent, closingTitle, documentFileName,
  familyPlanContent, meetingRecordContent, contentText, type DocumentContent, type FamilyPlanInput, type LocalWords,
} from '../../core/documents/index';
import { allNames, contextOf } from '../../core/documents/context';
import { nativeZip } from './native-zip';
import { plainVersion, readability } from '../../core/plain-language';
import type { FamilyRecord } from '../../core/families/record';
import type { DocumentKind } from '../../core/circulation/schema';
import type { ServiceContext } from './context';
import { userGlossaryFor } from './user-glossary';
import { acronymCheck, familyWordsOf, hardWordSources } from './export-check';

type Request = z.output<typeof documentRequestSchema>;

/** Long but everyday words nobody would swap for shorter ones in a family's plan: not listed as hard. */
const EVERYDAY = new Set(['family', 'families', 'everyone', 'everything', 'anything', 'anyone', 'another', 'together', 'tomorrow', 'yesterday']);

/** Notes kept out of the family's plan: professionals-only entries and information not shared. */
export function professionalsOnlyCount(record: FamilyRecord, meetingId: string | undefined): number {
  const meeting = record.meetings.find((m) => m.id === meetingId);
  return meeting ? meeting.notes.filter((n) => n.professionalsOnly || n.kind === 'info-not-shared').length : 0;
}

/** Entries whose words may suggest harm, not otherwise kept out, that the chair has not let into the plan. */
export function harmLeftOutCount(record: FamilyRecord, meetingId: string | undefined): number {
  const meeting = record.meetings.find((m) => m.id === meetingId);
  return meeting ? meeting.notes.filter((n) => n.harmFlagged && !n.familyMaySee && !n.professionalsOnly && n.kind !== 'info-not-shared').length : 0;
}

export function documentsHandlers(ctx: ServiceContext): Handlers['documents'] {
  const user = userGlossaryFor(ctx);
  const look = () => ctx.templates.documents;
  // Check the council's letterhead now, so a broken one is reported before anyone exports.
  void look().ready;

  const words = (): Partial<LocalWords> => {
    const local = ctx.templates.local;
    return { teamName: local.teamName, planName: local.planName, keyPersonName: local.keyPerson, authorityName: local.authorityName };
  };

  async function inputFor(request: Request): Promise<{ input: FamilyPlanInput; record: FamilyRecord }> {
    const record = await ctx.store.load(request.familyId);
    await look().ready;
    if (request.kind !== 'closing-summary') {
      const meeting = record.meetings.find((m) => m.id === request.meetingId);
      if (!meeting) throw new AppError('not-found', 'We could not find that meeting.');
      if (meeting.status === 'cancelled') throw new AppError('conflict', 'This meeting was cancelled, so there is no record or plan to send.');
      if (request.kind === 'family-plan' && meeting.status !== 'finished') {
        throw new AppError('conflict', 'Finish the meeting before making the family plan, so it holds everything that was agreed.');
      }
    } else {
      const known = new Set(record.episodes.map((e) => e.id));
      if (!request.episodeIds?.every((id) => known.has(id))) throw new AppError('not-found', 'We could not find that support record.');
    }
    const compiled = await user.compiled();
    const input: FamilyPlanInput = {
      record,
      glossary: compiled,
      meetingId: request.kind === 'closing-summary' ? undefined : request.meetingId,
      episodeIds: request.kind === 'closing-summary' ? request.episodeIds : undefined,
      theme: look().theme,
      words: words(),
      today: ctx.today(),
      logo: look().logo,
      letterhead: look().letterhead,
      largePrint: request.largePrint,
      plain: (text) => plainVersion(text, compiled),
      zip: nativeZip,
    };
    return { input, record };
  }

  function contentFor(kind: DocumentKind, input: FamilyPlanInput): DocumentContent {
    try {
      if (kind === 'meeting-record') return meetingRecordContent(input);
      if (kind === 'family-plan') return familyPlanContent(input);
      return closingSummaryContent(input);
    } catch (err) {
      if (err instanceof DocumentError) throw new AppError('invalid-input', err.message);
      throw err;
    }
  }

  /** "EH-2026-0147 action plan 2026-11-25.docx": the theme's pattern, the meeting's date, no one's name. */
  function fileName(request: Request, input: FamilyPlanInput, record: FamilyRecord): string {
    const c = contextOf(input);
    const meeting = record.meetings.find((m) => m.id === request.meetingId);
    const episodes = record.episodes.filter((e) => request.episodeIds?.includes(e.id));
    const closed = episodes.map((e) => e.closedOn).filter((d): d is string => !!d).sort().pop();
    const date = request.kind === 'closing-summary' ? closed ?? input.today : meeting?.date ?? input.today;
    // The closing summary's file is named as its title reads: "step-up summary", "handover summary".
    const kind = request.kind === 'family-plan' ? `${c.words.planName}${request.largePrint ? ' large print' : ''}`
      : request.kind === 'closing-summary' ? closingTitle(episodes).toLowerCase() : request.kind;
    return documentFileName(c.theme.fileNamePattern, { reference: record.reference, kind, date }, { avoidNames: allNames(c) });
  }

  /**
   * The plan's reading age. Email addresses and web links are left out (they are not sentences), and
   * so are the names of people, services and places on the record: nobody can write those more simply.
   */
  function readingAge(text: string, record: FamilyRecord) {
    const prose = text.replace(/\S+@\S+\.\S+/g, ' ').replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ');
    const report = readability(prose, { targetAge: ctx.templates.local.readingAgeTarget, maxHardWords: 60 });
    const names = new Set(
      [...record.team.flatMap((t) => [t.name, t.agency]), ...record.members.map((m) => m.name), ...record.children.flatMap((c) => [c.firstName, c.lastName, c.knownAs, c.schoolOrSetting]), ...record.meetings.map((m) => m.venue)]
        .flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u))
        .filter(Boolean),
    );
    return { ...report, hardWords: report.hardWords.filter((w) => !names.has(w.toLowerCase()) && !EVERYDAY.has(w.toLowerCase())).slice(0, 20) };
  }

  return {
    async preview(request) {
      const { input, record } = await inputFor(request);
      const content = contentFor(request.kind, input);
      const text = contentText(content);
      const plan = request.kind === 'family-plan';
      const report = plan ? readingAge(text, record) : undefined;
      const said = plan ? familyWordsOf(input, record, request.meetingId) : [];
      const sources = report ? hardWordSources(content, report.hardWords, said) : [];
      const ownSentence = (sentence: string) => said.some((w) => w.includes(sentence.replace(/^[“"]|[”"]$/g, '').trim()));
      return {
        kind: request.kind,
        title: content.title,
        fileName: fileName(request, input, record),
        design: input.letterhead ? ('letterhead' as const) : ('theme' as const),
        readability: report && {
          readingAge: report.readingAge,
          target: report.target,
          meetsTarget: report.meetsTarget,
          fleschReadingEase: report.fleschReadingEase,
          words: report.words,
          sentences: report.sentences,
          hardWords: sources.map((x) => x.word),
          hardWordSources: sources,
          longSentences: report.longSentences.filter((x) => !ownSentence(x)).slice(0, 10),
        },
        professionalsOnlyLeftOut: plan ? professionalsOnlyCount(record, request.meetingId) : 0,
        harmLeftOut: plan ? harmLeftOutCount(record, request.meetingId) : 0,
        acronyms: acronymCheck(text, input.glossary!, record),
      };
    },

    async export(request) {
      const { input, record } = await inputFor(request);
      const content = contentFor(request.kind, input);
      let bytes: Uint8Array;
      try {
        // The content is built once: the same blocks give the title and the file.
        bytes = await render(content, input);
      } catch (err) {
        if (err instanceof DocumentError) throw new AppError('invalid-input', err.message);
        throw err;
      }
      return {
        fileName: fileName(request, input, record),
        mimeType: DOCX_MIME_TYPE,
        base64: Buffer.from(bytes).toString('base64'),
        bytes: bytes.length,
        title: content.title,
      };
    },
  };
}
