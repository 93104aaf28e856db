import type { Migration } from '../db'

/**
 * Orders booked from this desk and each change of their state. Travellers are kept as
 * JSON (name as FR24 spells it, passenger type, birthday, ticket numbers once issued):
 * never a document number, which only FR24 needs and only booking sends (encrypted).
 * `trip_start`/`trip_end` (epoch ms, from the airports' zones) let the duplicate guard ask
 * for overlapping trips in SQL. Amounts are decimal TEXT. Never edit once shipped.
 */
export const migration002: Migration = {
  version: 2,
  name: 'orders',
  sql: `
  CREATE TABLE orders (
    profile_id       TEXT    NOT NULL,
    order_no         TEXT    NOT NULL,
    partner_order_no TEXT    NOT NULL,
    environment      TEXT    NOT NULL CHECK (environment IN ('sandbox', 'test', 'production')),
    pricing_id       TEXT,
    route            TEXT    NOT NULL,
    depart_local     TEXT    NOT NULL,
    depart_zone      TEXT    NOT NULL,
    trip_start       INTEGER NOT NULL,
    trip_end         INTEGER NOT NULL,
    travellers       TEXT    NOT NULL,
    extras           TEXT    NOT NULL DEFAULT '[]',
    currency         TEXT    NOT NULL,
    total            TEXT    NOT NULL,
    pay_deadline     INTEGER,
    state            TEXT    NOT NULL CHECK (state IN ('unpaid', 'ticketing', 'ticketed', 'cancelled', 'closed', 'unknown')),
    fr24_status      TEXT,
    payment          TEXT    NOT NULL CHECK (payment IN ('none', 'pending', 'paid', 'failed', 'uncertain')),
    booked_at        INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    checked_at       INTEGER,
    PRIMARY KEY (profile_id, order_no)
  );
  CREATE INDEX orders_by_booked ON orders (profile_id, booked_at);
  CREATE INDEX orders_by_partner ON orders (profile_id, partner_order_no);
  CREATE INDEX orders_by_trip ON orders (profile_id, trip_start, trip_end);

  -- Who flies on each order, for the duplicate guard: found by name and birthday through an
  -- index instead of reading every order's travellers JSON.
  CREATE TABLE order_travellers (
    profile_id TEXT NOT NULL,
    order_no   TEXT NOT NULL,
    name       TEXT NOT NULL,
    birthday   TEXT NOT NULL,
    FOREIGN KEY (profile_id, order_no) REFERENCES orders (profile_id, order_no)
  );
  CREATE INDEX order_travellers_by_person ON order_travellers (profile_id, name, birthday);
  CREATE INDEX order_travellers_by_order ON order_travellers (profile_id, order_no);

  CREATE TABLE order_history (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    profile_id  TEXT    NOT NULL,
    order_no    TEXT    NOT NULL,
    state       TEXT    NOT NULL,
    fr24_status TEXT,
    payment     TEXT    NOT NULL,
    at          INTEGER NOT NULL,
    FOREIGN KEY (profile_id, order_no) REFERENCES orders (profile_id, order_no)
  );
  CREATE INDEX order_history_by_order ON order_history (profile_id, order_no, at);
  `
}
