import {
  forwardRef,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from "react";

type FieldFrameProps = { id: string; label: string; error?: string; hint?: string; children: ReactNode };

// min-w-0 and w-full: a field in a grid or flex row shrinks with a narrow screen instead of
// keeping the width of its longest option or of the browser's date picker.
const FieldFrame = ({ id, label, error, hint, children }: FieldFrameProps) => (
  <div className="flex min-w-0 flex-col gap-1">
    <label htmlFor={id} className="text-sm font-medium text-slate-700">
      {label}
    </label>
    {children}
    {hint && !error ? (
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {hint}
      </p>
    ) : null}
    {error ? (
      <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
        {error}
      </p>
    ) : null}
  </div>
);

const inputClass = (error?: string) =>
  `w-full min-w-0 rounded-md border bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-teal-600 ${error ? "border-red-600" : "border-slate-300"}`;

// The error when there is one, else the hint: what a screen reader reads after the label.
const describedBy = (id: string, error?: string, hint?: string) =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined;

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
          aria-describedby={describedBy(id, error, hint)}
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
          aria-describedby={describedBy(id, error, hint)}
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
        aria-describedby={describedBy(id, error, hint)}
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
