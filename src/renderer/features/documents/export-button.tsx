// One document's export: the button, "Building the family plan…" while it is made, then where it
// went (saved, with "Show in folder", or downloaded) and a reminder that the file is not encrypted.
import { useRef, useState } from 'react';
import { api } from '../../api-client';
import { Button } from '../../ui/bits';
import type { DocumentRequest } from '../../../api/documents';
import { useAppInfo } from './use-app-info';
import { saveFile, showInFolder, type SaveOutcome } from './save-file';

export function ExportButton({ request, what, id }: {
  request: DocumentRequest;
  /** Lower case, for sentences: "meeting record", "action plan in large print". */
  what: string;
  id: string;
}) {
  const info = useAppInfo();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<(SaveOutcome & { fileName?: string }) | undefined>();
  const [folderProblem, setFolderProblem] = useState<string>();
  const resultRef = useRef<HTMLDivElement>(null);
  const verb = info?.host === 'electron' ? 'Save' : 'Download';

  const run = async () => {
    setBusy(true);
    setOutcome(undefined);
    setFolderProblem(undefined);
    try {
      const built = await api.documents.export(request);
      if (!built.ok) {
        setOutcome({ kind: 'failed', message: built.error.message });
        return;
      }
      const saved = await saveFile(built.value, info?.host ?? 'web');
      setOutcome({ ...saved, fileName: built.value.fileName });
    } finally {
      setBusy(false);
      requestAnimationFrame(() => resultRef.current?.focus());
    }
  };

  return (
    <div className="export">
      <Button id={id} onClick={() => void run()} disabled={busy || !info}>{verb} the {what}</Button>
      <div className="export__status" role="status" aria-live="polite">
        {busy && <p className="export__busy"><span className="export__spinner" aria-hidden="true" />Building the {what}…</p>}
      </div>
      {outcome && !busy && (
        <div className={`export__result export__result--${outcome.kind === 'failed' ? 'problem' : 'done'}`} tabIndex={-1} ref={resultRef}>
          {outcome.kind === 'saved' && (
            <>
              <p><strong>Saved {outcome.fileName}</strong></p>
              <p className="export__path">{outcome.path}</p>
              <Button variant="secondary" onClick={() => void showInFolder(outcome.path).then(setFolderProblem)}>Show in folder</Button>
              {folderProblem && <p className="error-message">{folderProblem}</p>}
            </>
          )}
          {outcome.kind === 'downloaded' && (
            <p><strong>Downloaded {outcome.fileName}.</strong> Your browser keeps it with your other downloads.</p>
          )}
          {outcome.kind === 'cancelled' && <p>Not saved. The {what} was not saved anywhere.</p>}
          {outcome.kind === 'failed' && <p className="error-message">The {what} could not be made. {outcome.message}</p>}
          {(outcome.kind === 'saved' || outcome.kind === 'downloaded') && (
            <p className="hint">This copy is not protected by TAC Chair’s encryption. Keep it somewhere safe, and delete it once it has been sent.</p>
          )}
        </div>
      )}
    </div>
  );
}
