/** The drag-and-drop type that carries an evidence card's id onto a claim. */
export const CARD_DRAG_TYPE = 'application/x-casebook-card'

/**
 * The card being dragged, if any. While dragging, browsers hide the dragged data from
 * everything but the drop, so the outline asks here whether a card is on its way.
 */
export const cardDrag: { quoteId: string | null } = { quoteId: null }
