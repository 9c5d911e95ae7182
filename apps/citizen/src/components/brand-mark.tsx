/** The portal's mark: a shield with a tick, the sign of a checked certificate. */
export const BrandMark = ({ className = "h-8 w-8" }: { className?: string }) => (
  <svg viewBox="0 0 32 32" aria-hidden="true" className={className}>
    <path d="M16 2 4 7v8c0 7.4 5.1 13.6 12 15 6.9-1.4 12-7.6 12-15V7L16 2Z" className="fill-teal-700" />
    <path
      d="m10.5 16.5 3.8 3.8 7.2-8"
      fill="none"
      stroke="white"
      strokeWidth="2.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);
