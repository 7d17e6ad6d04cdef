// The queue page's keyboard and live updates. The page works without it: every action is a form.
// Keys: j/k move, a approve, r reject, s spam, e edit, x select, ? help. Text is only ever set as text.

const queue = document.getElementById('queue');
const help = document.getElementById('help');
const POLL_MS = 15000;
let current = null;

function items() {
  return [...queue.querySelectorAll('li.item')];
}

function select(item, focus = true) {
  if (!item) return;
  if (current) {
    current.classList.remove('selected');
    current.removeAttribute('aria-current');
  }
  current = item;
  item.classList.add('selected');
  item.setAttribute('aria-current', 'true');
  if (focus) {
    item.focus({ preventScroll: true });
    item.scrollIntoView({ block: 'nearest' });
  }
}

function move(step) {
  const all = items();
  if (all.length === 0) return;
  const at = all.indexOf(current);
  select(all[Math.max(0, Math.min(all.length - 1, at < 0 ? 0 : at + step))]);
}

function press(key) {
  const target = current && current.querySelector(`[data-key="${key}"]`);
  if (target) target.click();
}

function toggleSelected() {
  const box = current && current.querySelector('input[type="checkbox"][name="ids"]');
  if (box) box.checked = !box.checked;
}

let beforeHelp = null;
function showHelp(show) {
  if (!help) return;
  if (show) {
    beforeHelp = document.activeElement;
    help.hidden = false;
    document.getElementById('help-close').focus();
  } else if (!help.hidden) {
    help.hidden = true;
    if (beforeHelp) beforeHelp.focus();
  }
}

function typing(target) {
  return target instanceof HTMLElement
    && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
  if (help && !help.hidden) {
    if (event.key === 'Escape' || event.key === '?') {
      event.preventDefault();
      showHelp(false);
    }
    return;
  }
  const actions = {
    j: () => move(1), k: () => move(-1), a: () => press('a'), r: () => press('r'), s: () => press('s'),
    e: () => press('e'), x: toggleSelected, '?': () => showHelp(true),
  };
  const action = actions[event.key];
  if (action) {
    event.preventDefault();
    action();
  }
});

if (help) {
  document.getElementById('help-close').addEventListener('click', () => showHelp(false));
  help.addEventListener('click', (event) => { if (event.target === help) showHelp(false); });
}

if (queue) {
  queue.addEventListener('click', (event) => {
    const item = event.target.closest('li.item');
    if (item) select(item, false);
  });
  queue.addEventListener('focusin', (event) => {
    const item = event.target.closest('li.item');
    if (item && item !== current) select(item, false);
  });
  const wanted = queue.dataset.select || (location.hash.startsWith('#c-') ? location.hash.slice(3) : '');
  select(document.getElementById(`c-${wanted}`) || items()[0]);

  const all = document.getElementById('select-page');
  if (all) {
    all.addEventListener('change', () => {
      queue.querySelectorAll('input[type="checkbox"][name="ids"]').forEach((box) => { box.checked = all.checked; });
    });
  }
  setTimeout(poll, POLL_MS);
}

// Live updates: ask what changed, mark comments decided elsewhere, add the ones that arrived. Nothing moves
// under the moderator's cursor: new comments join after those already shown, marked ones stay in place.
async function poll() {
  const query = queue.dataset.query;
  const shown = items().map((item) => `${item.dataset.id}.${item.dataset.version}`).join(',');
  try {
    const answer = await fetch(`/dashboard/queue/state?${query}${query ? '&' : ''}shown=${encodeURIComponent(shown)}`,
      { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (answer.status === 401) return; // signed out or expired: the next click goes to the sign-in page
    if (answer.ok) await update(await answer.json());
  } catch (offline) {
    // The next round tries again.
  }
  setTimeout(poll, POLL_MS);
}

async function update(state) {
  const pending = document.querySelector('[data-glance="pending"]');
  if (pending) pending.textContent = `${state.glance.pending}${state.glance.pendingExact ? '' : '+'}`;
  for (const change of state.changed) {
    const item = document.getElementById(`c-${change.id}`);
    if (!item || item.dataset.changed === String(change.version)) continue;
    item.dataset.changed = String(change.version);
    item.classList.add('stale');
    const label = queue.dataset[`status${change.status[0].toUpperCase()}${change.status.slice(1)}`] || change.status;
    const note = item.querySelector('.elsewhere');
    note.textContent = change.status === 'deleted' ? queue.dataset.deleted
      : queue.dataset.changed.replace('%by%', change.decidedBy || '?').replace('%status%', label);
    note.hidden = false;
    const badge = item.querySelector('.item-head .badge');
    if (badge && change.status !== 'deleted') {
      badge.className = `badge ${change.status}`;
      badge.textContent = label;
    }
  }
  const known = new Set(items().map((item) => item.dataset.id));
  const fresh = state.ids.filter((id) => !known.has(id));
  if (fresh.length === 0) return;
  if (known.size === 0) {
    location.reload(); // the empty page has no list to add to
    return;
  }
  const query = queue.dataset.query;
  const answer = await fetch(`/dashboard/queue/items?${query}${query ? '&' : ''}ids=${fresh.join(',')}`,
    { credentials: 'same-origin' });
  if (!answer.ok) return;
  const parsed = new DOMParser().parseFromString(`<ol>${await answer.text()}</ol>`, 'text/html');
  for (const item of parsed.querySelectorAll('li.item')) {
    item.classList.add('fresh-item');
    queue.append(document.adoptNode(item));
  }
  const notice = document.getElementById('fresh');
  const text = document.getElementById('fresh-text');
  text.textContent = fresh.length === 1 ? text.dataset.one : text.dataset.many.replace('2', String(fresh.length));
  notice.hidden = false;
  if (!current) select(items()[0], false);
}
