import { type Ref, useId } from "react";

/** Props of {@link CheckboxGroup}. */
export type CheckboxGroupProps = {
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  value: readonly string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  name?: string;
  error?: string;
  hint?: string;
  /** Shown instead of the boxes when there is nothing to choose. */
  emptyText?: string;
  /** Given to the first box, so a form can move the focus to the group when it is wrong. */
  inputRef?: Ref<HTMLInputElement>;
};

/** A labelled group of checkboxes that chooses several values, with the group's error under it. */
export const CheckboxGroup = ({
  label,
  options,
  value,
  onChange,
  onBlur,
  name,
  error,
  hint,
  emptyText,
  inputRef,
}: CheckboxGroupProps) => {
  const id = useId();
  const toggle = (option: string, checked: boolean) =>
    onChange(checked ? [...value.filter((item) => item !== option), option] : value.filter((item) => item !== option));
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <fieldset aria-describedby={describedBy} className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium text-slate-700">{label}</legend>
      {options.length === 0 ? (
        <p className="text-sm text-slate-500">{emptyText ?? "Nothing to choose from."}</p>
      ) : (
        <div
          className={`flex flex-col gap-2 rounded-md border px-3 py-2 ${error ? "border-red-600" : "border-slate-300"}`}
        >
          {options.map((option, index) => (
            <label key={option.value} className="flex items-center gap-2 text-sm text-slate-800">
              <input
                ref={index === 0 ? inputRef : undefined}
                type="checkbox"
                name={name}
                value={option.value}
                checked={value.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
                onBlur={onBlur}
                aria-invalid={!!error}
                className="h-4 w-4 rounded border-slate-300 accent-teal-700"
              />
              {option.label}
            </label>
          ))}
        </div>
      )}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
};
