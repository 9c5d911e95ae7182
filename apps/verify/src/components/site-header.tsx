import { ShieldIcon } from "./icons";

/** The app bar: the checker's name and what it is for. */
export const SiteHeader = () => (
  <header className="bg-teal-700 text-white">
    <div className="mx-auto flex max-w-2xl items-center gap-3 px-4 py-3">
      <ShieldIcon className="h-8 w-8 shrink-0" />
      <div>
        <p className="text-lg font-semibold leading-tight">Vax Verify</p>
        <p className="text-xs text-teal-100">Vaccination certificate checker</p>
      </div>
    </div>
  </header>
);
