import { randomBytes } from "node:crypto";
import { adminDb, type Queryable, withSystem } from "@ariadne/db";
import type { admin } from "@ariadne/domain";
import { appendAudit } from "../audit/index.ts";
import { AppError } from "../http/errors.ts";
import type { Services } from "../services.ts";
import type { Actor } from "./actor.ts";
import { passwordWeakness } from "./password-policy.ts";
import { hashPassword, verifyPassword } from "./passwords.ts";
import {
  continueToSession,
  pauseAfterFailures,
  pauseMinutes,
  recordAccountFailure,
  type SignInOutcome,
} from "./sign-in.ts";
import { newToken, tokenHash } from "./tokens.ts";
import { checkTotp } from "./totp.ts";

/** A reset link is good for this long: long enough to hand over by phone, short enough to leak little. */
export const resetTokenMinutes = 30;

/** A 400 for one field whose code says why, so the web app can say it in the reader's language. */
const fieldError = (code: string, path: string, message: string) =>
  new AppError(400, code, `${path}: ${message}`, { issues: [{ path, message }] });

const tokenExpired = () =>
  new AppError(401, "password_token_expired", "the link or code has expired or was used; ask for a new one");

/** The new password's checks beyond length: not common, not the user's own name or address, not the old one. */
async function refuseWeakPassword(user: adminDb.UserRow, newPassword: string) {
  const weakness =
    passwordWeakness(newPassword, { email: user.email, displayName: user.display_name }) ??
    ((await verifyPassword(user.password_hash, newPassword))
      ? { code: "password_unchanged", message: "must differ from the current password" }
      : null);
  if (weakness) throw fieldError(weakness.code, "body.newPassword", weakness.message);
}

/** The TOTP step of a code, or an error for the field; failures count towards the pause. */
async function checkTotpOf(
  s: Services,
  tx: Queryable,
  user: adminDb.UserRow,
  code: string | undefined,
  ip: string,
): Promise<number | AppError> {
  if (!code) return fieldError("totp_required", "body.totp", "enter the code from your authenticator app");
  const cipher = await s.keyring.cipherFor(tx, user.municipality_id);
  const secret = cipher.decrypt("users.totp_secret", user.totp_secret_enc!);
  const step = checkTotp(secret, code, Number(user.totp_last_step));
  if (step !== null) return step;
  await recordAccountFailure(s, tx, user, ip);
  return fieldError("totp_invalid", "body.totp", "the code is wrong or was used");
}

const pausedError = () =>
  new AppError(
    429,
    "rate_limited",
    `too many failed attempts from this address; wait ${pauseMinutes} minutes`,
  );

/**
 * A signed-in user changes their own password: the current password, and a TOTP code where enrolled,
 * prove it is them. Every other session of theirs ends. Audited either way.
 */
export async function changeOwnPassword(
  s: Services,
  actor: Actor,
  req: admin.PasswordChangeRequest,
): Promise<{ sessionsEnded: number }> {
  const result = await withSystem(s.db, async (tx) => {
    const user = await adminDb.getUserRow(tx, actor.userId);
    if (!user?.active) return new AppError(401, "unauthenticated", "sign in first");
    const audit = (outcome: "success" | "denied", details: Record<string, string | number>) =>
      appendAudit(tx, {
        municipalityId: user.municipality_id,
        actorId: user.id,
        actorName: user.display_name,
        action: "auth.password_change",
        recordType: "user",
        recordId: user.id,
        ip: actor.ip,
        outcome,
        details,
      });
    if (
      (await adminDb.countRecentAccountFailures(tx, user.id, actor.ip, pauseMinutes)) >= pauseAfterFailures
    ) {
      await audit("denied", { reason: "paused" });
      return pausedError();
    }
    if (!(await verifyPassword(user.password_hash, req.currentPassword))) {
      await recordAccountFailure(s, tx, user, actor.ip);
      await audit("denied", { reason: "wrong_password" });
      return fieldError("wrong_password", "body.currentPassword", "wrong password");
    }
    let step: number | null = null;
    if (user.totp_enabled && user.totp_secret_enc) {
      const checked = await checkTotpOf(s, tx, user, req.totp, actor.ip);
      if (checked instanceof AppError) {
        await audit("denied", { reason: "totp" });
        return checked;
      }
      step = checked;
    }
    await refuseWeakPassword(user, req.newPassword);
    await adminDb.setPassword(tx, user.id, await hashPassword(req.newPassword), false);
    if (step !== null) await adminDb.recordSuccessfulSignIn(tx, user.id, step);
    await adminDb.deletePasswordTokens(tx, user.id);
    const sessionsEnded = await adminDb.deleteOtherUserSessions(tx, user.id, actor.sessionTokenHash);
    await audit("success", { sessionsEnded });
    return { sessionsEnded };
  });
  if (result instanceof AppError) throw result;
  return result;
}

