import { useCallback, useEffect, useState } from "react";
import { useVault } from "../auth/session.tsx";
import { outreachApi } from "./outreach-api.ts";
import { type QueuedVisit, queuedVisits, type ReplayOutcome, replayQueue } from "./outreach-queue.ts";

/**
 * The device's queue of outreach visits and its sending: at opening, whenever the browser says the
 * network is back, and on demand (after a save). `queue` is what still waits on this device.
 */
export function useOutreachSync() {
  const vault = useVault();
  const [queue, setQueue] = useState<QueuedVisit[]>(() => (vault ? queuedVisits(vault) : []));
  const [online, setOnline] = useState(() => navigator.onLine);
  const [last, setLast] = useState<Record<ReplayOutcome, number> | null>(null);

  const sync = useCallback(async () => {
    if (!vault) return null;
    const outcome = await replayQueue(vault, outreachApi);
    setQueue(queuedVisits(vault));
    setLast(outcome);
    return outcome;
  }, [vault]);

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
