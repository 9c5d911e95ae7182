import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { requireKeyEncryptionKey } from "@vax/config/env";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { TNotificationDelivery } from "../notification/notification-delivery";
import { smtpEmailSender } from "../notification/smtp-email-sender";
import { webhookSmsSender } from "../notification/webhook-sms-sender";

/** An e-mail the test SMTP server accepted, and when. */
export type TMail = { at: number; mail: ParsedMail };
/** An SMS the test gateway accepted, with its signature header and raw body. */
export type TSms = { at: number; signature: string | undefined; rawBody: string; to: string; body: string };

/**
 * A real SMTP server and a real SMS gateway stand-in on free ports, and the delivery that sends to
 * them. The SMTP server keeps what it accepts and refuses every message to an address in `refuse`;
 * the gateway records what arrives and refuses the next `failNext[number]` messages to a number.
 */
export const startNotificationEndpoints = async (webhookSecret: string) => {
  const smtp = { received: [] as TMail[], tries: [] as { at: number; to: string[] }[], refuse: new Set<string>() };
  const smtpServer = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData: (stream, session, callback) => {
      const to = session.envelope.rcptTo.map(({ address }) => address);
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        smtp.tries.push({ at: Date.now(), to });
        if (to.some((address) => smtp.refuse.has(address))) {
          callback(Object.assign(new Error("Mailbox busy, try later"), { responseCode: 451 }));
          return;
        }
        simpleParser(Buffer.concat(chunks)).then((mail) => {
          smtp.received.push({ at: Date.now(), mail });
          callback();
        }, callback);
      });
    },
  });
  const gateway = { received: [] as TSms[], failNext: new Map<string, number>() };
  const gatewayServer: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      const { to, body } = JSON.parse(rawBody) as { to: string; body: string };
      const failures = gateway.failNext.get(to) ?? 0;
      if (failures > 0) {
        gateway.failNext.set(to, failures - 1);
        response.writeHead(503).end();
        return;
      }
      const signature = request.headers["x-vax-signature"] as string | undefined;
      gateway.received.push({ at: Date.now(), signature, rawBody, to, body });
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => smtpServer.listen(0, "127.0.0.1", resolve));
  await new Promise<void>((resolve) => gatewayServer.listen(0, "127.0.0.1", resolve));
  const delivery: TNotificationDelivery = {
    demo: false,
    sender: webhookSmsSender({
      url: `http://127.0.0.1:${(gatewayServer.address() as AddressInfo).port}/sms`,
      secret: webhookSecret,
    }),
    email: smtpEmailSender({
      url: `smtp://127.0.0.1:${(smtpServer.server.address() as AddressInfo).port}`,
      from: "Test Ministry <certificates@ministry.example>",
    }),
    keyEncryptionKey: requireKeyEncryptionKey,
  };
  const close = async () => {
    await new Promise<void>((resolve) => smtpServer.close(() => resolve()));
    await new Promise<void>((resolve) => gatewayServer.close(() => resolve()));
  };
  return { smtp, gateway, delivery, close };
};
