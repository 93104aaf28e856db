import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DeskError } from '../../shared/errors'
import { i18next, initI18n } from '../i18n'
import { ErrorNotice } from './ErrorNotice'

const refused: DeskError = {
  kind: 'network',
  message: 'Could not connect to FR24 for the balance check: the connection was refused.',
  messageKey: 'fr24.failure.refused',
  params: { operation: { key: 'fr24.operation.selectBalance' } },
  code: 'CONNECTION_REFUSED',
  action: 'retry-later'
}

const sentence = (html: string): string => /<p class="notice-message">([^<]*)<\/p>/.exec(html)?.[1] ?? ''

describe('ErrorNotice', () => {
  beforeAll(async () => {
    await initI18n('zh-CN')
  })

  it('says what main sent in the desk language when it came with its key', async () => {
    await i18next.changeLanguage('zh-CN')
    const html = renderToStaticMarkup(<ErrorNotice error={refused} />)
    expect(sentence(html)).toBe('余额查询无法连接 FR24：连接被拒绝。')
    expect(html).toContain('请约 10 分钟后重试；如反复出现请联系 FR24。')
    await i18next.changeLanguage('en')
    expect(sentence(renderToStaticMarkup(<ErrorNotice error={refused} />))).toBe(refused.message)
  })

  it('shows the English as it came when there is no key', async () => {
    await i18next.changeLanguage('zh-CN')
    const html = renderToStaticMarkup(<ErrorNotice error={{ kind: 'internal', message: 'Something odd happened.' }} />)
    expect(sentence(html)).toBe('Something odd happened.')
  })
})
