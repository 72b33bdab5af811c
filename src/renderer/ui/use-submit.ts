// Submitting a form to the API: keeps the field errors and the general message, and says
// whether it is busy, so every form handles failure the same way.
import { useCallback, useState } from 'react';
import type { Result } from '../../core/shared/result';

export function useSubmit() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = useCallback(async <T,>(call: () => Promise<Result<T>>, mapFields?: (path: string) => string): Promise<T | undefined> => {
    setBusy(true);
    try {
      const result = await call();
      if (result.ok) {
        setErrors({});
        setMessage(undefined);
        return result.value;
      }
      const fields = result.error.fields ?? {};
      const mapped: Record<string, string> = {};
      for (const [k, v] of Object.entries(fields)) mapped[mapFields ? mapFields(k) : k] = v;
      setErrors(mapped);
      setMessage(Object.keys(mapped).length ? undefined : result.error.message);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);

  const hasErrors = Object.keys(errors).length > 0 || !!message;
  return { errors, message, busy, submit, hasErrors, setErrors, setMessage };
}
