import { useSetting } from '../db/hooks'

/** Who History records as making a change: the name set in Settings, else "me". */
export function useActor(): string {
  const { data } = useSetting('userName', '')
  return data?.trim() || 'me'
}
