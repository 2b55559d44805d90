'use strict';
// The parsers against the live extension (PG* variables name the cluster).
const fs = require('node:fs');
const path = require('node:path');
const test = require('node:test');
const assert = require('node:assert/strict');
const pg = require('pg');
const seizure = require('..');

const { Quantity, QuantityTally, ROUTES, register, UNITS, KINDS, KINDS_IN_ORDER } = seizure;
const lines = (name) => fs.readFileSync(path.join(__dirname, '..', '..', 'testdata', name), 'utf8')
  .split('\n').filter((l) => l.trim() && !l.startsWith('#'));
const GOOD = lines('quantities.txt');

let client;
test.before(async () => {
  client = new pg.Client();
  await client.connect();
  await register(client);
});
test.after(() => client.end());

test('every test value: text, exact amount, unit, kind, estimate, basis', async () => {
  const { rows } = await client.query(
    'SELECT s, s::quantity AS q, s::quantity::text AS text, value(s::quantity)::text AS value, ' +
    'unit(s::quantity), kind(s::quantity), dimension(s::quantity), is_estimate(s::quantity) AS est, basis(s::quantity) ' +
    'FROM unnest($1::text[]) WITH ORDINALITY u(s, i) ORDER BY i', [GOOD]);
  assert.equal(rows.length, GOOD.length);
  for (const r of rows) {
    assert.ok(r.q instanceof Quantity, r.s);
    assert.deepEqual([String(r.q), r.q.amount, r.q.unit, r.q.kind, r.q.dimension, r.q.estimate, r.q.basis],
      [r.text, r.value, r.unit, r.kind, r.dimension, r.est, r.basis], r.s);
    // sent back as a parameter, it is the same value
    const back = await client.query('SELECT $1::quantity::text AS t, quantity_send($1::quantity) = quantity_send($2::quantity) AS same',
      [r.q, r.s]);
    assert.deepEqual(back.rows[0], { t: r.text, same: true }, r.s);
  }
});

test('conversions print the shortest exact decimal', async () => {
  const { rows } = await client.query(
    "SELECT to_unit('1 g'::quantity, 'lb') AS a, to_unit('1.2 lb'::quantity, 'g') AS b, " +
    "'1 kg'::quantity / 3 AS c, value(to_unit('1 g'::quantity, 'lb'))::text AS v");
  assert.equal(String(rows[0].a), '0.002204622621849 lb');
  assert.equal(rows[0].a.amount, rows[0].v);
  assert.equal(String(rows[0].b), '544.310844 g');
  assert.equal(rows[0].c.amount, '0.333333333333333');
});

test('tallies: text, parts and projections agree with the server', async () => {
  for (let n = 1; n < GOOD.length; n += 7) {
    const group = GOOD.slice(n - 1, n + 5);
    let res;
    try {
      res = await client.query(
        'SELECT t, t::text AS text, ARRAY(SELECT parts(t)::text) AS parts, ' +
        'ARRAY(SELECT value(p)::text FROM parts(t) p) AS amounts ' +
        'FROM (SELECT tally(q) AS t FROM unnest($1::quantity[]) q) s', [group]);
    } catch (e) {
      assert.equal(e.code, '22003');       // out of range: the server refuses, no value to parse
      continue;
    }
    const r = res.rows[0];
    assert.ok(r.t instanceof QuantityTally);
    assert.equal(String(r.t), r.text);
    assert.deepEqual(r.t.parts.map(String), r.parts);
    assert.deepEqual(r.t.parts.map((q) => q.amount), r.amounts);
  }
  const { rows } = await client.query("SELECT ''::quantity_tally AS e, sum(t) AS s FROM unnest($1::quantity_tally[]) t",
    [['1 kg + 2 tablets', '~3 L + 500 g']]);
  assert.deepEqual(rows[0].e.parts, []);
  assert.equal(String(rows[0].s), '1.5 kg + ~3 L + 2 tablets');
});

test('arrays and NULLs of every type', async () => {
  const { rows } = await client.query(
    "SELECT '{18.5 kg,NULL,~2 tablets}'::quantity[] AS qa, '{{1 kg,NULL},{NULL,2 L}}'::quantity[] AS q2, " +
    "ARRAY['1 kg + 2 tabs'::quantity_tally, NULL, ''] AS ta, ARRAY['EMS'::route, NULL, 'other'] AS ra, " +
    'NULL::quantity AS qn, NULL::quantity_tally AS tn, NULL::route AS rn, ' +
    "'{}'::quantity[] AS empty");
  const r = rows[0];
  assert.deepEqual(r.qa.map((x) => x && String(x)), ['18.5 kg', null, '~2 tablets']);
  assert.deepEqual(r.q2.map((a) => a.map((x) => x && String(x))), [['1 kg', null], [null, '2 L']]);
  assert.deepEqual(r.ta.map((x) => x && String(x)), ['1 kg + 2 tablets', null, '']);
  assert.deepEqual(r.ra, ['international_mail', null, 'other']);
  assert.deepEqual([r.qn, r.tn, r.rn], [null, null, null]);
  assert.deepEqual(r.empty, []);
});

