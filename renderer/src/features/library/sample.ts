import { ingestPastedText } from '../../../../shared/ingest/index'
import type { ClaimLedgerDB } from '../../db/database'
import sampleText from '../../../../resources/samples/fr-2023-10-05-nunez-crack-paris.txt?raw'
import sampleMeta from '../../../../resources/samples/fr-2023-10-05-nunez-crack-paris.json'
import { saveDraft } from './importPipeline'

/** Imports the first-run sample (a real French radio interview) with its metadata. */
export async function loadSample(db: ClaimLedgerDB): Promise<{ sourceId: string; claims: number } | null> {
  const draft = await ingestPastedText({
    text: sampleText,
    title: sampleMeta.title,
    date: sampleMeta.publishedAt,
    speaker: sampleMeta.speakers.join(', '),
    outlet: sampleMeta.outlet,
    kind: 'interview',
    lang: 'fr'
  })
  if (!draft.ok) throw new Error(draft.error)
  return saveDraft(db, { ...draft.value, fileName: sampleMeta.file })
}
