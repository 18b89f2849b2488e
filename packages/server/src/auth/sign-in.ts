import { adminDb, type Queryable, withSystem } from "@ariadne/db";
import { admin } from "@ariadne/domain";
import { appendAudit } from "../audit/index.ts";
import { AppError } from "../http/errors.ts";
import { notifyAccountHolder } from "../notifications/index.ts";
import type { Services } from "../services.ts";
import { verifyAgainstNothing, verifyPassword } from "./passwords.ts";
import { newToken, tokenHash } from "./tokens.ts";
import { checkTotp, newTotpSecret, totpUri } from "./totp.ts";

/**
 * Five failed sign-ins to one account from one address pause that address for that account for
 * 15 minutes; an address is throttled after 20 failures of any kind in 15 minutes. The pair, not the
 * account, is paused, so nobody can lock a colleague out from elsewhere; and every refusal answers
 * the same 401 as a wrong password, so a pause tells nobody that an address has an account.
 */
export const pauseAfterFailures = 5;
export const pauseMinutes = 15;
export const ipFailureLimit = 20;
export const ipWindowMinutes = 15;
/** How long the step from a first sign-in to a password of one's own may take. */
const firstSignInTokenMinutes = 15;

export type SignInOutcome =
  | { status: "signed_in"; token: string; csrfToken: string; expiresAt: Date; userId: string }
  | { status: "password_change_required"; passwordToken: string }
  | { status: "totp_required" }
  | { status: "totp_enrolment_required"; enrolmentToken: string; secret: string; otpauthUri: string };

const invalidCredentials = () => new AppError(401, "invalid_credentials", "wrong e-mail address or password");

type AuditSignIn = (
  municipalityId: string | null,
  actorId: string | null,
  outcome: "success" | "denied",
  reason: string,
) => Promise<unknown>;

/**
 * Signs a user in. Every attempt is audited; failures count towards the pause of the account from
 * this address and the address throttle. An admin-issued password must be replaced first; roles
 * that can read case records must pass TOTP, enrolling on first sign-in.
 */
export async function signIn(s: Services, req: admin.SignInRequest, ip: string): Promise<SignInOutcome> {
  // Failures are committed even though the attempt is refused, so the refusal is thrown after.
  const actorNames = new Map<string, string>();
  const result = await withSystem(s.db, async (tx): Promise<SignInOutcome | AppError> => {
    const audit: AuditSignIn = (municipalityId, actorId, outcome, reason) =>
      appendAudit(tx, {
        municipalityId,
        actorId,
        // Named once the password matched, so the trail reads who signed in; never for mere guesses.
        actorName:
          actorId && (outcome === "success" || reason.startsWith("totp") || reason.startsWith("password"))
            ? (actorNames.get(actorId) ?? null)
            : null,
        action: "auth.sign_in",
        recordType: "user",
        recordId: actorId,
        ip,
        outcome,
        details: { reason },
      });
    if ((await adminDb.countRecentIpFailures(tx, ip, ipWindowMinutes)) >= ipFailureLimit) {
      await audit(null, null, "denied", "rate_limited");
      return new AppError(429, "rate_limited", "too many failed sign-ins from this address; wait 15 minutes");
    }
    const user = await adminDb.findUserByEmail(tx, req.email);
    if (user) actorNames.set(user.id, user.display_name);
    if (!user?.active) {
      await verifyAgainstNothing(req.password);
      await adminDb.recordIpFailure(tx, ip);
      await audit(null, null, "denied", user ? "inactive" : "unknown_user");
      return invalidCredentials();
    }
    // The password is checked even while paused: the answer must take as long as any other.
    const paused =
      (await adminDb.countRecentAccountFailures(tx, user.id, ip, pauseMinutes)) >= pauseAfterFailures;
    const passwordMatches = await verifyPassword(user.password_hash, req.password);
    const fail = async (reason: string, error: AppError) => {
      const reached = await recordAccountFailure(s, tx, user, ip);
      await audit(user.municipality_id, user.id, "denied", reached ? `${reason}_paused` : reason);
      return error;
    };
    if (paused) return fail("paused", invalidCredentials());
    if (!passwordMatches) return fail("wrong_password", invalidCredentials());

    let totpStep: number | null = null;
    if (user.totp_enabled && user.totp_secret_enc) {
      if (!req.totp) {
        await audit(user.municipality_id, user.id, "denied", "totp_required");
        // The next step, not a failure (and no 401 for the browser to log as an error).
        return { status: "totp_required" };
      }
      const cipher = await s.keyring.cipherFor(tx, user.municipality_id);
      const secret = cipher.decrypt("users.totp_secret", user.totp_secret_enc);
      totpStep = checkTotp(secret, req.totp, Number(user.totp_last_step));
      if (totpStep === null)
        return fail("wrong_totp", new AppError(401, "totp_invalid", "the code is wrong or was used"));
    }
    await adminDb.clearAccountFailures(tx, user.id, ip);
    if (user.must_change_password) {
      await adminDb.recordSuccessfulSignIn(tx, user.id, totpStep);
      const passwordToken = newToken();
      await adminDb.deletePasswordTokens(tx, user.id);
      await adminDb.insertPasswordToken(tx, {
        tokenHash: tokenHash(passwordToken),
        userId: user.id,
        municipalityId: user.municipality_id,
        purpose: "first_sign_in",
        issuedBy: null,
        expiresAt: new Date(Date.now() + firstSignInTokenMinutes * 60_000),
      });
      await audit(user.municipality_id, user.id, "denied", "password_change_required");
      return { status: "password_change_required", passwordToken };
    }
    return continueToSession(s, tx, user, ip, totpStep, audit);
  });
  if (result instanceof AppError) throw result;
  return result;
}

