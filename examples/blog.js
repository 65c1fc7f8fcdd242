// The blog's own script: it keeps its own localStorage keys (reading progress, a
// newsletter flag) that the embedded widget must never touch.
localStorage.setItem("careers-desk-progress", "article-42:0.35");
localStorage.setItem("newsletter-dismissed", "true");
