/**
 * The desk's one text system: every sentence main or the window shows, in English and Chinese,
 * under typed keys. The window loads these dictionaries into react-i18next; main calls translate.
 */
export { en, type Strings } from './en'
export { zhCN } from './zhCN'
export { MESSAGE_KEYS, isMessageKey, type MessageKey } from './keys'
export { DICTIONARIES, translate, type TextParam, type TextParams } from './translate'
export { effectiveLanguage } from './language'