/**
 * Sets a password with a one-time token — the step after a first sign-in with an issued password, or
 * a reset — then goes on as sign-in does (TOTP enrolment where the role needs it, or a session).
 * After a reset the user's TOTP code is asked too, where enrolled: the link alone is not enough.
 */
export async function setPasswordWithToken(
  s: Services,
  req: admin.PasswordSetRequest,
  ip: string,
): Promise<SignInOutcome> {
  const result = await withSystem(s.db, async (tx): Promise<SignInOutcome | AppError> => {
    const hash = tokenHash(req.token);
    const token = await adminDb.findPasswordToken(tx, hash);
    if (!token || token.expires_at < new Date()) return tokenExpired();
    const user = await adminDb.getUserRow(tx, token.user_id);
    if (!user?.active) return tokenExpired();
    const audit = (
      municipalityId: string | null,
      actorId: string | null,
      outcome: "success" | "denied",
      reason: string,
    ) =>
      appendAudit(tx, {
        municipalityId,
        actorId,
        actorName: user.display_name,
        action: "auth.password_set",
        recordType: "user",
        recordId: user.id,
        ip,
        outcome,
        details: { reason, purpose: token.purpose },
      });
    let step: number | null = null;
    if (token.purpose === "reset" && user.totp_enabled && user.totp_secret_enc) {
      if ((await adminDb.countRecentAccountFailures(tx, user.id, ip, pauseMinutes)) >= pauseAfterFailures) {
        await audit(user.municipality_id, user.id, "denied", "paused");
        return pausedError();
      }
      if (!req.totp) return { status: "totp_required" };
      const checked = await checkTotpOf(s, tx, user, req.totp, ip);
      if (checked instanceof AppError) {
        await audit(user.municipality_id, user.id, "denied", "wrong_totp");
        return checked;
      }
      step = checked;
    }
    await refuseWeakPassword(user, req.newPassword);
    await adminDb.setPassword(tx, user.id, await hashPassword(req.newPassword), false);
    await adminDb.deletePasswordTokens(tx, user.id);
    await adminDb.deleteUserSessions(tx, user.id);
    await adminDb.clearAccountFailures(tx, user.id, ip);
    await audit(user.municipality_id, user.id, "success", "password_set");
    // The sign-in continues from here, with the row as it now is.
    const fresh = (await adminDb.getUserRow(tx, user.id))!;
    return continueToSession(s, tx, fresh, ip, step, (m, a, outcome, reason) =>
      appendAudit(tx, {
        municipalityId: m,
        actorId: a,
        actorName: user.display_name,
        action: "auth.sign_in",
        recordType: "user",
        recordId: a,
        ip,
        outcome,
        details: { reason },
      }),
    );
  });
  if (result instanceof AppError) throw result;
  return result;
}

/**
 * An admin or coordinator resets a user's password: the old one stops working at once, the user's
 * sessions end, and a one-time token valid for `resetTokenMinutes` is returned to hand over out of
 * band. Runs in the caller's audited transaction.
 */
export async function issuePasswordReset(
  tx: Queryable,
  actor: Actor,
  target: adminDb.UserRow,
  resetTotp: boolean,
): Promise<{ token: string; expiresAt: Date }> {
  // Nobody knows this password: the account is closed until the token is used.
  const unusable = await hashPassword(randomBytes(32).toString("hex"));
  await adminDb.setPassword(tx, target.id, unusable, true);
  if (resetTotp) await adminDb.resetTotp(tx, target.id);
  await adminDb.deleteUserSessions(tx, target.id);
  await adminDb.deletePasswordTokens(tx, target.id);
  const token = newToken();
  const expiresAt = new Date(Date.now() + resetTokenMinutes * 60_000);
  await adminDb.insertPasswordToken(tx, {
    tokenHash: tokenHash(token),
    userId: target.id,
    municipalityId: target.municipality_id,
    purpose: "reset",
    issuedBy: actor.userId,
    expiresAt,
  });
  return { token, expiresAt };
}
