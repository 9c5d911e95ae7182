/** A file sent with an e-mail. */
export type TEmailAttachment = { fileName: string; contentType: string; content: Buffer };

/** One e-mail to hand over. */
export type TEmail = { to: string; subject: string; text: string; attachments: TEmailAttachment[] };

/** Hands one e-mail to whatever delivers it; throws when it could not. */
export type TEmailSender = { name: string; send: (email: TEmail) => Promise<void> };
