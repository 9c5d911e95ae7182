"use client";

import { type FormHTMLAttributes, useEffect, useState } from "react";

/**
 * A form that stays disabled until React has hydrated it: before that, what a person types would
 * be reset by the form library, and a submit would be a plain browser post of the fields.
 */
export const ReadyForm = ({ children, ...props }: FormHTMLAttributes<HTMLFormElement>) => {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <form noValidate aria-busy={!ready} {...props}>
      <fieldset disabled={!ready} className="contents">
        {children}
      </fieldset>
    </form>
  );
};
