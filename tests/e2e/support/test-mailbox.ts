import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** The e2e run's SMTP server: where the notification worker sends e-mail, and the way to stop it. */
export type TestMailbox = { smtpUrl: string; dir: string; stop: () => Promise<void> };

// The global setup hands the mailbox's folder to the tests' processes through their environment.
const MAILBOX_DIR = "E2E_MAILBOX_DIR";

/**
 * Starts a real SMTP server on a free loopback port that keeps each message it accepts, as sent,
 * in a folder of its own; the folder's path is left in the environment for the tests to read.
 */
export const startTestMailbox = async (): Promise<TestMailbox> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "vax-e2e-mailbox-"));
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData: (stream, _session, callback) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        writeFile(path.join(dir, `${Date.now()}-${randomUUID()}.eml`), Buffer.concat(chunks)).then(
          () => callback(),
          callback,
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  process.env[MAILBOX_DIR] = dir;
  return {
    smtpUrl: `smtp://127.0.0.1:${port}`,
    dir,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
};

const mailTo = async (address: string): Promise<ParsedMail[]> => {
  const dir = process.env[MAILBOX_DIR];
  if (!dir) throw new Error(`${MAILBOX_DIR} is not set: run the e2e tests through \`npm run test:e2e\``);
  const mails = await Promise.all(
    (await readdir(dir)).map(async (name) => simpleParser(await readFile(path.join(dir, name)))),
  );
  return mails.filter((mail) => [mail.to ?? []].flat().some((to) => to.value.some((box) => box.address === address)));
};

/** The e-mail the test SMTP server received for an address; waits for it to arrive. */
export const receivedMail = async (address: string, timeout = 30_000): Promise<ParsedMail> => {
  let mails: ParsedMail[] = [];
  await expect
    .poll(
      async () => {
        mails = await mailTo(address);
        return mails.length;
      },
      { message: `an e-mail to ${address} at the test SMTP server`, timeout },
    )
    .toBeGreaterThan(0);
  return mails[0] as ParsedMail;
};
