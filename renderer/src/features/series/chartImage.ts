/**
 * The exported chart as a PNG: the SVG drawn from the chart model (shared/series/chartSvg.ts),
 * rasterised by the browser at 2× so it stays sharp in print and on high-density screens.
 * Rasterising the SVG, rather than copying the on-screen canvas, makes the PNG and the SVG one
 * image, with the title, source line and credit inside both.
 */

/** PNG bytes of an SVG document drawn at `scale` times its CSS size. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode().catch((e: unknown) => {
      throw new Error(`chart PNG: the chart's SVG could not be drawn (${e instanceof Error ? e.message : String(e)})`)
    })
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(width * scale)
    canvas.height = Math.round(height * scale)
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('chart PNG: this window has no 2D canvas to draw the chart on')
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (!blob) throw new Error('chart PNG: the canvas could not be encoded as PNG')
    return new Uint8Array(await blob.arrayBuffer())
  } finally {
    URL.revokeObjectURL(url)
  }
}
