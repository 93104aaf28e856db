/** The seats and bags step (renderer features/booking/extras). English first; the Chinese is typed against it, so no key can be missing. */
export const extrasEn = {
  title: 'Seats and bags'
}

export const extrasZh: typeof extrasEn = {
  title: '座位和行李'
}
