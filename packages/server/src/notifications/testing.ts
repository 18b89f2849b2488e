import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** A tiny SMTP server on a free local port that keeps every message it receives. */
export async function localSmtp() {
  const received: { to: string[]; data: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (c: Buffer) => {
        data += c.toString();
      });
      stream.on("end", () => {
        // Undo quoted-printable soft line breaks and escapes, as a mail reader would.
        const text = data
          .replace(/=\r\n/g, "")
          .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data: text });
        callback();
      });
    },
  });
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  const port = (server.server.address() as AddressInfo).port;
  return { received, port, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** The settings of an app that mails through the local SMTP server on `port`. */
export const mailingEnv = (port: number) => ({
  ARIADNE_PUBLIC_URL: "https://ariadne.example.org",
  SMTP_HOST: "127.0.0.1",
  SMTP_PORT: String(port),
  SMTP_SECURE: "false",
  SMTP_FROM: "ariadne@example.org",
});
