// A council's own letterhead (.docx with {{title}}, {{body}} and {{marking}} placeholders), filled with
// docx's patchDocument; the styles the body needs and the en-GB language are added to it if missing.
import { Document, Packer, Paragraph, PatchType, TextRun, patchDetector, patchDocument } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { DocumentContent } from './blocks';
import { bodyXml, xmlSafe } from './body-xml';
import { PAGE_PROPERTIES, blockContext, bodyMarker, fillBody, footerOf, furnitureOf, headerOf, propertiesOf, type RenderOptions } from './render';
import { STYLE_IDS, documentStyles, numbering, scaleFor } from './styles';
import type { Theme } from './theme';

/** Placeholders a letterhead may use. `body` is required; the others are filled when present. */
export const LETTERHEAD_PLACEHOLDERS = ['title', 'body', 'marking', 'footer', 'reference', 'authority'] as const;

export interface LetterheadCheck {
  /** False when the letterhead cannot be used at all; the theme's own look is used instead. */
  usable: boolean;
  /** Plain-English problems, for the person who looks after the templates. */
  problems: string[];
}

function parts(bytes: Uint8Array): Record<string, Uint8Array> | undefined {
  try {
    const files = unzipSync(bytes);
    return files['word/document.xml'] ? files : undefined;
  } catch {
    return undefined;
  }
}

/** What a letterhead offers: whether it can be used, its problems, and the placeholders it has. */
async function inspect(bytes: Uint8Array): Promise<LetterheadCheck & { keys: Set<string> }> {
  const files = parts(bytes);
  if (!files) return { usable: false, problems: ['The letterhead is not a Word (.docx) file, so the built-in design is used.'], keys: new Set() };
  const keys = new Set(await patchDetector({ data: bytes }));
  const problems: string[] = [];
  if (!keys.has('body')) return { usable: false, problems: ['The letterhead has no {{body}} placeholder, so the built-in design is used. Type {{body}} on a line of its own where the record should go.'], keys };
  if (!keys.has('title')) problems.push('The letterhead has no {{title}} placeholder, so the title is put at the top of the body.');
  const furniture = Object.entries(files).filter(([name]) => /^word\/(header|footer)\d*\.xml$/.test(name)).map(([name, data]) => [name, strFromU8(data)] as const);
  const inHeader = furniture.some(([n, x]) => n.includes('header') && x.includes('{{marking}}'));
  if (!inHeader) problems.push('The letterhead should have {{marking}} in its header, so the protective marking shows once at the top of every page.');
  if (!furniture.some(([n, x]) => n.includes('footer') && /NUMPAGES/.test(x) && /\bPAGE\b/.test(x))) problems.push('The letterhead’s footer has no “Page X of Y” page numbers.');
  return { usable: true, problems, keys };
}

/** Checks a letterhead before use: that it opens, has {{body}}, and shows the marking and page numbers. */
export async function checkLetterhead(bytes: Uint8Array): Promise<LetterheadCheck> {
  const { usable, problems } = await inspect(bytes);
  return { usable, problems };
}

const STYLE = /<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g;

