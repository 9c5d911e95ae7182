import { prisma } from "@vax/db";

/** Whether the database answers a trivial query within two seconds. */
export const checkDatabase = async (): Promise<boolean> => {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 2_000).unref());
  const query = prisma.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  return Promise.race([query, timeout]);
};
