import { type DatabaseTransaction, prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TActor } from "../shared/actor";
import { trustFilter } from "./trust-scope";
import { type TTrustedIssuerView, trustedIssuerView } from "./trusted-issuer-view";

/** Finds a trust entry the actor manages, or throws NOT_FOUND (another tenant's entry is not found either). */
export const findTrustedIssuer = async (db: DatabaseTransaction, actor: TActor, id: string) => {
  const issuer = await db.trustedIssuer.findFirst({ where: { id, ...trustFilter(actor) } });
  if (!issuer) throw new AppError("NOT_FOUND", "No trusted issuer with this id");
  return issuer;
};

/** Options for {@link getTrustedIssuer}. */
export type GetTrustedIssuerOptions = { actor: TActor; id: string };

/** One trust entry the actor manages, with its keys. */
export const getTrustedIssuer = async ({ actor, id }: GetTrustedIssuerOptions): Promise<TTrustedIssuerView> =>
  trustedIssuerView(await findTrustedIssuer(prisma, actor, id));
