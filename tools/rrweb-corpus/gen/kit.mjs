// Scaffolding shared by the held-out session scripts (sets 6-9): the same code each of them
// carried, moved here unchanged (every function byte for byte as it was in
// sessions-heldout6/7/8.mjs), so the recordings those scripts make do not change. Each takes
// the generator's Session `s` (gen/generate.mjs) and drives its human model `s.h`.

export async function answersSince(s, t0) {
  const log = await s.page.evaluate(() => window.__answers || []);
  return log.filter((a) => a.t >= t0);
}
export function lastEpisode(s) { return s.episodes[s.episodes.length - 1]; }
export function centre(h, vp, r) {
  return { cx: Math.min(Math.max(h.x, r + 20), vp.w - r - 20), cy: Math.min(Math.max(h.y, r + 60), vp.h - r - 60) };
}
export async function shake(s, ms, amp, halfMin, halfMax) {
  const { h } = s;
  const vp = await h.viewport();
  const { cx, cy } = centre(h, vp, amp);
  let dir = h.rand() < 0.5 ? -1 : 1;
  const tilt = h.uniform(-0.6, 0.6);
  const end = Date.now() + ms;
  for (let g = 0; Date.now() < end && g < 80; g++) {
    const a = dir * amp * h.uniform(0.6, 1.0);
    await h.moveTo(cx + a, cy + tilt * a + h.gauss(0, 5), { durationMs: h.uniform(halfMin, halfMax), overshoot: false });
    dir = -dir;
  }
}
export async function loops(s, ms, radius, periodMin, periodMax) {
  const { h } = s;
  const vp = await h.viewport();
  const { cx, cy } = centre(h, vp, radius);
  const end = Date.now() + ms;
  const period = h.uniform(periodMin, periodMax);
  const sign = h.rand() < 0.5 ? -1 : 1;
  let a = 0;
  for (let g = 0; Date.now() < end && g < 200; g++) {
    a += sign * Math.PI / 4;
    const r = radius * h.uniform(0.8, 1.1);
    await h.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a), { durationMs: period / 8, overshoot: false });
  }
}
export async function flingThrash(s, n) {
  const { h } = s;
  await s.episode('scroll_thrash', async () => {
    let dir = -1;
    for (let i = 0; i < n; i++) { await h.fling(dir * h.uniform(350, 520)); await h.pause(60, 160); dir = -dir; }
  }, { how: 'touch flings alternating up and down', tailMs: 900 });
}
export async function wheelThrash(s, n) {
  const { h } = s;
  await s.episode('scroll_thrash', async () => {
    let dir = 1;
    for (let i = 0; i < n; i++) { await h.wheelFlick(dir, h.int(2, 3)); await h.pause(120, 260); dir = -dir; }
  }, { how: 'wheel flicks alternating down and up' });
}
