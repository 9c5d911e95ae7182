import type { ReactNode } from "react";

/** One titled part of the certificate page, named by its heading for screen readers. */
export const Section = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <section aria-labelledby={id} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
    <h2 id={id} className="mb-3 text-lg font-semibold text-slate-900">
      {title}
    </h2>
    {children}
  </section>
);

/** A list of labelled facts. */
export const Facts = ({ items }: { items: Array<{ label: string; value: ReactNode }> }) => (
  <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
    {items.map(({ label, value }) => (
      <div key={label} className="contents">
        <dt className="font-medium text-slate-600">{label}</dt>
        <dd className="min-w-0 break-words text-slate-900">{value}</dd>
      </div>
    ))}
  </dl>
);
