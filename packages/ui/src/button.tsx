import type { ComponentPropsWithRef } from "react";

const variants = {
  primary: "bg-teal-700 text-white hover:bg-teal-800 disabled:bg-teal-700/50",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 disabled:opacity-50",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-red-700/50",
} as const;

/** Props of {@link Button}. */
export type ButtonProps = ComponentPropsWithRef<"button"> & { variant?: keyof typeof variants };

/** The one button style of the platform. */
export const Button = ({ variant = "primary", className = "", type = "button", ...props }: ButtonProps) => (
  <button
    type={type}
    className={`inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-600 ${variants[variant]} ${className}`}
    {...props}
  />
);
