import type { Migration } from '../db'
import { migration001 } from './001_movements_and_samples'
import { migration002 } from './002_orders'

/**
 * Every migration, in order. To change the schema, add `NNN_<what>.ts` exporting a
 * Migration with the next version, list it here, and give it a test (from empty and from
 * the version before); never edit one that has shipped.
 */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002]
