/**
 * The state's collections (orders, ancillary orders, searches…) stay plain
 * objects keyed by number, so the operations read and write them as before;
 * each is wrapped so that every record an operation reaches is noted. The
 * indexes and the store then look at those records only, instead of walking
 * every order on every request.
 *
 * A record is noted when it is written or deleted, and — for collections of
 * objects, which operations change in place — when it is read: whoever holds
 * an order may change it. Reading a collection through `raw()` notes nothing;
 * it is for looking, never for changing.
 */

export type CollectionName = 'orders' | 'auxOrders' | 'searches' | 'priced' | 'burned' | 'seatsTaken' | 'seatsAssigned' | 'files'

/** Collections whose records are objects changed in place: reading one counts as reaching it. */
const CHANGED_IN_PLACE: ReadonlySet<CollectionName> = new Set(['orders', 'auxOrders', 'searches', 'priced', 'files'])

export const COLLECTIONS: readonly CollectionName[] = ['orders', 'auxOrders', 'searches', 'priced', 'burned', 'seatsTaken', 'seatsAssigned', 'files']

export type Noter = (collection: CollectionName, key: string) => void

const RAW = Symbol('raw collection')

export function track<T extends object>(collection: CollectionName, target: Record<string, T> | Record<string, unknown>, note: Noter): typeof target {
  const onRead = CHANGED_IN_PLACE.has(collection)
  return new Proxy(target, {
    get(object, key, receiver) {
      if (key === RAW) return object
      if (typeof key === 'string' && onRead && Object.hasOwn(object, key)) note(collection, key)
      return Reflect.get(object, key, receiver) as unknown
    },
    set(object, key, value) {
      if (typeof key === 'string') note(collection, key)
      return Reflect.set(object, key, value)
    },
    deleteProperty(object, key) {
      if (typeof key === 'string') note(collection, key)
      return Reflect.deleteProperty(object, key)
    }
  })
}

/** The collection behind a tracked one (itself when it is not tracked): for reading without noting. */
export function raw<V>(collection: Record<string, V>): Record<string, V> {
  return ((collection as Record<symbol, unknown>)[RAW] as Record<string, V> | undefined) ?? collection
}
