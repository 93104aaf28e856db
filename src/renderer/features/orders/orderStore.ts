import { create } from 'zustand'
import { callDesk } from '../../desk/client'
import { amountTyped, openingPage, orderAnswered, payAnswered, payStarted, quoteAnswered, quoteStarted, type OrderPage } from './orderPage'

export interface OrderStore {
  pages: Readonly<Record<string, OrderPage>>
  /** The order from the journal, or with `refresh` from FR24 (orderDetail) first. */
  load(orderNo: string, refresh: boolean): void
  quote(orderNo: string): void
  type(orderNo: string, typed: string): void
  /** Pay: a second call while one runs finds the page `paying` and sends nothing (main locks the order as well). */
  pay(orderNo: string): void
}

/** The order pages of this window. Decisions are in orderPage.ts; this runs the calls. */
export const useOrderStore = create<OrderStore>()((set, get) => {
  const page = (orderNo: string): OrderPage => get().pages[orderNo] ?? openingPage
  const put = (orderNo: string, next: OrderPage) => {
    if (get().pages[orderNo] !== next) set((s) => ({ pages: { ...s.pages, [orderNo]: next } }))
  }
  return {
    pages: {},
    load: (orderNo, refresh) => {
      void callDesk('orderView', { orderNo, refresh }).then((answer) => put(orderNo, orderAnswered(page(orderNo), answer)))
    },
    quote: (orderNo) => {
      const before = page(orderNo)
      const next = quoteStarted(before)
      if (next === before) return
      put(orderNo, next)
      void callDesk('payQuote', { orderNo }).then((answer) => put(orderNo, quoteAnswered(page(orderNo), answer)))
    },
    type: (orderNo, typed) => put(orderNo, amountTyped(page(orderNo), typed)),
    pay: (orderNo) => {
      const next = payStarted(page(orderNo))
      if (next.pay.kind !== 'paying') return
      // 'paying' is in the store before the call leaves: the second click of a double-click reads it.
      put(orderNo, next)
      void callDesk('payOrder', next.pay.request).then((answer) => put(orderNo, payAnswered(page(orderNo), answer)))
    }
  }
})
