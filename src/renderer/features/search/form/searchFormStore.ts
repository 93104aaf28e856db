import { create } from 'zustand'
import type { SearchDraft } from './draft'
import { EMPTY_DRAFT } from './draft'
import type { PassengerType } from './passengers'
import { NO_INTERACTION, type Interaction } from './validate'

/**
 * The search form's draft, kept while the agent visits other screens (nothing typed is lost by
 * looking at Orders), and the palette's way in: a new search, a recent one, "go to the form".
 * Decisions live in draft.ts and validate.ts; this only holds the state.
 */
export interface SearchFormStore {
  draft: SearchDraft
  done: Interaction
  lastPassenger: PassengerType | undefined
  /** Something outside the form (the palette) asked it to take focus at From, once it is drawn. */
  focusPending: boolean
  /** The agent changed a field: the draft's new state, and which field was typed in. */
  edit(change: (draft: SearchDraft) => SearchDraft, field?: string): void
  leave(field: string): void
  submit(): void
  /** A whole new draft (a recent search, a new search): nothing of it was typed yet. */
  load(draft: SearchDraft): void
  askFocus(): void
  focusTaken(): void
}

const PASSENGER_FIELDS: ReadonlySet<string> = new Set(['adults', 'children', 'infants'])

export const useSearchFormStore = create<SearchFormStore>()((set) => ({
  draft: EMPTY_DRAFT,
  done: NO_INTERACTION,
  lastPassenger: undefined,
  focusPending: false,
  edit: (change, field) =>
    set((s) => ({
      draft: change(s.draft),
      done: field && !s.done.edited.has(field) ? { ...s.done, edited: new Set([...s.done.edited, field]) } : s.done,
      lastPassenger: field && PASSENGER_FIELDS.has(field) ? (field as PassengerType) : s.lastPassenger
    })),
  leave: (field) => set((s) => (s.done.left.has(field) ? s : { done: { ...s.done, left: new Set([...s.done.left, field]) } })),
  submit: () => set((s) => ({ done: { ...s.done, submitted: true } })),
  load: (draft) => set({ draft, done: NO_INTERACTION, lastPassenger: undefined }),
  askFocus: () => set({ focusPending: true }),
  focusTaken: () => set({ focusPending: false })
}))

/** From the palette: an empty form, focus at From. */
export function startNewSearch(): void {
  const store = useSearchFormStore.getState()
  store.load(EMPTY_DRAFT)
  store.askFocus()
}

/** From the palette or the recent list: a search sent before, back in the form. */
export function loadSearch(draft: SearchDraft): void {
  const store = useSearchFormStore.getState()
  store.load(draft)
  store.askFocus()
}
