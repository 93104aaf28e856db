import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { askFirstAnswers } from './app/firstAnswers'
import { installHttpBridge } from './bridge/httpBridge'
import { initI18n } from './i18n'
import './styles.css'

// Electron's preload provides window.desk; in the browser host we build it over HTTP.
if (!window.desk) installHttpBridge(window)
// Asked before the text system and React start, so the round trips overlap them.
askFirstAnswers()

await initI18n('en')
const root = document.getElementById('root')
if (!root) throw new Error('#root is missing from index.html')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>
)
