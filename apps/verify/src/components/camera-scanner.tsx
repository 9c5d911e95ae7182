"use client";

import { Button } from "@vax/ui";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { type CameraScan, startCameraScan } from "@/lib/browser/qr-reader";
import { CameraIcon } from "./icons";
import { readProblem } from "./translate";

const VIEW_ID = "qr-camera-view";

/** Reads a certificate's QR code with the device's camera; the camera runs only while the checker asks for it. */
export const CameraScanner = ({ onRead }: { onRead: (text: string) => void }) => {
  const t = useTranslations();
  const [state, setState] = useState<"off" | "starting" | "scanning">("off");
  const [problem, setProblem] = useState<string | null>(null);
  const scan = useRef<CameraScan | null>(null);
  const read = useRef(false);
  const deliver = useRef(onRead);
  deliver.current = onRead;

  const stop = useCallback(async () => {
    const running = scan.current;
    scan.current = null;
    setState("off");
    await running?.stop();
  }, []);

  const start = async () => {
    setProblem(null);
    read.current = false;
    // The scanner measures its element, so the view must be on screen before it starts.
    flushSync(() => setState("starting"));
    try {
      const starting: Promise<CameraScan> = startCameraScan(VIEW_ID, (text) => {
        // The camera keeps reading the same code several times a second; the first read is the one.
        if (read.current) return;
        read.current = true;
        void starting.then(async (running) => {
          if (scan.current === running) scan.current = null;
          setState("off");
          await running.stop();
          deliver.current(text);
        });
      });
      scan.current = await starting;
      if (!read.current) setState("scanning");
    } catch (error) {
      setState("off");
      setProblem(readProblem(t, error));
    }
  };

  // Leaving the scanner (another tab, a result) releases the camera.
  useEffect(
    () => () => {
      void scan.current?.stop();
    },
    [],
  );

  return (
    <div className="space-y-4">
      <div
        className={`relative overflow-hidden rounded-xl bg-slate-900 ${state === "off" ? "hidden" : "aspect-square sm:aspect-video"}`}
      >
        <div id={VIEW_ID} className="h-full w-full [&_video]:h-full [&_video]:w-full [&_video]:object-cover" />
        {state === "starting" ? (
          <p className="absolute inset-0 flex items-center justify-center text-sm text-slate-200">
            {t("Camera.starting")}
          </p>
        ) : null}
      </div>
      {state === "off" ? (
        <div className="flex flex-col items-center gap-3 rounded-xl border-2 border-dashed border-slate-300 bg-slate-50 px-4 py-8 text-center">
          <CameraIcon className="h-10 w-10 text-teal-700" />
          <p className="text-sm text-slate-600">{t("Camera.hint")}</p>
          <Button onClick={start} className="w-full max-w-xs py-3 text-base">
            {t("Camera.start")}
          </Button>
        </div>
      ) : (
        <div className="flex items-center justify-between gap-3">
          <p className="text-sm text-slate-600" aria-live="polite">
            {state === "scanning" ? t("Camera.scanning") : t("Camera.starting")}
          </p>
          <Button variant="secondary" onClick={() => void stop()}>
            {t("Camera.stop")}
          </Button>
        </div>
      )}
      {problem ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {problem}
        </p>
      ) : null}
    </div>
  );
};
