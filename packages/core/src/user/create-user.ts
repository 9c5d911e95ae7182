import { type DatabaseTransaction, hashPassword, prisma } from "@vax/db";
import type { TUserCreate } from "../schemas/user";
import { type TActor, tenantOf } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { conflictOnDuplicate } from "../shared/unique-violation";
import { checkUserFacility } from "./check-facility";
import { type TUserView, userInclude, userView } from "./user-view";

/** Options for {@link createUser}. */
export type CreateUserOptions = { actor: TActor; input: TUserCreate };

/** The message of a duplicate e-mail, on the e-mail field. */
export const DUPLICATE_EMAIL = { email: "An account with this e-mail already exists" };

/**
 * Creates a user inside the caller's transaction from a password already hashed (bcrypt is slow,
 * and the embedded database serialises everything behind an open transaction), so that a caller
 * recording something beside it (a bulk upload's row outcome) commits both or neither.
 */
export const createUserIn = async (
  tx: DatabaseTransaction,
  { actor, input, passwordHash }: CreateUserOptions & { passwordHash: string },
): Promise<TUserView> => {
  const tenantId = tenantOf(actor);
  await checkUserFacility(tx, tenantId, input.facilityId);
  const user = await tx.user.create({
    data: {
      tenantId,
      email: input.email,
      name: input.name,
      role: input.role,
      facilityId: input.facilityId,
      passwordHash,
    },
  });
  if (input.role === "VACCINATOR" && input.facilityId) {
    await tx.vaccinator.create({
      data: {
        tenantId,
        userId: user.id,
        facilityId: input.facilityId,
        name: input.name,
        licenceNumber: input.licenceNumber,
        mobile: input.mobile,
      },
    });
  }
  const view = userView(await tx.user.findUniqueOrThrow({ where: { id: user.id }, include: userInclude }));
  await recordAudit(tx, actor, { action: "user.created", entityType: "User", entityId: user.id, after: view });
  return view;
};

/**
 * Creates a user in the actor's tenant; a vaccinator also gets the vaccinator record that the
 * facility app and the certificates name. Both and the audit event are written together or not at all.
 */
export const createUser = async ({ actor, input }: CreateUserOptions): Promise<TUserView> => {
  tenantOf(actor);
  const passwordHash = await hashPassword(input.password);
  return prisma
    .$transaction((tx) => createUserIn(tx, { actor, input, passwordHash }))
    .catch(conflictOnDuplicate(DUPLICATE_EMAIL));
};
