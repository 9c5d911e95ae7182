"use client";

import { signOut } from "next-auth/react";

/** Ends the session and returns to the sign-in page. */
export const SignOutButton = () => (
  <button
    type="button"
    onClick={() => signOut({ callbackUrl: "/sign-in" })}
    className="text-sm text-slate-600 underline hover:text-slate-900"
  >
    Sign out
  </button>
);
