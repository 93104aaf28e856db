import { create } from 'zustand'
import type { ProfileList, ProfileSummary } from '../../shared/domain/profile'

/**
 * The account profiles as main describes them: names, environments, whether keys
 * exist. Never a secret (main sends none); the add/edit form keeps typed keys in
 * its own component state only until they are sent.
 */
export interface ProfileState {
  list: ProfileList | undefined
  setList(list: ProfileList): void
}

export const useProfileStore = create<ProfileState>()((set) => ({
  list: undefined,
  setList: (list) => set({ list })
}))

export function activeProfile(list: ProfileList | undefined): ProfileSummary | undefined {
  return list?.profiles.find((profile) => profile.id === list.activeId)
}
