import type { MenuItemConstructorOptions } from 'electron'

export interface MenuActions {
  openDataFolder(): void
  showAbout(): void
  reinstallStarterPack(): void
  restoreFromBackup(): void
  showNewVersions(): void
}

/** Casebook never looks for updates itself (it does not use the network): Help says where they are. */
export const NEW_VERSIONS_MESSAGE =
  'Casebook does not update itself: it never uses the network. New versions are published as installers for Windows, macOS and Linux on the Releases page of Casebook’s repository. Installing a new version keeps your library and backups.'

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
        { type: 'separator' },
        { label: 'Where to Get New Versions', click: () => actions.showNewVersions() },
        ...(isMac ? [] : [{ type: 'separator' } as MenuItemConstructorOptions, { label: 'About Casebook', click: () => actions.showAbout() }])
      ]
    }
  ]
}
