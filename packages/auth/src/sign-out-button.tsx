"use client";

import { signOut } from "next-auth/react";

/** Ends the session and returns to the sign-in page; `label` is the button's words in the page's language. */
export const SignOutButton = ({ label }: { label: string }) => (
  <button
    type="button"
    onClick={() => signOut({ callbackUrl: "/sign-in" })}
    className="text-sm text-slate-600 underline hover:text-slate-900"
  >
    {label}
  </button>
);
