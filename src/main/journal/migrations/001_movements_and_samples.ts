import type { Migration } from '../db'

/**
 * The first schema (the desk's first release): balance readings and money movements.
 * Amounts are decimal TEXT, never REAL. Applied SQL must never change: its checksum is
 * recorded in every journal that ran it; a change goes in a new numbered migration.
 */
export const migration001: Migration = {
  version: 1,
  name: 'movements_and_samples',
  sql: `
  CREATE TABLE balance_samples (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    profile_id   TEXT    NOT NULL,
    received_at  INTEGER NOT NULL,
    balance      TEXT    NOT NULL,
    credit_limit TEXT    NOT NULL,
    payable      TEXT    NOT NULL,
    currency     TEXT    NOT NULL,
    server_time  TEXT,
    trace_id     TEXT
  );
  CREATE INDEX balance_samples_by_profile ON balance_samples (profile_id, received_at);

  CREATE TABLE money_movements (
    id               TEXT    PRIMARY KEY,
    profile_id       TEXT    NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('booking', 'ticketing', 'ancillaryPurchase', 'reissuePayment', 'refundConfirming', 'voidRequest')),
    order_no         TEXT,
    partner_order_no TEXT,
    amount           TEXT    NOT NULL,
    currency         TEXT    NOT NULL,
    direction        TEXT    NOT NULL CHECK (direction IN ('debit', 'credit')),
    state            TEXT    NOT NULL CHECK (state IN ('pending', 'succeeded', 'failed', 'uncertain')),
    created_at       INTEGER NOT NULL,
    settled_at       INTEGER,
    trace_id         TEXT,
    pay_deadline     INTEGER,
    reflected_at     INTEGER,
    note             TEXT
  );
  CREATE INDEX money_movements_by_profile ON money_movements (profile_id, created_at);
  CREATE INDEX money_movements_by_order ON money_movements (profile_id, order_no);
  CREATE INDEX money_movements_by_state ON money_movements (state);
  `
}
