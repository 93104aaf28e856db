import type { profileCalls } from '../../../shared/contract/profiles'
import type { HandlerMap } from '../core/dispatch'
import type { ProfileService } from './profiles'

/** The profile calls of the contract (contract/profiles.ts), spread into the desk's handler map. */
export function profileHandlers(service: ProfileService): HandlerMap<typeof profileCalls> {
  return {
    listProfiles: () => service.list(),
    saveProfile: (draft) => service.save(draft),
    deleteProfile: ({ id }) => service.delete(id),
    setActiveProfile: (request) => service.setActive(request),
    testConnection: ({ id }) => service.testConnection(id)
  }
}
