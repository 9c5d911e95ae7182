import { checkDatabase } from "@vax/core";

export const dynamic = "force-dynamic";

// GET /api/health – liveness and database reachability, for load balancers and start-up checks
export const GET = async () => {
  const databaseUp = await checkDatabase();
  return Response.json(
    { status: databaseUp ? "ok" : "degraded", app: "admin", database: databaseUp ? "ok" : "down" },
    { status: databaseUp ? 200 : 503 },
  );
};
