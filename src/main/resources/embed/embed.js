/* Moderato's comment widget: <div data-moderato-thread="…"></div> and this script, nothing else.
   Plain ES2017, no framework, no eval, no markup built from strings: every text from the API is inserted as text.
   Docs: docs/embedding.md. */
(function () {
  'use strict';

  var CSS = "__MODERATO_CSS__";
  var PAGE_SIZE = 50;
  var MAX_DEPTH = 4;
  var STORE_KEY = 'moderato.author';
  var LINK_REL = 'nofollow ugc noopener';
  var URL_PATTERN = /https?:\/\/[^\s<>"]+/gi;
  var TRAILING = '.,;:!?)]}\'';

  var TEXTS = {
    en: {
      count: function (n) { return n === 1 ? '1 comment' : n + ' comments'; },
      leave: 'Leave a comment',
      notice: 'Your email address will not be published. Required fields are marked *',
      name: 'Name', email: 'Email', website: 'Website', comment: 'Comment',
      remember: 'Save my name, email, and website in this browser for the next time I comment.',
      notify: 'Notify me of replies by email',
      confirm: ' To hear of replies, confirm with the link in the email we are sending you.',
      submit: 'Post Comment', sending: 'Sending…',
      reply: 'Reply', replyingTo: 'Replying to ', cancel: 'Cancel reply',
      pending: 'Your comment is awaiting moderation.', published: 'Your comment is published.',
      more: 'Load more comments', failed: 'The comments could not be loaded.',
      notSent: 'Your comment could not be sent. Please try again.', awaiting: 'Awaiting moderation'
    },
    fr: {
      count: function (n) { return n < 2 ? n + ' commentaire' : n + ' commentaires'; },
      leave: 'Laisser un commentaire',
      notice: 'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
      name: 'Nom', email: 'E-mail', website: 'Site web', comment: 'Commentaire',
      remember: 'Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.',
      notify: 'M’avertir des réponses par e-mail',
      confirm: ' Pour recevoir les réponses, confirmez avec le lien de l’e-mail que nous vous envoyons.',
      submit: 'Laisser un commentaire', sending: 'Envoi…',
      reply: 'Répondre', replyingTo: 'En réponse à ', cancel: 'Annuler la réponse',
      pending: 'Votre commentaire est en attente de modération.', published: 'Votre commentaire est publié.',
      more: 'Afficher plus de commentaires', failed: 'Les commentaires n’ont pas pu être chargés.',
      notSent: 'Votre commentaire n’a pas pu être envoyé. Veuillez réessayer.', awaiting: 'En attente de modération'
    }
  };

  /* ---- Pure helpers (unit-tested with node --test) ---- */

  /** The widget's language: the element's data-moderato-lang, else the page's <html lang>, else the browser's. */
  function language(element, page, browser) {
    var wanted = (element || page || browser || 'en').toLowerCase();
    return wanted.slice(0, 2) === 'fr' ? 'fr' : 'en';
  }

  /** A comment body (plain text) as paragraphs of lines, each line as text and link segments. */
  function segments(body) {
    return body.trim().split(/\n\s*\n/).map(function (paragraph) {
      return paragraph.trim().split('\n').map(function (line) {
        var parts = [];
        var start = 0;
        var match;
        URL_PATTERN.lastIndex = 0;
        while ((match = URL_PATTERN.exec(line)) !== null) {
          var end = match.index + match[0].length;
          while (end > match.index && TRAILING.indexOf(line.charAt(end - 1)) >= 0) {
            end--;
          }
          if (match.index > start) {
            parts.push({ text: line.slice(start, match.index) });
          }
          parts.push({ text: line.slice(match.index, end), link: true });
          start = end;
          URL_PATTERN.lastIndex = end;
        }
        if (start < line.length) {
          parts.push({ text: line.slice(start) });
        }
        return parts;
      });
    });
  }

  /** Whether an address may be a link: http or https only. */
  function isWebAddress(value) {
    return typeof value === 'string' && /^https?:\/\//i.test(value);
  }

  /** Where each comment goes: under its parent, no deeper than MAX_DEPTH; a reply to an unseen comment at the top. */
  function placement(items, known) {
    var depths = known || {};
    return items.map(function (item) {
      var parent = item.parentId && depths[item.parentId] !== undefined ? item.parentId : null;
      var depth = parent ? depths[parent].depth + 1 : 0;
      var under = parent;
      if (depth > MAX_DEPTH) {
        under = depths[parent].under;
        depth = MAX_DEPTH;
      }
      depths[item.id] = { depth: depth, under: under };
      return { item: item, under: under, depth: depth };
    });
  }

  /** "3 minutes ago", "yesterday", in the widget's language. */
  function relativeTime(date, now, lang) {
    var seconds = Math.round((date.getTime() - now.getTime()) / 1000);
    var units = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600],
      ['minute', 60], ['second', 1]];
    var format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    for (var i = 0; i < units.length; i++) {
      if (Math.abs(seconds) >= units[i][1] || units[i][0] === 'second') {
        return format.format(Math.round(seconds / units[i][1]), units[i][0]);
      }
    }
    return '';
  }

  /** The marker a form post's 303 leaves in the page's address: #moderato=pending,ID */
  function marker(hash) {
    var found = /^#moderato=(pending|approved),([0-9a-fA-F-]{36})$/.exec(hash || '');
    return found ? { status: found[1], id: found[2] } : null;
  }

  var helpers = { language: language, segments: segments, isWebAddress: isWebAddress, placement: placement,
    relativeTime: relativeTime, marker: marker, texts: TEXTS };
  if (typeof module === 'object' && module.exports) {
    module.exports = helpers;
    return;
  }

  /* ---- The page ---- */

  var script = document.currentScript || document.querySelector('script[src*="/embed.js"]');
  var base = new URL(script.src, location.href).origin;
  var pageLang = document.documentElement.getAttribute('lang');

  function el(name, attributes, children) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) {
      var value = attributes[key];
      if (value === true) {
        node.setAttribute(key, '');
      } else if (value !== null && value !== undefined && value !== false) {
        node.setAttribute(key, value);
      }
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) {
        node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
      }
    });
    return node;
  }

  function api(path, options, lang) {
    var init = options || {};
    init.headers = init.headers || {};
    init.headers['Accept-Language'] = lang;
    init.credentials = 'omit';
    init.mode = 'cors';
    return fetch(base + path, init).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      var body = type.indexOf('json') >= 0 ? response.json() : Promise.resolve(null);
      return body.then(function (json) {
        return { status: response.status, ok: response.ok, body: json };
      });
    });
  }

  function styles(root) {
    if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === 'function') {
      try {
        var sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        root.adoptedStyleSheets = [sheet];
        return;
      } catch (unsupported) {
        /* an older browser: the <style> element below */
      }
    }
    root.appendChild(el('style', {}, [CSS]));
  }

  function remembered() {
    try {
      return JSON.parse(localStorage.getItem(STORE_KEY) || 'null');
    } catch (unavailable) {
      return null;
    }
  }

  function remember(author) {
    try {
      if (author) {
        localStorage.setItem(STORE_KEY, JSON.stringify(author));
      } else {
        localStorage.removeItem(STORE_KEY);
      }
    } catch (unavailable) {
      /* storage refused (private browsing): nothing is remembered */
    }
  }

  function Widget(host) {
    this.host = host;
    this.thread = host.getAttribute('data-moderato-thread');
    this.lang = language(host.getAttribute('data-moderato-lang'), pageLang, navigator.language);
    this.t = TEXTS[this.lang];
    this.page = 0;
    this.loaded = 0;
    this.total = 0;
    this.nodes = {};
    this.depths = {};
    this.parentId = null;
    this.token = null;
    var root = host.shadowRoot || host.attachShadow({ mode: 'open' });
    while (root.firstChild) {
      root.removeChild(root.firstChild);
    }
    styles(root);
    this.heading = el('h2', { 'class': 'count' });
    this.status = el('p', { 'class': 'notice', role: 'status', hidden: true });
    this.list = el('ol', { 'class': 'thread' });
    this.more = el('button', { type: 'button', 'class': 'more', hidden: true }, [this.t.more]);
    this.more.addEventListener('click', this.load.bind(this));
    this.form = this.buildForm();
    root.appendChild(el('section', { 'class': 'moderato', lang: this.lang },
      [this.heading, this.status, this.list, this.more, this.form]));
    this.load();
    this.fetchToken();
  }

  Widget.prototype.load = function () {
    var self = this;
    var query = '/api/v1/comments?thread=' + encodeURIComponent(self.thread) + '&page=' + self.page +
      '&size=' + PAGE_SIZE;
    self.more.disabled = true;
    return api(query, {}, self.lang).then(function (answer) {
      if (!answer.ok) {
        throw new Error(String(answer.status));
      }
      self.total = answer.body.total;
      self.heading.textContent = self.t.count(self.total);
      self.append(answer.body.items);
      self.page++;
      self.loaded += answer.body.items.length;
      self.more.hidden = self.loaded >= self.total || answer.body.items.length === 0;
      self.more.disabled = false;
      self.showMarker();
    }).catch(function () {
      self.say(self.t.failed, true);
      self.more.disabled = false;
    });
  };

  Widget.prototype.append = function (items) {
    var self = this;
    placement(items, self.depths).forEach(function (placed) {
      var node = self.renderComment(placed.item, false);
      var list = placed.under ? self.repliesOf(placed.under) : self.list;
      list.appendChild(node);
      self.nodes[placed.item.id] = node;
    });
  };

  Widget.prototype.repliesOf = function (id) {
    var parent = this.nodes[id];
    var replies = parent.querySelector(':scope > ol.replies');
    if (!replies) {
      replies = el('ol', { 'class': 'replies' });
      parent.appendChild(replies);
    }
    return replies;
  };

  Widget.prototype.renderComment = function (comment, pending) {
    var t = this.t;
    var created = new Date(comment.createdAt);
    var name = isWebAddress(comment.website)
      ? el('a', { 'class': 'name', href: comment.website, rel: LINK_REL }, [comment.name])
      : el('span', { 'class': 'name' }, [comment.name]);
    var time = el('time', { datetime: comment.createdAt, title: created.toLocaleString(this.lang) },
      [relativeTime(created, new Date(), this.lang)]);
    var body = el('div', { 'class': 'body' }, segments(comment.body).map(function (lines) {
      var p = el('p');
      lines.forEach(function (parts, index) {
        if (index > 0) {
          p.appendChild(el('br'));
        }
        parts.forEach(function (part) {
          p.appendChild(part.link ? el('a', { href: part.text, rel: LINK_REL }, [part.text])
            : document.createTextNode(part.text));
        });
      });
      return p;
    }));
    var header = el('header', {}, [name, ' ', time, pending ? el('em', { 'class': 'awaiting' }, [t.awaiting]) : null]);
    var article = el('article', { id: 'comment-' + comment.id }, [header, body]);
    if (!pending) {
      var reply = el('button', { type: 'button', 'class': 'reply' }, [t.reply]);
      reply.addEventListener('click', this.replyTo.bind(this, comment));
      article.appendChild(reply);
    }
    return el('li', { 'class': pending ? 'comment pending' : 'comment', 'data-id': comment.id }, [article]);
  };

  Widget.prototype.field = function (name, label, type, required, autocomplete) {
    var id = 'moderato-' + name;
    var input = type === 'textarea'
      ? el('textarea', { id: id, name: name, rows: 6, required: required, 'aria-describedby': id + '-error' })
      : el('input', { id: id, name: name, type: type, required: required, autocomplete: autocomplete,
        'aria-describedby': id + '-error' });
    var labelNode = el('label', { 'for': id }, [label, required ? el('span', { 'class': 'required', 'aria-hidden': 'true' }, [' *']) : null]);
    var error = el('p', { 'class': 'error', id: id + '-error', hidden: true });
    this.inputs[name] = input;
    this.errors[name] = error;
    return el('div', { 'class': 'field field-' + name }, [labelNode, input, error]);
  };

  Widget.prototype.buildForm = function () {
    var t = this.t;
    var self = this;
    this.inputs = {};
    this.errors = {};
    this.replying = el('p', { 'class': 'replying', hidden: true });
    this.general = el('p', { 'class': 'error general', role: 'alert', hidden: true });
    this.honeypot = el('input', { type: 'text', name: 'hp', tabindex: '-1', autocomplete: 'off', 'aria-hidden': 'true' });
    this.rememberBox = el('input', { type: 'checkbox', id: 'moderato-remember' });
    this.notifyBox = el('input', { type: 'checkbox', id: 'moderato-notify' });
    this.submit = el('button', { type: 'submit', 'class': 'submit' }, [t.submit]);
    var form = el('form', { 'class': 'form', novalidate: true }, [
      el('h3', {}, [t.leave]),
      this.replying,
      el('p', { 'class': 'intro' }, [t.notice]),
      this.field('body', t.comment, 'textarea', true),
      this.field('name', t.name, 'text', true, 'name'),
      this.field('email', t.email, 'email', true, 'email'),
      this.field('website', t.website, 'url', false, 'url'),
      el('p', { 'class': 'hp', 'aria-hidden': 'true' }, [this.honeypot]),
      el('p', { 'class': 'remember' }, [this.rememberBox, el('label', { 'for': 'moderato-remember' }, [t.remember])]),
      el('p', { 'class': 'notify' }, [this.notifyBox, el('label', { 'for': 'moderato-notify' }, [t.notify])]),
      this.general,
      el('p', {}, [this.submit])
    ]);
    var author = remembered();
    if (author) {
      ['name', 'email', 'website'].forEach(function (key) {
        self.inputs[key].value = author[key] || '';
      });
      this.notifyBox.checked = author.notify === true;
      this.rememberBox.checked = true;
    }
    this.rememberBox.addEventListener('change', function () {
      if (!self.rememberBox.checked) {
        remember(null);
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      self.send();
    });
    return form;
  };

  Widget.prototype.fetchToken = function () {
    var self = this;
    return api('/api/v1/comments/form-token', {}, self.lang).then(function (answer) {
      self.token = answer.ok ? answer.body : null;
    }).catch(function () {
      self.token = null;
    });
  };

  Widget.prototype.replyTo = function (comment) {
    var self = this;
    this.parentId = comment.id;
    var cancel = el('button', { type: 'button', 'class': 'cancel' }, [this.t.cancel]);
    cancel.addEventListener('click', function () {
      self.parentId = null;
      self.replying.hidden = true;
      self.form.parentNode.removeChild(self.form);
      self.more.parentNode.insertBefore(self.form, self.more.nextSibling);
    });
    this.replying.textContent = '';
    this.replying.appendChild(document.createTextNode(this.t.replyingTo + comment.name + ' '));
    this.replying.appendChild(cancel);
    this.replying.hidden = false;
    this.nodes[comment.id].appendChild(this.form);
    this.inputs.body.focus();
  };

  Widget.prototype.clearErrors = function () {
    var self = this;
    Object.keys(this.errors).forEach(function (name) {
      self.errors[name].hidden = true;
      self.errors[name].textContent = '';
      self.inputs[name].removeAttribute('aria-invalid');
    });
    this.general.hidden = true;
    this.general.textContent = '';
  };

  Widget.prototype.showErrors = function (problem) {
    var self = this;
    var first = null;
    var violations = (problem && problem.violations) || [];
    violations.forEach(function (violation) {
      var error = self.errors[violation.field];
      if (error) {
        error.textContent = violation.message;
        error.hidden = false;
        self.inputs[violation.field].setAttribute('aria-invalid', 'true');
        first = first || self.inputs[violation.field];
      } else {
        self.general.textContent = violation.message;
        self.general.hidden = false;
      }
    });
    if (!violations.length) {
      self.general.textContent = (problem && problem.detail) || self.t.notSent;
      self.general.hidden = false;
    }
    if (first) {
      first.focus();
    }
  };

  Widget.prototype.send = function () {
    var self = this;
    var comment = { thread: self.thread, parentId: self.parentId };
    ['name', 'email', 'website', 'body'].forEach(function (key) {
      comment[key] = self.inputs[key].value;
    });
    var payload = Object.assign({ notifyReplies: self.notifyBox.checked }, comment);
    if (self.token) {
      payload[self.token.field] = self.token.token;
      payload[self.token.honeypot] = self.honeypot.value;
    }
    self.clearErrors();
    self.submit.disabled = true;
    self.submit.textContent = self.t.sending;
    api('/api/v1/comments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload)
    }, self.lang).then(function (answer) {
      if (answer.status === 202) {
        remember(self.rememberBox.checked
          ? { name: comment.name, email: comment.email, website: comment.website, notify: payload.notifyReplies } : null);
        self.received(comment, answer.body, payload.notifyReplies);
      } else {
        self.showErrors(answer.body);
      }
    }).catch(function () {
      self.showErrors(null);
    }).then(function () {
      self.submit.disabled = false;
      self.submit.textContent = self.t.submit;
      self.fetchToken(); // a token is spent by the post that carries it
    });
  };

  Widget.prototype.received = function (comment, receipt, notify) {
    var published = receipt.status === 'approved';
    var shown = {
      id: receipt.id, parentId: comment.parentId, name: comment.name.trim(),
      website: comment.website.trim(), body: comment.body, createdAt: receipt.createdAt
    };
    if (shown.website && !isWebAddress(shown.website)) {
      shown.website = 'https://' + shown.website;
    }
    var node = this.renderComment(shown, !published);
    var list = comment.parentId && this.nodes[comment.parentId] ? this.repliesOf(comment.parentId) : this.list;
    list.appendChild(node);
    this.nodes[receipt.id] = node;
    if (published) {
      placement([shown], this.depths); // a reply to it finds its place, as one loaded from the server would
      this.total++;
      this.loaded++;
      this.heading.textContent = this.t.count(this.total);
    }
    this.inputs.body.value = '';
    this.say((published ? this.t.published : this.t.pending) + (notify ? this.t.confirm : ''), false);
  };

  Widget.prototype.say = function (text, failure) {
    this.status.textContent = text;
    this.status.className = failure ? 'notice failure' : 'notice';
    this.status.hidden = false;
  };

  Widget.prototype.showMarker = function () {
    var found = marker(location.hash);
    if (!found || this.shownMarker) {
      return;
    }
    this.shownMarker = true;
    this.say(found.status === 'approved' ? this.t.published : this.t.pending, false);
    var node = this.nodes[found.id];
    if (node) {
      node.classList.add('mine');
    }
    this.host.scrollIntoView();
    if (history.replaceState) {
      history.replaceState(history.state, '', location.pathname + location.search);
    }
  };

  function counts() {
    var elements = Array.prototype.slice.call(document.querySelectorAll('[data-moderato-count]'));
    var threads = [];
    elements.forEach(function (element) {
      var thread = element.getAttribute('data-moderato-count');
      if (threads.indexOf(thread) < 0) {
        threads.push(thread);
      }
    });
    for (var i = 0; i < threads.length; i += 100) {
      countBatch(elements, threads.slice(i, i + 100));
    }
  }

  function countBatch(elements, threads) {
    var query = threads.map(function (thread) { return 'thread=' + encodeURIComponent(thread); }).join('&');
    var lang = language(null, pageLang, navigator.language);
    api('/api/v1/comments/count?' + query, {}, lang).then(function (answer) {
      if (!answer.ok) {
        return;
      }
      elements.forEach(function (element) {
        var n = answer.body[element.getAttribute('data-moderato-count')];
        if (typeof n === 'number') {
          var own = language(element.getAttribute('data-moderato-lang'), pageLang, navigator.language);
          element.textContent = TEXTS[own].count(n);
        }
      });
    }).catch(function () {
      /* counts are a nicety: the page stays as it was */
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-moderato-thread]'), function (host) {
      if (!host.moderato) {
        host.moderato = new Widget(host);
      }
    });
    counts();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
