import { Setup } from './journey.mjs';
const env = new Setup({ root: '/work/main/dist' });
await env.start();
const items = { rambled_too_long: 'she asked about my biggest project and i went on for ages', arrived_late: '20 mins, bus' };
const lines = { rambled_too_long: 'the route planner I rebuilt at Haulix cut empty miles by 18% in six months', moment: 'she said the team is moving to a new TMS next spring', evidence: 'I cut empty miles by 18% at Haulix', why: 'they make their own routing tools, i want to build them' };
for (const [name, opts] of [
  ['phone_light', { viewport: { width: 390, height: 844 }, theme: 'light', hasTouch: true, isMobile: true }],
  ['phone_dark', { viewport: { width: 390, height: 844 }, theme: 'dark', hasTouch: true, isMobile: true }],
  ['desk_light', { viewport: { width: 1280, height: 900 }, theme: 'light' }],
  ['desk_dark', { viewport: { width: 1280, height: 900 }, theme: 'dark' }],
]) {
  const j = await env.open(opts);
  await j.toWrite({ items, lines });
  await j.page.screenshot({ path: `/tmp/shot19_${name}.png`, fullPage: name.startsWith('phone') ? false : true });
  await j.context.close();
}
await env.stop();
