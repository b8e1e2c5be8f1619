import { useState } from 'react'
import '@otforms/elements/define/ot-assessment' // registers <ot-assessment>
import type {} from '@otforms/elements/jsx' // its props and events in JSX
import { getInstrument } from '@otforms/instruments'

const barthel = getInstrument('barthel-cw20')

function App() {
  const [recordId, setRecordId] = useState('')

  return (
    <main>
      <h1>Barthel Index</h1>
      <form method="post" action="/submit">
        <ot-assessment
          name="record"
          definition={barthel}
          onot-outcome={(event) => {
            setRecordId(event.detail.recordId)
            event.ack() // the page has it: it leaves the form's outbox
          }}
        />
        <p role="status">{recordId && `Outcome received: ${recordId}`}</p>
        <button type="submit">Save assessment</button>
      </form>
    </main>
  )
}

export default App
