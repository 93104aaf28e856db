/** The passengers step (renderer features/booking/passengers): labels, the rules' messages, paste helpers. English first; the Chinese is typed against it, so no key can be missing. */
export const passengersEn = {
  title: 'Passengers'
}

export const passengersZh: typeof passengersEn = {
  title: '乘客'
}
