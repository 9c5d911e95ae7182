import {
  forwardRef,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from "react";

type FieldFrameProps = { id: string; label: string; error?: string; hint?: string; children: ReactNode };

const FieldFrame = ({ id, label, error, hint, children }: FieldFrameProps) => (
  <div className="flex flex-col gap-1">
    <label htmlFor={id} className="text-sm font-medium text-slate-700">
      {label}
    </label>
    {children}
    {hint && !error ? <p className="text-xs text-slate-500">{hint}</p> : null}
    {error ? (
      <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
        {error}
      </p>
    ) : null}
  </div>
);

const inputClass = (error?: string) =>
  `rounded-md border px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-teal-600 ${error ? "border-red-600" : "border-slate-300"}`;

/** Props shared by the labelled fields: the label, the error shown under the field, a hint. */
export type FieldProps = { label: string; error?: string; hint?: string };

/** A labelled text input whose error sits right under it and is tied to it for screen readers. */
export const TextField = forwardRef<HTMLInputElement, FieldProps & InputHTMLAttributes<HTMLInputElement>>(
  ({ label, error, hint, ...props }, ref) => {
    const id = useId();
    return (
      <FieldFrame id={id} label={label} error={error} hint={hint}>
        <input
          ref={ref}
          id={id}
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : undefined}
          className={inputClass(error)}
          {...props}
        />
      </FieldFrame>
    );
  },
);
TextField.displayName = "TextField";

/** A labelled multi-line text input. */
export const TextAreaField = forwardRef<HTMLTextAreaElement, FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>>(
  ({ label, error, hint, ...props }, ref) => {
    const id = useId();
    return (
      <FieldFrame id={id} label={label} error={error} hint={hint}>
        <textarea
          ref={ref}
          id={id}
          rows={3}
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : undefined}
          className={inputClass(error)}
          {...props}
        />
      </FieldFrame>
    );
  },
);
TextAreaField.displayName = "TextAreaField";

/** A labelled select with its options. */
export const SelectField = forwardRef<
  HTMLSelectElement,
  FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: ReadonlyArray<{ value: string; label: string }> }
>(({ label, error, hint, options, ...props }, ref) => {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <select
        ref={ref}
        id={id}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        className={inputClass(error)}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
});
SelectField.displayName = "SelectField";
