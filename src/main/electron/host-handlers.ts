// host.* in Electron: a native save dialog that writes the file the user chose, showing a file the
// app has just saved in its folder, and the last family opened (an id in the preferences file).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { BaseWindow, Dialog, FileFilter, SaveDialogOptions, Shell } from 'electron';
import type { Handlers } from '../../api';
import { AppError } from '../../core/shared/result';
import type { Preferences } from './preferences';

const FILTERS: Readonly<Record<string, FileFilter>> = {
  docx: { name: 'Word document', extensions: ['docx'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  json: { name: 'JSON file', extensions: ['json'] },
  csv: { name: 'Spreadsheet (CSV)', extensions: ['csv'] },
  txt: { name: 'Text file', extensions: ['txt'] },
  zip: { name: 'Zip file', extensions: ['zip'] },
};

export interface ElectronHostDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  shell: Pick<Shell, 'showItemInFolder'>;
  getWindow: () => BaseWindow | null | undefined;
  preferences: Preferences;
  /** Where the first save dialog opens (the user's Documents folder). */
  defaultDir: () => string;
}

export interface ElectronHost {
  handlers: Handlers['host'];
  /** Files saved since the app started: the only ones showInFolder will reveal. */
  savedPaths(): readonly string[];
}

export function createElectronHost(deps: ElectronHostDeps): ElectronHost {
  const saved = new Set<string>();
  // The last folder used, for this session only (a folder name can be personal, so it is not stored).
  let lastDir: string | undefined;

  const handlers: Handlers['host'] = {
    async saveFile({ suggestedName, base64 }) {
      const ext = path.extname(suggestedName).slice(1).toLowerCase();
      const filter = FILTERS[ext] ?? { name: `${ext.toUpperCase()} file`, extensions: [ext] };
      const options: SaveDialogOptions = {
        title: 'Save a copy',
        buttonLabel: 'Save',
        defaultPath: path.join(lastDir ?? deps.defaultDir(), suggestedName),
        filters: [filter],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const win = deps.getWindow();
      const choice = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false };
      let target = path.resolve(choice.filePath);
      if (path.extname(target).toLowerCase() !== `.${ext}`) target += `.${ext}`;
      await writeFileSafely(target, Buffer.from(base64, 'base64'));
      saved.add(target);
      lastDir = path.dirname(target);
      return { saved: true, path: target };
    },

    async showInFolder({ path: wanted }) {
      const target = path.resolve(wanted);
      if (!saved.has(target)) {
        throw new AppError('not-found', 'TAC Chair can only show files it has saved since it was opened.');
      }
      const stat = await fs.stat(target).catch(() => undefined);
      if (!stat?.isFile()) return { shown: false };
      deps.shell.showItemInFolder(target);
      return { shown: true };
    },

    async rememberFamily({ familyId }) {
      return { remembered: deps.preferences.rememberFamily(familyId) };
    },

    async lastFamily() {
      const familyId = deps.preferences.lastFamilyId();
      return familyId ? { familyId } : {};
    },
  };

  return { handlers, savedPaths: () => [...saved] };
}

/** Write beside the target, then rename over it: a failed save never leaves half a document. */
async function writeFileSafely(target: string, bytes: Buffer): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { mode: 0o600 });
    await fs.rename(temp, target);
  } catch {
    await fs.unlink(temp).catch(() => undefined);
    throw new AppError(
      'internal',
      'TAC Chair could not save the file there. The folder may be read-only, full or no longer there. Try saving somewhere else.',
    );
  }
}
