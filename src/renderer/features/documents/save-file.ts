// Getting a built document onto the user's computer: Electron's native save dialog (then "show in
// folder"), or in the browser host a download through a Blob and an <a download> link.
import { api } from '../../api-client';
import { download } from '../../ui/download';

export interface BuiltFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export type SaveOutcome =
  | { kind: 'saved'; path: string }
  | { kind: 'downloaded' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** Saves with the host: the save dialog in Electron; a download where the host cannot save (the browser). */
export async function saveFile(file: BuiltFile, host: 'electron' | 'web'): Promise<SaveOutcome> {
  if (host === 'electron') {
    const result = await api.host.saveFile({ suggestedName: file.fileName, base64: file.base64, mimeType: file.mimeType });
    if (result.ok) return result.value.saved && result.value.path ? { kind: 'saved', path: result.value.path } : { kind: 'cancelled' };
    if (result.error.code !== 'unknown-method') return { kind: 'failed', message: result.error.message };
  }
  download(file);
  return { kind: 'downloaded' };
}

export async function showInFolder(path: string): Promise<string | undefined> {
  const result = await api.host.showInFolder({ path });
  if (!result.ok) return result.error.message;
  return result.value.shown ? undefined : 'The file is no longer there. It may have been moved or deleted.';
}
