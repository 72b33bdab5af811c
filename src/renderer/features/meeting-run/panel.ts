// What every meeting panel receives, and the registry of panels shown for each agenda item key.
// Panels for one domain live in that domain's feature folder and register here.
import type { ComponentType } from 'react';
import type { FamilyRecord } from '../../../core/families/record';
import type { Meeting } from '../../../core/meetings/schema';
import type { AgendaItem } from '../../../core/agenda/schema';
import type { TemplateBundle } from '../../../api/templates';

export interface PanelProps {
  record: FamilyRecord;
  meeting: Meeting;
  item: AgendaItem;
  templates: TemplateBundle;
  /** Replace the page's copy of the family after a save. */
  onRecord: (record: FamilyRecord) => void;
  guided: boolean;
  /** Move the meeting to another agenda item (e.g. from a summary to one action's review). */
  goTo?: (itemId: string) => void;
}

export type Panel = ComponentType<PanelProps>;
