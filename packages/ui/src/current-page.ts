/**
 * Whether a navigation link leads to the page being shown: the same path, or a page under it (a
 * record opened from its list keeps the list marked). The home link marks only the home page.
 */
export const isCurrentPage = (pathname: string, href: string): boolean => {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (href === "/") return path === "/";
  return path === href || path.startsWith(`${href}/`);
};

/** The look of a navigation link: the current page's stands out by more than colour (weight and underline). */
export const navLinkClass = (current: boolean): string =>
  `rounded-sm text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-600 ${
    current
      ? "font-semibold text-teal-800 underline decoration-2 underline-offset-4"
      : "text-slate-700 hover:text-teal-800 hover:underline"
  }`;
