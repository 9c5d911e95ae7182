import { feedbackByFacility } from "@vax/core";
import { adminApi } from "@/lib/api";

// GET /api/v1/feedback/facilities – feedback counted per facility, with the average rating
export const GET = adminApi("feedback:read", async ({ actor }) => ({
  facilities: await feedbackByFacility({ actor }),
}));
