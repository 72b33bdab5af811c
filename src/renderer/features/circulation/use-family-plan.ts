// Judging whether a family has been sent their plan, in the renderer: today's date from the app, the
// council's working-day limit and bank holidays from templates/, and the core rule.
import { useMemo } from 'react';
import { bankHolidayCalendar } from '../../../core/dates/bank-holidays';
import { familyPlanStatus, type FamilyPlanFacts, type FamilyPlanStatus } from '../../../core/circulation/family-plan';
import { useTemplates } from '../templates/use-templates';
import { useAppInfo } from '../documents/use-app-info';

/** A function from facts to status, or undefined until the templates and today's date have loaded. */
export function useFamilyPlanJudge(): ((facts: FamilyPlanFacts | undefined) => FamilyPlanStatus | undefined) | undefined {
  const templates = useTemplates();
  const info = useAppInfo();
  return useMemo(() => {
    if (!templates || !info) return undefined;
    const rules = { withinWorkingDays: templates.local.familyPlanWithinWorkingDays, holidays: bankHolidayCalendar(templates.bankHolidays) };
    return (facts: FamilyPlanFacts | undefined) => (facts ? familyPlanStatus(facts, info.today, rules) : undefined);
  }, [templates, info]);
}
