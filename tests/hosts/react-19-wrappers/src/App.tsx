import { useState } from 'react'
import { OtAssessment } from '@otforms/react' // wraps <ot-assessment> and registers it
import { getInstrument } from '@otforms/instruments'

const barthel = getInstrument('barthel-cw20')

function App() {
  const [recordId, setRecordId] = useState('')

  return (
    <main>
      <h1>Barthel Index</h1>
      <form method="post" action="/submit">
        <OtAssessment
          name="record"
          definition={barthel}
          onOtOutcome={(event) => {
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
