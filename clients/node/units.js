'use strict';
// The units the client knows: the one table to update.  It mirrors
// src/units.c of the extension; register() checks it against the server.
// Base steps: 1 pg (mass), 1 pL (volume), 10^-12 of an item (counts);
// one unit is mult * 10^exp steps.  Ids never change.
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
];

// In the type's sort order.
const ROUTES = ['traveler', 'international_mail', 'express_cargo', 'air_cargo',
  'sea_cargo', 'general_cargo', 'land_border', 'other'];

const BASES = ['net', 'bulk', 'gross'];

module.exports = { UNITS, ROUTES, BASES };
