// Which panels show under each agenda item. A domain adds its panels here: by item key, or for
// every item (notes, quick action capture). Panels are shown in the order listed.
import type { Panel } from './panel';

/** Panels for particular agenda item keys (standing keys, `action-review`, `outcome-review`…). */
export const PANELS_BY_KEY: Record<string, Panel[]> = {};

/** Panels under every item, after the item's own panels. */
export const EVERY_ITEM_PANELS: Panel[] = [];

export function panelsFor(key: string): Panel[] {
  return [...(Object.hasOwn(PANELS_BY_KEY, key) ? PANELS_BY_KEY[key] : []), ...EVERY_ITEM_PANELS];
}
