import { isBulkUniqueViolation, Prisma } from "@vax/db";
import { AppError } from "../errors";

/**
 * Turns a unique-constraint violation into a CONFLICT that names the field, so a form can show it
 * beside the input (messages are keyed by column, optionally with the input path); any other
 * error passes through unchanged.
 */
export const conflictOnDuplicate =
  (messages: Record<string, string | { path: string; message: string }>) =>
  (error: unknown): never => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const target = JSON.stringify(error.meta ?? {});
      const column = Object.keys(messages).find((name) => target.includes(name));
      const known = column ? messages[column] : undefined;
      if (!column || !known) throw new AppError("CONFLICT", "This record already exists");
      // The input field may be named apart from the column (a form's adminEmail is a user's email).
      const { path, message } = typeof known === "string" ? { path: column, message: known } : known;
      throw new AppError("CONFLICT", message, [{ path, message }]);
    }
    throw error;
  };

/**
 * Whether an error is a unique-constraint violation, from a Prisma query or a bulk insert: a
 * concurrent writer stored the same thing first.
 */
export const isUniqueViolation = (error: unknown): boolean =>
  (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") || isBulkUniqueViolation(error);
