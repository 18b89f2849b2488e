import type { ReactNode } from "react";

/** A message region: errors interrupt (role=alert), confirmations wait their turn (role=status). */
export function Alert({ tone, children }: { tone: "error" | "success" | "info"; children: ReactNode }) {
  return (
    <div className={`alert alert-${tone}`} role={tone === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}
