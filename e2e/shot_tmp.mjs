import { Setup, DIST } from './journey.mjs';
const s = new Setup({ root: DIST });
await s.start();
try {
  for (const [name, opts] of [['desk-light', { viewport: { width: 1280, height: 900 }, theme: 'light' }], ['phone-dark', { viewport: { width: 390, height: 844 }, theme: 'dark', hasTouch: true, isMobile: true }]]) {
    const j = await s.open(opts);
    await j.toWrite({
      facts: { company: 'ledgerline', role: 'QA Engineer', interviewerName: 'ms okafor' },
      items: { criticised_former_boss: 'said my manager only cared about shipping', no_concrete_example: '' },
      lines: {
        criticised_former_boss: 'at Brightpath I learned to write bug reports devs act on straight away: repro steps, logs, expected vs actual',
        no_concrete_example: 'at brightpath cut the regression run from 6h to 50 min by parallelising the suite, flaky failures down from 9% to under 2%',
        moment: 'she said their biggest pain is flaky end-to-end tests blocking merges on fridays',
        why: 'small team, testers are in every ticket from day one',
      },
    });
    await j.page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: true });
    console.log(await j.preview());
    await j.close();
  }
} finally { await s.stop(); }
