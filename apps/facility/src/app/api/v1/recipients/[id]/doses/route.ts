import { doseHistory } from "@vax/core";
import { facilityApi } from "@/lib/api";

// GET /api/v1/recipients/{id}/doses – a recipient's doses and the next dose of each programme here
export const GET = facilityApi<{ id: string }>(({ actor, params }) => doseHistory({ actor, recipientId: params.id }));
