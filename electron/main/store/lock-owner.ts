import { readFileSync } from 'node:fs'
import { hostname, uptime } from 'node:os'

/**
 * What a lock records about the process holding it, so that a later process can tell a live
 * holder from a dead one whose pid the system has since given to another program (the normal
 * state after a crash and a reboot, and quick on Windows).
 */
export interface LockOwner {
  pid: number
  /** The machine's name: a process on another machine sharing the folder cannot be checked from here. */
  host: string
  /** This boot of the machine: Linux's boot id, elsewhere the time it booted (`boot-time:` ms). */
  boot: string
  /** When the process started, where the system says (Linux: clock ticks after boot); '' where unknown. */
  started: string
}

/** Booted more than this apart (clocks drift and get corrected) counts as another boot, where only the boot time is known. */
const BOOT_TIME_TOLERANCE_MS = 5 * 60_000

export function currentBoot(): string {
  try {
    const id = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()
    if (id) return id
  } catch {
    // Not Linux: the boot time will do.
  }
  return `boot-time:${Math.round(Date.now() - uptime() * 1000)}`
}

function sameBoot(a: string, b: string): boolean {
  const prefix = 'boot-time:'
  if (a.startsWith(prefix) && b.startsWith(prefix)) {
    return Math.abs(Number(a.slice(prefix.length)) - Number(b.slice(prefix.length))) <= BOOT_TIME_TOLERANCE_MS
  }
  return a === b
}

/** A process's start time from /proc/<pid>/stat (field 22), or '' where there is no /proc. */
export function processStarted(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Field 2, the command name, may hold spaces and parentheses: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return fields[22 - 3] ?? ''
  } catch {
    return ''
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export function thisProcess(): LockOwner {
  return { pid: process.pid, host: hostname(), boot: currentBoot(), started: processStarted(process.pid) }
}

/**
 * Whether the process a lock names still runs: 'dead' (its lock may be taken over), 'alive',
 * or 'elsewhere' (another machine's; it cannot be checked, so it is left alone). A lock from an
 * older Casebook records only the pid, and is judged by that.
 */
export function ownerState(owner: Partial<LockOwner> & { pid: number }, here: LockOwner = thisProcess()): 'dead' | 'alive' | 'elsewhere' {
  if (owner.host && owner.host !== here.host) return 'elsewhere'
  if (owner.boot && !sameBoot(owner.boot, here.boot)) return 'dead'
  // Our own pid in a lock this process does not hold is a leftover from an earlier process that had it.
  if (owner.pid === here.pid) return 'dead'
  if (!isAlive(owner.pid)) return 'dead'
  if (owner.started) {
    const started = processStarted(owner.pid)
    if (started && started !== owner.started) return 'dead'
  }
  return 'alive'
}
