export { authApi } from "./auth-api.ts";
export { hasAny, SessionProvider, type SessionState, useMe, useSession } from "./session.tsx";
