// Types for seizure-pg: node-postgres parsers for the seizure PostgreSQL extension.

export declare const VERSION: string;

export declare const ROUTES: readonly Route[];

export type Route =
  | 'traveler' | 'international_mail' | 'express_cargo' | 'air_cargo'
  | 'sea_cargo' | 'general_cargo' | 'land_border' | 'other';

export type Dimension = 'mass' | 'volume' | 'count';

export type Basis = 'net' | 'bulk' | 'gross';

export interface UnitInfo {
  id: number;
  symbol: string;
  plural: string;
  kind: string;
  mult: bigint;
  exp: number;
}

export declare const UNITS: readonly UnitInfo[];

/** kind names by id: mass, volume, then each count unit ("tablet", "dosage unit" ...) */
export declare const KINDS: readonly string[];

/** the kinds in the server's cross-kind sort order: mass, volume, then count kinds alphabetically */
export declare const KINDS_IN_ORDER: readonly string[];

export declare class SeizureClientError extends Error {}

/** A quantity as the server wrote it; amounts are exact decimal strings. */
export declare class Quantity {
  constructor(text: string);
  /** exact decimal in `unit`, e.g. "18.5" */
  readonly amount: string;
  /** canonical unit, singular: "kg", "mL", "tablet" */
  readonly unit: string;
  /** "mass", "volume" or the count unit */
  readonly kind: string;
  readonly dimension: Dimension;
  readonly estimate: boolean;
  /** weight basis of a mass, null when unstated */
  readonly basis: Basis | null;
  /** the SQL text, e.g. "~7.2 kg" */
  readonly text: string;
  toString(): string;
  toJSON(): string;
  toPostgres(): string;
}

/** A quantity_tally: one exact total per kind, measured and estimated apart. */
export declare class QuantityTally {
  constructor(text: string);
  readonly parts: readonly Quantity[];
  readonly text: string;
  partsOf(kind: string): Quantity[];
  toString(): string;
  toJSON(): string;
  toPostgres(): string;
}

export declare function parseRoute(text: string): Route;

export declare function parseArray<T>(text: string, parseElement: (s: string) => T): any[];

export interface TypeTarget {
  setTypeParser(oid: number, format: 'text', parse: (value: string) => any): void;
}

export interface Queryable {
  query(text: string, values?: any[]): Promise<{ rows: any[] }>;
}

export interface RegisterOptions {
  /** where to set the parsers (e.g. pg.types, for every client); default: the client */
  types?: TypeTarget;
  /** compare the client's unit table with the server's (default true) */
  check?: boolean;
}

export interface RegisteredType { oid: number; arrayOid: number }

export declare function register(
  client: Queryable & Partial<TypeTarget>,
  options?: RegisterOptions,
): Promise<{ quantity: RegisteredType; quantity_tally: RegisteredType; route: RegisteredType }>;

/**
 * Reads the server's unit table (quantity_units(), 0.3.0 and later) into the
 * client's; register() calls it.  Resolves to the symbols added.
 */
export declare function adoptUnits(client: Queryable, schema: string): Promise<string[]>;
