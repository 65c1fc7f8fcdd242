// The check-in reminder produced by our Rust code (examples/ics_sample.rs) is a valid
// RFC 5545 file for a real parser (ical.js): an all-day event on the check-in date,
// with the unescaped summary, a UID, a DTSTAMP and a display alarm; CRLF line ends
// and no physical line over 75 octets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const COMPANY = 'Northwind & Co; "Ops", Tel Aviv \u05EA\u05DC \u{1F680}';
// Sent Friday 2026-11-27 by e-mail: + 8 business days (also asserted in the Rust unit tests).
const CHECK_IN = '2026-12-09';

function sample() {
  const run = spawnSync('cargo', ['run', '--quiet', '--example', 'ics_sample'], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20,
  });
  assert.equal(run.status, 0, run.stderr);
  return { ics: run.stdout, checkIn: run.stderr.trim().split('\n').pop() };
}

test('ical.js parses the check-in reminder built by the Rust code', () => {
  const { ics, checkIn } = sample();
  assert.equal(checkIn, CHECK_IN);

  const calendar = new ICAL.Component(ICAL.parse(ics));
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
  assert.equal(calendar.getFirstPropertyValue('calscale'), 'GREGORIAN');
  assert.ok(calendar.getFirstPropertyValue('prodid'));
  const events = calendar.getAllSubcomponents('vevent');
  assert.equal(events.length, 1, 'exactly one check-in');
  const vevent = events[0];

  assert.equal(vevent.getFirstPropertyValue('summary'), `Check in with ${COMPANY} about Data Analyst\\Reporting`);
  assert.equal(vevent.getFirstPropertyValue('uid'), 'draft-1-checkin@second-chance.local');
  const stamp = vevent.getFirstPropertyValue('dtstamp');
  assert.ok(stamp && !stamp.isDate);
  assert.equal(stamp.toString(), '2025-11-25T19:04:05Z');

  const start = vevent.getFirstPropertyValue('dtstart');
  assert.ok(start.isDate, 'all-day event');
  assert.equal(start.toString(), CHECK_IN);
  const end = vevent.getFirstPropertyValue('dtend');
  assert.ok(end.isDate);
  assert.equal(end.toString(), '2026-12-10');

  const description = vevent.getFirstPropertyValue('description');
  assert.match(description, /Dana Levi/);
  assert.match(description, /keep looking/);
  assert.ok(description.includes('\n'), 'escaped newline comes back as a newline');

  const alarm = vevent.getFirstSubcomponent('valarm');
  assert.ok(alarm, 'has a reminder');
  assert.equal(alarm.getFirstPropertyValue('action'), 'DISPLAY');
  assert.ok(alarm.getFirstPropertyValue('trigger'));
  assert.ok(alarm.getFirstPropertyValue('description'));
});

test('the raw file uses CRLF everywhere and folds at 75 octets', () => {
  const { ics } = sample();
  assert.ok(ics.endsWith('\r\n'));
  assert.doesNotMatch(ics, /\r(?!\n)|(?<!\r)\n/, 'no bare CR or LF');
  const lines = ics.split('\r\n').slice(0, -1);
  for (const line of lines) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${Buffer.byteLength(line, 'utf8')} octets: ${line}`);
    assert.ok(!line.includes('\uFFFD'), 'no split UTF-8 sequence');
  }
  assert.ok(lines.some((l) => l.startsWith(' ')), 'the long summary was folded');
});