test('every route in its order', async () => {
  const { rows } = await client.query('SELECT r FROM unnest($1::route[]) r ORDER BY r', [[...ROUTES].reverse()]);
  assert.deepEqual(rows.map((x) => x.r), ROUTES);
});

test('numerics stay exact strings', async () => {
  const { rows } = await client.query("SELECT mass_kg('1.2 lb'::quantity) AS kg, 123456789.123456789123::numeric AS n");
  assert.deepEqual(rows[0], { kg: '0.544310844', n: '123456789.123456789123' });
});

test('kind ids and the kinds\' order match the server; no unit id beyond the table', async () => {
  const unitOf = (k) => ({ mass: 'kg', volume: 'L' }[k] || k);
  const { rows } = await client.query(
    "SELECT k, get_byte(quantity_tally_send(('1 ' || k)::quantity_tally), 2) AS id FROM unnest($1::text[]) k",
    [KINDS.map(unitOf)]);
  assert.deepEqual(rows.map((r) => r.id), KINDS.map((_, i) => i));
  const order = await client.query('SELECT kind(q) AS k FROM unnest($1::quantity[]) q ORDER BY q',
    [[...KINDS].reverse().map((k) => `1 ${unitOf(k)}`)]);
  assert.deepEqual(order.rows.map((r) => r.k), KINDS_IN_ORDER);
  // a Buffer parameter goes in binary, through quantity_recv: every id reads as its unit ...
  const binary = (id, steps) => {
    const b = Buffer.alloc(19);
    b[0] = 1;
    b[1] = id;
    b.writeBigInt64BE(steps >> 64n, 3);
    b.writeBigUInt64BE(steps & 0xffffffffffffffffn, 11);
    return b;
  };
  for (const u of UNITS) {
    const r = await client.query('SELECT $1::quantity::text AS t', [binary(u.id, 2n * u.mult * 10n ** BigInt(u.exp))]);
    assert.equal(r.rows[0].t, `2 ${u.plural}`);
  }
  // ... and the server knows no unit id beyond the table: a new unit fails here
  const next = Math.max(...UNITS.map((u) => u.id)) + 1;
  await assert.rejects(client.query('SELECT $1::quantity::text AS t', [binary(next, 0n)]),
    (e) => e.code === '22P03' && e.detail.includes(`Unit id ${next} is not known`));
});

test('the unit table is checked against the server', async () => {
  const lb = UNITS.find((u) => u.symbol === 'lb');
  lb.id = 6;
  try {
    await assert.rejects(register(client), /unit 6 is "oz" on the server and "lb" in seizure-pg/);
  } finally {
    lb.id = 5;
  }
  await register(client);
});

test('a pool: parsers installed for every client through pg.types', async () => {
  const types = new (require('pg/lib/type-overrides'))();
  await register(client, { types });
  const other = new pg.Client({ types });
  await other.connect();
  try {
    const { rows } = await other.query("SELECT '2,782정'::quantity AS q");
    assert.equal(String(rows[0].q), '2782 tablets');
  } finally {
    await other.end();
  }
});

test('the example of docs/clients.md prints what its comments say', () => {
  const { execFileSync } = require('node:child_process');
  const doc = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'docs', 'clients.md'), 'utf8');
  const m = /```js\n([\s\S]*?)```/.exec(doc);
  assert.ok(m, 'a js example');
  const code = m[1].replace("require('seizure-pg')", `require(${JSON.stringify(path.join(__dirname, '..'))})`);
  const expected = code.split('\n').filter((l) => l.includes('console.log('))
    .map((l) => { const c = /\);\s+\/\/ (.*)$/.exec(l); assert.ok(c, `no output comment: ${l}`); return c[1].trimEnd(); });
  const file = path.join(__dirname, '..', '.doc-example.js');
  fs.writeFileSync(file, code);
  try {
    const out = execFileSync(process.execPath, [file], { encoding: 'utf8' });
    assert.deepEqual(out.trimEnd().split('\n').map((l) => l.trimEnd()), expected);
  } finally {
    fs.unlinkSync(file);
  }
});
