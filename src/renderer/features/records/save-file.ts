// Saving a file the host made (a subject access copy, the audit log): Electron asks where to save it;
// the browser host cannot, so the browser downloads it instead. Either way the user is told what happened.
import { api } from '../../api-client';
import { download } from '../../ui/download';

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
  bytes: number;
}

export type SaveOutcome = { saved: true; where: 'chosen' | 'downloads'; path?: string } | { saved: false; message?: string };

export async function saveExportedFile(file: ExportedFile): Promise<SaveOutcome> {
  const result = await api.host.saveFile({ suggestedName: file.fileName, base64: file.base64, mimeType: file.mimeType });
  if (result.ok) return result.value.saved ? { saved: true, where: 'chosen', path: result.value.path } : { saved: false };
  if (result.error.code !== 'unknown-method') return { saved: false, message: result.error.message };
  download(file);
  return { saved: true, where: 'downloads' };
}

export function describeSaved(outcomes: SaveOutcome[], what: string): string {
  const saved = outcomes.filter((o) => o.saved);
  if (saved.length === 0) return `${what} was not saved.`;
  if (saved.every((o) => o.saved && o.where === 'downloads')) return `${what} has been downloaded. Your browser shows it in its list of downloads.`;
  return `${what} has been saved where you chose.`;
}
