/** Pure work over offer rows that main and the window share (filters, sort, fare matrix, warnings). */
export { applyFilters, filterCounts, passesExcept, NO_FILTERS, type Facet, type FilterCounts, type OfferFilters, type TimeWindow } from './filters'
export { sortRows, SORT_KEYS, type SortDirection, type SortKey } from './sort'
export { fareMatrix, type FareMatrix, type MatrixCell, type MatrixColumn } from './matrix'
export { bucketOf, factsOf, STOPS_BUCKETS, type RowFacts, type StopsBucket } from './facts'
export { CONNECTION_RULES, OVERNIGHT_RULE, RED_EYE_RULE, isOvernight, isRedEye, minimumConnection, warningsFor, type CountryOf } from './warnings'
export { daysBetween, minuteOfDay, wallMinutes } from './localTime'
