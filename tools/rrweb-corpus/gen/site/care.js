// A customer-support help centre, "Lumo Energi" (held-out set 18): a search box whose
// autocomplete suggestions change AS YOU TYPE (picking one opens its FAQ answer at once),
// FAQ accordions (open and close at once), a live chat widget in the bottom-right corner
// where the agent's messages and a "typing…" indicator ARRIVE BY THEMSELVES at irregular
// times (2.5-8 s apart, no input), a "Contact us" form whose fields are validated on blur
// ("Send message" answered at once), "Was this helpful? Yes / No" answered at once with a
// thank-you, a real article page (care-article.html) with a back link, and a client-side
// "My tickets" route (history.pushState to ?view=tickets, announced as a custom 'pageview'
// event; popstate too); long guides to scroll.
// Slow: "Track" (Track my ticket) answers after 2.4 s with nothing shown meanwhile. Dead:
// the print icon in the header (cursor: pointer and a hover background, no handler).
// Broken: "Call me back" (no handler). "Download invoice" throws a console error.
// window.__answers logs, for the truth only, what the page answered and WHICH click it
// answered (its time): the generator computes every late answer (> 1 s) from this log
// (gen/truth.mjs, lateAnswerRows). The chat's own messages answer no click and are not logged.
(function () {
  function $(id) { return document.getElementById(id); }
  window.__answers = [];
  function answered(what, clickT) {
    var a = { what: what, t: Date.now(), click: clickT };
    window.__answers.push(a);
    try { if (window.__devAnswer) window.__devAnswer(JSON.stringify(a)); } catch (e) { /* not generating */ }
  }
  function on(id, fn) { $(id).addEventListener('click', function (ev) { fn(Date.now(), ev); }); }
  function pageview() {
    try { if (window.rrweb && rrweb.record) rrweb.record.addCustomEvent('pageview', { href: location.href, title: document.title }); } catch (e) { /* not recording */ }
  }
  var seed = 1818;
  function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }

  // ---- search with autocomplete (changes on every input; a suggestion opens its answer)
  var TOPICS = [
    ['invoice higher than last month', 1], ['invoice due date and direct debit', 4], ['read my meter', 2], ['meter reading missing', 2],
    ['moving to a new address', 3], ['move date and contract', 3], ['grid fee explained', 5], ['price plan change', 6],
    ['pay by direct debit', 4], ['invoice line by line', 1], ['power cut in my area', 5], ['plan for electric car charging', 6],
  ];
  function openFaq(n, open) {
    var b = $('faq-' + n), a = $('a-' + n);
    a.hidden = !open; b.setAttribute('aria-expanded', open ? 'true' : 'false');
  }
  $('search').addEventListener('input', function () {
    var q = $('search').value.trim().toLowerCase();
    var ul = $('suggest');
    ul.textContent = '';
    if (q.length < 2) { ul.hidden = true; return; }
    var hits = TOPICS.filter(function (t) { return t[0].indexOf(q) >= 0 || t[0].split(' ').some(function (w) { return w.indexOf(q.split(' ').pop()) === 0; }); }).slice(0, 5);
    hits.forEach(function (t, i) {
      var li = document.createElement('li'); li.id = 'sug-' + i; li.textContent = t[0]; li.dataset.faq = String(t[1]); ul.appendChild(li);
    });
    if (!hits.length) { var li = document.createElement('li'); li.className = 'none'; li.textContent = 'No matches yet…'; ul.appendChild(li); }
    ul.hidden = false;
  });
  $('suggest').addEventListener('click', function (ev) {
    var li = ev.target.closest('li'); if (!li || !li.dataset.faq) return;
    var t = Date.now();
    $('search').value = li.textContent; $('suggest').hidden = true;
    openFaq(Number(li.dataset.faq), true);
    $('search-note').hidden = false; $('search-note').textContent = 'Showing the answer to "' + li.textContent + '" below.';
    answered('suggestion ' + li.dataset.faq, t);
  });
  $('search').addEventListener('keydown', function (ev) {
    if (ev.key !== 'Enter') return;
    var first = $('suggest').querySelector('li[data-faq]');
    if (first) first.click();
  });
  document.addEventListener('click', function (ev) { if (!ev.target.closest('.search-wrap')) $('suggest').hidden = true; });

  // ---- FAQ accordions
  for (var n = 1; n <= 6; n++) {
    (function (k) {
      on('faq-' + k, function (t) { var open = $('a-' + k).hidden; openFaq(k, open); answered((open ? 'faq open ' : 'faq closed ') + k, t); });
    })(n);
  }
  function thanks(t, yes) {
    $('helpful-thanks').hidden = false;
    $('helpful-thanks').textContent = yes ? 'Thank you! Glad it helped.' : 'Thank you. We will improve this answer.';
    answered(yes ? 'helpful yes' : 'helpful no', t);
  }
  on('helpful-yes', function (t) { thanks(t, true); });
  on('helpful-no', function (t) { thanks(t, false); });

  // ---- quick actions
  on('track', function (t) {
    // nothing shown while the ticket is looked up
    setTimeout(function () {
      $('track-result').hidden = false;
      $('track-result').textContent = 'Ticket ' + $('ticket').value.trim() + ': with an adviser, answer expected tomorrow.';
      answered('ticket status', t);
    }, 2400);
  });
  on('invoice', function () { console.error("TypeError: Cannot read properties of null (reading 'pdfUrl') at downloadInvoice (care.js)"); });
  // "Call me back" (#callback) and the print icon (#icon-print): no handler.

  // ---- contact form, validated on blur and on "Send message"
  var RULES = {
    cname: function (v) { return /^\S+\s+\S+/.test(v.trim()); },
    cemail: function (v) { return /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(v.trim()); },
    ccust: function (v) { return /^\d{8}$/.test(v.trim()); },
  };
  function check(id) {
    var ok = RULES[id]($(id).value);
    $(id + '-error').hidden = ok; $(id).classList.toggle('bad', !ok);
    return ok;
  }
  Object.keys(RULES).forEach(function (id) {
    $(id).addEventListener('blur', function () { if ($(id).value) check(id); });
    $(id).addEventListener('input', function () { if (!$(id + '-error').hidden && RULES[id]($(id).value)) { $(id + '-error').hidden = true; $(id).classList.remove('bad'); } });
  });
  on('csend', function (t) {
    var ok = Object.keys(RULES).map(check).every(Boolean);
    if (ok) { $('csent').hidden = false; $('csent').textContent = 'Thank you, ' + $('cname').value.trim().split(' ')[0] + '. We answer within two working days.'; }
    answered('contact checked', t);
  });

  // ---- live chat: the agent's messages and "typing…" arrive by themselves
  var LINES = ['Do you have your customer number at hand?', 'Our phone lines are busy this morning, the chat is quicker.',
    'You can also read the invoice guide under Popular articles.', 'Still there? Take your time.', 'Meter readings from smart meters arrive every hour.',
    'Tip: the FAQ answers most invoice questions.', 'I am here until 20:00 today.', 'Let me know if you want me to look at your ticket.'];
  var li = 0;
  function agentLoop() {
    setTimeout(function () {
      $('chat-typing').hidden = false;
      setTimeout(function () {
        $('chat-typing').hidden = true;
        var p = document.createElement('p'); p.className = 'msg agent'; p.textContent = LINES[li % LINES.length]; li++;
        $('chat-log').appendChild(p); $('chat-log').scrollTop = $('chat-log').scrollHeight;
        if ($('chat').classList.contains('min')) { $('chat-badge').hidden = false; $('chat-badge').textContent = String(Number($('chat-badge').textContent || '0') + 1); }
        agentLoop();
      }, 900 + Math.round(rnd() * 1600));
    }, 2500 + Math.round(rnd() * 5500));
  }
  agentLoop();
  on('chat-toggle', function (t) {
    var min = $('chat').classList.toggle('min');
    $('chat-toggle').setAttribute('aria-expanded', min ? 'false' : 'true');
    if (!min) { $('chat-badge').hidden = true; $('chat-badge').textContent = '0'; }
    answered(min ? 'chat minimised' : 'chat opened', t);
  });
  function send(t) {
    var v = $('chat-msg').value.trim(); if (!v) { answered('chat empty', t); return; }
    var p = document.createElement('p'); p.className = 'msg me'; p.textContent = v;
    $('chat-log').appendChild(p); $('chat-log').scrollTop = $('chat-log').scrollHeight; $('chat-msg').value = '';
    answered('chat sent', t);
  }
  on('chat-send', function (t) { send(t); });
  $('chat-msg').addEventListener('keydown', function (ev) { if (ev.key === 'Enter') send(Date.now()); });

  // ---- the "My tickets" route (client-side)
  function view() { return new URLSearchParams(location.search).get('view') === 'tickets' ? 'tickets' : 'care'; }
  function renderView() { var s = view() === 'tickets'; $('tickets-view').hidden = !s; $('care-view').hidden = s; document.title = s ? 'My tickets · Lumo Energi' : 'Help centre · Lumo Energi'; }
  $('tickets-link').addEventListener('click', function (ev) {
    ev.preventDefault();
    var t = Date.now();
    history.pushState({ view: 'tickets' }, '', '/care.html?view=tickets');
    renderView(); window.scrollTo(0, 0); pageview();
    answered('tickets route', t);
  });
  on('tickets-back', function (t) {
    history.pushState({ view: 'care' }, '', '/care.html');
    renderView(); window.scrollTo(0, 0); pageview();
    answered('help route', t);
  });
  window.addEventListener('popstate', function () { renderView(); pageview(); });
  window.addEventListener('load', function () { setTimeout(pageview, 50); });

  // ---- long guides (a long page to scroll)
  var G = ['Before winter, check that radiators are not covered by furniture or curtains; a covered radiator heats the wall behind it and little else.',
    'A heat pump saves most when it runs steadily. Turning it off during the day and high in the evening often uses more power than an even temperature.',
    'Hot water is a large part of the bill. A shower of five minutes uses about a third of the power of a bath.',
    'Smart plugs let you move washing and charging to the night, when the grid fee is lower.',
    'Your monthly use is on My page, day by day; compare it with the same month last year rather than with last month.',
    'When you go away for more than a few days, lower the temperature to 15 degrees in rooms you do not use.',
    'Electric car charging at home is cheapest after 22:00. Set the charger to start then rather than when you plug in.',
    'Drying clothes outside or on a rack instead of in a tumble dryer saves about 2 kWh per load.'];
  var out = [];
  for (var i = 0; i < 16; i++) { var h = document.createElement('h3'); h.textContent = 'Guide ' + (i + 1); out.push(h); var p = document.createElement('p'); p.textContent = G[i % G.length] + ' ' + G[(i + 3) % G.length] + ' ' + G[(i + 5) % G.length]; out.push(p); }
  out.forEach(function (e) { $('guide-text').appendChild(e); });
  renderView();
})();
