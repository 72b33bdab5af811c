// Which panels show under each agenda item. A domain adds its panels here: by item key, or for
// every item (notes, quick action capture). Panels are shown in the order listed.
import type { Panel } from './panel';
import { NotesPanel } from '../minutes/notes-panel';
import { CapturePanel } from '../actions/capture-panel';
import { PlanList } from '../actions/plan-list';
import { AttendancePanel } from '../attendance/attendance-panel';
import { ChildViewPanel } from '../attendance/child-view-panel';
import { ReviewSummaryPanel } from '../agenda/review-summary-panel';
import { ActionReviewPanel } from '../agenda/action-review-panel';
import { GoneWellPanel, WorriesPanel } from '../agenda/last-time-panel';
import { MissingFromTeamPanel, RealisticPanel } from '../agenda/team-panels';
import { NextMeetingPanel } from '../agenda/next-meeting-panel';
import { ClosingPanel } from '../agenda/closing-panel';
import { OutcomeReviewPanel, OutcomesPanel } from '../outcomes/outcome-panels';

/** Panels for particular agenda item keys (standing keys, `action-review`, `outcome-review`…). */
export const PANELS_BY_KEY: Record<string, Panel[]> = {
  'new-actions': [PlanList],
  introductions: [AttendancePanel],
  'child-view': [ChildViewPanel],
  'review-actions': [ReviewSummaryPanel],
  'action-review': [ActionReviewPanel],
  'gone-well': [GoneWellPanel],
  worries: [WorriesPanel],
  outcomes: [OutcomesPanel],
  'outcome-review': [OutcomeReviewPanel],
  'missing-from-team': [MissingFromTeamPanel],
  realistic: [RealisticPanel],
  'next-meeting': [NextMeetingPanel],
  closing: [ClosingPanel],
};

/** Panels under every item, after the item's own panels. */
export const EVERY_ITEM_PANELS: Panel[] = [NotesPanel, CapturePanel];

export function panelsFor(key: string): Panel[] {
  return [...(Object.hasOwn(PANELS_BY_KEY, key) ? PANELS_BY_KEY[key] : []), ...EVERY_ITEM_PANELS];
}
