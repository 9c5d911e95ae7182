import type { ReactNode } from "react";

/**
 * The box a wide table scrolls sideways in on a narrow screen, so the page itself never does
 * (WCAG 1.4.10). It is a named region a keyboard can reach and scroll, as a scrollable area must be.
 */
export const TableScroll = ({
  label,
  className = "rounded-lg border border-slate-200 bg-white",
  children,
}: {
  /** What the table holds; the region is named after it (", table" added, so it differs from the section around it). */
  label: string;
  className?: string;
  children: ReactNode;
}) => (
  <section
    aria-label={`${label}, table`}
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to be scrolled (WCAG 2.1.1)
    tabIndex={0}
    className={`overflow-x-auto focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-600 ${className}`}
  >
    {children}
  </section>
);
