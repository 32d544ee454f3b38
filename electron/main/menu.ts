import type { MenuItemConstructorOptions } from 'electron'

export interface MenuActions {
  openDataFolder(): void
  showAbout(): void
  reinstallStarterPack(): void
  restoreFromBackup(): void
}

/** The application menu: the platform's usual menus, plus the data folder, the starter pack and restoring a backup under Help. */
export function menuTemplate(platform: NodeJS.Platform, isDev: boolean, actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin'
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' }
  ]
  if (isDev) view.unshift({ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' })
  return [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Show Data Folder', click: () => actions.openDataFolder() },
        { label: 'Reinstall the Starter Pack', click: () => actions.reinstallStarterPack() },
        { label: 'Restore from Backup…', click: () => actions.restoreFromBackup() },
        ...(isMac ? [] : [{ type: 'separator' } as MenuItemConstructorOptions, { label: 'About Casebook', click: () => actions.showAbout() }])
      ]
    }
  ]
}
