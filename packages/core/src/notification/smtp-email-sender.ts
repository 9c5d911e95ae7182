import nodemailer from "nodemailer";
import type { TEmailSender } from "./email-sender";

/** Options for {@link smtpEmailSender}: the server (`smtp://user:pass@host:port`) and the From address. */
export type SmtpEmailSenderOptions = { url: string; from: string };

// A server that stops answering must fail the try, so the queue retries it later, not hang the worker.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * An e-mail sender that hands messages to the deployment's SMTP server through nodemailer. Any
 * refusal, or no answer in time, is a failure for the queue to retry.
 */
export const smtpEmailSender = ({ url, from }: SmtpEmailSenderOptions): TEmailSender => {
  const transport = nodemailer.createTransport({ url, ...TIMEOUTS });
  return {
    // The URL's user and password stay out of the name, which goes to the log.
    name: `SMTP server ${new URL(url).host}`,
    send: async ({ to, subject, text, attachments }) => {
      await transport.sendMail({
        from,
        to,
        subject,
        text,
        attachments: attachments.map(({ fileName, contentType, content }) => ({
          filename: fileName,
          contentType,
          content,
        })),
      });
    },
  };
};
