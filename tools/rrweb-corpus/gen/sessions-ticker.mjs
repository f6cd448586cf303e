// A small tuning set for dead clicks judged on the stored page (replay issue 15, round 3):
// a status page whose clock (every 0.5 s) and banner (every 2 s) change the DOM all the
// time. Part `tuning`: used to build and test the rule, unlike held-out set 3.
const base = (name, describe) => ({
  name, part: 'tuning', page: 'status.html', device: 'desktop', human: 'mouse',
  viewport: { width: 1366, height: 768 }, seed: name.length * 97, recordOptions: { __consolePlugin: true },
  expectSources: [0, 1, 2], describe,
});

export const TICKER_SESSIONS = [
  {
    ...base('ticker-dead-subscribe', 'A dead "Subscribe to updates" click while the clock and the banner change the page; a working "Refresh now" before it.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(500, 300);
      await s.idle(2000);
      await h.click('#refresh-btn');
      await s.idle(3000);
      await h.moveToEl('#subscribe-btn');
      await h.pause(150, 300);
      await s.episode('dead_click', async () => { await h.pressRelease(); }, { target: '#subscribe-btn' });
      await s.idle(5000);
      await h.wander(1);
    },
  },
  {
    ...base('ticker-calm-refresh', 'Calm: "Refresh now" twice (answers at once), a reading click on the intro, a long read while the clock and banner change.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(600, 300);
      await s.idle(2000);
      await h.click('#refresh-btn');
      await s.idle(4000);
      await h.moveToEl('#intro');
      await h.clickHere();
      await s.idle(4000);
      await h.click('#refresh-btn');
      await s.idle(4000);
    },
  },
];
