import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** The widths every page must reflow to without scrolling sideways (WCAG 1.4.10): a small and a common phone. */
export const reflowWidths = [320, 390] as const;

/** The width axe runs at: the common phone. */
export const axeWidth = 390;

const PHONE_HEIGHT = 844;

// Only what keeps someone from using the page fails the test; moderate and minor findings are advice.
const blocking = new Set(["serious", "critical"]);

/** Axe's serious and critical violations on the page as it is now, one line each with the elements. */
export const axeProblems = async (page: Page): Promise<string[]> => {
  await page.setViewportSize({ width: axeWidth, height: PHONE_HEIGHT });
  // Legacy mode runs axe in the page itself: no second page per check to assemble frame results, of which these pages have none.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return violations
    .filter((violation) => blocking.has(violation.impact ?? ""))
    .map(
      (violation) =>
        `axe ${violation.impact} ${violation.id} (${violation.help}): ${violation.nodes
          .slice(0, 5)
          .map((node) => node.target.join(" "))
          .join(" | ")}`,
    );
};

/**
 * Whether the page scrolls sideways at each reflow width: the document may not be wider than the
 * viewport (a wide table scrolls inside its own container, which this allows). Names the widest
 * elements that stick out, to say where to look.
 */
export const reflowProblems = async (page: Page): Promise<string[]> => {
  const problems: string[] = [];
  for (const width of reflowWidths) {
    await page.setViewportSize({ width, height: PHONE_HEIGHT });
    const measured = await settledMeasure(page);
    if (measured.scrollWidth > measured.innerWidth) {
      problems.push(
        `at ${width} px the page is ${measured.scrollWidth} px wide: ${measured.culprits.join(", ") || "no element named"}`,
      );
    }
  }
  return problems;
};

type TMeasure = { scrollWidth: number; innerWidth: number; culprits: string[] };

// Charts and other parts that size themselves to their box follow a new width a few frames later (a resize
// observer, then a render): only a page still too wide after a second is too wide.
const SETTLE_TRIES = 10;
const SETTLE_PAUSE_MS = 100;

const settledMeasure = async (page: Page): Promise<TMeasure> => {
  let measured = await measure(page);
  for (let tries = 1; tries < SETTLE_TRIES && measured.scrollWidth > measured.innerWidth; tries++) {
    await page.waitForTimeout(SETTLE_PAUSE_MS);
    measured = await measure(page);
  }
  return measured;
};

const measure = (page: Page): Promise<TMeasure> =>
  page.evaluate(
    () =>
      new Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }>((resolve) =>
        // After a frame, so the layout of the new width is the one measured.
        requestAnimationFrame(() => {
          const innerWidth = window.innerWidth;
          const culprits = [...document.body.querySelectorAll<HTMLElement>("*")]
            .filter((element) => element.getBoundingClientRect().right > innerWidth + 1)
            // The outermost ones: an element inside one already named says nothing more.
            .filter((element, _index, all) => !all.some((other) => other !== element && other.contains(element)))
            .slice(0, 5)
            .map((element) => {
              const classes = [...element.classList].slice(0, 4).join(".");
              const right = Math.round(element.getBoundingClientRect().right);
              return `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ""} (right edge ${right})`;
            });
          resolve({ scrollWidth: document.documentElement.scrollWidth, innerWidth, culprits });
        }),
      ),
  );
