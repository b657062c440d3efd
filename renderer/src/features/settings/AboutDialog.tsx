import { useEffect, useState, type ReactNode } from 'react'
import type { AppInfo } from '../../../../shared/ipc'
import { useI18n } from '../../i18n'
import { getPlatform } from '../../platform'
import { Dialog } from '../../ui/Dialog'

export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }): ReactNode {
  const { t } = useI18n()
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    if (open) void getPlatform().appInfo().then(setInfo)
  }, [open])
  return (
    <Dialog title={t('about')} open={open} onClose={onClose}>
      <p>{t('aboutText')}</p>
      {info && <p className="muted">{t('version')} {info.version} · {info.platform}</p>}
      <div className="form-actions"><button type="button" onClick={onClose}>{t('close')}</button></div>
    </Dialog>
  )
}
