import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser as Chromium, chromium, Page } from 'playwright-core';

/** Debian's Chromium, never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Headless Chromium; each person works in a tab of a browser profile of their own, so each signs
 * in at the identity provider apart (its session cookie is per profile, as on people's own computers).
 */
export class Browser {
  private chromium!: Chromium;

  constructor(
    private readonly baseUrl: string,
    readonly screenshotDir: string,
  ) {
    mkdirSync(screenshotDir, { recursive: true });
  }

  async open(): Promise<void> {
    this.chromium = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  }

  async tab(hash = '#/'): Promise<Page> {
    const context = await this.chromium.newContext({
      viewport: { width: 1280, height: 860 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
    });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await page.goto(`${this.baseUrl}/${hash}`);
    return page;
  }

  /** The top of the page as a person first sees it. */
  async screenshot(page: Page, name: string): Promise<void> {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(this.screenshotDir, `${name}.png`) });
  }

  async close(): Promise<void> {
    await this.chromium?.close();
  }
}