/** Adds the body's styles to a letterhead's styles.xml (replacing them for large print) and sets en-GB. */
export function mergeStyles(theirs: string, ours: string, replace: boolean): string {
  const wanted = new Set<string>([...STYLE_IDS, 'ListParagraph']);
  const mine = new Map<string, string>();
  for (const m of ours.matchAll(STYLE)) if (wanted.has(m[1])) mine.set(m[1], m[0]);
  let out = theirs.replace(STYLE, (whole, id: string) => (replace && mine.has(id) ? '' : whole));
  const present = new Set([...out.matchAll(STYLE)].map((m) => m[1]));
  const add = [...mine.entries()].filter(([id]) => !present.has(id)).map(([, xml]) => xml).join('');
  out = out.replace('</w:styles>', `${add}</w:styles>`);
  if (replace) {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(ours)?.[0];
    if (defaults) out = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.test(out) ? out.replace(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/, defaults) : out.replace(/(<w:styles\b[^>]*>)/, `$1${defaults}`);
  }
  out = out.replace(/(<w:lang\b[^>]*?\bw:val=")[^"]*(")/g, '$1en-GB$2');
  if (!/<w:docDefaults>[\s\S]*<w:lang\b[\s\S]*<\/w:docDefaults>/.test(out)) {
    if (/<w:rPrDefault>\s*<w:rPr>/.test(out)) out = out.replace(/<w:rPrDefault>\s*<w:rPr>/, '<w:rPrDefault><w:rPr><w:lang w:val="en-GB"/>');
    else if (/<w:docDefaults>/.test(out)) out = out.replace('<w:docDefaults>', '<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>');
    else out = out.replace(/(<w:styles\b[^>]*>)/, '$1<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>');
  }
  return out;
}

const stylesCache = new Map<string, string>();

async function ourStyles(theme: Theme, largePrint: boolean, audience: DocumentContent['audience']): Promise<string> {
  const key = JSON.stringify([theme, largePrint, audience]);
  const hit = stylesCache.get(key);
  if (hit) return hit;
  const doc = new Document({ styles: documentStyles(theme, scaleFor(theme, largePrint), audience), sections: [{ children: [new Paragraph({ numbering: { reference: 'x', level: 0 }, children: [] })] }], numbering: { config: [{ reference: 'x', levels: [{ level: 0 }] }] } });
  const xml = strFromU8(unzipSync(await Packer.toBuffer(doc))['word/styles.xml']);
  stylesCache.set(key, xml);
  return xml;
}

/** Large print reaches the letterhead's header and footer too: every size a third larger, 12 point at least. */
export function largerPrint(xml: string): string {
  return xml.replace(/<w:sz(Cs)? w:val="(\d+)"\/>/g, (_, cs: string | undefined, n: string) => `<w:sz${cs ?? ''} w:val="${Math.max(24, Math.round((Number(n) * 4) / 3))}"/>`);
}

/** A Word file built into a council's own letterhead, or undefined when it cannot be used (see checkLetterhead). */
export async function renderWithLetterhead(letterhead: Uint8Array, content: DocumentContent, options: RenderOptions): Promise<Uint8Array | undefined> {
  const { usable, keys } = await inspect(letterhead);
  if (!usable) return undefined;
  const ctx = blockContext(content, options);
  const page = furnitureOf(content, options.theme);
  const authority = options.authorityName || options.theme.authorityName;
  const inline = (value: string) => ({ type: PatchType.PARAGRAPH, children: [new TextRun(xmlSafe(value))] });
  const patched = await patchDocument({
    outputType: 'uint8array',
    data: letterhead,
    keepOriginalStyles: true,
    numbering: numbering(ctx.scale),
    properties: propertiesOf(content, authority),
    patches: {
      body: { type: PatchType.DOCUMENT, children: [bodyMarker()] },
      title: inline(content.title),
      marking: inline(page.marking),
      footer: inline(page.note),
      reference: inline(page.reference),
      authority: inline(authority),
    },
  });
  const files = unzipSync(patched);
  files['word/document.xml'] = strToU8(fillBody(strFromU8(files['word/document.xml']), (bulletsId) => bodyXml(content, { ...ctx, bulletsId }, !keys.has('title'))));
  if (options.largePrint) {
    for (const name of Object.keys(files).filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n))) files[name] = strToU8(largerPrint(strFromU8(files[name])));
  }
  const ours = await ourStyles(options.theme, !!options.largePrint, content.audience);
  files['word/styles.xml'] = strToU8(mergeStyles(files['word/styles.xml'] ? strFromU8(files['word/styles.xml']) : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:styles>', ours, !!options.largePrint));
  return options.zip ? options.zip(files) : zipSync(files, { level: 6 });
}

/** The default letterhead shipped in templates/letterhead.docx: the theme's look, with placeholders. */
export async function buildDefaultLetterhead(theme: Theme, logo?: Uint8Array | null): Promise<Uint8Array> {
  const options: RenderOptions = { theme, logo, authorityName: '{{authority}}' };
  const content = { kind: 'meeting-record', audience: 'professionals', title: '', subtitle: [], reference: '', subject: '', blocks: [] } as DocumentContent;
  const ctx = blockContext(content, options);
  const page = { marking: '{{marking}}', reference: '{{reference}}', note: '{{footer}}' };
  const doc = new Document({
    title: 'Letterhead', creator: theme.authorityName, lastModifiedBy: theme.authorityName, description: '',
    styles: documentStyles(theme, ctx.scale, 'professionals'),
    sections: [{
      properties: PAGE_PROPERTIES,
      headers: { default: headerOf(page, options, ctx) },
      footers: { default: footerOf(page, options, ctx) },
      children: [new Paragraph({ style: 'Title', children: [new TextRun('{{title}}')] }), new Paragraph({ children: [new TextRun('{{body}}')] })],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
