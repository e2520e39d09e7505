import type { Page } from 'playwright-core';

/**
 * The form controls on the page a person cannot name: no <label> bound to them and no
 * aria-label or aria-labelledby. Each is described by its tag, type and name.
 */
export function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea'))
      .filter((control) => control.type !== 'hidden')
      .filter((control) => (control.labels?.length ?? 0) === 0 && !control.getAttribute('aria-label') && !control.getAttribute('aria-labelledby'))
      .map((control) => `${control.tagName.toLowerCase()}[type=${control.getAttribute('type') ?? ''}][name=${control.getAttribute('name') ?? ''}]`),
  );
}

/** Press Tab until the element with the given accessible label has the focus (at most `limit` presses). */
export async function tabTo(page: Page, label: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el) return '';
      return el.labels?.[0]?.textContent?.trim() ?? el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
    });
    if (focused === label) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`"${label}" was not reached with the Tab key`);
}
