"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { AlertIcon, CheckIcon, CrossIcon } from "./icons";
import { type Verdict, verdictHeading } from "./result-summary";

const LOOK: Record<Verdict, { Icon: typeof CheckIcon; tone: string }> = {
  valid: { Icon: CheckIcon, tone: "bg-green-700" },
  "not-valid": { Icon: CrossIcon, tone: "bg-red-700" },
  "could-not-check": { Icon: AlertIcon, tone: "bg-amber-700" },
};

/** The verdict in one large word, what it comes to in a few words, and the sentence a screen reader also hears. */
export const VerdictBanner = ({ verdict, cause, summary }: { verdict: Verdict; cause?: string; summary: string }) => {
  const t = useTranslations();
  const heading = useRef<HTMLHeadingElement>(null);
  // Moving focus to the verdict puts keyboard and screen-reader users where the answer is.
  useEffect(() => heading.current?.focus(), []);
  const { Icon, tone } = LOOK[verdict];
  return (
    <div className={`px-5 py-6 text-white ${tone}`} data-verdict={verdict}>
      <div className="flex items-center gap-4">
        <span className="flex h-16 w-16 shrink-0 items-center justify-center rounded-full bg-white/20">
          <Icon className="h-11 w-11" strokeWidth={3} />
        </span>
        <div className="min-w-0">
          <h2
            ref={heading}
            tabIndex={-1}
            className="text-4xl font-extrabold uppercase leading-tight tracking-wide focus:outline-none sm:text-5xl"
            data-testid="verdict"
          >
            {verdictHeading(t, verdict)}
          </h2>
          {cause ? (
            <p className="mt-1 text-xl font-semibold" data-testid="verdict-cause">
              {cause}
            </p>
          ) : null}
        </div>
      </div>
      <p className="mt-3 text-base text-white/95">{summary}</p>
    </div>
  );
};
