export * from './rules'
export { fr24Name, splitNameText, tidyName, LATIN_NAME, MAX_NAME_LENGTH, type NameParts } from './names'
export { tidyDocumentNumber, documentShapeOk, residentIdCheckOk, DOCUMENT_SHAPES } from './documents'
export { ageOn, addMonths, birthdayAt, isIsoDay, isoDay } from './dates'
