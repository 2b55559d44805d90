'use strict';
// node-postgres parsers for the seizure extension's types.  Values arrive as
// objects whose String() is the SQL text and whose amounts are exact decimal
// strings: never a JavaScript number.
const { UNITS, KINDS, KINDS_IN_ORDER, ROUTES, BASES } = require('./units');
const VERSION = require('./package.json').version;

const BY_OUTPUT = new Map();
for (const u of UNITS) {
  BY_OUTPUT.set(u.symbol, u);
  BY_OUTPUT.set(u.plural, u);
}

class SeizureClientError extends Error {}

function unknown(what) {
  return new SeizureClientError(`${what} is not known to seizure-pg ${VERSION}; ` +
    'the extension is newer than this client: upgrade seizure-pg');
}

// The server's output form: [~]amount unit[ basis]; a unit name may hold a
// space ("dosage units"), a basis is one word
const QUANTITY_RE = /^(~?)(-?[0-9]+(?:\.[0-9]+)?) (\S+(?: \S+)*)$/;

/** [unit, basis word or undefined] of the text after the amount */
function splitUnit(rest) {
  if (BY_OUTPUT.has(rest)) return [BY_OUTPUT.get(rest), undefined];
  const i = rest.lastIndexOf(' ');
  if (i > 0 && BY_OUTPUT.has(rest.slice(0, i))) return [BY_OUTPUT.get(rest.slice(0, i)), rest.slice(i + 1)];
  // a unit newer than the client, perhaps followed by a basis
  throw unknown(`unit "${i > 0 && BASES.includes(rest.slice(i + 1)) ? rest.slice(0, i) : rest}"`);
}

class Quantity {
  constructor(text) {
    const m = QUANTITY_RE.exec(text);
    if (!m) throw new SeizureClientError(`not a quantity as the server writes it: "${text}"`);
    const [u, basis] = splitUnit(m[3]);
    if (basis !== undefined && (!BASES.includes(basis) || u.kind !== 'mass'))
      throw unknown(`weight basis "${basis}" of "${text}"`);
    /** exact decimal string in `unit`, as value(q) prints it */
    this.amount = m[2];
    /** canonical unit, singular, as unit(q): kg, mL, tablet */
    this.unit = u.symbol;
    this.kind = u.kind;
    this.dimension = u.kind === 'mass' || u.kind === 'volume' ? u.kind : 'count';
    this.estimate = m[1] === '~';
    /** weight basis of a mass: null (unstated), 'net', 'bulk' or 'gross' */
    this.basis = basis === undefined ? null : basis;
    Object.defineProperty(this, 'text', { value: text });
    Object.freeze(this);
  }

  toString() { return this.text; }

  toJSON() { return this.text; }

  // node-postgres sends a parameter object through toPostgres()
  toPostgres() { return this.text; }
}

class QuantityTally {
  constructor(text) {
    /** the parts, in the tally's order: masses in kg, volumes in L, counts in their unit */
    this.parts = Object.freeze(text === '' ? [] : text.split(' + ').map((p) => new Quantity(p)));
    Object.defineProperty(this, 'text', { value: text });
    Object.freeze(this);
  }

  /** parts of one kind ('mass', 'volume', 'tablet' ...) */
  partsOf(kind) { return this.parts.filter((q) => q.kind === kind); }

  toString() { return this.text; }

  toJSON() { return this.text; }

  toPostgres() { return this.text; }
}

function parseRoute(text) {
  if (!ROUTES.includes(text)) throw unknown(`route "${text}"`);
  return text;
}

// PostgreSQL's text form of an array: {a,"b c",NULL,{...}}
function parseArray(text, parseElement) {
  let i = 0;
  if (text[0] === '[') {            // explicit bounds: [0:1]={...}
    i = text.indexOf('=') + 1;
  }
  function parse() {
    if (text[i] !== '{') throw new SeizureClientError(`malformed array literal: "${text}"`);
    i++;
    const out = [];
    if (text[i] === '}') { i++; return out; }
    for (;;) {
      if (text[i] === '{') {
        out.push(parse());
      } else if (text[i] === '"') {
        let s = '';
        i++;
        while (text[i] !== '"') {
          if (text[i] === '\\') i++;
          if (i >= text.length) throw new SeizureClientError(`malformed array literal: "${text}"`);
          s += text[i++];
        }
        i++;
        out.push(parseElement(s));
      } else {
        let j = i;
        while (text[j] !== ',' && text[j] !== '}' && j < text.length) j++;
        const s = text.slice(i, j);
        i = j;
        out.push(s === 'NULL' ? null : parseElement(s));
      }
      if (text[i] === ',') { i++; continue; }
      if (text[i] === '}') { i++; return out; }
      throw new SeizureClientError(`malformed array literal: "${text}"`);
    }
  }
  return parse();
}

const PARSERS = {
  quantity: (s) => new Quantity(s),
  quantity_tally: (s) => new QuantityTally(s),
  route: parseRoute,
};

/** one quantity's binary form (quantity_send), for checking the unit table */
function unitBinary(u) {
  const steps = u.mult * 10n ** BigInt(u.exp);
  const b = Buffer.alloc(19);
  b[0] = 1;
  b[1] = u.id;
  b[2] = 0;
  b.writeBigInt64BE(steps >> 64n, 3);
  b.writeBigUInt64BE(steps & 0xffffffffffffffffn, 11);
  return b;
}

