// What the family's screen shows while TAC Chair is locked: nothing about the family, no passphrase
// box (the family may be looking), and it comes back by itself once the chair unlocks.
import { useEffect } from 'react';

export function LockedFamilyScreen({ onCheck }: { onCheck: () => void }) {
  useEffect(() => {
    document.title = 'Locked – TAC Chair';
    const timer = setInterval(onCheck, 5000);
    return () => clearInterval(timer);
  }, [onCheck]);
  return (
    <main className="family-view" id="main">
      <h1>TAC Chair is locked</h1>
      <p>This screen will come back when TAC Chair is unlocked on the chair’s computer.</p>
    </main>
  );
}
