import { useCallback, useEffect, useState } from "react";
import { useSession, useVault } from "../auth/session.tsx";
import { outreachApi } from "./outreach-api.ts";
import { type QueuedVisit, queuedVisits, type ReplayOutcome, replayQueue } from "./outreach-queue.ts";

/**
 * The device's queue of outreach visits and its sending: at opening, whenever the browser says the
 * network is back, and on demand (after a save). `queue` is what still waits on this device.
 */
export function useOutreachSync() {
  const vault = useVault();
  const { state } = useSession();
  // A session opened offline from the device has no CSRF token yet: send once the server confirmed it.
  const confirmed = state.status === "signed_in" && !state.offline;
  const [queue, setQueue] = useState<QueuedVisit[]>(() => (vault ? queuedVisits(vault) : []));
  const [online, setOnline] = useState(() => navigator.onLine);
  const [last, setLast] = useState<Record<ReplayOutcome, number> | null>(null);

  const sync = useCallback(async () => {
    if (!vault) return null;
    if (!confirmed) {
      // Nothing is sent yet, but what waits on the device is shown as it is now.
      setQueue(queuedVisits(vault));
      return null;
    }
    const outcome = await replayQueue(vault, outreachApi);
    setQueue(queuedVisits(vault));
    setLast(outcome);
    return outcome;
  }, [vault, confirmed]);

  useEffect(() => {
    void sync();
    const up = () => {
      setOnline(true);
      void sync();
    };
    const down = () => setOnline(false);
    window.addEventListener("online", up);
    window.addEventListener("offline", down);
    return () => {
      window.removeEventListener("online", up);
      window.removeEventListener("offline", down);
    };
  }, [sync]);

  const refresh = useCallback(() => {
    if (vault) setQueue(queuedVisits(vault));
  }, [vault]);

  return { vault, queue, online, last, sync, refresh };
}
