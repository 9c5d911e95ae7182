import Link from "next/link";

/** The "New …" button of a list page, shown only to roles that may create. */
export const NewRecordLink = ({ href, label, allowed }: { href: string; label: string; allowed: boolean }) =>
  allowed ? (
    <Link href={href} className="rounded-md bg-teal-700 px-4 py-2 text-sm font-medium text-white">
      {label}
    </Link>
  ) : null;
