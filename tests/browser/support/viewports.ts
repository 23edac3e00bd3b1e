import { randomBytes } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';

/** The phone and desktop sizes every layout promise is checked at. */
export const VIEWPORTS = [
  { name: 'phone', width: 360, height: 640 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

export type Viewport = (typeof VIEWPORTS)[number];

/** Throws unless the element's whole box lies inside the page's viewport. */
export async function expectInViewport(page: Page, locator: Locator, label: string): Promise<void> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) throw new Error(`${label} is not rendered`);
  const inside =
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= size.width + 0.5 &&
    box.y + box.height <= size.height + 0.5;
  if (!inside)
    throw new Error(`${label} is outside the ${size.width}×${size.height} viewport: ${JSON.stringify(box)}`);
}

/** Signs a new member up through the browser; returns the handle. */
export async function signUpInBrowser(page: Page, prefix: string): Promise<string> {
  const id = randomBytes(4).toString('hex');
  const handle = `${prefix}_${id}`;
  await page.goto('/sign-up');
  await page.getByLabel('E-mail address').fill(`${handle}@haven.test`);
  await page.getByLabel('Handle').fill(handle);
  await page.getByLabel('Password').fill(`quiet-harbour-${id}`);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/profile');
  return handle;
}
