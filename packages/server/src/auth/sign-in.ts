import { adminDb, type Queryable, withSystem } from "@ariadne/db";
import { admin } from "@ariadne/domain";
import { appendAudit } from "../audit/index.ts";
import { AppError } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { verifyAgainstNothing, verifyPassword } from "./passwords.ts";
import { newToken, tokenHash } from "./tokens.ts";
import { checkTotp, newTotpSecret, totpUri } from "./totp.ts";

/** Lock an account for 15 minutes after 5 failed sign-ins; throttle an address after 20 in 15 minutes. */
export const lockAfterFailures = 5;
export const lockMinutes = 15;
export const ipFailureLimit = 20;
export const ipWindowMinutes = 15;

export type SignInOutcome =
  | { status: "signed_in"; token: string; csrfToken: string; expiresAt: Date; userId: string }
  | { status: "totp_enrolment_required"; enrolmentToken: string; secret: string; otpauthUri: string };

const invalidCredentials = () => new AppError(401, "invalid_credentials", "wrong e-mail address or password");

/**
 * Signs a user in. Every attempt is audited; failures count towards the account lock and the
 * address throttle. Roles that can read case records must pass TOTP, enrolling on first sign-in.
 */
export async function signIn(s: Services, req: admin.SignInRequest, ip: string): Promise<SignInOutcome> {
  // Failures are committed even though the attempt is refused, so the refusal is thrown after.
  const actorNames = new Map<string, string>();
  const result = await withSystem(s.db, async (tx): Promise<SignInOutcome | AppError> => {
    const audit = (
      municipalityId: string | null,
      actorId: string | null,
      outcome: "success" | "denied",
      reason: string,
    ) =>
      appendAudit(tx, {
        municipalityId,
        actorId,
        // Named once the password matched, so the trail reads who signed in; never for mere guesses.
        actorName:
          actorId && (outcome === "success" || reason.startsWith("totp"))
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
    const fail = async (reason: string, error: AppError) => {
      await adminDb.recordIpFailure(tx, ip);
      const after = await adminDb.recordFailedSignIn(tx, user.id, lockAfterFailures, lockMinutes);
      await audit(user.municipality_id, user.id, "denied", after.locked_until ? `${reason}_locked` : reason);
      return error;
    };
    if (user.locked_until && user.locked_until > new Date()) {
      await audit(user.municipality_id, user.id, "denied", "locked");
      return new AppError(
        423,
        "locked",
        "the account is locked after repeated failed sign-ins; try again later",
      );
    }
    if (!(await verifyPassword(user.password_hash, req.password)))
      return fail("wrong_password", invalidCredentials());

    let totpStep: number | null = null;
    const cipher = await s.keyring.cipherFor(tx, user.municipality_id);
    if (user.totp_enabled && user.totp_secret_enc) {
      if (!req.totp) {
        await audit(user.municipality_id, user.id, "denied", "totp_required");
        return new AppError(401, "totp_required", "enter the code from your authenticator app");
      }
      const secret = cipher.decrypt("users.totp_secret", user.totp_secret_enc);
      totpStep = checkTotp(secret, req.totp, Number(user.totp_last_step));
      if (totpStep === null)
        return fail("wrong_totp", new AppError(401, "totp_invalid", "the code is wrong or was used"));
    } else if (admin.roleRequiresTotp(user.role)) {
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
  });
  if (result instanceof AppError) throw result;
  return result;
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

async function startSession(
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
