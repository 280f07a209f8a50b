import { expect, type Locator, type Page } from '@playwright/test';

/** The folded form of one of the petition's allowed actions (ASSIGN, HOLD_HEARING, …). */
export const step = (page: Page, action: string): Locator => page.getByTestId(`step-${action}`);

/** Unfolds the form of one of the petition's allowed actions and returns it. */
export async function openStep(page: Page, action: string): Promise<Locator> {
  await step(page, action).locator('summary').click();
  await expect(step(page, action)).toHaveAttribute('open', '');
  return step(page, action);
}
