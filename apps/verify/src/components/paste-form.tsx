"use client";

import { Button } from "@vax/ui";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";

/** Checks certificate text pasted in: the QR's text, or the certificate's JSON. */
export const PasteForm = ({ onRead }: { onRead: (text: string) => void }) => {
  const t = useTranslations("Paste");
  const fieldId = useId();
  const hintId = useId();
  const [text, setText] = useState("");
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) onRead(text.trim());
      }}
    >
      <label htmlFor={fieldId} className="block text-sm font-medium text-slate-900">
        {t("label")}
      </label>
      <p id={hintId} className="text-sm text-slate-600">
        {t("hint")}
      </p>
      <textarea
        id={fieldId}
        aria-describedby={hintId}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={6}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs text-slate-900 shadow-sm focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600"
      />
      <Button type="submit" disabled={!text.trim()} className="w-full py-3 text-base sm:w-auto">
        {t("submit")}
      </Button>
    </form>
  );
};
