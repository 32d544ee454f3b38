import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi, type Mock } from 'vitest'
import { menuTemplate, NEW_VERSIONS_MESSAGE, type MenuActions } from '../../../electron/main/menu'

// menu.ts only imports Electron's types, so no Electron module is loaded here.

function actions(): MenuActions & {
  openDataFolder: Mock<() => void>
  showAbout: Mock<() => void>
  reinstallStarterPack: Mock<() => void>
  restoreFromBackup: Mock<() => void>
  showNewVersions: Mock<() => void>
} {
  return {
    openDataFolder: vi.fn<() => void>(),
    showAbout: vi.fn<() => void>(),
    reinstallStarterPack: vi.fn<() => void>(),
    restoreFromBackup: vi.fn<() => void>(),
    showNewVersions: vi.fn<() => void>()
  }
}

/** Every item in the template, at any depth. */
function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])])
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  if (!item || !Array.isArray(item.submenu)) throw new Error('expected an item with a submenu')
  return item.submenu
}

const byLabel = (items: MenuItemConstructorOptions[], label: string) => items.find((item) => item.label === label)
const byRole = (items: MenuItemConstructorOptions[], role: string) => items.find((item) => item.role === role)

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error('expected a clickable item')
  ;(item.click as unknown as () => void)()
}

describe.each(['linux', 'darwin', 'win32'] as const)('menuTemplate on %s', (platform) => {
  it('has File, Edit, View, Window and Help menus', () => {
    const template = menuTemplate(platform, false, actions())
    expect(byLabel(template, 'File')).toBeDefined()
    expect(byRole(template, 'editMenu')).toBeDefined()
    expect(byLabel(template, 'View')).toBeDefined()
    expect(byRole(template, 'windowMenu')).toBeDefined()
    expect(byRole(template, 'help')).toBeDefined()
    const names = template.map((item) => item.label ?? item.role)
    expect(names.indexOf('File')).toBeLessThan(names.indexOf('editMenu'))
    expect(names.indexOf('editMenu')).toBeLessThan(names.indexOf('View'))
    expect(names.indexOf('View')).toBeLessThan(names.indexOf('windowMenu'))
    expect(names.indexOf('windowMenu')).toBeLessThan(names.indexOf('help'))
  })

  it('says under Help where new versions are published, since the app never looks for them', () => {
    const a = actions()
    const help = submenu(byRole(menuTemplate(platform, false, a), 'help'))
    click(byLabel(help, 'Where to Get New Versions'))
    expect(a.showNewVersions).toHaveBeenCalledTimes(1)
    expect(NEW_VERSIONS_MESSAGE).toMatch(/never uses the network/)
    expect(NEW_VERSIONS_MESSAGE).toMatch(/Releases page/)
  })

  it('opens the data folder from Help > Show Data Folder', () => {
    const a = actions()
    const help = submenu(byRole(menuTemplate(platform, false, a), 'help'))
    click(byLabel(help, 'Show Data Folder'))
    expect(a.openDataFolder).toHaveBeenCalledTimes(1)
    expect(a.showAbout).not.toHaveBeenCalled()
  })

  it('reinstalls the starter pack from Help', () => {
    const a = actions()
    click(byLabel(submenu(byRole(menuTemplate(platform, false, a), 'help')), 'Reinstall the Starter Pack'))
    expect(a.reinstallStarterPack).toHaveBeenCalledTimes(1)
    expect(a.openDataFolder).not.toHaveBeenCalled()
  })

  it('opens the restore screen from Help > Restore from Backup…', () => {
    const a = actions()
    click(byLabel(submenu(byRole(menuTemplate(platform, false, a), 'help')), 'Restore from Backup…'))
    expect(a.restoreFromBackup).toHaveBeenCalledTimes(1)
    expect(a.reinstallStarterPack).not.toHaveBeenCalled()
  })

  it('has no reload or developer tools outside development', () => {
    const roles = allItems(menuTemplate(platform, false, actions())).map((item) => item.role)
    expect(roles).not.toContain('toggleDevTools')
    expect(roles).not.toContain('reload')
    expect(roles).not.toContain('forceReload')
  })

  it('has reload and developer tools in the View menu while developing', () => {
    const view = submenu(byLabel(menuTemplate(platform, true, actions()), 'View'))
    expect(byRole(view, 'toggleDevTools')).toBeDefined()
    expect(byRole(view, 'reload')).toBeDefined()
    // The user's zoom items stay.
    expect(byRole(view, 'resetZoom')).toBeDefined()
    expect(byRole(view, 'zoomIn')).toBeDefined()
  })

  it('does not grow when built again', () => {
    // The View submenu is built fresh each time; building twice must not stack dev items.
    const a = actions()
    menuTemplate(platform, true, a)
    const view = submenu(byLabel(menuTemplate(platform, true, a), 'View'))
    expect(view.filter((item) => item.role === 'toggleDevTools')).toHaveLength(1)
  })
})

describe('menuTemplate platform differences', () => {
  it('gives macOS an app menu first, and no other platform one', () => {
    expect(menuTemplate('darwin', false, actions())[0]?.role).toBe('appMenu')
    for (const platform of ['linux', 'win32'] as const) {
      expect(allItems(menuTemplate(platform, false, actions())).map((item) => item.role)).not.toContain('appMenu')
    }
  })

  it('puts Quit in the File menu on Linux, and Close on macOS (where Quit is in the app menu)', () => {
    expect(byRole(submenu(byLabel(menuTemplate('linux', false, actions()), 'File')), 'quit')).toBeDefined()
    const macFile = submenu(byLabel(menuTemplate('darwin', false, actions()), 'File'))
    expect(byRole(macFile, 'close')).toBeDefined()
    expect(byRole(macFile, 'quit')).toBeUndefined()
  })

  it('shows About from the Help menu on Linux', () => {
    const a = actions()
    const help = submenu(byRole(menuTemplate('linux', false, a), 'help'))
    click(byLabel(help, 'About Casebook'))
    expect(a.showAbout).toHaveBeenCalledTimes(1)
    expect(a.openDataFolder).not.toHaveBeenCalled()
  })
})
