// host.* handlers for the browser host: it cannot open a save dialog (the renderer downloads
// instead) and keeps the last family opened in memory only. Electron replaces these (src/main/electron).
import type { Handlers } from '../../api';
import { BROWSER_SAVE_MESSAGE } from '../../api/host';
import { AppError } from '../../core/shared/result';

export function browserHostHandlers(): Handlers['host'] {
  let lastFamilyId: string | undefined;
  return {
    async saveFile() {
      throw new AppError('unknown-method', BROWSER_SAVE_MESSAGE);
    },
    async showInFolder() {
      // The browser keeps downloads in its own list; there is no folder to show from here.
      return { shown: false };
    },
    async rememberFamily({ familyId }) {
      lastFamilyId = familyId ?? undefined;
      return { remembered: true };
    },
    async lastFamily() {
      return lastFamilyId ? { familyId: lastFamilyId } : {};
    },
  };
}
