import type { ReactNode } from "react";
import { Forbidden } from "@/components/forbidden";
import { PortalNav } from "@/components/portal-nav";
import { guardPage } from "@/lib/guard";

/** Every portal page: signed in, and with a role allowed into the orchestration portal. */
const PortalLayout = async ({ children }: { children: ReactNode }) => {
  const { actor, allowed } = await guardPage("admin-portal:access", "/");
  return (
    <>
      <PortalNav actor={actor} />
      <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6">{allowed ? children : <Forbidden />}</main>
    </>
  );
};

export default PortalLayout;
