import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';

/** Debian's Chromium, never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Headless Chromium with a fresh profile; each person works in a tab of their own (the session is per tab). */
export class Browser {
  private context!: BrowserContext;
  private readonly profile = mkdtempSync(join(tmpdir(), 'console-chromium-'));

  constructor(
    private readonly baseUrl: string,
    readonly screenshotDir: string,
  ) {
    mkdirSync(screenshotDir, { recursive: true });
  }

  async open(): Promise<void> {
    this.context = await chromium.launchPersistentContext(this.profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1280, height: 860 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    this.context.setDefaultTimeout(20_000);
  }

  async tab(hash = '#/'): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(`${this.baseUrl}/${hash}`);
    return page;
  }

  /** The top of the page as a person first sees it. */
  async screenshot(page: Page, name: string): Promise<void> {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(this.screenshotDir, `${name}.png`) });
  }

  async close(): Promise<void> {
    await this.context?.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}
