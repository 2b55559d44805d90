'use strict';
// The units the client knows: the one table to update.  It mirrors
// src/units.c of the extension; register() checks it against the server.
// Base steps: 1 pg (mass), 1 pL (volume), 10^-12 of an item (counts);
// one unit is mult * 10^exp steps.  Ids are stored on disk and sent in
// binary: they never change, new units are appended.
const UNITS = [
  { id: 1, symbol: 'mg', plural: 'mg', kind: 'mass', mult: 1n, exp: 9 },
  { id: 2, symbol: 'g', plural: 'g', kind: 'mass', mult: 1n, exp: 12 },
  { id: 3, symbol: 'kg', plural: 'kg', kind: 'mass', mult: 1n, exp: 15 },
  { id: 4, symbol: 't', plural: 't', kind: 'mass', mult: 1n, exp: 18 },
  { id: 5, symbol: 'lb', plural: 'lb', kind: 'mass', mult: 45359237n, exp: 7 },
  { id: 6, symbol: 'oz', plural: 'oz', kind: 'mass', mult: 28349523125n, exp: 3 },
  { id: 7, symbol: 'mL', plural: 'mL', kind: 'volume', mult: 1n, exp: 9 },
  { id: 8, symbol: 'L', plural: 'L', kind: 'volume', mult: 1n, exp: 12 },
  { id: 9, symbol: 'ampoule', plural: 'ampoules', kind: 'ampoule', mult: 1n, exp: 12 },
  { id: 10, symbol: 'blotter', plural: 'blotters', kind: 'blotter', mult: 1n, exp: 12 },
  { id: 11, symbol: 'capsule', plural: 'capsules', kind: 'capsule', mult: 1n, exp: 12 },
  { id: 12, symbol: 'dose', plural: 'doses', kind: 'dose', mult: 1n, exp: 12 },
  { id: 13, symbol: 'piece', plural: 'pieces', kind: 'piece', mult: 1n, exp: 12 },
  { id: 14, symbol: 'plant', plural: 'plants', kind: 'plant', mult: 1n, exp: 12 },
  { id: 15, symbol: 'seed', plural: 'seeds', kind: 'seed', mult: 1n, exp: 12 },
  { id: 16, symbol: 'tablet', plural: 'tablets', kind: 'tablet', mult: 1n, exp: 12 },
  { id: 17, symbol: 'vial', plural: 'vials', kind: 'vial', mult: 1n, exp: 12 },
  // added in 0.2.0; micrograms print as "mcg", never "µg"
  { id: 18, symbol: 'mcg', plural: 'mcg', kind: 'mass', mult: 1n, exp: 6 },
  { id: 19, symbol: 'bag', plural: 'bags', kind: 'bag', mult: 1n, exp: 12 },
  { id: 20, symbol: 'bottle', plural: 'bottles', kind: 'bottle', mult: 1n, exp: 12 },
  { id: 21, symbol: 'cartridge', plural: 'cartridges', kind: 'cartridge', mult: 1n, exp: 12 },
  { id: 22, symbol: 'cigarette', plural: 'cigarettes', kind: 'cigarette', mult: 1n, exp: 12 },
  { id: 23, symbol: 'dosage unit', plural: 'dosage units', kind: 'dosage unit', mult: 1n, exp: 12 },
  { id: 24, symbol: 'packet', plural: 'packets', kind: 'packet', mult: 1n, exp: 12 },
  { id: 25, symbol: 'patch', plural: 'patches', kind: 'patch', mult: 1n, exp: 12 },
  // added in 0.3.0; 1 US gal = 3.785411784 L exactly
  { id: 26, symbol: 'brick', plural: 'bricks', kind: 'brick', mult: 1n, exp: 12 },
  { id: 27, symbol: 'bundle', plural: 'bundles', kind: 'bundle', mult: 1n, exp: 12 },
  { id: 28, symbol: 'pellet', plural: 'pellets', kind: 'pellet', mult: 1n, exp: 12 },
  { id: 29, symbol: 'syringe', plural: 'syringes', kind: 'syringe', mult: 1n, exp: 12 },
  { id: 30, symbol: 'US gal', plural: 'US gal', kind: 'volume', mult: 3785411784n, exp: 3 },
];

// Kinds by id (stored in quantity_tally's binary form; never renumbered,
// only appended) and the cross-kind sort order, which is apart from the ids:
// mass, volume, then the count kinds alphabetically by name.
const KINDS = ['mass', 'volume', 'ampoule', 'blotter', 'capsule', 'dose', 'piece', 'plant', 'seed',
  'tablet', 'vial', 'bag', 'bottle', 'cartridge', 'cigarette', 'dosage unit', 'packet', 'patch',
  'brick', 'bundle', 'pellet', 'syringe'];
const KINDS_IN_ORDER = ['mass', 'volume', 'ampoule', 'bag', 'blotter', 'bottle', 'brick', 'bundle', 'capsule',
  'cartridge', 'cigarette', 'dosage unit', 'dose', 'packet', 'patch', 'pellet', 'piece', 'plant', 'seed',
  'syringe', 'tablet', 'vial'];

// In the type's sort order.
const ROUTES = ['traveler', 'international_mail', 'express_cargo', 'air_cargo',
  'sea_cargo', 'general_cargo', 'land_border', 'other'];

const BASES = ['net', 'bulk', 'gross'];

module.exports = { UNITS, KINDS, KINDS_IN_ORDER, ROUTES, BASES };
