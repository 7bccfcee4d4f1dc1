// The getting-started walkthrough is contributed and its first step offers the examples.
import { join } from 'node:path';
import { check, log } from './report.mjs';
import { runCommand } from './ui.mjs';

export async function walkthroughCheck(page, outDir) {
  await runCommand(page, 'Welcome: Open Walkthrough...');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill('Get started with Corroborate');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with Corroborate' }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press('Enter');
  const step = page.locator('.gettingStartedContainer', { hasText: 'Open the example articles' });
  const shown = await step.waitFor({ timeout: 15000 }).then(() => true, () => false);
  const button = shown && (await page.locator('.gettingStartedContainer a, .gettingStartedContainer button', { hasText: 'Open the Examples' }).count()) > 0;
  const shot = join(outDir, 'walkthrough.png');
  await page.screenshot({ path: shot });
  log(`wrote ${shot}`);
  check(shown, 'the walkthrough "Get started with Corroborate" opens at "Open the example articles"');
  check(button, 'its first step has an "Open the Examples" button');
}
