import type { SVGProps } from "react";

type IconProps = SVGProps<SVGSVGElement>;

// Decorative line icons: every use sits beside text that says the same, so they are hidden from screen readers.
const Icon = ({ children, ...props }: IconProps) => (
  <svg
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={2}
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
    {...props}
  >
    {children}
  </svg>
);

/** A shield with a tick: the app's mark. */
export const ShieldIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M12 3 4 6v6c0 4.5 3.4 8.3 8 9 4.6-.7 8-4.5 8-9V6z" />
    <path d="m9 12 2 2 4-4" />
  </Icon>
);

/** A tick, for a check that passed. */
export const CheckIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="m5 12 5 5 9-10" />
  </Icon>
);

/** A cross, for a check that failed. */
export const CrossIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M6 6l12 12M18 6 6 18" />
  </Icon>
);

/** A triangle with an exclamation mark, for a check that could not be made. */
export const AlertIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M12 3 2 20h20z" />
    <path d="M12 10v4M12 17h.01" />
  </Icon>
);

/** A dash, for a check that was skipped. */
export const DashIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M6 12h12" />
  </Icon>
);

/** A camera. */
export const CameraIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M4 8h3l2-3h6l2 3h3v11H4z" />
    <circle cx="12" cy="13" r="3.5" />
  </Icon>
);

/** A page with an arrow up, for uploads. */
export const UploadIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M12 16V4m0 0-4 4m4-4 4 4" />
    <path d="M4 16v4h16v-4" />
  </Icon>
);

/** A clipboard, for pasted text. */
export const PasteIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M9 4h6v3H9z" />
    <path d="M9 5H6v15h12V5h-3" />
  </Icon>
);

/** Two arrows in a circle, for refreshing. */
export const RefreshIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M20 11a8 8 0 0 0-14.9-3M4 4v4h4" />
    <path d="M4 13a8 8 0 0 0 14.9 3M20 20v-4h-4" />
  </Icon>
);

/** A cloud struck through, for working offline. */
export const OfflineIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M7 18h10a4 4 0 0 0 .8-7.9A6 6 0 0 0 7.1 8.6 4.5 4.5 0 0 0 7 18z" />
    <path d="M3 3l18 18" />
  </Icon>
);
