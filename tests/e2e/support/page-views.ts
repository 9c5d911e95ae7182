import type { Page } from "@playwright/test";
import { freshMobile, registerRecipientByApi } from "./facility";
import { expect } from "./test";

/** A view a page shows after a click, not at a URL of its own, and how a person gets to it from the one before. */
export type TClickedView = { name: string; reach: (page: Page) => Promise<void> };

/** What the clicked views need from the run: a certificate's QR text to paste into the verify page. */
export type TViewData = { qr: string };

const RECIPIENT = "Meera Krishnan";

// The facility app is one page whose views are switched by clicks, so it keeps working offline.
const facilityViews: TClickedView[] = [
  {
    name: "walk-in registration",
    reach: async (page) => {
      await page.getByRole("button", { name: "Register a walk-in" }).click();
      await expect(page.getByRole("heading", { name: "Register a walk-in", level: 1 })).toBeVisible();
    },
  },
  {
    name: "search results",
    reach: async (page) => {
      await page.getByRole("button", { name: "Cancel" }).click();
      const mobile = freshMobile();
      await registerRecipientByApi(page, { name: RECIPIENT, mobile });
      await page.getByLabel("Mobile, identity number or pre-enrolment code").fill(mobile);
      await page.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page.getByRole("button", { name: `Open ${RECIPIENT}` })).toBeVisible();
    },
  },
  {
    name: "recipient and dose form",
    reach: async (page) => {
      await page.getByRole("button", { name: `Open ${RECIPIENT}` }).click();
      await expect(page.getByRole("heading", { name: RECIPIENT })).toBeVisible();
      await expect(page.getByRole("form", { name: "Record a dose" })).toBeVisible();
    },
  },
  {
    name: "certificate slip",
    reach: async (page) => {
      await page.getByLabel("Programme").selectOption({ label: "COVID-19 Vaccination" });
      await page.getByLabel("Vaccine").selectOption({ label: "COVISHIELD (Serum Institute of India)" });
      await page.getByLabel("Batch").fill("4121Z555");
      await page.getByRole("button", { name: "Record dose and issue certificate" }).click();
      await expect(page.getByRole("heading", { name: "Vaccination certificate" })).toBeVisible();
    },
  },
];

const verifyTab = (label: string): TClickedView => ({
  name: `${label} tab`,
  reach: async (page) => {
    await page.getByRole("tab", { name: label }).click();
    await expect(page.getByRole("tab", { name: label })).toHaveAttribute("aria-selected", "true");
  },
});

const verifyViews = ({ qr }: TViewData): TClickedView[] => [
  verifyTab("Upload"),
  verifyTab("Paste"),
  {
    name: "result",
    reach: async (page) => {
      await expect(page.getByTestId("data-status")).toContainText("refreshed", { timeout: 30_000 });
      await page.getByLabel("Certificate text").fill(qr);
      await page.getByRole("button", { name: "Check certificate" }).click();
      await expect(page.getByRole("heading", { name: "Valid", exact: true })).toBeVisible({ timeout: 30_000 });
    },
  },
];

/** The views reached by clicking, in order, after a page (keyed as the route inventory keys it) has opened. */
export const clickedViews = (data: TViewData): Record<string, TClickedView[]> => ({
  "facility PAGE /": facilityViews,
  "verify PAGE /": verifyViews(data),
});
