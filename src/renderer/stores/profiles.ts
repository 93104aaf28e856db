import { create } from 'zustand'
import type { ProfileList, ProfileSummary } from '../../shared/domain/profile'
import type { DeskError } from '../../shared/errors'
import { deskFeed, type DeskPorts } from '../feeds/feed'
import { windowDesk } from '../feeds/deskPorts'

/**
 * The account profiles as main describes them: names, environments, whether keys
 * exist. Never a secret (main sends none); the add/edit form keeps typed keys in
 * its own component state only until they are sent. Shared by the header's account
 * badge and Settings.
 */
export interface ProfileState {
  list: ProfileList | undefined
  /** listProfiles itself failed; a list arriving later clears it. */
  loadError: DeskError | undefined
  setList(list: ProfileList): void
  setLoadError(error: DeskError): void
}

export const useProfileStore = create<ProfileState>()((set) => ({
  list: undefined,
  loadError: undefined,
  setList: (list) => set({ list, loadError: undefined }),
  setLoadError: (loadError) => set({ loadError })
}))

export function activeProfile(list: ProfileList | undefined): ProfileSummary | undefined {
  return list?.profiles.find((profile) => profile.id === list.activeId)
}

/** listProfiles, then every profilesChanged. */
export function profilesFeed(ports: DeskPorts = windowDesk) {
  const { setList, setLoadError } = useProfileStore.getState()
  return deskFeed(ports, { call: 'listProfiles', event: 'profilesChanged', apply: setList, fail: setLoadError })
}
