"use client";

import { useTranslations } from "next-intl";
import { type KeyboardEvent, type ReactNode, useId, useState } from "react";
import { CameraScanner } from "./camera-scanner";
import { FileUpload } from "./file-upload";
import { CameraIcon, PasteIcon, UploadIcon } from "./icons";
import { PasteForm } from "./paste-form";

type Method = "scan" | "upload" | "paste";
const METHODS: { id: Method; icon: ReactNode }[] = [
  { id: "scan", icon: <CameraIcon className="h-5 w-5" /> },
  { id: "upload", icon: <UploadIcon className="h-5 w-5" /> },
  { id: "paste", icon: <PasteIcon className="h-5 w-5" /> },
];

/** The three ways to give the checker a certificate, as tabs: camera, photo or PDF upload, pasted text. */
export const InputMethods = ({ onRead }: { onRead: (text: string) => void }) => {
  const t = useTranslations("Input");
  const label = { scan: t("scan"), upload: t("upload"), paste: t("paste") };
  const [method, setMethod] = useState<Method>("scan");
  const base = useId();
  const tabId = (id: Method) => `${base}-tab-${id}`;
  const panelId = (id: Method) => `${base}-panel-${id}`;

  // Arrow keys move between tabs, as the ARIA tabs pattern expects; in a right-to-left page the next tab is on the left.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const forward = getComputedStyle(event.currentTarget).direction === "rtl" ? "ArrowLeft" : "ArrowRight";
    const back = forward === "ArrowRight" ? "ArrowLeft" : "ArrowRight";
    const step = event.key === forward ? 1 : event.key === back ? -1 : 0;
    if (step === 0) return;
    const index = METHODS.findIndex((item) => item.id === method);
    const next = METHODS[(index + step + METHODS.length) % METHODS.length] as (typeof METHODS)[number];
    setMethod(next.id);
    document.getElementById(tabId(next.id))?.focus();
  };

  return (
    <div className="rounded-2xl border border-slate-200 bg-white shadow-sm">
      <div
        role="tablist"
        aria-label={t("how")}
        className="grid grid-cols-3 gap-1 border-b border-slate-200 p-1"
        onKeyDown={onKeyDown}
      >
        {METHODS.map((item) => (
          <button
            key={item.id}
            id={tabId(item.id)}
            type="button"
            role="tab"
            aria-selected={method === item.id}
            aria-controls={panelId(item.id)}
            tabIndex={method === item.id ? 0 : -1}
            onClick={() => setMethod(item.id)}
            className={`flex items-center justify-center gap-2 rounded-xl px-3 py-3 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-600 ${method === item.id ? "bg-teal-50 text-teal-800" : "text-slate-600 hover:bg-slate-50"}`}
          >
            {item.icon}
            {label[item.id]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId(method)} aria-labelledby={tabId(method)} className="p-4">
        {method === "scan" ? <CameraScanner onRead={onRead} /> : null}
        {method === "upload" ? <FileUpload onRead={onRead} /> : null}
        {method === "paste" ? <PasteForm onRead={onRead} /> : null}
      </div>
    </div>
  );
};
