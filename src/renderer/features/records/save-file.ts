// Saving a file the host made (a subject access copy, the audit log): Electron asks where to save it;
// the browser host cannot, so the browser downloads it instead. Either way the user is told what happened.
import { api } from '../../api-client';

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

function download(file: ExportedFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function describeSaved(outcomes: SaveOutcome[], what: string): string {
  const saved = outcomes.filter((o) => o.saved);
  if (saved.length === 0) return `${what} was not saved.`;
  if (saved.every((o) => o.saved && o.where === 'downloads')) return `${what} has been downloaded. Your browser shows it in its list of downloads.`;
  return `${what} has been saved where you chose.`;
}
