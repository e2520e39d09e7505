import type { Locator, Page } from 'playwright-core';

/**
 * Reload the page until `target` shows: read models follow the workflow a moment later, over
 * Kafka, so a person looking for a new task or status refreshes the page as people do.
 */
export async function reloadUntil(page: Page, target: Locator, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await target.first().waitFor({ timeout: 2_000 });
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await page.reload();
    }
  }
}
