"use client";

import { signOut } from "next-auth/react";
import type { FacilityDatabase } from "@/lib/offline/facility-database";
import { forgetPersonalData } from "@/lib/offline/recipient-cache";

// The runtime caches hold the signed-in page; the precache (scripts, styles, icons) is no one's data.
const forgetStoredPages = async () => {
  if (typeof caches === "undefined") return;
  const names = await caches.keys();
  await Promise.all(names.filter((name) => !name.includes("precache")).map((name) => caches.delete(name)));
};

/**
 * Signs out and forgets the recipients, certificates and pages kept on this device, so the next
 * person to use it sees none of them; doses still waiting to be sent stay queued for this user.
 */
export const FacilitySignOut = ({ db, label }: { db: FacilityDatabase; label: string }) => (
  <button
    type="button"
    onClick={async () => {
      await Promise.all([forgetPersonalData(db), forgetStoredPages()]).catch(console.error);
      await signOut({ callbackUrl: "/sign-in" });
    }}
    className="text-sm text-slate-600 underline hover:text-slate-900"
  >
    {label}
  </button>
);
