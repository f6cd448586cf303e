// A job application and account settings page (held-out set 14, "Northwind Careers"): a
// CUSTOM dropdown for the notice period (a button with role=combobox opening a listbox of
// options; mouse, touch and keyboard: Enter/Space opens, arrows move, Enter picks, Escape
// closes, a click outside closes), "?" icons whose tooltips show on hover (mouseenter) and
// hide on mouseleave, an account menu that opens on hover, a "N people are viewing this
// job" toast that appears and hides on its own every 6-8 s in the bottom-left corner, an
// attachment drop zone, experience rows reordered by dragging a grip (pointer events), a
// scrollable job description panel, "Suggest a skill" that adds a skill at each press,
// switches, a portfolio link validated on blur, and a real benefits page.
// "Check salary range" shows a spinner at once and the range after 0.9 s.
// Slow: "Save settings" answers after 2.2 s with nothing shown meanwhile. Broken: "Preview
// application" (no handler) and "Remote-friendly" (dashed, cursor: pointer, no handler).
// "Share job" throws a console error.
// window.__answers logs, for the truth only, what the page answered and WHICH click it
// answered (its time): the generator computes every late answer (> 1 s) from this log
// (gen/truth.mjs, lateAnswerRows).
(function () {
  function $(id) { return document.getElementById(id); }
  window.__answers = [];
  function answered(what, clickT) {
    var a = { what: what, t: Date.now(), click: clickT };
    window.__answers.push(a);
    try { if (window.__devAnswer) window.__devAnswer(JSON.stringify(a)); } catch (e) { /* not generating */ }
  }
  function on(id, fn) { $(id).addEventListener('click', function (ev) { fn(Date.now(), ev); }); }

  // ---- "N people are viewing this job": shows for 2.4 s every 6-8 s, on its own
  var seed = 7;
  function rnd() { seed = (seed * 16807) % 2147483647; return seed / 2147483647; }
  function viewers() {
    var v = $('viewers');
    v.textContent = (2 + Math.floor(rnd() * 6)) + ' people are viewing this job';
    v.hidden = false;
    setTimeout(function () { v.hidden = true; }, 2400);
    setTimeout(viewers, 6000 + Math.floor(rnd() * 2000));
  }
  setTimeout(viewers, 3000 + Math.floor(rnd() * 2000));

  // ---- hover: the account menu and the "?" tooltips (the DOM changes on hover, not on click)
  var acctTimer = null;
  function acctOpen(v) { $('acct-menu').hidden = !v; $('acct').setAttribute('aria-expanded', String(v)); }
  $('acct-wrap').addEventListener('mouseenter', function () { clearTimeout(acctTimer); acctOpen(true); });
  $('acct-wrap').addEventListener('mouseleave', function () { clearTimeout(acctTimer); acctTimer = setTimeout(function () { acctOpen(false); }, 250); });
  on('acct', function (t) { acctOpen(true); $('acct-note').textContent = ''; answered('account menu open', t); });
  [['acct-profile', 'Profile: 2 of 3 sections complete'], ['acct-alerts', 'Job alerts: 3 saved searches'], ['acct-privacy', 'Privacy: your profile is visible to recruiters']].forEach(function (m) {
    on(m[0], function (t) { $('acct-note').textContent = m[1]; answered('account ' + m[0], t); });
  });
  ['notice', 'portfolio'].forEach(function (k) {
    var icon = $(k + '-tip-icon'), tip = $(k + '-tip');
    icon.addEventListener('mouseenter', function () { tip.hidden = false; });
    icon.addEventListener('mouseleave', function () { tip.hidden = true; });
    icon.addEventListener('focus', function () { tip.hidden = false; });
    icon.addEventListener('blur', function () { tip.hidden = true; });
  });

  // ---- the custom dropdown (combobox + listbox)
  var OPTS = ['Immediately', '2 weeks', '1 month', '2 months', '3 months'];
  var chosen = -1, active = -1;
  var btn = $('notice-btn'), list = $('notice-list');
  function setActive(i) {
    active = i;
    OPTS.forEach(function (o, k) { $('opt-' + k).classList.toggle('active', k === i); });
    if (i >= 0) btn.setAttribute('aria-activedescendant', 'opt-' + i); else btn.removeAttribute('aria-activedescendant');
  }
  function openList(v) { list.hidden = !v; btn.setAttribute('aria-expanded', String(v)); setActive(v ? Math.max(chosen, 0) : -1); }
  function choose(i) {
    chosen = i;
    OPTS.forEach(function (o, k) { $('opt-' + k).setAttribute('aria-selected', String(k === i)); });
    btn.textContent = OPTS[i];
    openList(false);
  }
  on('notice-btn', function (t) { openList(list.hidden); answered(list.hidden ? 'notice list closed' : 'notice list open', t); });
  OPTS.forEach(function (o, i) {
    $('opt-' + i).addEventListener('mousemove', function () { if (active !== i) setActive(i); });
    on('opt-' + i, function (t, ev) { ev.stopPropagation(); choose(i); answered('notice ' + o, t); });
  });
  btn.addEventListener('keydown', function (ev) {
    var t = Date.now();
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (list.hidden) { openList(true); answered('notice list open (key)', t); return; }
      setActive(Math.min(OPTS.length - 1, Math.max(0, active + (ev.key === 'ArrowDown' ? 1 : -1))));
      answered('notice active ' + active, t);
    } else if ((ev.key === 'Enter' || ev.key === ' ') && !list.hidden) {
      ev.preventDefault();
      choose(active); answered('notice ' + OPTS[active] + ' (key)', t);
    } else if (ev.key === 'Escape' && !list.hidden) {
      openList(false); answered('notice list closed (key)', t);
    }
  });
  document.addEventListener('click', function (ev) {
    if (!list.hidden && !ev.target.closest('.combo')) { openList(false); answered('notice list closed (outside)', Date.now()); }
  }, true);

  // ---- "Check salary range": a spinner at once, the range after 0.9 s
  var salaryBusy = false;
  on('salary-btn', function (t) {
    var b = $('salary-btn');
    if (salaryBusy) { $('salary-note').textContent = 'Still checking the range for Lisbon, one moment...'; answered('salary still checking', t); return; }
    salaryBusy = true;
    b.innerHTML = '<span class="spinner"></span>Checking...'; b.classList.add('busy');
    $('salary-note').textContent = 'Checking the range for Lisbon...';
    answered('salary spinner', t);
    setTimeout(function () {
      salaryBusy = false;
      b.textContent = 'Check salary range'; b.classList.remove('busy');
      $('salary-note').textContent = 'EUR 46,000 - 58,000 a year, plus a yearly bonus of up to 8%.';
      answered('salary range shown', t);
    }, 900);
  });
  // ---- broken, throwing
  on('share-btn', function () { console.error('TypeError: Cannot read properties of null (reading \'url\') at shareJob (jobs.js)'); });

  // ---- attachments: each press attaches the next sample file (or says it is there already)
  var FILES = ['cv-ana-sousa.pdf (212 KB)', 'cover-letter.pdf (48 KB)', 'references.pdf (31 KB)'];
  var nFiles = 0;
  on('attach-btn', function (t) {
    var li = document.createElement('li');
    if (nFiles < FILES.length) { li.textContent = 'Attached: ' + FILES[nFiles]; nFiles++; }
    else { li.textContent = 'You can attach three files.'; li.className = 'dup'; }
    $('files').appendChild(li);
    answered('file ' + nFiles, t);
  });
  // ---- skills: each press adds one
  var SKILLS = ['Python', 'dbt', 'Looker', 'A/B tests', 'Spanish', 'R', 'Airflow'];
  var nSkills = 0;
  on('skill-btn', function (t) {
    var s = document.createElement('span'); s.className = 'tag'; s.textContent = SKILLS[nSkills % SKILLS.length]; nSkills++;
    $('skills').appendChild(s);
    answered('skill ' + nSkills, t);
  });
  // ---- switches: answered at once
  ['alerts-switch', 'visible-switch'].forEach(function (id) {
    on(id, function (t) { $('save-note').textContent = 'Not saved yet.'; answered(id + ' ' + $(id).checked, t); });
  });
  // ---- "Save settings": answered after 2.2 s, nothing shown meanwhile
  on('save-btn', function (t) {
    setTimeout(function () { $('save-note').textContent = 'Settings saved.'; answered('settings saved', t); }, 2200);
  });

  // ---- experience rows reordered by dragging a grip (pointer events)
  var drag = null;
  function rows() { return Array.prototype.slice.call($('exp').children); }
  rows().forEach(function (li) {
    var g = li.querySelector('.grip');
    g.addEventListener('pointerdown', function (ev) {
      ev.preventDefault();
      drag = { li: li }; li.classList.add('dragging');
      try { g.setPointerCapture(ev.pointerId); } catch (e) { /* ignore */ }
    });
    g.addEventListener('pointermove', function (ev) {
      if (!drag) return;
      var over = rows().filter(function (r) { var b = r.getBoundingClientRect(); return r !== drag.li && ev.clientY > b.top && ev.clientY < b.bottom; })[0];
      if (!over) return;
      var b = over.getBoundingClientRect();
      if (ev.clientY < b.top + b.height / 2) $('exp').insertBefore(drag.li, over); else $('exp').insertBefore(drag.li, over.nextSibling);
    });
    function end() { if (!drag) return; drag.li.classList.remove('dragging'); answered('row moved', Date.now()); drag = null; }
    g.addEventListener('pointerup', end);
    g.addEventListener('pointercancel', end);
  });

  // ---- apply
  function portfolioOk() { var v = $('portfolio').value.trim(); return /^https:\/\/[^\s.]+\.[^\s]+$/.test(v); }
  $('portfolio').addEventListener('blur', function () { $('portfolio-error').hidden = portfolioOk() || $('portfolio').value === ''; });
  on('submit-btn', function (t) {
    if (!portfolioOk()) { $('portfolio-error').hidden = false; $('submit-note').textContent = 'Check the portfolio link.'; answered('submit error', t); return; }
    $('submit-note').textContent = 'Thank you, Ana: your application is in. We answer within ten working days.';
    answered('submitted', t);
  });
})();
