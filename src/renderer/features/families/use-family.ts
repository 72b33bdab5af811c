// Loads one family record for a page, and lets the page replace it after a save.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api-client';
import type { FamilyRecord } from '../../../core/families/record';

export function useFamily(familyId: string) {
  const [record, setRecord] = useState<FamilyRecord | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const load = useCallback(async () => {
    const result = await api.families.get({ familyId });
    if (result.ok) {
      setRecord(result.value);
      setProblem(undefined);
    } else setProblem(result.error.message);
  }, [familyId]);
  useEffect(() => {
    void load();
  }, [load]);
  return { record, setRecord, problem, reload: load };
}
