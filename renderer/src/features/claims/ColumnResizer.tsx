import { useRef, type ReactNode } from 'react'
import { MAX_WIDTH, MIN_WIDTH } from './columns'

/**
 * The handle on a column's right edge: drag it, or focus it and use the arrow keys (16 px a step,
 * 64 with Shift), to make the column narrower or wider.
 */
export function ColumnResizer({ label, width, onResize }: { label: string; width: number; onResize: (width: number) => void }): ReactNode {
  const drag = useRef<{ x: number; width: number } | null>(null)
  return (
    <span
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      tabIndex={0}
      className="col-resizer"
      onPointerDown={(e) => {
        e.preventDefault()
        e.currentTarget.setPointerCapture(e.pointerId)
        drag.current = { x: e.clientX, width }
      }}
      onPointerMove={(e) => {
        if (drag.current) onResize(drag.current.width + e.clientX - drag.current.x)
      }}
      onPointerUp={() => { drag.current = null }}
      onPointerCancel={() => { drag.current = null }}
      onKeyDown={(e) => {
        const step = e.shiftKey ? 64 : 16
        if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
          e.preventDefault()
          onResize(width + (e.key === 'ArrowRight' ? step : -step))
        }
      }}
    />
  )
}
