import { z } from "zod";
import { ZHealth } from "../schemas/health";
import type { TApiOperation } from "./api-operation";

/** The `{id}` of a path: a row id (or, where the route says so, another identifier). */
export const ZIdPath = z.object({ id: z.string().meta({ description: "The row id" }) });

/**
 * The operations every app with an API has: its health check, this document, and the page that
 * shows it.
 */
export const commonOperations = (): TApiOperation[] => [
  {
    method: "get",
    path: "/api/health",
    tag: "Operations",
    summary: "Liveness and database reachability, for load balancers and start-up checks",
    auth: "public",
    description:
      "Answers 503 with the same body, `status: degraded` and `database: down`, when the database does not answer.",
    success: { status: 200, description: "The app and its database answer", schema: ZHealth },
  },
  {
    method: "get",
    path: "/api/openapi.json",
    tag: "Operations",
    summary: "This app's OpenAPI 3.1 document",
    auth: "public",
    success: { status: 200, description: "The document", mediaType: "application/json" },
  },
  {
    method: "get",
    path: "/api/docs",
    tag: "Operations",
    summary: "This app's API document as a page to read",
    auth: "public",
    success: { status: 200, description: "An HTML page", mediaType: "text/html" },
  },
];
