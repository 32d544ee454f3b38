/**
 * The screens besides a motion's outline, each loaded when first opened, so the first screen
 * loads only what it shows (tests/unit/build/page-bundle.test.ts weighs it).
 */
import { lazy } from 'react'

export const SourcesView = lazy(() => import('../sources/SourcesView').then((m) => ({ default: m.SourcesView })))
export const PacksView = lazy(() => import('../packs/PacksView').then((m) => ({ default: m.PacksView })))
export const PracticeView = lazy(() => import('../practice/PracticeView').then((m) => ({ default: m.PracticeView })))
export const RestoreBackup = lazy(() => import('../backups/RestoreBackup').then((m) => ({ default: m.RestoreBackup })))
export const NewMotionForm = lazy(() => import('../library/NewMotionForm').then((m) => ({ default: m.NewMotionForm })))
export const SearchDialog = lazy(() => import('../search/SearchDialog').then((m) => ({ default: m.SearchDialog })))
