// Facts about the running app the document and circulation screens need: which host (Electron saves
// with a dialog, the browser downloads) and today's date by the app's clock. Fetched once.
import { useEffect, useState } from 'react';
import { api } from '../../api-client';
import { appToday } from '../../clock';

export interface AppInfo {
  host: 'electron' | 'web';
  today: string;
}

let cached: Promise<AppInfo> | undefined;

export function loadAppInfo(): Promise<AppInfo> {
  cached ??= api.app.info().then((r) => (r.ok ? { host: r.value.host, today: r.value.today } : { host: 'web' as const, today: appToday() }));
  return cached;
}

export function useAppInfo(): AppInfo | undefined {
  const [info, setInfo] = useState<AppInfo | undefined>();
  useEffect(() => {
    let live = true;
    void loadAppInfo().then((i) => live && setInfo(i));
    return () => {
      live = false;
    };
  }, []);
  return info;
}
