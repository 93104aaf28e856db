/** A screen a later release fills; it says what is coming so nobody wonders. */
export function Placeholder({ title, text }: { title: string; text: string }) {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>{title}</h1>
      <p className="muted">{text}</p>
    </section>
  )
}
