import { isBulkUniqueViolation, Prisma } from "@vax/db";
import { AppError } from "../errors";

/**
 * Turns a unique-constraint violation into a CONFLICT that names the field, so a form can show it
 * beside the input; any other error passes through unchanged.
 */
export const conflictOnDuplicate =
  (messages: Record<string, string>) =>
  (error: unknown): never => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const target = JSON.stringify(error.meta ?? {});
      const field = Object.keys(messages).find((name) => target.includes(name));
      const message = (field && messages[field]) ?? "This record already exists";
      throw new AppError("CONFLICT", message, field ? [{ path: field, message }] : []);
    }
    throw error;
  };

/**
 * Whether an error is a unique-constraint violation, from a Prisma query or a bulk insert: a
 * concurrent writer stored the same thing first.
 */
export const isUniqueViolation = (error: unknown): boolean =>
  (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") || isBulkUniqueViolation(error);
