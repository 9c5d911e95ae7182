import { hashPassword, prisma } from "@vax/db";
import { type TUserCreate, ZUserCreateInput } from "../../schemas/user";
import { createUserIn, DUPLICATE_EMAIL } from "../../user/create-user";
import { cell, duplicateReason } from "../bulk-row";
import type { TRecordKind } from "../process-record-rows";
import { openRowSecret } from "../row-secret";

/**
 * Users and vaccinators from a CSV, checked and created as the new-user form does; the e-mail is
 * the natural key (e-mails are unique on the platform). The first password is opened from its
 * sealed cell only here, and hashed before the transaction.
 */
export const userRows: TRecordKind<TUserCreate, { input: TUserCreate; passwordHash: string }> = {
  input: (cells, refs) => {
    const facility = cell(cells, "facility");
    const password = cell(cells, "password");
    return {
      name: cell(cells, "name"),
      email: cell(cells, "email"),
      role: cell(cells, "role")?.toUpperCase(),
      facilityId: facility ? refs.facilityId(facility) : null,
      licenceNumber: cell(cells, "licenceNumber"),
      mobile: cell(cells, "mobile"),
      password: password ? openRowSecret(password) : undefined,
    };
  },
  schema: ZUserCreateInput,
  existing: async (_tenantId, input) =>
    (await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } }))?.id ?? null,
  prepare: async (input) => ({ input, passwordHash: await hashPassword(input.password) }),
  create: async (tx, actor, { input, passwordHash }) => (await createUserIn(tx, { actor, input, passwordHash })).id,
  duplicate: duplicateReason(DUPLICATE_EMAIL),
};
