"use client";

import { Button } from "@vax/ui";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";

/** Props of {@link ImageUploadField}. */
export type ImageUploadFieldProps = {
  label: string;
  value: string | null;
  maxBytes: number;
  error?: string;
  onChange: (dataUrl: string | null) => void;
};

const readDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/**
 * A PNG or JPEG picture kept as a data: URL, refused in the browser above the renderer's cap before
 * it is read, so a large file is never sent; the server checks it again.
 */
export const ImageUploadField = ({ label, value, maxBytes, error, onChange }: ImageUploadFieldProps) => {
  const id = useId();
  const t = useTranslations("TemplateImageUpload");
  const kib = Math.floor(maxBytes / 1024);
  const [refused, setRefused] = useState<string | null>(null);
  const shown = refused ?? error;
  const choose = async (file: File | undefined) => {
    setRefused(null);
    if (!file) return;
    if (!["image/png", "image/jpeg"].includes(file.type)) return setRefused(t("notPicture", { label }));
    if (file.size > maxBytes) return setRefused(t("tooLarge", { label, kib }));
    onChange(await readDataUrl(file));
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {t("label", { label, kib })}
      </label>
      <div className="flex flex-wrap items-center gap-3">
        {/* biome-ignore lint/performance/noImgElement: the data: URL the admin just chose; next/image would only wrap it */}
        {value ? <img src={value} alt={t("chosen", { label })} className="h-12 max-w-32 object-contain" /> : null}
        <input
          id={id}
          type="file"
          accept="image/png,image/jpeg"
          aria-invalid={!!shown}
          aria-describedby={shown ? `${id}-error` : undefined}
          className="text-sm"
          onChange={(event) => choose(event.target.files?.[0])}
        />
        {value ? (
          <Button variant="secondary" onClick={() => onChange(null)}>
            {t("remove", { label: label.toLowerCase() })}
          </Button>
        ) : null}
      </div>
      {shown ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {shown}
        </p>
      ) : null}
    </div>
  );
};
