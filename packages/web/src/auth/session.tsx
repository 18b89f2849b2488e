import type { Me, Permission, SessionResponse } from "@ariadne/domain/admin/index.ts";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { onServerContact, onSessionEnded, setCsrfToken, setSessionRecovery } from "../api/client.ts";
import { DraftVault } from "../drafts/vault.ts";
import { authApi } from "./auth-api.ts";

export type SessionState =
  | { status: "loading" }
  | { status: "signed_out"; reason: "none" | "signed_out" | "expired" }
  | {
      status: "signed_in";
      session: SessionResponse;
      /** This user's drafts on the device, open while signed in. */
      vault: DraftVault;
      /**
       * The session ended while the user worked (idle limit, signed out elsewhere): the page stays,
       * with everything typed, until they sign in again over it; calls refused meanwhile wait.
       */
      interrupted: boolean;
    };

interface SessionApi {
  state: SessionState;
  signedIn(session: SessionResponse): Promise<void>;
  signOut(everywhere: boolean): Promise<void>;
  /** True while the idle limit is less than about two minutes away. */
  idleWarning: boolean;
  /** Keeps the session alive (the idle warning's "stay signed in"). */
  staySignedIn(): Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

const minute = 60_000;
/** The server moves its idle clock at most once a minute: count from a minute before the last answer. */
const idleSlack = minute;
const warnBefore = 2 * minute;
/** Typing with no call to the server for this long touches the session, so working is never idle. */
const touchAfter = 5 * minute;

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });
  const [idleWarning, setIdleWarning] = useState(false);
  const stateRef = useRef(state);
  stateRef.current = state;
  const lastContact = useRef(Date.now());
  const waiting = useRef<((signedIn: boolean) => void)[]>([]);

  const release = useCallback((signedIn: boolean) => {
    for (const resume of waiting.current.splice(0)) resume(signedIn);
  }, []);

  const signedIn = useCallback(
    async (session: SessionResponse) => {
      setCsrfToken(session.csrfToken);
      lastContact.current = Date.now();
      const current = stateRef.current;
      // Signing in again over an interrupted page keeps its vault: it holds what was typed meanwhile.
      const vault =
        current.status === "signed_in" && current.session.user.id === session.user.id
          ? current.vault
          : await DraftVault.open(session.user.id, session.draftKey, localStorage);
      if (current.status === "signed_in" && current.vault !== vault) current.vault.close();
      setState({ status: "signed_in", session, vault, interrupted: false });
      setIdleWarning(false);
      release(true);
    },
    [release],
  );

  const ended = useCallback(
    (reason: "none" | "signed_out" | "expired") => {
      setCsrfToken(null);
      const current = stateRef.current;
      if (reason === "expired" && current.status === "signed_in") {
        setState({ ...current, interrupted: true });
        setIdleWarning(false);
        return;
      }
      if (current.status === "signed_in") current.vault.close();
      setState({ status: "signed_out", reason });
      release(false);
    },
    [release],
  );

  useEffect(() => {
    let live = true;
    authApi.session().then(
      async (session) => {
        if (!live) return;
        if (session) await signedIn(session);
        else ended("none");
      },
      () => {
        // The server could not be reached or answered oddly: the sign-in page is the way on.
        if (live) ended("none");
      },
    );
    const stopEnded = onSessionEnded(() => ended("expired"));
    const stopContact = onServerContact(() => {
      lastContact.current = Date.now();
    });
    setSessionRecovery(
      () =>
        new Promise<boolean>((resume) => {
          if (stateRef.current.status !== "signed_in") resume(false);
          else waiting.current.push(resume);
        }),
    );
    return () => {
      live = false;
      stopEnded();
      stopContact();
      setSessionRecovery(null);
    };
  }, [signedIn, ended]);

  const touch = useCallback(async () => {
    try {
      const session = await authApi.session();
      if (!session) return ended("expired");
      setCsrfToken(session.csrfToken);
      lastContact.current = Date.now();
      setIdleWarning(false);
    } catch {
      ended("expired");
    }
  }, [ended]);

  const signedInNow = state.status === "signed_in" && !state.interrupted;
  const idleMinutes = state.status === "signed_in" ? state.session.idleMinutes : null;

  // Warn two minutes before the idle limit; typing keeps the session alive without a warning.
  useEffect(() => {
    if (!signedInNow || idleMinutes === null) return;
    const limit = idleMinutes * minute - idleSlack;
    const check = setInterval(() => {
      if (Date.now() - lastContact.current >= limit - warnBefore) setIdleWarning(true);
    }, 5_000);
    let touching = false;
    const onInput = () => {
      if (touching || Date.now() - lastContact.current < Math.min(touchAfter, limit / 2)) return;
      touching = true;
      void touch().finally(() => {
        touching = false;
      });
    };
    document.addEventListener("keydown", onInput, true);
    document.addEventListener("pointerdown", onInput, true);
    return () => {
      clearInterval(check);
      document.removeEventListener("keydown", onInput, true);
      document.removeEventListener("pointerdown", onInput, true);
    };
  }, [signedInNow, idleMinutes, touch]);

  // At the session's absolute end, say so at once rather than at the next failed call.
  const expiresAt = state.status === "signed_in" ? Date.parse(state.session.expiresAt) : null;
  useEffect(() => {
    if (expiresAt === null || Number.isNaN(expiresAt)) return;
    // Timers longer than ~24.8 days overflow; sessions are hours long, but clamp anyway.
    const timer = setTimeout(
      () => ended("expired"),
      Math.min(Math.max(expiresAt - Date.now(), 0), 2 ** 31 - 1),
    );
    return () => clearTimeout(timer);
  }, [expiresAt, ended]);

  const signOut = useCallback(
    async (everywhere: boolean) => {
      try {
        await (everywhere ? authApi.signOutEverywhere() : authApi.signOut());
      } catch {
        // Signed out already (the session had ended): the local state follows below.
      } finally {
        ended("signed_out");
      }
    },
    [ended],
  );

  const value = useMemo(
    () => ({ state, signedIn, signOut, idleWarning, staySignedIn: touch }),
    [state, signedIn, signOut, idleWarning, touch],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error("useSession outside SessionProvider");
  return api;
}

/** The signed-in user; only for components rendered behind RequireSession. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== "signed_in") throw new Error("useMe without a session");
  return state.session.user;
}

/** The signed-in user's drafts on this device, or null when nobody is signed in. */
export function useVault(): DraftVault | null {
  const { state } = useSession();
  return state.status === "signed_in" ? state.vault : null;
}

export function hasAny(me: Me, wanted: readonly Permission[]): boolean {
  return wanted.length === 0 || wanted.some((p) => me.permissions.includes(p));
}
