import type { CardOption, SourceOption } from '../../../../shared/practice/evidence-drill'
import type { Question } from './build-question'

interface QuestionCardProps {
  question: Question
  chosenId: string | null
  onChoose(optionId: string): void
}

function optionText(question: Question, option: SourceOption | CardOption): { main: string; detail: string } {
  if (question.kind === 'name-the-source') {
    const o = option as SourceOption
    // The cite a debater would read out; the title says which work it is when two cites look alike.
    return { main: o.cite, detail: o.sourceTitle }
  }
  const o = option as CardOption
  return { main: o.tag || 'Untagged card', detail: o.text.length > 220 ? `${o.text.slice(0, 220)}…` : o.text }
}

/** A multiple-choice question about a card; once answered, the right option and a wrong choice are marked. */
export function QuestionCard({ question, chosenId, onChoose }: QuestionCardProps) {
  const answered = chosenId !== null
  return (
    <div className="question">
      {question.kind === 'name-the-source' ? (
        <>
          <h2>Where is this quote from?</h2>
          <blockquote className="question-quote">{question.prompt}</blockquote>
        </>
      ) : (
        <>
          <h2>Which card backs this claim?</h2>
          <p className="question-claim">{question.prompt}</p>
        </>
      )}
      <ul className="options" aria-label="Choices">
        {question.options.map((option) => {
          const { main, detail } = optionText(question, option)
          const right = answered && option.id === question.answerId
          const wrong = answered && option.id === chosenId && !right
          return (
            <li key={option.id}>
              <button
                type="button"
                className={`option${right ? ' option-right' : ''}${wrong ? ' option-wrong' : ''}`}
                disabled={answered}
                aria-describedby={right || wrong ? `mark-${option.id}` : undefined}
                onClick={() => onChoose(option.id)}
              >
                <span className="option-main">{main}</span>
                <span className="option-detail">{detail}</span>
                {(right || wrong) && (
                  <span id={`mark-${option.id}`} className="option-mark">
                    {right ? '✓ Right answer' : '✗ Your choice'}
                  </span>
                )}
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
