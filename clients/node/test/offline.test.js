'use strict';
// What needs no server: parsing the server's text forms, arrays, refusals.
const test = require('node:test');
const assert = require('node:assert/strict');
const {
  Quantity, QuantityTally, parseRoute, parseArray, SeizureClientError, VERSION, UNITS, KINDS, KINDS_IN_ORDER,
} = require('..');

test('a quantity keeps its text and an exact decimal string', () => {
  const q = new Quantity('~7.2 kg');
  assert.equal(String(q), '~7.2 kg');
  assert.equal(q.amount, '7.2');
  assert.equal(typeof q.amount, 'string');
  assert.equal(q.unit, 'kg');
  assert.equal(q.estimate, true);
  assert.equal(q.basis, null);
  assert.equal(JSON.stringify({ q }), '{"q":"~7.2 kg"}');
  const t = new Quantity('2782 tablets');
  assert.deepEqual([t.amount, t.unit, t.kind, t.dimension], ['2782', 'tablet', 'tablet', 'count']);
  const big = new Quantity('-99999999999.999999999999999 kg');
  assert.equal(big.amount, '-99999999999.999999999999999');
  assert.throws(() => { q.amount = '1'; }, TypeError);
});

test('the weight basis of a mass', () => {
  const q = new Quantity('~7.2 kg gross');
  assert.equal(q.basis, 'gross');
  assert.equal(String(q), '~7.2 kg gross');
  assert.throws(() => new Quantity('2 tablets gross'), SeizureClientError);
});

test('a tally splits into its parts', () => {
  const t = new QuantityTally('24.2 kg + ~7.2 kg gross + 2782 tablets');
  assert.deepEqual(t.parts.map(String), ['24.2 kg', '~7.2 kg gross', '2782 tablets']);
  assert.deepEqual(t.partsOf('mass').map((q) => q.amount), ['24.2', '7.2']);
  assert.equal(String(t), '24.2 kg + ~7.2 kg gross + 2782 tablets');
  assert.deepEqual(new QuantityTally('').parts, []);
});

test('arrays, nested arrays, quoting and NULL', () => {
  const parse = (s) => new Quantity(s);
  assert.deepEqual(parseArray('{"18.5 kg",NULL,"~2 tablets"}', parse).map((x) => x && String(x)),
    ['18.5 kg', null, '~2 tablets']);
  assert.deepEqual(parseArray('{{"1 kg",NULL},{NULL,"2 L"}}', parse).map((r) => r.map((x) => x && String(x))),
    [['1 kg', null], [null, '2 L']]);
  assert.deepEqual(parseArray('{}', parse), []);
  assert.deepEqual(parseArray('{traveler,other}', parseRoute), ['traveler', 'other']);
  assert.deepEqual(parseArray('{"a\\"b","c\\\\d"}', (s) => s), ['a"b', 'c\\d']);
  assert.deepEqual(parseArray('[0:1]={traveler,other}', parseRoute), ['traveler', 'other']);
  assert.throws(() => parseArray('{"1 kg"', parse), SeizureClientError);
});

test('units of 0.2.0: micrograms, a unit name with a space, kinds by id and in order', () => {
  const m = new Quantity('~5 mcg net');
  assert.deepEqual([m.amount, m.unit, m.kind, m.dimension, m.estimate, m.basis], ['5', 'mcg', 'mass', 'mass', true, 'net']);
  const d = new Quantity('5 dosage units');
  assert.deepEqual([d.amount, d.unit, d.kind, d.dimension, d.basis], ['5', 'dosage unit', 'dosage unit', 'count', null]);
  assert.equal(new Quantity('1 dosage unit').unit, 'dosage unit');
  assert.equal(new Quantity('30 patches').kind, 'patch');
  assert.throws(() => new Quantity('5 dosage units gross'), /weight basis "gross"/);
  const t = new QuantityTally('5 kg + ~1 bag + 3 dosage units + 1 dose + 2 tablets');
  assert.deepEqual(t.parts.map((q) => q.kind), ['mass', 'bag', 'dosage unit', 'dose', 'tablet']);
  assert.equal(KINDS.length, 22);
  assert.deepEqual([KINDS.indexOf('tablet'), KINDS.indexOf('bag'), KINDS.indexOf('patch'), KINDS.indexOf('syringe')],
    [9, 11, 17, 21]);
  const g = new Quantity('2.5 US gal');
  assert.deepEqual([g.amount, g.unit, g.kind, g.dimension], ['2.5', 'US gal', 'volume', 'volume']);
  assert.equal(new Quantity('4 bricks').kind, 'brick');
  assert.deepEqual(KINDS_IN_ORDER.slice(2), [...KINDS.slice(2)].sort());
  assert.deepEqual(new Set(UNITS.map((u) => u.kind)), new Set(KINDS));
});

test('bad and unknown values raise a clear error', () => {
  assert.throws(() => new Quantity('18,5 kg'), /not a quantity as the server writes it: "18,5 kg"/);
  assert.throws(() => new Quantity('1.5e3 kg'), SeizureClientError);
  assert.throws(() => new Quantity('3 crates'),
    new RegExp(`unit "crates" is not known to seizure-pg ${VERSION.replace(/\./g, '\\.')}`));
  assert.throws(() => parseRoute('EMS'), /route "EMS" is not known to seizure-pg/);
  assert.throws(() => new Quantity('1 kg heavy'), /weight basis "heavy"/);
});
