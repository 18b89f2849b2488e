import type { Me, Permission, SessionResponse } from "@ariadne/domain/admin/index.ts";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { onSessionEnded, setCsrfToken } from "../api/client.ts";
import { authApi } from "./auth-api.ts";

export type SessionState =
  | { status: "loading" }
  | { status: "signed_out"; reason: "none" | "signed_out" | "expired" }
  | { status: "signed_in"; session: SessionResponse };

interface SessionApi {
  state: SessionState;
  signedIn(session: SessionResponse): void;
  signOut(everywhere: boolean): Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });

  const signedIn = useCallback((session: SessionResponse) => {
    setCsrfToken(session.csrfToken);
    setState({ status: "signed_in", session });
  }, []);

  const ended = useCallback((reason: "none" | "signed_out" | "expired") => {
    setCsrfToken(null);
    // Drafts (a screening in progress) live in this tab's session storage: leave none behind.
    globalThis.sessionStorage?.clear();
    setState({ status: "signed_out", reason });
  }, []);

  useEffect(() => {
    let live = true;
    authApi.session().then(
      (session) => live && signedIn(session),
      () => {
        // 401 means nobody is signed in; on any other failure the sign-in page is the way on too.
        if (live) ended("none");
      },
    );
    const stop = onSessionEnded(() => ended("expired"));
    return () => {
      live = false;
      stop();
    };
  }, [signedIn, ended]);

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
      } finally {
        ended("signed_out");
      }
    },
    [ended],
  );

  const value = useMemo(() => ({ state, signedIn, signOut }), [state, signedIn, signOut]);
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

export function hasAny(me: Me, wanted: readonly Permission[]): boolean {
  return wanted.length === 0 || wanted.some((p) => me.permissions.includes(p));
}
