/** The part of react-pdf's layout of a drawn document this package reads: each page's laid-out box. */
export type TDocumentLayout = { children?: Array<{ box?: { height?: number } }> };

// Layout heights are floats; a page is over only when it is over by more than rounding.
const TOLERANCE_POINTS = 0.5;

/** Whether a page laid out as one page (react-pdf's `wrap={false}`) grew taller than its paper. */
export const runsOverPage = (layout: TDocumentLayout | undefined, paperHeight: number): boolean =>
  (layout?.children ?? []).some((page) => (page.box?.height ?? 0) > paperHeight + TOLERANCE_POINTS);
