import { useEffect, useRef, useState, type KeyboardEvent } from 'react'

export interface MenuItem {
  id: string
  label: string
  shortcut?: string
  disabled?: boolean
  run(): void
}

interface ContextMenuProps {
  x: number
  y: number
  label: string
  items: MenuItem[]
  onClose(): void
}

/** A menu at the pointer (or the selected row, from the keyboard): arrows move, Enter runs, Escape closes. */
export function ContextMenu({ x, y, label, items, onClose }: ContextMenuProps) {
  const ref = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState(() => items.findIndex((i) => !i.disabled))
  useEffect(() => {
    ref.current?.focus()
    const close = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose()
    }
    window.addEventListener('mousedown', close)
    return () => window.removeEventListener('mousedown', close)
  }, [onClose])

  const step = (delta: number) => {
    for (let i = 1; i <= items.length; i++) {
      const next = (active + delta * i + items.length * 2) % items.length
      if (!items[next]?.disabled) return setActive(next)
    }
  }
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation()
    e.preventDefault()
    if (e.key === 'ArrowDown') step(1)
    else if (e.key === 'ArrowUp') step(-1)
    else if (e.key === 'Escape' || e.key === 'Tab') onClose()
    else if (e.key === 'Enter' || e.key === ' ') {
      const item = items[active]
      if (item && !item.disabled) {
        onClose()
        item.run()
      }
    }
  }
  // Keep the menu inside the window.
  const left = Math.min(x, window.innerWidth - 280)
  const top = Math.min(y, window.innerHeight - items.length * 32 - 16)
  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={label}
      tabIndex={-1}
      style={{ left: Math.max(8, left), top: Math.max(8, top) }}
      aria-activedescendant={active >= 0 ? `menu-item-${items[active]?.id}` : undefined}
      onKeyDown={onKeyDown}
    >
      {items.map((item, index) => (
        <div
          key={item.id}
          id={`menu-item-${item.id}`}
          role="menuitem"
          aria-disabled={item.disabled || undefined}
          className={`menu-item${index === active ? ' active' : ''}`}
          onMouseEnter={() => !item.disabled && setActive(index)}
          onClick={() => {
            if (item.disabled) return
            onClose()
            item.run()
          }}
        >
          <span>{item.label}</span>
          {item.shortcut && <kbd>{item.shortcut}</kbd>}
        </div>
      ))}
    </div>
  )
}
