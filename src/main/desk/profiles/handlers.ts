import type { Calls } from '../../../shared/contract'
import type { HandlerMap } from '../core/dispatch'
import type { ProfileService } from './profiles'

type ProfileCalls = 'listProfiles' | 'saveProfile' | 'deleteProfile' | 'setActiveProfile' | 'testConnection'

/** The profile calls of the contract, spread into the desk's handler map. */
export function profileHandlers(service: ProfileService): Pick<HandlerMap<Calls>, ProfileCalls> {
  return {
    listProfiles: () => service.list(),
    saveProfile: (draft) => service.save(draft),
    deleteProfile: ({ id }) => service.delete(id),
    setActiveProfile: (request) => service.setActive(request),
    testConnection: ({ id }) => service.testConnection(id)
  }
}
