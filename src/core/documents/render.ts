// Renders a document's content with the theme: the `docx` package builds the frame — page set-up, the
// header (protective marking, once per page; logo, authority), the footer (small print, "Page X of Y"), styles,
// numbering and the file's properties — and the body written by body-xml.ts goes where its marker is.
import {
  AlignmentType, BorderStyle, Document, Footer, Header, ImageRun, Packer, PageNumber, Paragraph, TabStopType, TextRun,
  type IPropertiesOptions, type ParagraphChild,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { DocumentContent } from './blocks';
import { bodyXml, xmlSafe, type BlockContext } from './body-xml';
import { BULLETS, CONTENT_WIDTH, PAGE, documentStyles, numbering, scaleFor } from './styles';
import type { Theme } from './theme';

export interface RenderOptions {
  theme: Theme;
  /** The authority's name as the council words it (local words win over the theme). */
  authorityName?: string;
  /** The logo's PNG bytes; left out when missing or not a PNG. */
  logo?: Uint8Array | null;
  largePrint?: boolean;
  /** Zips the finished parts; a host may pass a faster one (native deflate). fflate when not given. */
  zip?: Zipper;
}

/** Zips a document's parts, in the order given, each compressed. */
export type Zipper = (files: Record<string, Uint8Array>) => Uint8Array;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height of a PNG, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array | null | undefined): { width: number; height: number } | undefined {
  if (!bytes || bytes.length < 24 || !PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : undefined;
}

/** How the body is written; the bullet list's number is filled in once the frame is built (fillBody). */
export function blockContext(content: DocumentContent, options: RenderOptions): BlockContext {
  return { theme: options.theme, scale: scaleFor(options.theme, !!options.largePrint), audience: content.audience, bulletsId: 0 };
}

const BODY_MARK = 'TAC-CHAIR-BODY-GOES-HERE';

/** The frame's stand-in for the body: a bullet, so the file gets the bullet list's numbering. */
export function bodyMarker(): Paragraph {
  return new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: [new TextRun(BODY_MARK)] });
}

/** Puts the body in place of the marker paragraph; `write` is given the bullet list's number from it. */
export function fillBody(documentXml: string, write: (bulletsId: number) => string): string {
  const at = documentXml.indexOf(BODY_MARK);
  if (at < 0) throw new Error('The document frame has no place for the body.');
  const start = documentXml.lastIndexOf('<w:p>', at);
  const end = documentXml.indexOf('</w:p>', at) + '</w:p>'.length;
  const numId = /<w:numId w:val="(\d+)"\/>/.exec(documentXml.slice(start, at));
  if (start < 0 || !numId) throw new Error('The document frame’s body marker is not a bullet paragraph.');
  return documentXml.slice(0, start) + write(Number(numId[1])) + documentXml.slice(end);
}

/** A frame's zip with the body filled in. */
function withBody(frame: Uint8Array, write: (bulletsId: number) => string, zip?: Zipper): Uint8Array {
  const files = unzipSync(frame);
  files['word/document.xml'] = strToU8(fillBody(strFromU8(files['word/document.xml']), write));
  return zip ? zip(files) : zipSync(files, { level: 6 });
}

/** The file's properties: a title and subject with no person's name, and the authority as author. */
export function propertiesOf(content: DocumentContent, authority: string): Pick<IPropertiesOptions, 'title' | 'subject' | 'creator' | 'lastModifiedBy' | 'keywords' | 'description'> {
  return {
    title: xmlSafe(content.title),
    subject: xmlSafe(content.subject),
    creator: xmlSafe(authority),
    lastModifiedBy: xmlSafe(authority),
    keywords: content.kind,
    description: '',
  };
}

function small(text: string, theme: Theme, scalePt: number, extra: { bold?: boolean } = {}): TextRun {
  return new TextRun({ text: xmlSafe(text), size: Math.round(scalePt * 2), color: extra.bold ? theme.colours.text : theme.colours.muted, bold: extra.bold });
}

/** What the header and footer show; the letterhead puts placeholders here. */
export interface PageFurniture {
  marking: string;
  reference: string;
  note: string;
}

export function furnitureOf(content: DocumentContent, theme: Theme): PageFurniture {
  return {
    marking: theme.protectiveMarking,
    reference: `Reference ${content.reference}`,
    note: content.audience === 'family' ? theme.familyFooterText : theme.footerText,
  };
}

export function headerOf(page: PageFurniture, options: RenderOptions, ctx: BlockContext): Header {
  const { theme } = options;
  const pt = options.largePrint ? 12 : 9;
  const authority = options.authorityName || theme.authorityName;
  const size = pngSize(options.logo);
  const logoHeight = options.largePrint ? 56 : 44;
  const brand: ParagraphChild[] = [];
  if (size && options.logo) {
    brand.push(new ImageRun({
      type: 'png',
      data: options.logo,
      transformation: { width: Math.round((size.width / size.height) * logoHeight), height: logoHeight },
      altText: { name: 'Logo', title: 'Logo', description: theme.logoAltText || `${authority} logo` },
    }));
  }
  brand.push(new TextRun({ text: '\t' }));
  brand.push(new TextRun({ text: xmlSafe(authority), bold: true, size: Math.round((pt + 2) * 2), color: theme.colours.primary }));
  if (theme.serviceName) brand.push(new TextRun({ text: xmlSafe(` · ${theme.serviceName}`), size: Math.round((pt + 1) * 2), color: theme.colours.muted }));
  return new Header({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 80 }, children: [small(page.marking, theme, pt, { bold: true })] }),
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: theme.colours.border, space: 6 } },
        spacing: { after: 0 },
        children: brand,
      }),
    ],
  });
}

export function footerOf(page: PageFurniture, options: RenderOptions, ctx: BlockContext): Footer {
  const { theme } = options;
  const pt = options.largePrint ? 12 : 9;
  const note = page.note;
  return new Footer({
    children: [
      ...(note ? [new Paragraph({
        alignment: AlignmentType.CENTER, spacing: { after: 60 },
        border: { top: { style: BorderStyle.SINGLE, size: 6, color: theme.colours.border, space: 6 } },
        children: [small(note, theme, pt)],
      })] : []),
      new Paragraph({
        tabStops: [{ type: TabStopType.CENTER, position: Math.round(CONTENT_WIDTH / 2) }, { type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        spacing: { after: 0 },
        children: [
          small(page.reference, theme, pt),
          new TextRun({ text: '\t' }),
          new TextRun({ text: '\t' }),
          new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: Math.round(pt * 2), color: theme.colours.muted }),
        ],
      }),
    ],
  });
}

export const PAGE_PROPERTIES = {
  page: {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: PAGE.headerGap, footer: PAGE.headerGap },
  },
};

/** A Word file built with the theme's own look. */
export async function renderWithTheme(content: DocumentContent, options: RenderOptions): Promise<Uint8Array> {
  const ctx = blockContext(content, options);
  const authority = options.authorityName || options.theme.authorityName;
  const doc = new Document({
    ...propertiesOf(content, authority),
    styles: documentStyles(options.theme, ctx.scale, content.audience),
    numbering: numbering(ctx.scale),
    sections: [
      {
        properties: PAGE_PROPERTIES,
        headers: { default: headerOf(furnitureOf(content, options.theme), options, ctx) },
        footers: { default: footerOf(furnitureOf(content, options.theme), options, ctx) },
        children: [bodyMarker()],
      },
    ],
  });
  const frame = new Uint8Array(await Packer.toBuffer(doc));
  return withBody(frame, (bulletsId) => bodyXml(content, { ...ctx, bulletsId }, true), options.zip);
}
