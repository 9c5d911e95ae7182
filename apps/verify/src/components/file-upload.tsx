"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { readPdfQr } from "@/lib/browser/pdf-qr-reader";
import { readQrPicture } from "@/lib/browser/qr-reader";
import { UploadIcon } from "./icons";
import { readProblem } from "./translate";

const WORK_AREA_ID = "qr-file-work-area";

const isPdf = (file: File) => file.type === "application/pdf" || file.name.toLowerCase().endsWith(".pdf");

/** Reads the QR code from an uploaded photo, screenshot or certificate PDF. */
export const FileUpload = ({ onRead }: { onRead: (text: string) => void }) => {
  const t = useTranslations();
  const inputId = useId();
  const [reading, setReading] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const readFile = async (file: File) => {
    setProblem(null);
    setReading(file.name);
    try {
      const text = isPdf(file) ? await readPdfQr(file, WORK_AREA_ID) : await readQrPicture(file, WORK_AREA_ID);
      onRead(text);
    } catch (error) {
      setProblem(readProblem(t, error));
    } finally {
      setReading(null);
    }
  };

  return (
    <div className="space-y-4">
      <label
        htmlFor={inputId}
        className="flex cursor-pointer flex-col items-center gap-3 rounded-xl border-2 border-dashed border-slate-300 bg-slate-50 px-4 py-8 text-center hover:border-teal-600 hover:bg-teal-50 focus-within:ring-2 focus-within:ring-teal-600"
      >
        <UploadIcon className="h-10 w-10 text-teal-700" />
        <span className="text-base font-medium text-slate-900">{t("Upload.title")}</span>
        <span className="text-sm text-slate-600">{t("Upload.hint")}</span>
        <input
          id={inputId}
          type="file"
          accept="image/*,application/pdf,.pdf"
          className="sr-only"
          disabled={reading !== null}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void readFile(file);
          }}
        />
      </label>
      {reading ? (
        <p className="text-sm text-slate-600" aria-live="polite">
          {t("Upload.reading", { file: reading })}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {problem}
        </p>
      ) : null}
      <div id={WORK_AREA_ID} className="hidden" />
    </div>
  );
};