/**
 * Makes the client's unit table the server's (quantity_units(), 0.3.0 and
 * later): a unit the client does not know is added, one it knows otherwise
 * is an error.  A server before 0.3.0 has no such function: the client's own
 * table stands.  Returns the symbols added.
 */
async function adoptUnits(client, schema) {
  const ident = '"' + schema.replace(/"/g, '""') + '"';
  const { rows: has } = await client.query(
    'SELECT EXISTS (SELECT FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace ' +
    'WHERE p.proname = \'quantity_units\' AND n.nspname = $1 AND p.pronargs = 0) AS has', [schema]);
  if (!has[0].has) return [];
  const { rows } = await client.query(
    `SELECT id, symbol, plural, kind, kind_id, kind_rank, steps::text AS steps FROM ${ident}.quantity_units() ORDER BY id`);
  const added = [];
  for (const r of rows) {
    let steps = BigInt(r.steps);
    let exp = 0;
    while (steps !== 0n && steps % 10n === 0n) { steps /= 10n; exp++; }
    if (r.kind_id < KINDS.length && KINDS[r.kind_id] !== r.kind)
      throw new SeizureClientError(`kind ${r.kind_id} is "${r.kind}" on the server and "${KINDS[r.kind_id]}" in ` +
        `seizure-pg ${VERSION}: use the client that matches the extension`);
    if (r.kind_id === KINDS.length) KINDS.push(r.kind);
    const known = UNITS.find((u) => u.id === r.id);
    if (known) {
      if (known.symbol !== r.symbol || known.kind !== r.kind ||
          known.mult * 10n ** BigInt(known.exp) !== steps * 10n ** BigInt(exp))
        throw new SeizureClientError(`unit ${r.id} is "${r.symbol}" on the server and "${known.symbol}" in ` +
          `seizure-pg ${VERSION}: use the client that matches the extension`);
      continue;
    }
    const u = { id: r.id, symbol: r.symbol, plural: r.plural, kind: r.kind, mult: steps, exp };
    UNITS.push(u);
    BY_OUTPUT.set(u.symbol, u);
    BY_OUTPUT.set(u.plural, u);
    added.push(u.symbol);
  }
  const rank = new Map(rows.map((r) => [r.kind, r.kind_rank]));
  if (KINDS.every((k) => rank.has(k)))
    KINDS_IN_ORDER.splice(0, KINDS_IN_ORDER.length, ...[...KINDS].sort((a, b) => rank.get(a) - rank.get(b)));
  return added;
}

async function checkUnits(client, schema) {
  const ident = '"' + schema.replace(/"/g, '""') + '"';
  let rows;
  try {
    ({ rows } = await client.query(
      `SELECT s, ${ident}.quantity_send(('1 ' || s)::${ident}.quantity) AS b FROM unnest($1::text[]) s`,
      [UNITS.map((u) => u.symbol)]));
  } catch (e) {
    throw new SeizureClientError(`the server's seizure extension refused a unit of seizure-pg ${VERSION} ` +
      `(${e.message}): use the client that matches the extension`);
  }
  for (const { s, b } of rows) {
    const u = UNITS.find((x) => x.symbol === s);
    // byte 0 is the format version, which the server may have raised
    if (!unitBinary(u).subarray(1).equals(b.subarray(1)) || b[0] < 1 || b[0] > 2)
      throw new SeizureClientError(`unit "${s}" has another id on the server than in seizure-pg ${VERSION}: ` +
        'use the client that matches the extension');
  }
}

/**
 * Registers text parsers for quantity, quantity_tally, route and their arrays.
 * target: a pg Client (parsers set on it), or options.types (e.g. pg.types)
 * to set them for every client.  options.check (default true) compares the
 * client's unit table with the server's.
 */
async function register(client, options = {}) {
  const { rows } = await client.query(
    'SELECT t.typname, t.oid::int AS oid, t.typarray::int AS array_oid, n.nspname ' +
    'FROM pg_type t JOIN pg_extension e ON e.extname = \'seizure\' AND t.typnamespace = e.extnamespace ' +
    'JOIN pg_namespace n ON n.oid = e.extnamespace ' +
    'WHERE t.typname IN (\'quantity\', \'quantity_tally\', \'route\')');
  if (rows.length !== 3)
    throw new SeizureClientError('the seizure extension is not installed in this database (CREATE EXTENSION seizure)');
  await adoptUnits(client, rows[0].nspname);
  if (options.check !== false) await checkUnits(client, rows[0].nspname);
  const target = options.types || client;
  if (typeof target.setTypeParser !== 'function')
    throw new SeizureClientError('register() sets parsers on a pg Client; for a Pool pass { types: pg.types }');
  for (const r of rows) {
    const parse = PARSERS[r.typname];
    target.setTypeParser(r.oid, 'text', parse);
    target.setTypeParser(r.array_oid, 'text', (s) => parseArray(s, parse));
  }
  return Object.fromEntries(rows.map((r) => [r.typname, { oid: r.oid, arrayOid: r.array_oid }]));
}

module.exports = {
  register, adoptUnits, Quantity, QuantityTally, parseRoute, parseArray, SeizureClientError,
  UNITS, KINDS, KINDS_IN_ORDER, ROUTES, VERSION,
};
