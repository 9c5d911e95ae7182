import { randomBytes } from "node:crypto";
import { prisma } from "@vax/db";
import { actorOfUser } from "../auth/actor-of-user";
import type { TActor } from "../shared/actor";

/** A new platform admin user, as a signed-in session makes its actor. */
export const platformAdminActor = async (): Promise<TActor> =>
  actorOfUser(
    await prisma.user.create({
      data: {
        email: `platform-${randomBytes(4).toString("hex")}@vax.example`,
        name: "Platform admin",
        passwordHash: "x",
        role: "PLATFORM_ADMIN",
      },
    }),
  );
