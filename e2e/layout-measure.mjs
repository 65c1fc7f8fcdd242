// Measures the phone layout for the notes of issue 19: the page height of each step at
// 390 × 844 with touch, and how many screens lie between the first item ticked in step 2
// and the verdict that answers it. Run after a build: node e2e/layout-measure.mjs
import { Setup, DIST, NORTHWIND } from './journey.mjs';

const PHONE_390 = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const env = new Setup({ root: DIST });
await env.start();
try {
  const j = await env.open(PHONE_390);
  const height = () => j.page.evaluate(() => document.scrollingElement.scrollHeight);
  await j.goto();
  const rows = [['interview', await height()]];
  await j.toDiagnose();
  rows.push(['diagnose (nothing ticked)', await height()]);
  // The first item, as a user taps it; then where the verdict is, in screens below it.
  const first = j.page.locator('#sc-symptom-rambled_too_long');
  await first.scrollIntoViewIfNeeded();
  await first.check();
  await j.page.locator('.sc-verdict-headline').first().waitFor();
  const screens = await j.page.evaluate(() => {
    // The live verdict bar (narrow layouts) or the report's own headline.
    const verdict = [...document.querySelectorAll('.sc-live-verdict, .sc-verdict-headline')]
      .map((e) => e.getBoundingClientRect())
      .find((r) => r.height > 0);
    return verdict.top >= 0 && verdict.bottom <= innerHeight ? 0 : Math.ceil((verdict.bottom - innerHeight) / innerHeight * 10) / 10;
  });
  rows.push(['diagnose (one ticked)', await height()]);
  await j.tickItems(NORTHWIND.items);
  await j.openStep('write');
  await j.fillLines(NORTHWIND.lines);
  rows.push(['write', await height()]);
  await j.openStep('send');
  rows.push(['send', await height()]);
  for (const [step, px] of rows) console.log(`${step.padEnd(28)} ${px} px (${(px / 844).toFixed(1)} screens)`);
  console.log(`screens to scroll from the first tick to the verdict: ${screens}`);
  await j.close();
} finally {
  await env.stop();
}
