import { z } from "zod";
import { passwordField } from "./user";

/** A person replacing their own password: the current one proves it is them. */
export const ZPasswordChangeInput = z
  .object({
    currentPassword: z
      .string({ error: "Current password is required" })
      .min(1, "Current password is required")
      .max(200),
    newPassword: passwordField("New password"),
  })
  .refine((value) => value.newPassword !== value.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one",
  });

/** Input of the change-password form, before parsing. */
export type TPasswordChangeInput = z.input<typeof ZPasswordChangeInput>;
/** A parsed password change. */
export type TPasswordChange = z.output<typeof ZPasswordChangeInput>;

/** The first platform admin, as the command line creates them. */
export const ZPlatformAdminInput = z.object({
  email: z
    .string({ error: "E-mail is required" })
    .pipe(z.string().trim().toLowerCase().pipe(z.email("Enter a valid e-mail address, such as name@example.org"))),
  name: z.string().trim().min(1).max(120).default("Platform admin"),
});

/** A parsed platform admin to create. */
export type TPlatformAdmin = z.output<typeof ZPlatformAdminInput>;
