import { type BrowserContext, test as base, expect } from "@playwright/test";

// Violations seen in any watched browser context since the last test ended.
const violations: string[] = [];

/**
 * Records every Content-Security-Policy violation in a browser context: Chromium's console
 * message for a blocked script, style, worker or connection, and the page's own
 * `securitypolicyviolation` event, which also names report-only ones. Tests that make their own
 * context or browser call this on it; the `test` below does it for the default one.
 */
export const watchContentSecurityPolicy = async (context: BrowserContext): Promise<void> => {
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"} in ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  context.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy|CSP violation/i.test(text)) violations.push(`${message.location().url}: ${text}`);
  });
};

/**
 * Playwright's `test`, failing any test during which a page broke the apps' Content-Security-
 * Policy: a script, style, worker or request the policy blocked is a page that does not work.
 */
export const test = base.extend<{ contentSecurityPolicy: undefined }>({
  context: async ({ context }, use) => {
    await watchContentSecurityPolicy(context);
    await use(context);
  },
  contentSecurityPolicy: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; it has none.
    async ({}, use) => {
      await use(undefined);
      const seen = violations.splice(0);
      expect(seen, "Content-Security-Policy violations in the browser").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