/**
 * Counts a failure of this account from this address; at the limit, pauses the pair and tells the
 * account holder in the app (and by mail where configured). Returns whether the limit was reached now.
 */
export async function recordAccountFailure(
  s: Services,
  tx: Queryable,
  user: adminDb.UserRow,
  ip: string,
): Promise<boolean> {
  await adminDb.recordIpFailure(tx, ip, user.id);
  const failures = await adminDb.countRecentAccountFailures(tx, user.id, ip, pauseMinutes);
  const reached = failures === pauseAfterFailures;
  await adminDb.recordFailedSignIn(
    tx,
    user.id,
    reached ? new Date(Date.now() + pauseMinutes * 60_000) : null,
  );
  if (reached && user.municipality_id)
    await notifyAccountHolder(tx, s, user.municipality_id, user, "sign_in_paused");
  return reached;
}

/** After the password (and TOTP where enrolled) passed: enrol TOTP where the role needs it, or start a session. */
export async function continueToSession(
  s: Services,
  tx: Queryable,
  user: adminDb.UserRow,
  ip: string,
  totpStep: number | null,
  audit: AuditSignIn,
): Promise<SignInOutcome> {
  if (!user.totp_enabled && admin.roleRequiresTotp(user.role)) {
    const cipher = await s.keyring.cipherFor(tx, user.municipality_id);
    const secret = newTotpSecret();
    const enrolmentToken = newToken();
    await adminDb.insertEnrolment(tx, {
      tokenHash: tokenHash(enrolmentToken),
      userId: user.id,
      municipalityId: user.municipality_id,
      secretEnc: cipher.encrypt("users.totp_secret", secret),
      expiresAt: new Date(Date.now() + 10 * 60_000),
    });
    await adminDb.recordSuccessfulSignIn(tx, user.id, null);
    await audit(user.municipality_id, user.id, "denied", "totp_enrolment_required");
    return {
      status: "totp_enrolment_required",
      enrolmentToken,
      secret,
      otpauthUri: totpUri(secret, user.email),
    };
  }
  await adminDb.recordSuccessfulSignIn(tx, user.id, totpStep);
  await audit(user.municipality_id, user.id, "success", totpStep === null ? "password" : "password_totp");
  return startSession(s, tx, user.id, user.municipality_id, ip);
}

/** Finishes a first sign-in: the user proves the new TOTP secret works, then gets a session. */
export async function enrolTotp(
  s: Services,
  req: admin.TotpEnrolRequest,
  ip: string,
): Promise<SignInOutcome> {
  const result = await withSystem(s.db, async (tx): Promise<SignInOutcome | AppError> => {
    const hash = tokenHash(req.enrolmentToken);
    const enrolment = await adminDb.findEnrolment(tx, hash);
    if (!enrolment || enrolment.expires_at < new Date()) {
      return new AppError(401, "enrolment_expired", "sign in again to restart the set-up");
    }
    const user = await adminDb.getUserRow(tx, enrolment.user_id);
    if (!user?.active) return new AppError(401, "enrolment_expired", "sign in again to restart the set-up");
    const cipher = await s.keyring.cipherFor(tx, user.municipality_id);
    const secret = cipher.decrypt("users.totp_secret", enrolment.secret_enc);
    const step = checkTotp(secret, req.totp, 0);
    const audit = (outcome: "success" | "denied") =>
      appendAudit(tx, {
        municipalityId: user.municipality_id,
        actorId: user.id,
        actorName: user.display_name,
        action: "auth.totp_enrol",
        recordType: "user",
        recordId: user.id,
        ip,
        outcome,
      });
    if (step === null) {
      await audit("denied");
      return new AppError(401, "totp_invalid", "the code is wrong; check the time on your device");
    }
    await adminDb.enableTotp(tx, user.id, enrolment.secret_enc, step);
    await adminDb.deleteEnrolment(tx, hash);
    await audit("success");
    return startSession(s, tx, user.id, user.municipality_id, ip);
  });
  if (result instanceof AppError) throw result;
  return result;
}

export async function startSession(
  s: Services,
  tx: Queryable,
  userId: string,
  municipalityId: string | null,
  ip: string,
): Promise<SignInOutcome> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + s.config.sessionMaxHours * 3600_000);
  await adminDb.insertSession(tx, {
    tokenHash: tokenHash(token),
    userId,
    municipalityId,
    csrfToken,
    expiresAt,
    ip,
  });
  return { status: "signed_in", token, csrfToken, expiresAt, userId };
}
