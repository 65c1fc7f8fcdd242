// The blog's own script: a reading-progress bar, and the reader's place in the article
// kept under the blog's own localStorage key (the embedded widget keeps to its namespace).
const bar = document.querySelector('.reading-progress span');
const article = document.querySelector('.post');
let queued = false;

function update() {
  queued = false;
  const rect = article.getBoundingClientRect();
  const total = rect.height - window.innerHeight;
  const read = total > 0 ? Math.min(1, Math.max(0, -rect.top / total)) : 1;
  bar.style.transform = `scaleX(${read})`;
  try { localStorage.setItem('careers-desk-progress', `blew-the-interview:${read.toFixed(2)}`); } catch { /* storage off */ }
}

addEventListener('scroll', () => { if (!queued) { queued = true; requestAnimationFrame(update); } }, { passive: true });
update();
