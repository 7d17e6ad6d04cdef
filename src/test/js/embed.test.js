// Unit tests of the widget's pure helpers, with node's own test runner: node --test src/test/js
// (EmbedScriptUnitTest runs them in the Maven suite when node is installed).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const embed = require(path.join(__dirname, '../../main/resources/embed/embed.js'));

test('the language comes from the element, then the page, then the browser', () => {
  assert.equal(embed.language('fr', 'en', 'en-US'), 'fr');
  assert.equal(embed.language(null, 'fr-CA', 'en-US'), 'fr');
  assert.equal(embed.language(null, null, 'fr-FR'), 'fr');
  assert.equal(embed.language(null, 'de', 'fr-FR'), 'en');
  assert.equal(embed.language(null, null, null), 'en');
});

test('counts read as DESIGN.md says, in both languages', () => {
  assert.equal(embed.texts.en.count(1), '1 comment');
  assert.equal(embed.texts.en.count(3), '3 comments');
  assert.equal(embed.texts.en.count(0), '0 comments');
  assert.equal(embed.texts.fr.count(1), '1 commentaire');
  assert.equal(embed.texts.fr.count(0), '0 commentaire');
  assert.equal(embed.texts.fr.count(12), '12 commentaires');
});

test('a body becomes paragraphs, lines and links, punctuation left out of a link', () => {
  const parts = embed.segments('See https://example.org/a.\nSecond line\n\n  Last (https://example.org/b)  ');
  assert.deepEqual(parts, [
    [[{ text: 'See ' }, { text: 'https://example.org/a', link: true }, { text: '.' }], [{ text: 'Second line' }]],
    [[{ text: 'Last (' }, { text: 'https://example.org/b', link: true }, { text: ')' }]]
  ]);
});

test('markup in a body stays text', () => {
  assert.deepEqual(embed.segments('<script>alert(1)</script>'), [[[{ text: '<script>alert(1)</script>' }]]]);
});

test('only http and https addresses become links', () => {
  assert.equal(embed.isWebAddress('https://ada.example.org'), true);
  assert.equal(embed.isWebAddress('HTTP://ada.example.org'), true);
  assert.equal(embed.isWebAddress('javascript:alert(1)'), false);
  assert.equal(embed.isWebAddress(null), false);
});

test('replies go under their parent, no deeper than four levels, and an unseen parent leaves them on top', () => {
  const items = [{ id: 'a' }, { id: 'b', parentId: 'a' }, { id: 'c', parentId: 'b' }, { id: 'd', parentId: 'c' },
    { id: 'e', parentId: 'd' }, { id: 'f', parentId: 'e' }, { id: 'g', parentId: 'gone' }];
  const placed = embed.placement(items, {});
  assert.deepEqual(placed.map((p) => [p.item.id, p.under, p.depth]), [
    ['a', null, 0], ['b', 'a', 1], ['c', 'b', 2], ['d', 'c', 3], ['e', 'd', 4], ['f', 'd', 4], ['g', null, 0]]);
});

test('a later page finds parents placed by an earlier one', () => {
  const known = {};
  embed.placement([{ id: 'a' }], known);
  assert.deepEqual(embed.placement([{ id: 'b', parentId: 'a' }], known).map((p) => p.under), ['a']);
});

test('dates read relative to now', () => {
  const now = new Date('2026-12-05T12:00:00Z');
  assert.equal(embed.relativeTime(new Date('2026-12-05T11:57:00Z'), now, 'en'), '3 minutes ago');
  assert.equal(embed.relativeTime(new Date('2026-12-04T12:00:00Z'), now, 'en'), 'yesterday');
  assert.equal(embed.relativeTime(new Date('2026-12-04T12:00:00Z'), now, 'fr'), 'hier');
});

test('the marker of a form post is read, anything else ignored', () => {
  const id = '01a2b3c4-d5e6-7f80-9a1b-2c3d4e5f6a7b';
  assert.deepEqual(embed.marker('#moderato=pending,' + id), { status: 'pending', id });
  assert.deepEqual(embed.marker('#moderato=approved,' + id), { status: 'approved', id });
  assert.equal(embed.marker('#moderato=spam,' + id), null);
  assert.equal(embed.marker('#comments'), null);
  assert.equal(embed.marker(''), null);
});

test('every text the reader may see is there in French as in English', () => {
  assert.deepEqual(Object.keys(embed.texts.fr).sort(), Object.keys(embed.texts.en).sort());
  assert.equal(embed.texts.en.notify, 'Notify me of replies by email');
  assert.equal(embed.texts.fr.notify, 'M’avertir des réponses par e-mail');
});
